"""How the layout fields map onto the frame, in output pixels. The one place to calibrate.

Known from HeyGen's docs:
- `character.scale` 1.0 scales the avatar to the whole frame, 0.5 to half of it.
- `character.offset.x` is a fraction of the frame width from the frame centre to the
  avatar's centre: 0 centred, -0.5 on the left edge, +0.5 on the right edge.

Assumed where the docs are silent (change here, and in the tests, after calibrating
against real renders):
- `offset.y` is a fraction of the frame height from the centre, positive down.
- scale 1.0 makes the avatar image's full height equal the frame height; the width
  follows the image's aspect (a catalogue thumbnail's, else `SILHOUETTE_ASPECT`).
  The circle style is a square box of that height.
- `text.position` is the text box's top-left corner as fractions (0-1) of the frame
  from its top-left corner, default 0,0; `width` is in output pixels (default: to the
  frame's right edge); `font_size` is in output pixels (default `DEFAULT_FONT_SIZE`);
  `line_height` is a multiple of the font size.
"""

from __future__ import annotations

from dataclasses import dataclass

from composer.model.enums import AvatarStyle, CharacterType, TalkingPhotoStyle
from composer.model.project import Character, TextOverlay

SILHOUETTE_ASPECT = 3 / 4
DEFAULT_SCALE = 1.0
DEFAULT_FONT_SIZE = 48.0
DEFAULT_LINE_HEIGHT = 1.2
SAFE_AREA = 0.9
OFFSET_DECIMALS = 3


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def intersects(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


def frame_rect(width: int, height: int) -> Rect:
    return Rect(0.0, 0.0, float(width), float(height))


def safe_rect(width: int, height: int) -> Rect:
    margin_x = width * (1 - SAFE_AREA) / 2
    margin_y = height * (1 - SAFE_AREA) / 2
    return Rect(margin_x, margin_y, width - 2 * margin_x, height - 2 * margin_y)


def is_circle(character: Character) -> bool:
    if character.type == CharacterType.AVATAR:
        return character.avatar_style == AvatarStyle.CIRCLE
    return character.talking_photo_style == TalkingPhotoStyle.CIRCLE


def avatar_rect(
    character: Character, width: int, height: int, aspect: float = SILHOUETTE_ASPECT
) -> Rect:
    """The avatar's box in output pixels for the frame `width`×`height`."""
    scale = DEFAULT_SCALE if character.scale is None else character.scale
    box_h = scale * height
    box_w = box_h if is_circle(character) else box_h * aspect
    ox = character.offset.x if character.offset and character.offset.x is not None else 0.0
    oy = character.offset.y if character.offset and character.offset.y is not None else 0.0
    cx = width / 2 + ox * width
    cy = height / 2 + oy * height
    return Rect(cx - box_w / 2, cy - box_h / 2, box_w, box_h)


def text_origin(text: TextOverlay, width: int, height: int) -> tuple[float, float]:
    px = text.position.x if text.position and text.position.x is not None else 0.0
    py = text.position.y if text.position and text.position.y is not None else 0.0
    return (px * width, py * height)


def text_box_width(text: TextOverlay, width: int, height: int) -> float:
    if text.width is not None:
        return float(text.width)
    x, _ = text_origin(text, width, height)
    return max(width - x, 1.0)


def font_px(text: TextOverlay) -> float:
    return DEFAULT_FONT_SIZE if text.font_size is None else text.font_size


def line_px(text: TextOverlay) -> float:
    factor = DEFAULT_LINE_HEIGHT if text.line_height is None else text.line_height
    return font_px(text) * factor


def text_rect_estimate(text: TextOverlay, width: int, height: int) -> Rect:
    """The text box assuming no wrapping (the preview measures real wrapping with fonts)."""
    x, y = text_origin(text, width, height)
    lines = max(1, len((text.text or "").splitlines()))
    return Rect(x, y, text_box_width(text, width, height), lines * line_px(text))


def moved_fraction(start: float, delta_px: float, extent: int) -> float:
    """A frame fraction moved by `delta_px` output pixels, rounded as the file stores it."""
    return round(start + delta_px / extent, OFFSET_DECIMALS)


def snap(value: float, targets: list[float], threshold: float) -> float:
    """`value` moved onto the nearest target within `threshold` (same units), else unchanged."""
    best = min(targets, key=lambda t: abs(t - value), default=None)
    return best if best is not None and abs(best - value) <= threshold else value


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
