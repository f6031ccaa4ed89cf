"""The placement rule: a warning when the presenter or the text box leaves the frame.

A box more than half outside the frame is "mostly outside" (what shows is a sliver the
viewer takes for a mistake); one with nothing inside is "entirely outside". Both are
warnings: HeyGen renders them, but the window no longer says the video is ready.
"""

from __future__ import annotations

from collections.abc import Iterator

from composer.model import layout
from composer.model.project import Scene
from composer.model.wording import WARNING, Found

MOSTLY_OUTSIDE = 0.5
"""Less than this share of the box in the frame is warned about."""


def visible_share(box: layout.Rect, frame: layout.Rect) -> float:
    """The share (0 to 1) of `box`'s area inside `frame`."""
    if box.w <= 0 or box.h <= 0:
        return 0.0
    across = max(0.0, min(box.right, frame.right) - max(box.x, frame.x))
    down = max(0.0, min(box.bottom, frame.bottom) - max(box.y, frame.y))
    return across * down / (box.w * box.h)


def placement_problems(scene: Scene, width: int, height: int) -> Iterator[Found]:
    frame = layout.frame_rect(width, height)
    presenter = visible_share(layout.avatar_rect(scene.character, width, height), frame)
    if presenter == 0:
        yield (
            WARNING,
            "character.offset",
            "The presenter is placed entirely outside the frame and will not be seen.",
        )
    elif presenter < MOSTLY_OUTSIDE:
        yield (
            WARNING,
            "character.offset",
            f"The presenter is mostly outside the frame: only {presenter:.0%} of it shows. "
            "Move it in, or make it smaller.",
        )
    if scene.text is None:
        return
    text = visible_share(layout.text_rect_estimate(scene.text, width, height), frame)
    if text == 0:
        yield (
            WARNING,
            "text.position",
            "The text box is placed entirely outside the frame and will not be seen.",
        )
    elif text < MOSTLY_OUTSIDE:
        yield (
            WARNING,
            "text.position",
            f"The text box is mostly outside the frame: only {text:.0%} of it shows. Move it in.",
        )
