"""Overlays as items in the preview: a press picks the topmost overlay under the pointer
that is neither hidden nor locked, a drag moves the selected overlays (snapping to the safe
area, the centre lines and the other overlays' edges and middles; Shift: freely), the eight
handles of a single selection resize it (Shift keeps a picture's shape), arrow keys nudge.
Shift- or Ctrl-click adds to the selection. Every gesture is one undo step (SetValues with
one merge key); the shared OverlaySelection says what is selected.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QWidget

from composer.model import layout
from composer.model.overlay_editing import (
    HANDLES,
    bounds,
    box_values,
    handle_points,
    resized,
    snap_lines,
)
from composer.model.overlay_layout import overlay_box, shows_at
from composer.model.project import Scene
from composer.model.rich import Overlay, OverlayType
from composer.paint.scene_painter import to_qrect
from composer.ui.commands import UndoableEdits
from composer.ui.i18n import translate
from composer.ui.overlays.selection import OverlaySelection
from composer.ui.preview import overlay

SNAP_PX = 8.0
DRAG_START_PX = 2.0
NUDGE_GAP_S = 0.6
"""Nudges closer together than this are one undo step."""
HANDLE_CURSORS = {
    "top_left": Qt.CursorShape.SizeFDiagCursor,
    "bottom_right": Qt.CursorShape.SizeFDiagCursor,
    "top_right": Qt.CursorShape.SizeBDiagCursor,
    "bottom_left": Qt.CursorShape.SizeBDiagCursor,
    "top": Qt.CursorShape.SizeVerCursor,
    "bottom": Qt.CursorShape.SizeVerCursor,
    "left": Qt.CursorShape.SizeHorCursor,
    "right": Qt.CursorShape.SizeHorCursor,
}
NUDGES = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
ADD_TO_SELECTION = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier


class Canvas(Protocol):
    """What the overlay items need of the preview (PreviewWidget)."""

    edits: UndoableEdits | None
    scene_index: int
    moment: Callable[[], float | None]

    def scene(self) -> Scene | None: ...
    def output_size(self) -> tuple[int, int]: ...
    def view_scale(self) -> float: ...
    def to_widget(self, rect: QRectF) -> QRectF: ...
    def whole_frame(self) -> bool: ...
    def item_at(self, pos: QPointF) -> str: ...
    def update(self) -> None: ...
    def setCursor(self, cursor: Qt.CursorShape) -> None: ...


@dataclass
class _Drag:
    press: QPointF
    starts: dict[int, layout.Rect]  # the dragged overlays' boxes at the press, by index
    key: str
    handle: str = ""  # "" moves; a handle's name resizes
    live: bool = False
    snap: layout.Snap = field(default_factory=layout.Snap)
    only: str = ""  # a click (no drag) selects this overlay alone at the release


class OverlayItems:
    """The preview's overlay editing (see module docstring)."""

    def __init__(self, canvas: Canvas, parent: QWidget) -> None:
        self.canvas = canvas
        self.selection = OverlaySelection(parent)
        self.selection.changed.connect(canvas.update)
        self.hover = ""  # the id of the overlay under the pointer
        self._drag: _Drag | None = None
        self._nudge: tuple[str, float] = ("", 0.0)  # merge key, time of the last nudge
        self.cursor = Qt.CursorShape.ArrowCursor
        """The pointer's shape over the overlay or handle under it, or while dragging."""

    # ---- geometry
    def box(self, overlay: Overlay) -> layout.Rect:
        return overlay_box(overlay, *self.canvas.output_size())

    def widget_box(self, overlay: Overlay) -> QRectF:
        return self.canvas.to_widget(to_qrect(self.box(overlay)))

    def pickable(self) -> bool:
        return self.canvas.scene() is not None and not self.canvas.whole_frame()

    def pick(self, pos: QPointF, behind: bool | None = None) -> int | None:
        """The topmost overlay under `pos` that can be picked (`behind`: only those behind
        the presenter, or only those above it; None: any)."""
        overlays = self.selection.overlays()
        moment = self.canvas.moment()  # the clip strip's: an overlay not showing then is not
        for index in reversed(range(len(overlays))):
            item = overlays[index]
            if item.locked or not shows_at(item, moment):  # hidden ones never show
                continue
            if behind is not None and bool(item.behind_presenter) != behind:
                continue
            if self.widget_box(item).contains(pos):
                return index
        return None

    def handle_at(self, pos: QPointF) -> str:
        """The resize handle of the one selected overlay under `pos`, or ""."""
        indices = self.selection.indices()
        if len(indices) != 1 or not self.pickable():
            return ""
        item = self.selection.overlays()[indices[0]]
        if item.locked or item.hidden:
            return ""
        for name, point in self._handle_points(item).items():
            if overlay.handle_rect(point).adjusted(-3, -3, 3, 3).contains(pos):
                return name
        return ""

    def _handle_points(self, item: Overlay) -> dict[str, QPointF]:
        box = self.widget_box(item)
        out = layout.Rect(box.x(), box.y(), box.width(), box.height())
        return {name: QPointF(*point) for name, point in handle_points(out).items()}

    # ---- mouse
    def press(self, event: QMouseEvent) -> bool:
        """Handle a left press; False: no overlay here (the presenter or text may take it)."""
        if not self.pickable():
            return False
        pos = event.position()
        handle = self.handle_at(pos)
        if handle:
            self._start(pos, self.selection.indices()[:1], handle)
            return True
        index = self.pick(pos, behind=False)
        if index is None and not self.canvas.item_at(pos):
            index = self.pick(pos, behind=True)
        if index is None:
            self.selection.select([])
            return False
        chosen = self.selection.overlays()[index].id
        if event.modifiers() & ADD_TO_SELECTION:
            self.selection.toggle(chosen)
            return True
        several = chosen in self.selection.ids and len(self.selection.ids) > 1
        if chosen not in self.selection.ids:
            self.selection.select([chosen])
        self._start(pos, self.selection.indices(), "")
        if several and self._drag is not None:  # a drag moves them all; a click picks one
            self._drag.only = chosen
        return True

    def _start(self, pos: QPointF, indices: list[int], handle: str) -> None:
        assert self.canvas.edits is not None
        overlays = self.selection.overlays()
        starts = {i: self.box(overlays[i]) for i in indices if not overlays[i].locked}
        self._drag = _Drag(pos, starts, self.canvas.edits.new_drag_key(), handle)
        self.cursor = HANDLE_CURSORS[handle] if handle else Qt.CursorShape.ClosedHandCursor
        self.canvas.setCursor(self.cursor)

    def move(self, event: QMouseEvent) -> bool:
        drag = self._drag
        if drag is None:
            return self._hover(event.position())
        pos = event.position()
        if not drag.live:
            if (pos - drag.press).manhattanLength() < DRAG_START_PX:
                return True
            drag.live = True
            if self.canvas.edits is not None:
                self.canvas.edits.gesture.begin()  # what follows the numbers may lag
        moved = (pos - drag.press) / self.canvas.view_scale()
        free = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if drag.handle:
            self._resize(drag, moved.x(), moved.y(), free)
        else:
            self._move(drag, moved.x(), moved.y(), snapping=not free)
        return True

    def _hover(self, pos: QPointF) -> bool:
        handle = self.handle_at(pos)
        index = None if handle else self.pick(pos)
        hover = "" if index is None else self.selection.overlays()[index].id
        if hover != self.hover:
            self.hover = hover
            self.canvas.update()
        if handle:
            self.cursor = HANDLE_CURSORS[handle]
        elif hover:
            self.cursor = Qt.CursorShape.OpenHandCursor
        return bool(handle or hover)

    def release(self, event: QMouseEvent) -> bool:
        if self._drag is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        if self._drag.only and not self._drag.live:
            self.selection.select([self._drag.only])
        if self._drag.live and self.canvas.edits is not None:
            self.canvas.edits.gesture.end()
        self._drag = None
        self.canvas.update()
        return True

    def live_snap(self) -> layout.Snap | None:
        """The guides the dragged overlays sit on, while a drag is going on."""
        return self._drag.snap if self._drag is not None and self._drag.live else None

    def _others(self, dragged: dict[int, layout.Rect]) -> list[layout.Rect]:
        overlays = self.selection.overlays()
        return [
            self.box(item)
            for i, item in enumerate(overlays)
            if i not in dragged and not item.hidden
        ]

    def _move(self, drag: _Drag, dx: float, dy: float, snapping: bool) -> None:
        width, height = self.canvas.output_size()
        drag.snap = layout.Snap()
        if snapping and drag.starts:
            group = bounds(list(drag.starts.values()))
            moved = layout.Rect(group.x + dx, group.y + dy, group.w, group.h)
            lines = snap_lines(width, height, self._others(drag.starts))
            drag.snap = layout.snap_box(moved, lines, SNAP_PX / self.canvas.view_scale())
        values: dict[str, float] = {}
        for index, box in drag.starts.items():
            new = layout.Rect(box.x + dx + drag.snap.dx, box.y + dy + drag.snap.dy, box.w, box.h)
            values |= box_values(index, new, width, height, size=False)
        self._edit(values, drag.key, translate("Preview", "Move layer"))

    def _resize(self, drag: _Drag, dx: float, dy: float, free: bool) -> None:
        width, height = self.canvas.output_size()
        ((index, box),) = drag.starts.items()
        item = self.selection.overlays()[index]
        keep = free and item.type == OverlayType.IMAGE
        drag.snap = layout.Snap()
        if not free:  # the moving edges snap to the guides
            dx, dy = self._snap_edges(drag, box, dx, dy)
        new = resized(box, drag.handle, dx, dy, keep_aspect=keep)
        values = box_values(index, new, width, height, size=True)
        self._edit(values, drag.key, translate("Preview", "Resize layer"))

    def _snap_edges(
        self, drag: _Drag, box: layout.Rect, dx: float, dy: float
    ) -> tuple[float, float]:
        fx, fy = HANDLES[drag.handle]
        lines = snap_lines(*self.canvas.output_size(), self._others(drag.starts))
        threshold = SNAP_PX / self.canvas.view_scale()
        guide_x = guide_y = None
        if fx != 0.5:
            edge = box.x + fx * box.w + dx
            snapped = layout.snap(edge, list(lines.xs), threshold)
            guide_x = snapped if snapped != edge else None
            dx += snapped - edge
        if fy != 0.5:
            edge = box.y + fy * box.h + dy
            snapped = layout.snap(edge, list(lines.ys), threshold)
            guide_y = snapped if snapped != edge else None
            dy += snapped - edge
        drag.snap = layout.Snap(0.0, 0.0, guide_x, guide_y)
        return dx, dy

    def _edit(self, values: dict[str, float], key: str, text: str) -> None:
        if values and self.canvas.edits is not None:
            self.canvas.edits.set_values(self.canvas.scene_index, values, text, key)

    # ---- keyboard
    def key(self, event: QKeyEvent) -> bool:
        """Arrow keys nudge the selected overlays 1 output pixel (Shift: 10); Escape lets
        go of them."""
        if event.key() == Qt.Key.Key_Escape and self.selection.ids:
            self.selection.select([])
            return True
        step = NUDGES.get(Qt.Key(event.key()))
        indices = [i for i in self.selection.indices() if not self.selection.overlays()[i].locked]
        if step is None or not indices or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if self.canvas.edits is None or not self.pickable():
            return False
        size = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
        width, height = self.canvas.output_size()
        values: dict[str, float] = {}
        for index in indices:
            item = self.selection.overlays()[index]
            box = self.box(item)
            values[f"overlays[{index}].position.x"] = layout.nudged_fraction(
                box.x / width, step[0] * size, width
            )
            values[f"overlays[{index}].position.y"] = layout.nudged_fraction(
                box.y / height, step[1] * size, height
            )
        self._edit(values, self._nudge_key(), translate("Preview", "Nudge layer"))
        return True

    def _nudge_key(self) -> str:
        assert self.canvas.edits is not None
        key, last = self._nudge
        now = time.monotonic()
        if not key or now - last > NUDGE_GAP_S:
            key = self.canvas.edits.new_drag_key()
        self._nudge = (key, now)
        return key

    # ---- painting
    def paint(self, painter: QPainter) -> None:
        """Outlines: strong around the selected overlays, faint around the hovered one;
        the eight handles around a single selection."""
        if not self.pickable():
            return
        overlays = self.selection.overlays()
        chosen = self.selection.indices()
        for index, item in enumerate(overlays):
            if item.hidden:
                continue
            if index in chosen:
                overlay.paint_outline(painter, self.widget_box(item), strong=True)
            elif item.id == self.hover:
                overlay.paint_outline(painter, self.widget_box(item), strong=False)
        if len(chosen) == 1 and not overlays[chosen[0]].locked and not overlays[chosen[0]].hidden:
            for point in self._handle_points(overlays[chosen[0]]).values():
                overlay.paint_handle(painter, point)
