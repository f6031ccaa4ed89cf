"""Every background kind, one table row each, through every place a kind is handled: the
painter (preview and stills), the compositor's layers, the upload list, the v3 mapping and
the price on every route. A new BackgroundType without a row here fails the first test;
README "Adding a background kind" lists the files a new kind touches."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from composer.assets.uploads import local_media
from composer.compose.painted import scene_layers
from composer.model.enums import BackgroundType
from composer.model.project import Background, Project
from composer.paint.scene_moment import paint_still
from composer.routes.pricing import route_estimate
from composer.routes.registry import route_names
from composer.routes.v3_mapping import IMAGE, VIDEO, NotMappable, scene_body
from tests.support.builders import valid_project
from tests.support.media import write_video

WIDTH, HEIGHT = 160, 90
RGB = (40, 90, 200)  # what every kind's sample shows


def _colour(folder: Path) -> Background:
    return Background(type=BackgroundType.COLOR, value="#285AC8")


def _image(folder: Path) -> Background:
    picture = QImage(64, 36, QImage.Format.Format_RGB32)
    picture.fill(QColor(*RGB))
    path = folder / "picture.png"
    assert picture.save(str(path))
    return Background(type=BackgroundType.IMAGE, local_file=str(path))


def _video(folder: Path) -> Background:
    path = write_video(folder / "clip.mp4", RGB, 64, 36, frames=5)
    return Background(type=BackgroundType.VIDEO, local_file=str(path))


@dataclass(frozen=True)
class Kind:
    sample: Callable[[Path], Background]  # a background of this kind showing RGB
    uploads: str | None  # the request field its local file's asset id goes to
    v3_scene: str | None  # the v3 scene type a presenter-less scene becomes (None: refused)
    plays: bool  # the compositor plays it (a video) rather than painting it once


KINDS = {
    BackgroundType.COLOR: Kind(_colour, None, None, plays=False),
    BackgroundType.IMAGE: Kind(_image, "image_asset_id", IMAGE, plays=False),
    BackgroundType.VIDEO: Kind(_video, "video_asset_id", VIDEO, plays=True),
}


def test_every_background_kind_has_a_row() -> None:
    assert set(KINDS) == set(BackgroundType)


def _project(background: Background) -> Project:
    project = valid_project(1)
    project.scenes[0].background = background
    return project


def _close(pixel: QColor) -> bool:
    return max(abs(a - b) for a, b in zip(pixel.getRgb()[:3], RGB, strict=True)) <= 12


@pytest.mark.parametrize("kind", list(BackgroundType))
def test_a_background_kind_goes_through_every_layer(kind: BackgroundType, tmp_path: Path) -> None:
    row = KINDS[kind]
    project = _project(row.sample(tmp_path))
    scene = project.scenes[0]

    still = paint_still(scene, WIDTH, HEIGHT, 0.0, None, 1.0)  # the preview's painter
    assert _close(still.pixelColor(2, 2)), still.pixelColor(2, 2).getRgb()

    layers = scene_layers(scene, WIDTH, HEIGHT, 1.0)  # what the compositor encodes
    if row.plays:
        assert layers.video == Path(scene.background.local_file or "")
    else:
        assert layers.background is not None
        corner = QColor(*(int(c) for c in layers.background[2, 2][:3]))
        assert _close(corner), corner.getRgb()

    uploads = local_media(project)
    assert [u.asset_field for u in uploads] == ([row.uploads] if row.uploads else [])

    scene.character.avatar_id = None  # a presenter-less scene: the background is the scene
    if row.v3_scene is None:
        with pytest.raises(NotMappable):
            scene_body(0, scene)
    else:
        setattr(scene.background, row.uploads or "", "asset-1")  # as the upload step does
        body = scene_body(0, scene)
        assert body["type"] == row.v3_scene and body["source"]["asset_id"] == "asset-1"

    for route in route_names():
        assert math.isfinite(route_estimate(project, route, source=None).amount), route
