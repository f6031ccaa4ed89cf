"""A scene's overlays as the one scene painter draws them (preview, cards, `still`, the
compositor's still layers), checked on painted pixels: behind or above the presenter,
under the logo, their opacity, time windows, hidden ones, pictures (local, online,
hostile) and shapes; and the captions' style."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from composer.assets.online import cache_path
from composer.brand.kit import LogoSpec
from composer.model.project import Background, BackgroundType, Position, Scene, TextOverlay
from composer.model.rich import CaptionPlace, CaptionsStyle, Overlay, OverlayType, ShapeKind, Size
from composer.paint.captions import HIGHLIGHT, caption_box, paint_caption
from composer.paint.safe_paint import BOX as WARNING
from composer.paint.safe_paint import painting
from composer.paint.scene_painter import ScenePainter
from tests.support.builders import valid_scene
from tests.support.hostile_media import PICTURE_SIDE, png_bomb

W, H = 640, 360
BLUE = QColor("#0000FF")
BG = "#000000"


def presenter(_character: object) -> QPixmap:
    """An opaque blue presenter picture."""
    picture = QPixmap(300, 400)
    picture.fill(BLUE)
    return picture


def scene_with(*overlays: Overlay) -> Scene:
    scene = valid_scene("Layers")
    scene.background = Background(type=BackgroundType.COLOR, value=BG)
    scene.character.scale = 0.6
    scene.overlays = list(overlays)
    return scene


def shape(color: str, x: float, y: float, w: float, h: float, **fields: object) -> Overlay:
    return Overlay(
        type=OverlayType.SHAPE,
        color=color,
        position=Position(x, y),
        size=Size(w, h),
        **fields,  # type: ignore[arg-type]
    )


def picture(x: float, y: float, w: float, h: float, **fields: object) -> Overlay:
    return Overlay(
        type=OverlayType.IMAGE,
        position=Position(x, y),
        size=Size(w, h),
        **fields,  # type: ignore[arg-type]
    )


def paint(scene: Scene, at: float | None = None, painter: ScenePainter | None = None) -> QImage:
    image = QImage(W, H, QImage.Format.Format_RGB32)
    with painting(image) as qp:
        (painter or ScenePainter(presenter)).paint(qp, QRectF(0, 0, W, H), scene, W, H, at)
    return image


def rgb(image: QImage, x: float, y: float) -> tuple[int, int, int]:
    colour = image.pixelColor(round(x), round(y))
    return (colour.red(), colour.green(), colour.blue())


def centre_of_presenter(scene: Scene) -> tuple[float, float]:
    box = ScenePainter(presenter).avatar_rect(scene.character, W, H)
    return (box.x + box.w / 2, box.y + box.h / 2)


def test_behind_overlays_go_under_the_presenter_others_over_it_and_the_text(tmp_path: Path) -> None:
    cx, cy = centre_of_presenter(scene_with())
    behind = shape("#FF0000", 0, 0, 1, 1, behind_presenter=True)
    above = shape("#00FF00", (cx - 20) / W, (cy - 20) / H, 40 / W, 40 / H)
    image = paint(scene_with(behind, above))
    assert rgb(image, 10, 10) == (255, 0, 0)  # the behind overlay over the background
    assert rgb(image, cx, cy - 60) == (0, 0, 255)  # the presenter over it
    assert rgb(image, cx, cy) == (0, 255, 0)  # the other overlay over the presenter
    # above the scene's own text too, and under the brand kit's logo
    scene = scene_with(shape("#00FF00", 0, 0, 0.5, 0.5))
    scene.text = TextOverlay(text="MMMM", font_size=80, color="#FFFFFF", position=Position(0, 0))
    bare = scene_with()
    bare.text = scene.text
    assert _has(paint(bare), (255, 255, 255), (0, 0, W // 2, H // 2))
    logo_file = tmp_path / "logo.png"
    red = QImage(100, 50, QImage.Format.Format_RGB32)
    red.fill(QColor("#FF0000"))
    red.save(str(logo_file))
    with_logo = ScenePainter(presenter, logo=LogoSpec(str(logo_file), "top-left", 0.1))
    image = paint(scene, painter=with_logo)
    assert not _has(image, (255, 255, 255), (0, 0, W // 2, H // 2))  # the text is covered
    assert rgb(image, 0.04 * W + 5, 0.04 * W + 5) == (255, 0, 0)  # the logo is on top


def _has(image: QImage, colour: tuple[int, int, int], box: tuple[int, int, int, int]) -> bool:
    x, y, w, h = box
    return any(rgb(image, i, j) == colour for i in range(x, x + w, 2) for j in range(y, y + h, 2))


def test_opacity_blends_the_overlay_with_what_is_under_it() -> None:
    image = paint(scene_with(shape("#FFFFFF", 0, 0, 0.2, 0.2, opacity=0.5)))
    r, g, b = rgb(image, 20, 20)
    assert abs(r - 128) <= 2 and r == g == b
    assert rgb(paint(scene_with(shape("#FFFFFF", 0, 0, 0.2, 0.2, opacity=0))), 20, 20) == (0, 0, 0)


def test_time_windows_and_hidden_overlays() -> None:
    timed = shape("#FF0000", 0, 0, 0.2, 0.2, start=1.0, end=2.0)
    shown = {at: rgb(paint(scene_with(timed), at), 20, 20) for at in (None, 0.5, 1.0, 1.99, 2.0)}
    red, black = (255, 0, 0), (0, 0, 0)
    assert shown == {None: red, 0.5: black, 1.0: red, 1.99: red, 2.0: black}
    hidden = shape("#FF0000", 0, 0, 0.2, 0.2, hidden=True)
    assert rgb(paint(scene_with(hidden)), 20, 20) == black
    assert rgb(paint(scene_with(hidden), 1.0), 20, 20) == black


def test_shapes_fill_their_box_as_a_rectangle_rounded_rectangle_or_ellipse() -> None:
    corner = {
        kind: rgb(paint(scene_with(shape("#FF0000", 0.1, 0.1, 0.3, 0.3, shape=kind))), 66, 38)
        for kind in ShapeKind
    }  # just inside the box's top-left corner (64, 36)
    assert corner == {ShapeKind.RECT: (255, 0, 0), ShapeKind.ROUNDED: (0, 0, 0),
                      ShapeKind.CIRCLE: (0, 0, 0)}  # fmt: skip
    circle = paint(scene_with(shape("#FF0000", 0.1, 0.1, 0.3, 0.3, shape=ShapeKind.CIRCLE)))
    assert rgb(circle, 64 + 96, 36 + 54) == (255, 0, 0)  # the ellipse's centre


def test_a_text_overlay_wraps_inside_its_box() -> None:
    words = Overlay(type=OverlayType.TEXT, text="Spring sale on every single item in store",
                    font_size=30, color="#FFFFFF", position=Position(0.5, 0.1),
                    size=Size(0.25, 0.1))  # fmt: skip
    image = paint(scene_with(words))
    pixels = _array(image)
    ys, xs = np.nonzero(pixels.min(axis=-1) > 200)
    assert len(xs) and xs.min() >= 0.5 * W - 1 and xs.max() <= 0.75 * W + 1
    assert ys.max() - ys.min() > 2 * 30  # three lines or more: wrapped


def _array(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    raw = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * image.height())
    return raw.reshape(image.height(), image.bytesPerLine())[:, : W * 3].reshape(H, W, 3)


def _picture(path: Path, w: int, h: int, colour: str) -> Path:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    image.save(str(path), "PNG")
    return path


def test_pictures_keep_their_shape_in_their_box_and_online_ones_show_once_fetched(
    tmp_path: Path,
) -> None:
    red = _picture(tmp_path / "a.png", 200, 100, "#FF0000")
    local = picture(0.1, 0.1, 0.4, 0.4, local_file=str(red))
    image = paint(scene_with(local))  # a 256×144 box: the 2:1 picture is 256×128, centred
    assert rgb(image, 64 + 128, 36 + 72) == (255, 0, 0)
    assert rgb(image, 64 + 128, 36 + 4) == (0, 0, 0)  # above the picture, inside the box
    url = "https://example.com/media/badge.png"
    online = picture(0.1, 0.1, 0.4, 0.4, url=url)
    painter = ScenePainter(presenter)
    placeholder = rgb(paint(scene_with(online), painter=painter), 64 + 128, 36 + 72)
    assert placeholder not in ((255, 0, 0), (0, 0, 0))  # the slate, naming the file
    before = painter.media_key(scene_with(online))
    cache_path(url).parent.mkdir(parents=True, exist_ok=True)
    _picture(cache_path(url), 200, 100, "#00FF00")
    assert painter.media_key(scene_with(online)) != before  # scene cards draw it again
    assert rgb(paint(scene_with(online), painter=painter), 64 + 128, 36 + 72) == (0, 255, 0)


def test_hostile_pictures_huge_boxes_and_bad_values_never_raise(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bomb(PICTURE_SIDE, PICTURE_SIDE))  # refused by its header
    huge = Size(100, 100)  # a hundred frames wide
    scene = scene_with(
        picture(0, 0, 0.3, 0.3, local_file=str(bomb)),
        picture(0.5, 0, 0.3, 0.3, local_file="/dev/zero"),
        picture(-50, -50, 100, 100, local_file=str(_picture(tmp_path / "b.png", 64, 64, "#0F0"))),
        shape("#FF0000", -50, -50, 100, 100, shape=ShapeKind.CIRCLE, opacity=0.1),
        Overlay(type=OverlayType.TEXT, text="Big " * 50, font_size=5000, size=huge),
        shape("#FFFFFF", 0.5, 0.5, 0.2, 0.2),
    )  # fmt: skip
    scene.overlays[-1].color = 7  # type: ignore[assignment]  # a hostile file's value
    start = time.perf_counter()
    image = paint(scene)
    assert time.perf_counter() - start < 5
    warning = (WARNING.red(), WARNING.green(), WARNING.blue())
    assert rgb(image, 0.5 * W + 3, 0.5 * H + 3) == warning  # that overlay's own box only
    assert rgb(image, 0.05 * W, 0.05 * H) != warning  # the bomb: a placeholder
    assert rgb(image, 0.55 * W, 0.05 * H) != warning  # /dev/zero: a placeholder


def test_the_compositor_layers_change_at_the_overlays_moments() -> None:
    from composer.paint.layers import scene_layers

    behind = shape("#FF0000", 0, 0, 0.2, 0.2, behind_presenter=True)
    later = shape("#00FF00", 0.5, 0.5, 0.2, 0.2, start=1.0, end=2.0)
    layers = scene_layers(scene_with(behind, later), W, H, 0.75, seconds=3.0)
    assert [look.seconds for look in layers.looks] == [0.0, 1.0, 2.0]
    first, shown, gone = layers.looks
    assert first.text is None and gone.text is None  # the text patch holds the green one
    assert shown.text is not None and tuple(shown.text.pixels[10, 10]) == (0, 255, 0, 255)
    assert first.behind is not None and tuple(first.behind.pixels[5, 5]) == (255, 0, 0, 255)
    plain = scene_layers(scene_with(), W, H, 0.75, seconds=3.0)
    assert len(plain.looks) == 1 and plain.looks[0].behind is None and plain.text is None


@pytest.mark.parametrize(
    ("place", "expected_centre"),
    [(None, None), (CaptionPlace.TOP, None), (Position(0.3, 0.5), (0.3 * W, 0.5 * H))],
)
def test_caption_places(place: object, expected_centre: tuple[float, float] | None) -> None:
    box, _text = caption_box("Hello there", W, H, CaptionsStyle(position=place))  # type: ignore[arg-type]
    if place is None:
        assert box.bottom() == pytest.approx(H * 0.93) and box.center().x() == pytest.approx(W / 2)
    elif place == CaptionPlace.TOP:
        assert box.top() == pytest.approx(H * 0.07)
    else:
        assert (box.center().x(), box.center().y()) == pytest.approx(expected_centre)


def _caption(style: CaptionsStyle) -> np.ndarray:
    image = QImage(W, H, QImage.Format.Format_RGB32)
    image.fill(QColor("#808080"))
    with painting(image) as qp:
        paint_caption(qp, "Hello there", W, H, style)
    return _array(image).reshape(-1, 3)


def test_caption_style_colours_font_size_and_highlight() -> None:
    styled = _caption(CaptionsStyle(color="#00FF00", background="#0000FF", font_size=40))
    colours = {tuple(p) for p in styled}
    assert (0, 255, 0) in colours and (0, 0, 255) in colours and (255, 255, 255) not in colours
    small, big = (caption_box("Hello there", W, H, CaptionsStyle(font_size=s))[0] for s in (20, 40))
    assert big.height() > 1.6 * small.height()
    lit = _caption(CaptionsStyle(color="#00FF00", highlight_words=True))
    spoken = (HIGHLIGHT.red(), HIGHLIGHT.green(), HIGHLIGHT.blue())
    assert spoken in {tuple(p) for p in lit} and (0, 255, 0) not in {tuple(p) for p in lit}


def test_still_the_storyboard_and_scene_cards_draw_the_overlays(tmp_path: Path) -> None:
    """`still` shows the overlays of its moment; the storyboard's stills and the scene
    cards, views of the whole scene, show every overlay that isn't hidden."""
    from PySide6.QtCore import QSize

    from composer.cli import main
    from composer.model.project import Dimension, Project
    from composer.paint.thumbnails import ThumbnailCache
    from composer.projectfile import save_project

    scene = scene_with(shape("#FF0000", 0, 0, 0.2, 0.2),
                       shape("#00FF00", 0.8, 0.8, 0.2, 0.2, start=1.0),
                       shape("#FFFFFF", 0.4, 0.8, 0.2, 0.2, hidden=True))  # fmt: skip
    project = Project(title="Layers", dimension=Dimension(W, H), scenes=[scene])
    path = tmp_path / "layers.scene.json"
    save_project(project, path)

    def seen(image: QImage) -> tuple[bool, bool, bool]:
        sx, sy = image.width() / W, image.height() / H
        at = [rgb(image, x * sx, y * sy) for x, y in ((20, 20), (W - 20, H - 20), (W / 2, H - 20))]
        return (at[0] == (255, 0, 0), at[1] == (0, 255, 0), at[2] == (255, 255, 255))

    for at, expected in (("0.5", (True, False, False)), ("1.5", (True, True, False))):
        still = tmp_path / f"still-{at}.png"
        assert main(["still", str(path), "--scene", "1", "--at", at, "-o", str(still)]) == 0
        assert seen(QImage(str(still))) == expected
    pdf, stills = tmp_path / "board.pdf", tmp_path / "stills"
    assert main(["storyboard", str(path), "-o", str(pdf), "--stills", str(stills)]) == 0
    assert [seen(QImage(str(p))) for p in stills.glob("*.png")] == [(True, True, False)]
    card = ThumbnailCache(ScenePainter(presenter)).thumbnail(scene, project, QSize(320, 180))
    assert seen(card.toImage()) == (True, True, False)


