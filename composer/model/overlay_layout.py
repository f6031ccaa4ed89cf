"""Where an overlay (composer.model.rich) sits and when it shows, in output pixels and
seconds: the one reading of its fields for the preview, the editor's handles, the scene
cards, `still` and the composed video.

- `position` is the box's top-left corner and `size` its width and height, as fractions
  of the frame; unset parts take `DEFAULT_BOX` for the overlay's type. A text overlay
  wraps inside its box's width; its height is what the text needs (the box's height
  is the least it takes, for the editor's handles).
- `start`/`end` are seconds into the scene; unset: from the scene's start / to its end.
- `opacity` 0-1, unset 1. A `hidden` overlay never shows.
"""

from __future__ import annotations

from composer.model.layout import Rect, clamp
from composer.model.rich import Overlay, OverlayType

DEFAULT_BOX: dict[OverlayType, tuple[float, float, float, float]] = {
    OverlayType.TEXT: (0.1, 0.1, 0.5, 0.1),
    OverlayType.IMAGE: (0.75, 0.05, 0.2, 0.2),
    OverlayType.SHAPE: (0.1, 0.7, 0.4, 0.15),
}
"""x, y, width, height (fractions of the frame) of an overlay whose fields are unset."""


def overlay_box(overlay: Overlay, width: int, height: int) -> Rect:
    """The overlay's box in output pixels."""
    x0, y0, w0, h0 = DEFAULT_BOX[overlay.type]
    position, size = overlay.position, overlay.size
    x = position.x if position and position.x is not None else x0
    y = position.y if position and position.y is not None else y0
    w = size.width if size and size.width is not None else w0
    h = size.height if size and size.height is not None else h0
    return Rect(x * width, y * height, max(0.0, w) * width, max(0.0, h) * height)


def shows_at(overlay: Overlay, seconds: float | None) -> bool:
    """Whether the overlay is drawn `seconds` into its scene (None: the editor's still
    view, where every overlay that isn't hidden shows)."""
    if overlay.hidden:
        return False
    if seconds is None:
        return True
    start = overlay.start if overlay.start is not None else 0.0
    end = overlay.end if overlay.end is not None else float("inf")
    return start <= seconds < end


def opacity_of(overlay: Overlay) -> float:
    return clamp(overlay.opacity if overlay.opacity is not None else 1.0, 0.0, 1.0)


def moments(overlays: list[Overlay], seconds: float) -> list[float]:
    """The times within a scene of `seconds` at which the set of overlays shown changes
    (sorted, without 0 and the end): where the composed video's still layers change."""
    found = {
        t
        for overlay in overlays
        if not overlay.hidden
        for t in (overlay.start, overlay.end)
        if t is not None and 0.0 < t < seconds
    }
    return sorted(found)
