"""The live layout preview: the current scene in the video's aspect, edited by dragging.

Drag the avatar to move it (`character.offset`), drag the corner handle or turn the wheel
over it to resize (`character.scale`), drag the text to move it (`text.position`). Centre
lines and the 90% safe area are drawn; an item's edges and middle snap to them within
8 widget pixels (hold Shift to place freely). Arrow keys nudge the selected item by 1
output pixel (Shift: 10). Every gesture is one undo step through UndoableEdits; the
widget never changes the model itself, and hovering writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from composer.model import layout
from composer.paint.scene_painter import ScenePainter
from composer.ui.preview import overlay
from composer.ui.preview.announce import announce, position_words
from composer.ui.preview.canvas import AVATAR, HANDLE, TEXT
from composer.ui.preview.view import FIELDS, Drag, PreviewView

SNAP_PX = 8.0
DRAG_START_PX = 2.0
"""A press that moves less than this is a click: it selects and changes nothing."""
GESTURE_GAP_MS = 600
"""Wheel notches or nudges closer together than this are one undo step."""
NUDGE_KEYS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
CURSORS = {
    HANDLE: Qt.CursorShape.SizeFDiagCursor,
    AVATAR: Qt.CursorShape.OpenHandCursor,
    TEXT: Qt.CursorShape.OpenHandCursor,
}


class PreviewWidget(PreviewView):
    def __init__(self, parent: QWidget | None = None, painter: ScenePainter | None = None) -> None:
        super().__init__(parent, painter)
        self.setObjectName("preview")
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._gesture_key = ""
        self._gesture_timer = QTimer(self, singleShot=True, interval=GESTURE_GAP_MS)
        self._gesture_timer.timeout.connect(self._end_gesture)

    # ---- hover and focus
    def _set_hover(self, item: str) -> None:
        """Show the hover cursor and outline, repainting only around the old and new item."""
        self.setCursor(CURSORS.get(item, Qt.CursorShape.ArrowCursor))
        if item != self.hover:
            dirty = self._around(self.hover) | self._around(item)
            self.hover = item
            self._repaint(dirty)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._announce(self.selected)
        self.update()

    def _announce(self, item: str) -> None:
        """Say which item is selected, and where, to assistive technology."""
        if item in FIELDS and self.scene() is not None and self._item_box(item).isValid():
            part = FIELDS[item].split(".")[0]
            announce(self, position_words(part, *self._values(item)))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def leaveEvent(self, event: QEvent) -> None:
        if self._drag is None:
            self._set_hover("")
        super().leaveEvent(event)

    # ---- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton or self.edits is None:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self.overlay_items.press(event):
            self.selected = ""
            self.update()
            return
        self.selected = AVATAR if item == HANDLE else item
        if item:
            key = self.edits.new_drag_key()
            box = self._output_box(item)
            self._drag = Drag(item, event.position(), self._values(item), box, key)
            if item != HANDLE:
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None and self.overlay_items.move(event):
            self._set_hover("")  # an overlay is under the pointer: it has the cursor
            self.setCursor(self.overlay_items.cursor)
            return
        if drag is None:
            self._set_hover(self.item_at(event.position()))
            return
        if not drag.live:
            if (event.position() - drag.press).manhattanLength() < DRAG_START_PX:
                return
            drag.live = True
            assert self.edits is not None  # (a drag starts only with them)
            self.edits.gesture.begin()
            self.update()  # the centre lines appear
        drag.last = event.position()
        self._drag_to(drag, free=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))

    def _drag_to(self, drag: Drag, free: bool) -> None:
        dirty = self._dirty(drag.item)
        if drag.item == HANDLE:
            self._resize(drag, drag.last)
        else:
            moved = (drag.last - drag.press) / self.view_scale()
            self._move(drag, moved.x(), moved.y(), snapping=not free)
        self._repaint(dirty | self._dirty(drag.item))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.overlay_items.release(event)
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag = None
            if self.edits is not None:
                self.edits.gesture.end()
            self._set_hover(self.item_at(event.position()))
            self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        scene = self.scene()
        over = self.item_at(event.position())
        if scene is None or self.edits is None or over not in (AVATAR, HANDLE):
            return super().wheelEvent(event)
        scale = layout.wheel_scale(scene.character, event.angleDelta().y() / 120)
        dirty = self._dirty(HANDLE)
        self._edit(HANDLE, {"character.scale": scale}, self._gesture(HANDLE))
        self._repaint(dirty | self._dirty(HANDLE))
        event.accept()

    # ---- keyboard
    def _shift_changed(self, event: QKeyEvent, pressed: bool) -> bool:
        """Pressing or releasing Shift mid-drag switches snapping at once. (The key's own
        event may or may not carry its modifier, depending on the platform.)"""
        if event.key() != Qt.Key.Key_Shift or self._drag is None or not self._drag.live:
            return False
        self._drag_to(self._drag, free=pressed)
        return True

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if not self._shift_changed(event, pressed=False):
            super().keyReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._shift_changed(event, pressed=True) or self.overlay_items.key(event):
            return
        step = NUDGE_KEYS.get(Qt.Key(event.key()))
        item = self.selected if self._item_box(self.selected).isValid() else ""
        modifiers = event.modifiers()
        if (
            step is None
            or not item
            or self.edits is None
            or modifiers & Qt.KeyboardModifier.ControlModifier
            or self.whole_frame()
        ):
            return super().keyPressEvent(event)
        size = 10 if modifiers & Qt.KeyboardModifier.ShiftModifier else 1
        width, height = self.output_size()
        x, y = self._values(item)
        values = {
            f"{FIELDS[item]}.x": layout.nudged_fraction(x, step[0] * size, width),
            f"{FIELDS[item]}.y": layout.nudged_fraction(y, step[1] * size, height),
        }
        dirty = self._dirty(item)
        self._edit(item, values, self._gesture(item))
        self._repaint(dirty | self._dirty(item))
        self._announce(item)

    def _gesture(self, item: str) -> str:
        """One merge key for a run of wheel turns or nudges (one undo step)."""
        if not self._gesture_key and self.edits is not None:
            self._gesture_key = self.edits.new_drag_key()
        self._gesture_item = item
        self._gesture_timer.start()
        return self._gesture_key

    def _end_gesture(self) -> None:
        self._gesture_key = self._gesture_item = ""
        self.update(overlay.readout_band(self.frame_rect()).toAlignedRect())

    # ---- edits
    def _move(self, drag: Drag, dx: float, dy: float, snapping: bool) -> None:
        """Move the dragged item by (dx, dy) output pixels from where it was at the press."""
        width, height = self.output_size()
        drag.snap = layout.Snap()
        if snapping:
            moved = layout.Rect(drag.box.x + dx, drag.box.y + dy, drag.box.w, drag.box.h)
            threshold = SNAP_PX / self.view_scale()
            drag.snap = layout.snap_box(moved, layout.guides(width, height), threshold)
        values = {
            f"{FIELDS[drag.item]}.x": layout.moved_fraction(
                drag.values[0], dx + drag.snap.dx, width
            ),
            f"{FIELDS[drag.item]}.y": layout.moved_fraction(
                drag.values[1], dy + drag.snap.dy, height
            ),
        }
        self._edit(drag.item, values, drag.key)

    def _resize(self, drag: Drag, pos: QPointF) -> None:
        centre = drag.box.center
        scale = layout.resized_scale(
            drag.values[0], centre, self.to_output(drag.press), self.to_output(pos)
        )
        self._edit(HANDLE, {"character.scale": scale}, drag.key)
