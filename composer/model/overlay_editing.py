"""The overlay editor's geometry, in output pixels (Qt-free): what a dragged overlay snaps
to, how a handle resizes a box, aligning and distributing several boxes, and the field
values that store a box (`overlays[2].position.x`...).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum

from composer.model.layout import Guides, Rect, guides, stored

MIN_SIDE_PX = 8.0
"""A handle never makes a box smaller than this (it could not be grabbed back)."""

HANDLES: dict[str, tuple[float, float]] = {
    "top_left": (0.0, 0.0),
    "top": (0.5, 0.0),
    "top_right": (1.0, 0.0),
    "right": (1.0, 0.5),
    "bottom_right": (1.0, 1.0),
    "bottom": (0.5, 1.0),
    "bottom_left": (0.0, 1.0),
    "left": (0.0, 0.5),
}
"""The eight resize handles, by where they sit on the box (fractions of its sides)."""


class Align(StrEnum):
    LEFT = "left"
    CENTRE = "centre"
    RIGHT = "right"
    TOP = "top"
    MIDDLE = "middle"
    BOTTOM = "bottom"


class Axis(StrEnum):
    ACROSS = "across"
    DOWN = "down"


def handle_points(box: Rect) -> dict[str, tuple[float, float]]:
    return {name: (box.x + fx * box.w, box.y + fy * box.h) for name, (fx, fy) in HANDLES.items()}


def snap_lines(width: int, height: int, others: Iterable[Rect]) -> Guides:
    """The safe area's edges and the centre lines, plus every other overlay's edges and
    middle: what a dragged overlay snaps to."""
    frame = guides(width, height)
    xs, ys = list(frame.xs), list(frame.ys)
    for box in others:
        xs += [box.x, box.x + box.w / 2, box.right]
        ys += [box.y, box.y + box.h / 2, box.bottom]
    return Guides(tuple(xs), tuple(ys))


def resized(box: Rect, handle: str, dx: float, dy: float, keep_aspect: bool) -> Rect:
    """`box` with the `handle` dragged by (dx, dy): the opposite side or corner stays put.
    `keep_aspect`: a corner keeps the box's shape (the larger of the two changes wins), a
    side handle changes the other side in proportion, around its middle."""
    fx, fy = HANDLES[handle]
    left, top, right, bottom = box.x, box.y, box.right, box.bottom
    if fx == 0.0:
        left = min(left + dx, right - MIN_SIDE_PX)
    elif fx == 1.0:
        right = max(right + dx, left + MIN_SIDE_PX)
    if fy == 0.0:
        top = min(top + dy, bottom - MIN_SIDE_PX)
    elif fy == 1.0:
        bottom = max(bottom + dy, top + MIN_SIDE_PX)
    new = Rect(left, top, right - left, bottom - top)
    if not keep_aspect or box.w <= 0 or box.h <= 0:
        return new
    return _keep_aspect(box, new, fx, fy)


def _keep_aspect(box: Rect, new: Rect, fx: float, fy: float) -> Rect:
    aspect = box.w / box.h
    if fx == 0.5:  # top or bottom: the width follows, around the middle
        w = new.h * aspect
        return Rect(box.x + (box.w - w) / 2, new.y, w, new.h)
    if fy == 0.5:  # left or right: the height follows
        h = new.w / aspect
        return Rect(new.x, box.y + (box.h - h) / 2, new.w, h)
    scale = max(new.w / box.w, new.h / box.h)
    w, h = box.w * scale, box.h * scale
    x = box.right - w if fx == 0.0 else box.x
    y = box.bottom - h if fy == 0.0 else box.y
    return Rect(x, y, w, h)


def aligned(boxes: Sequence[Rect], how: Align, to: Rect) -> list[Rect]:
    """The boxes moved so that their `how` edge (or middle) lines up with `to`'s."""
    out = []
    for b in boxes:
        x, y = b.x, b.y
        if how == Align.LEFT:
            x = to.x
        elif how == Align.CENTRE:
            x = to.x + (to.w - b.w) / 2
        elif how == Align.RIGHT:
            x = to.right - b.w
        elif how == Align.TOP:
            y = to.y
        elif how == Align.MIDDLE:
            y = to.y + (to.h - b.h) / 2
        else:
            y = to.bottom - b.h
        out.append(Rect(x, y, b.w, b.h))
    return out


def bounds(boxes: Sequence[Rect]) -> Rect:
    left, top = min(b.x for b in boxes), min(b.y for b in boxes)
    right, bottom = max(b.right for b in boxes), max(b.bottom for b in boxes)
    return Rect(left, top, right - left, bottom - top)


def distributed(boxes: Sequence[Rect], axis: Axis) -> list[Rect]:
    """The boxes spaced with equal gaps between them, the first and the last (along the
    axis) staying where they are; the list keeps the order it was given in."""
    across = axis == Axis.ACROSS
    start = (lambda b: b.x) if across else (lambda b: b.y)
    side = (lambda b: b.w) if across else (lambda b: b.h)
    order = sorted(range(len(boxes)), key=lambda i: start(boxes[i]))
    first, last = boxes[order[0]], boxes[order[-1]]
    span = start(last) + side(last) - start(first)
    gap = (span - sum(side(b) for b in boxes)) / max(1, len(boxes) - 1)
    out = list(boxes)
    at = start(first)
    for i in order:
        b = boxes[i]
        out[i] = Rect(at, b.y, b.w, b.h) if across else Rect(b.x, at, b.w, b.h)
        at += side(b) + gap
    return out


def box_values(index: int, box: Rect, width: int, height: int, size: bool) -> dict[str, float]:
    """The fields storing overlay `index`'s box (its size too if `size`), as fractions."""
    at = f"overlays[{index}]"
    values = {
        f"{at}.position.x": stored(box.x / width),
        f"{at}.position.y": stored(box.y / height),
    }
    if size:
        values[f"{at}.size.width"] = stored(box.w / width)
        values[f"{at}.size.height"] = stored(box.h / height)
    return values