def test_an_online_picture_layer_is_fetched_at_send_and_never_composed_as_a_placeholder(
    tmp_path: Path,
) -> None:
    from composer.assets.online import online_media
    from composer.compose.compositor import ComposeError, compose
    from composer.model.project import Dimension, Project
    from tests.support.clips import fill_cache

    url = "http://127.0.0.1:9/logo.png"
    off = "http://127.0.0.1:9/off.png"
    scene = scene_with(picture(0, 0, 0.2, 0.2, url=url, name="Logo"),
                       picture(0.5, 0, 0.2, 0.2, url=off, hidden=True))  # fmt: skip
    project = Project(title="Layers", dimension=Dimension(W, H), scenes=[scene])
    assert [item.url for item in online_media(project)] == [url]  # what the send downloads
    cache = fill_cache(project, tmp_path / "clips", seconds=0.4)
    with pytest.raises(ComposeError, match=r"picture layer of Scene 1 \(Logo\) is not on this"):
        compose(project, cache, tmp_path / "video.mp4")
    assert not (tmp_path / "video.mp4").exists()
    cache_path(url).parent.mkdir(parents=True, exist_ok=True)
    _picture(cache_path(url), 64, 64, "#00FF00")  # as the send's download leaves it
    assert compose(project, cache, tmp_path / "video.mp4") == [tmp_path / "video.mp4"]


def test_the_preview_as_v3_renders_it_shows_no_layers() -> None:
    """v3 renders no overlays (they are losses): its preview doesn't draw them."""
    scene = scene_with(shape("#FF0000", 0, 0, 1, 1))
    for draw, red in ((ScenePainter(presenter).paint, True), (_as_v3, False)):
        image = QImage(W, H, QImage.Format.Format_RGB32)
        with painting(image) as qp:
            draw(qp, QRectF(0, 0, W, H), scene, W, H)
        assert (rgb(image, 5, 5) == (255, 0, 0)) == red


def _as_v3(qp: QPainter, frame: QRectF, scene: Scene, w: int, h: int) -> None:
    """The window's preview of a v3 project."""
    from composer.ui.preview.as_v3 import paint_as_v3

    paint_as_v3(ScenePainter(presenter), qp, frame, scene, w, h)
