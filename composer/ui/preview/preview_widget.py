"""The live layout preview: the current scene in the video's aspect, edited by dragging.

Drag the avatar to move it (`character.offset`), drag the corner handle or turn the wheel
over it to resize (`character.scale`), drag the text to move it (`text.position`). Centre
lines and the 90% safe area are drawn; an item's edges and middle snap to them within
8 widget pixels (hold Shift to place freely). Arrow keys nudge the selected item by 1
output pixel (Shift: 10). Every gesture is one undo step through UndoableEdits; the
widget never changes the model itself, and hovering writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QRegion,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from composer.model import layout, units
from composer.model.document import PROJECT, ProjectDocument
from composer.model.project import Scene
from composer.paint.safe_paint import guarded, painting
from composer.paint.scene_painter import ScenePainter, to_qrect
from composer.ui.commands import UndoableEdits
from composer.ui.preview import overlay
from composer.ui.preview.announce import UNIT_WORDS, announce, edit_text, no_scene, position_words
from composer.ui.preview.as_v3 import paint_as_v3
from composer.ui.preview.canvas import AVATAR, HANDLE, TEXT, PreviewCanvas

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
FIELDS = {AVATAR: "character.offset", TEXT: "text.position"}


@dataclass
class _Drag:
    item: str  # AVATAR, TEXT or HANDLE
    press: QPointF  # widget position of the press
    values: tuple[float, float]  # offset or position at the press; (scale, 0) for HANDLE
    box: layout.Rect  # the item's box at the press, output pixels
    key: str  # the merge key: the whole drag is one undo step
    last: QPointF = field(default_factory=QPointF)  # the latest mouse position
    live: bool = False  # moved past DRAG_START_PX
    snap: layout.Snap = field(default_factory=layout.Snap)


class PreviewWidget(PreviewCanvas):
    def __init__(self, parent: QWidget | None = None, painter: ScenePainter | None = None) -> None:
        super().__init__(parent, painter)
        self.setObjectName("preview")
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # we paint every pixel
        self.scene_painter.updated.connect(self.update)
        self.edits: UndoableEdits | None = None
        self.selected = AVATAR
        self.hover = ""
        self._drag: _Drag | None = None
        self._painted_scene: Scene | None = None
        self._editing = False
        self._gesture_key = ""
        self._gesture_item = ""
        self._gesture_timer = QTimer(self, singleShot=True, interval=GESTURE_GAP_MS)
        self._gesture_timer.timeout.connect(self._end_gesture)
        self.decorations: list[Callable[[QPainter, QRectF], None]] = []
        """Layers painted over the frame by others (the rehearsal's spoken script)."""
        self.moment: Callable[[], float | None] = lambda: None
        """Seconds into the scene shown (the clip strip's), None: every overlay shows."""
        self.caption: Callable[[QPainter, QRectF], None] = lambda _painter, _frame: None
        """Paints the caption burned in at that moment (the clip strip's words)."""
        self.show_guides = True
        """The faint 90% safe area (off: the frame exactly as the video will show it)."""
        self.transition: Callable[[QPainter, QRectF, Scene], bool] | None = None
        """Paints the scene mid-transition instead, saying True (set by the clip strip)."""

    # ---- binding
    def set_document(self, doc: ProjectDocument, edits: UndoableEdits) -> None:
        if self.doc is not None:
            self._connect(self.doc, connect=False)
        self.doc, self.edits = doc, edits
        self._connect(doc, connect=True)
        self.scene_index = 0 if len(doc) else -1
        self._drag = None
        self.update()

    def _connect(self, doc: ProjectDocument, connect: bool) -> None:
        pairs = [(doc.changed, self._changed), (doc.reset, self._structure_changed)]
        pairs += [(s, self._structure_changed) for s in (doc.inserted, doc.removed, doc.moved)]
        for signal, slot in pairs:
            if connect:
                signal.connect(slot)
            else:
                signal.disconnect(slot)

    def set_scene_index(self, index: int) -> None:
        self.scene_index = index
        self._drag = None
        self._update_if_another_scene()

    def _update_if_another_scene(self) -> None:
        """Repaint unless the scene shown is still the one painted (scenes reordered
        around it change its number, not its picture)."""
        if self.scene() is not self._painted_scene:
            self.update()

    def _structure_changed(self, *_args: object) -> None:
        if self.doc is not None and self.scene_index >= len(self.doc):
            self.scene_index = len(self.doc) - 1
        self._drag = None
        self._update_if_another_scene()

    def _changed(self, scene_index: int, _path: str) -> None:
        if scene_index in (self.scene_index, PROJECT) and not self._editing:
            self.update()  # our own edits repaint only what they change (see _edit)

    def _shadow_band(self, frame: QRectF) -> QRegion:
        """Where the frame's shadow and border are drawn: around the frame, not in it."""
        outer = frame.adjusted(-overlay.SHADOW, -overlay.SHADOW, overlay.SHADOW, overlay.SHADOW + 2)
        return QRegion(outer.toAlignedRect()).subtracted(QRegion(frame.toRect()))

    # ---- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        with painting(self) as painter:
            guarded(painter, QRectF(self.rect()), "preview", lambda: self._paint(painter, event))

    def _paint(self, painter: QPainter, event: QPaintEvent) -> None:
        painter.fillRect(event.rect(), overlay.SURROUND)
        scene = self._painted_scene = self.scene()
        if scene is None:
            overlay.paint_message(painter, QRectF(self.rect()), no_scene())
            return
        frame = self.frame_rect()
        if event.region().intersects(self._shadow_band(frame)):  # not during most drags
            overlay.paint_frame_shadow(painter, frame)
        if self.whole_frame():  # the project's route owns the layout: show its picture
            paint_as_v3(self.scene_painter, painter, frame, scene, *self.output_size())
            return
        if self.transition is None or not self.transition(painter, frame, scene):
            self.scene_painter.paint(painter, frame, scene, *self.output_size(), self.moment())
            self.caption(painter, frame)
        for decorate in self.decorations:
            decorate(painter, frame)
        dragging = self._drag is not None and self._drag.live
        if self.show_guides or dragging:
            safe = layout.safe_rect(*self.output_size())
            overlay.paint_guides(
                painter, frame, self.to_widget(to_qrect(safe)), dragging, self._snapped_guides()
            )
        self._paint_selection(painter)
        readout = self._readout()
        if readout:
            overlay.paint_readout(painter, frame, readout)

    def _snapped_guides(self) -> tuple[float | None, float | None]:
        if self._drag is None or not self._drag.live:
            return (None, None)
        frame, s = self.frame_rect(), self.view_scale()
        gx, gy = self._drag.snap.guide_x, self._drag.snap.guide_y
        return (
            None if gx is None else frame.x() + gx * s,
            None if gy is None else frame.y() + gy * s,
        )

    def _shows_selection(self) -> bool:
        return self.hasFocus() or self._drag is not None

    def _paint_selection(self, painter: QPainter) -> None:
        selected = self.selected if self._shows_selection() else ""
        hovered = AVATAR if self.hover == HANDLE else self.hover
        boxes = {item: self._item_box(item) for item in {selected, hovered} - {""}}
        for item, box in boxes.items():
            if not box.isEmpty():
                overlay.paint_outline(painter, box, strong=item == selected)
        if AVATAR in boxes:
            overlay.paint_handle(painter, self.handle_rect(boxes[AVATAR]).center())

    def _readout(self) -> str:
        """The value being changed, while a drag, wheel turn or nudge is going on."""
        scene = self.scene()
        item = self._drag.item if self._drag and self._drag.live else self._gesture_item
        if scene is None or not item:
            return ""
        if item == HANDLE:
            return units.scale_readout(layout.current_scale(scene.character), UNIT_WORDS)
        x = self.doc.value(self.scene_index, f"{FIELDS[item]}.x") or 0.0
        y = self.doc.value(self.scene_index, f"{FIELDS[item]}.y") or 0.0
        return units.readout(FIELDS[item].split(".")[0], x, y, UNIT_WORDS)

    def _around(self, item: str) -> QRegion:
        """Where an item, its outline and (for the avatar) its handle are drawn."""
        box = self._item_box(AVATAR if item == HANDLE else item)
        if box.isEmpty():
            return QRegion()
        if item != TEXT:
            box = box.united(self.handle_rect(box))
        return QRegion(box.adjusted(-4, -4, 4, 4).toAlignedRect())

    def _dirty(self, item: str) -> QRegion:
        """What an edit of `item` can change on screen: around the item, the snapped
        guides and the read-out. Called before and after the edit."""
        region = self._around(item)
        frame = self.frame_rect()
        snap_x, snap_y = self._snapped_guides()
        if snap_x is not None:
            region |= QRect(round(snap_x) - 1, round(frame.top()), 3, round(frame.height()))
        if snap_y is not None:
            region |= QRect(round(frame.left()), round(snap_y) - 1, round(frame.width()), 3)
        return region | overlay.readout_band(frame).toAlignedRect()

    def _repaint(self, dirty: QRegion) -> None:
        """Repaint the rectangle around `dirty`: Qt paints a region of several rectangles
        span by span, four times slower than the bigger rectangle holding them."""
        self.update(dirty.boundingRect())

    def _edit(self, item: str, values: dict[str, float], key: str) -> None:
        """Push an edit of `item` (one undo step per `key`) without the full repaint other
        edits get: callers repaint what `_dirty` gives before and after, so a drag redraws
        little more than the item itself."""
        assert self.edits is not None
        self._editing = True
        try:
            self.edits.set_values(self.scene_index, values, edit_text(item), key)
        finally:
            self._editing = False

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
        self.selected = AVATAR if item == HANDLE else item
        if item:
            key = self.edits.new_drag_key()
            box = self._output_box(item)
            self._drag = _Drag(item, event.position(), self._values(item), box, key)
            if item != HANDLE:
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
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

    def _drag_to(self, drag: _Drag, free: bool) -> None:
        dirty = self._dirty(drag.item)
        if drag.item == HANDLE:
            self._resize(drag, drag.last)
        else:
            moved = (drag.last - drag.press) / self.view_scale()
            self._move(drag, moved.x(), moved.y(), snapping=not free)
        self._repaint(dirty | self._dirty(drag.item))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
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
        if self._shift_changed(event, pressed=True):
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
    def _values(self, item: str) -> tuple[float, float]:
        """The item's stored values now: offset, position, or (scale, 0) for the handle."""
        scene = self.scene()
        assert scene is not None and self.doc is not None
        if item == HANDLE:
            return (layout.current_scale(scene.character), 0.0)
        x = self.doc.value(self.scene_index, f"{FIELDS[item]}.x")
        y = self.doc.value(self.scene_index, f"{FIELDS[item]}.y")
        return (x or 0.0, y or 0.0)

    def _move(self, drag: _Drag, dx: float, dy: float, snapping: bool) -> None:
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

    def _resize(self, drag: _Drag, pos: QPointF) -> None:
        centre = drag.box.center
        scale = layout.resized_scale(
            drag.values[0], centre, self.to_output(drag.press), self.to_output(pos)
        )
        self._edit(HANDLE, {"character.scale": scale}, drag.key)
