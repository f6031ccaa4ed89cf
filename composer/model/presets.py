"""Ready-made overlays the Add menu and the templates offer: a text, a picture, a shape,
and the presets a marketer knows from studio editors (a lower third, a title card, a logo
in the corner). Each returns new Overlays (fresh ids) sized for the project's frame, so a
portrait video's lower third is as wide as its frame allows and a logo stays square.

Sizes and positions are fractions of the frame (composer.model.rich); font sizes are
output pixels, taken from the frame's height so a 720p video's title is as big, on screen,
as a 1080p one's.
"""

from __future__ import annotations

from composer.model.enums import FontWeight, TextAlign
from composer.model.fields import Position
from composer.model.layout import SAFE_AREA, stored
from composer.model.rich import Overlay, OverlayType, ShapeKind, Size

MARGIN = (1 - SAFE_AREA) / 2
"""The safe area's margin, a fraction of the frame: presets sit inside it."""
BAND = "#2A5BD7"
"""A blue that white words read well on (about 5.9:1), seen over dark and light backgrounds."""
INK = "#FFFFFF"


def _placed(overlay: Overlay, x: float, y: float, w: float, h: float) -> Overlay:
    """The overlay with its box set (fractions of the frame, as the file stores them)."""
    overlay.position = Position(stored(x), stored(y))
    overlay.size = Size(stored(w), stored(h))
    return overlay


def _font(height: int, share: float) -> float:
    """A font size in output pixels: `share` of the frame's height."""
    return float(round(height * share))


def _square(side_of_height: float, width: int, height: int) -> tuple[float, float]:
    """(width, height) fractions of a square whose side is `side_of_height` of the frame's
    height (a logo is square on any frame)."""
    return side_of_height * height / width, side_of_height


def text(width: int, height: int, words: str = "Your text") -> Overlay:
    return _placed(
        Overlay(
            type=OverlayType.TEXT,
            text=words,
            font_size=_font(height, 0.05),
            font_weight=FontWeight.BOLD,
            color=INK,
            text_align=TextAlign.LEFT,
        ),
        MARGIN + 0.05,
        MARGIN + 0.05,
        0.5,
        0.1,
    )


def picture(width: int, height: int, local_file: str) -> Overlay:
    w, h = _square(0.25, width, height)
    return _placed(
        Overlay(
            type=OverlayType.IMAGE,
            local_file=local_file,
        ),
        0.5 - w / 2,
        0.5 - h / 2,
        w,
        h,
    )


def shape(width: int, height: int) -> Overlay:
    return _placed(
        Overlay(
            type=OverlayType.SHAPE,
            shape=ShapeKind.ROUNDED,
            color=BAND,
        ),
        MARGIN,
        0.65,
        0.4,
        0.15,
    )


def lower_third(
    width: int, height: int, name: str = "Your name", role: str = "Your title"
) -> list[Overlay]:
    """A band across the lower third with a name on it, and the person's role under it:
    the band behind, the words on top (2 overlays)."""
    band_w = min(0.6, 1 - 2 * MARGIN) if width >= height else 1 - 2 * MARGIN
    band = _placed(
        Overlay(
            type=OverlayType.SHAPE,
            name="Lower third band",
            shape=ShapeKind.ROUNDED,
            color=BAND,
            opacity=0.9,
        ),
        MARGIN,
        0.72,
        band_w,
        0.14,
    )
    words = _placed(
        Overlay(
            type=OverlayType.TEXT,
            name="Lower third text",
            text=f"{name}\n{role}",
            font_size=_font(height, 0.042),
            font_weight=FontWeight.BOLD,
            color=INK,
            text_align=TextAlign.LEFT,
            line_height=1.25,
        ),
        MARGIN + 0.02,
        0.735,
        band_w - 0.04,
        0.11,
    )
    return [band, words]


def title_card(width: int, height: int, title: str = "Your title") -> list[Overlay]:
    """A full-frame colour card with a big centred title, for the first seconds of a
    scene (it ends at 3 s, showing the presenter afterwards)."""
    card = _placed(
        Overlay(
            type=OverlayType.SHAPE,
            name="Title card",
            shape=ShapeKind.RECT,
            color=BAND,
            end=3.0,
        ),
        0.0,
        0.0,
        1.0,
        1.0,
    )
    words = _placed(
        Overlay(
            type=OverlayType.TEXT,
            name="Title",
            text=title,
            font_size=_font(height, 0.09),
            font_weight=FontWeight.BOLD,
            color=INK,
            text_align=TextAlign.CENTER,
            end=3.0,
        ),
        MARGIN,
        0.42,
        1 - 2 * MARGIN,
        0.16,
    )
    return [card, words]


def logo_corner(width: int, height: int, local_file: str | None = None) -> list[Overlay]:
    """A square logo in the top-right corner, inside the safe area."""
    w, h = _square(0.14, width, height)
    logo = _placed(
        Overlay(
            type=OverlayType.IMAGE,
            name="Logo",
            local_file=local_file,
        ),
        1 - MARGIN - w,
        MARGIN,
        w,
        h,
    )
    return [logo]
