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

Editing rules the preview applies (also Qt-free, so they are tested without widgets):
- values are stored with `OFFSET_DECIMALS` decimals; a keyboard nudge always moves at
  least one stored step, whatever the frame size;
- the guides are the centre lines and the edges of the `SAFE_AREA` rectangle; a dragged
  item's edges and middle snap to them;
- gestures keep `scale` within the seed's range and above `GESTURE_SCALE_MIN`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from composer.model.enums import AvatarStyle, CharacterType, Fit, TalkingPhotoStyle
from composer.model.project import Character, TextOverlay

SILHOUETTE_ASPECT = 3 / 4
HEAD_AND_SHOULDERS = (0.07, 0.60)
"""The part of the presenter picture's height (top, bottom) a close-up or circle crop shows."""
DEFAULT_SCALE = 1.0
DEFAULT_FONT_SIZE = 48.0
DEFAULT_LINE_HEIGHT = 1.2
SAFE_AREA = 0.9
OFFSET_DECIMALS = 3
SCALE_MIN, SCALE_MAX = 0.0, 5.0  # the seed's range for `character.scale`
GESTURE_SCALE_MIN = 0.05
"""Resizing stops here: at 0 the avatar vanishes and could not be grabbed back."""
WHEEL_STEP = 1.05
"""Scale factor per wheel notch."""


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


def is_close_up(character: Character) -> bool:
    return character.type == CharacterType.AVATAR and character.avatar_style == AvatarStyle.CLOSE_UP


def content_rect(character: Character, box: Rect, aspect: float) -> Rect:
    """Where the whole presenter picture goes: the box itself, or for the close-up and
    circle styles a larger picture placed so that its head and shoulders fill the box
    (the picture is then clipped to the box)."""
    if not (is_close_up(character) or is_circle(character)):
        return box
    top, bottom = HEAD_AND_SHOULDERS
    h = box.h / (bottom - top)
    w = h * aspect
    return Rect(box.x + box.w / 2 - w / 2, box.y - top * h, w, h)


def presenter_height(character: Character, height: int) -> float:
    """How tall (output pixels) the presenter's whole picture is drawn: what a rendered
    clip must at least measure so that nothing is upscaled."""
    box = avatar_rect(character, height, height)
    return content_rect(character, box, SILHOUETTE_ASPECT).h


def background_rect(
    image_w: float, image_h: float, frame_w: float, frame_h: float, fit: Fit | None
) -> Rect:
    """Where a background image or video lands in the frame (output pixels):
    cover fills the frame keeping aspect (cropping), contain shows all of it (letterbox),
    crop shows the centre at native scale (like cover when the image is smaller than the
    frame), none draws it at native size, centred."""
    fit = fit or Fit.COVER
    if fit == Fit.CONTAIN:
        scale = min(frame_w / image_w, frame_h / image_h)
    elif fit == Fit.NONE or (fit == Fit.CROP and image_w >= frame_w and image_h >= frame_h):
        scale = 1.0  # native size
    else:
        scale = max(frame_w / image_w, frame_h / image_h)
    w, h = image_w * scale, image_h * scale
    return Rect((frame_w - w) / 2, (frame_h - h) / 2, w, h)


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


def stored(value: float) -> float:
    """`value` rounded as the file stores it (never -0.0, which would be written as such)."""
    return round(value, OFFSET_DECIMALS) + 0.0


def moved_fraction(start: float, delta_px: float, extent: int) -> float:
    """A frame fraction moved by `delta_px` output pixels, rounded as the file stores it."""
    return stored(start + delta_px / extent)


def nudged_fraction(start: float, delta_px: float, extent: int) -> float:
    """Like `moved_fraction`, but moving at least one stored step in the nudge's direction:
    on frames wider than 2000 px one pixel is less than 0.001 and would round away."""
    moved = moved_fraction(start, delta_px, extent)
    step = 10**-OFFSET_DECIMALS
    if delta_px and abs(moved - start) < step:
        moved = stored(start + (step if delta_px > 0 else -step))
    return moved


def snap(value: float, targets: list[float], threshold: float) -> float:
    """`value` moved onto the nearest target within `threshold` (same units), else unchanged."""
    best = min(targets, key=lambda t: abs(t - value), default=None)
    return best if best is not None and abs(best - value) <= threshold else value


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def gesture_scale(scale: float) -> float:
    """A scale set by a gesture: within the seed's range, never below `GESTURE_SCALE_MIN`."""
    return stored(clamp(scale, max(SCALE_MIN, GESTURE_SCALE_MIN), SCALE_MAX))


def current_scale(character: Character) -> float:
    return DEFAULT_SCALE if character.scale is None else character.scale


def wheel_scale(character: Character, notches: float) -> float:
    """The scale after turning the wheel `notches` notches (negative: smaller)."""
    return gesture_scale(current_scale(character) * WHEEL_STEP**notches)


Point = tuple[float, float]


def resized_scale(start_scale: float, centre: Point, press: Point, now: Point) -> float:
    """The scale after dragging a corner handle from `press` to `now` (output pixels).

    The avatar scales about its centre (the offset moves the centre), so the factor is how
    far the cursor has moved along the centre→press diagonal: the grabbed corner follows
    the cursor, and moving across the diagonal changes nothing.
    """
    px, py = press[0] - centre[0], press[1] - centre[1]
    length2 = px * px + py * py
    if length2 == 0:
        return gesture_scale(start_scale)
    along = ((now[0] - centre[0]) * px + (now[1] - centre[1]) * py) / length2
    return gesture_scale(start_scale * along)


@dataclass(frozen=True)
class Guides:
    """Lines a dragged item snaps to, in output pixels: vertical (`xs`) and horizontal."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]


def guides(width: int, height: int) -> Guides:
    """The centre lines and the safe area's edges."""
    safe = safe_rect(width, height)
    return Guides((safe.x, width / 2, safe.right), (safe.y, height / 2, safe.bottom))


@dataclass(frozen=True)
class Snap:
    """How far to move a box so it sits on guides, and which guides it then touches."""

    dx: float = 0.0
    dy: float = 0.0
    guide_x: float | None = None
    guide_y: float | None = None


def _snap_span(
    start: float, size: float, lines: Sequence[float], threshold: float
) -> tuple[float, float | None]:
    """The shortest move (within `threshold`) that puts the span's start, middle or end on
    a line, and that line; (0, None) if none is close enough."""
    best: tuple[float, float | None] = (0.0, None)
    for point in (start, start + size / 2, start + size):
        for line in lines:
            move = line - point
            if abs(move) <= threshold and (best[1] is None or abs(move) < abs(best[0])):
                best = (move, line)
    return best


def snap_box(box: Rect, lines: Guides, threshold: float) -> Snap:
    """Snap a dragged box's edges and middle to the guides within `threshold` pixels."""
    dx, guide_x = _snap_span(box.x, box.w, lines.xs, threshold)
    dy, guide_y = _snap_span(box.y, box.h, lines.ys, threshold)
    return Snap(dx, dy, guide_x, guide_y)
