"""A scene's still layers for the compositor, painted once per scene by the same code that
draws the preview (composer.paint), at the output size, as numpy arrays:

- `background`: the background as the preview paints it (colour, image by fit, a
  placeholder), or None when a local video plays behind the scene;
- `fill`: the circle style's coloured disc (premultiplied RGBA patch);
- `mask`: how much of the presenter shows per pixel (the circle, the close-up's box);
- `looks`: from which second of the scene on the overlays behind the presenter (`behind`)
  and the scene's text, the overlays above it and the logo (`text`) look how
  (premultiplied RGBA patches): one look for a scene whose overlays don't come and go,
  another at each of its overlays' moments (composer.model.overlay_layout.moments).
Only the presenter (and a playing background video) changes from frame to frame, and
the looks at their moments."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from composer.assets.online import media_file
from composer.brand.kit import LogoSpec
from composer.model import layout
from composer.model.enums import BackgroundType
from composer.model.overlay_layout import moments
from composer.model.project import Scene, background_of
from composer.paint.arrays import premultiplied, rgb
from composer.paint.avatar import CIRCLE_DEFAULT
from composer.paint.color import parse_color
from composer.paint.scene_painter import ScenePainter

Box = tuple[int, int, int, int]  # x, y, w, h in output pixels (whole)


@dataclass(frozen=True)
class Patch:
    """Premultiplied RGBA pixels placed at (x, y) in the frame."""

    x: int
    y: int
    pixels: np.ndarray


@dataclass(frozen=True)
class Look:
    """The still patches shown from `seconds` into the scene until the next look."""

    seconds: float
    behind: Patch | None
    """The overlays behind the presenter (drawn over the background, under the disc)."""
    text: Patch | None
    """The text, the overlays above the presenter and the logo."""


@dataclass(frozen=True)
class SceneLayers:
    width: int
    height: int
    background: np.ndarray | None
    video: Path | None
    """The local background video playing behind the scene (then `background` is None)."""
    picture: layout.Rect
    """Where the presenter's whole picture goes (output pixels, whole)."""
    area: Box
    """The part of the frame the presenter can cover (within the frame)."""
    mask: np.ndarray | None
    """Coverage (0-1, float32) of `area` by the presenter's crop; None: all of it."""
    fill: Patch | None
    looks: tuple[Look, ...]
    """The first at 0 s, the others in time order."""

    @property
    def text(self) -> Patch | None:
        """The text patch at the scene's start."""
        return self.looks[0].text


def whole_box(character_box: layout.Rect) -> layout.Rect:
    """The avatar's box on whole pixels, as the preview's sprite places it."""
    return layout.Rect(
        round(character_box.x),
        round(character_box.y),
        round(character_box.w),
        round(character_box.h),
    )


def scene_layers(
    scene: Scene,
    width: int,
    height: int,
    aspect: float,
    logo: LogoSpec | None = None,
    seconds: float = 0.0,
) -> SceneLayers:
    """The layers of `scene` at width×height for a presenter picture of `aspect` (w/h),
    the scene lasting `seconds`; the brand kit's `logo` is drawn with the text overlay,
    as the preview draws it."""
    painter = ScenePainter(badges=False, logo=logo)
    character = scene.character
    box = whole_box(layout.avatar_rect(character, width, height, aspect))
    content = layout.content_rect(character, box, aspect)
    picture = layout.Rect(round(content.x), round(content.y), round(content.w), round(content.h))
    cropped = layout.is_circle(character) or layout.is_close_up(character)
    area = _clip(box if cropped else picture, width, height)
    video = _playing_video(scene)
    return SceneLayers(
        width=width,
        height=height,
        background=None if video else _background(painter, scene, width, height),
        video=video,
        picture=picture,
        area=area,
        mask=_mask(scene, box, area) if cropped else None,
        fill=_fill(scene, box, area) if layout.is_circle(character) else None,
        looks=tuple(
            _look(painter, scene, width, height, at)
            for at in [0.0, *moments(scene.overlays, seconds)]
        ),
    )


def _clip(rect: layout.Rect, width: int, height: int) -> Box:
    x0, y0 = max(0, math.floor(rect.x)), max(0, math.floor(rect.y))
    x1, y1 = min(width, math.ceil(rect.right)), min(height, math.ceil(rect.bottom))
    return (x0, y0, max(0, x1 - x0), max(0, y1 - y0))


def _playing_video(scene: Scene) -> Path | None:
    background = background_of(scene)
    file = media_file(background)  # its own file or its URL's download
    if background.type != BackgroundType.VIDEO or not file:
        return None
    path = Path(file)
    return path if path.is_file() else None


def canvas(w: int, h: int) -> tuple[QImage, QPainter]:
    image = QImage(max(1, w), max(1, h), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return image, painter


def _background(painter: ScenePainter, scene: Scene, width: int, height: int) -> np.ndarray:
    pixmap = painter.backgrounds.pixmap(
        background_of(scene), (width, height), QSize(width, height), 1.0
    )
    return rgb(pixmap.toImage())


def _shape(scene: Scene, box: layout.Rect) -> QPainterPath:
    path = QPainterPath()
    rect = QRectF(box.x, box.y, box.w, box.h)
    if layout.is_circle(scene.character):
        path.addEllipse(rect)
    else:
        path.addRect(rect)
    return path


def _area_image(scene: Scene, box: layout.Rect, area: Box, colour: QColor) -> np.ndarray:
    image, painter = canvas(area[2], area[3])
    painter.translate(-area[0], -area[1])
    painter.fillPath(_shape(scene, box), colour)
    painter.end()
    return premultiplied(image)


def _mask(scene: Scene, box: layout.Rect, area: Box) -> np.ndarray:
    return _area_image(scene, box, area, QColor("#FFFFFF"))[..., 3].astype(np.float32) / 255


def _fill(scene: Scene, box: layout.Rect, area: Box) -> Patch:
    colour = parse_color(scene.character.circle_background_color, CIRCLE_DEFAULT)
    return Patch(area[0], area[1], _area_image(scene, box, area, colour))


def _look(painter: ScenePainter, scene: Scene, width: int, height: int, at: float) -> Look:
    behind = _overlays(painter, scene, width, height, at) if scene.overlays else None
    return Look(at, behind, _text(painter, scene, width, height, at))


def _overlays(
    painter: ScenePainter, scene: Scene, width: int, height: int, at: float
) -> Patch | None:
    """The overlays behind the presenter `at` seconds in, in one patch (None: none)."""
    image, qp = canvas(width, height)
    painter.paint_overlays(qp, QRectF(0, 0, width, height), scene, (width, height), at, behind=True)
    qp.end()
    return _cropped(image)


def _text(painter: ScenePainter, scene: Scene, width: int, height: int, at: float) -> Patch | None:
    """The text overlay, the overlays above the presenter `at` seconds in and the logo,
    in one patch (None: none of them)."""
    has_text = scene.text is not None and bool(scene.text.text)
    if not has_text and not scene.overlays and painter.logo.rect(width, height) is None:
        return None
    image, qp = canvas(width, height)
    frame = QRectF(0, 0, width, height)
    if has_text:
        assert scene.text is not None
        painter.texts.paint(qp, scene.text, width, height)
    if scene.overlays:
        painter.paint_overlays(qp, frame, scene, (width, height), at, behind=False)
    painter.logo.paint(qp, frame, width, height)
    qp.end()
    return _cropped(image)


def _cropped(image: QImage) -> Patch | None:
    """The painted part of a frame-sized canvas (None: nothing painted)."""
    pixels = premultiplied(image)
    rows = np.flatnonzero(pixels[..., 3].any(axis=1))
    cols = np.flatnonzero(pixels[..., 3].any(axis=0))
    if not len(rows):
        return None
    y0, y1, x0, x1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    return Patch(int(x0), int(y0), np.ascontiguousarray(pixels[y0:y1, x0:x1]))
