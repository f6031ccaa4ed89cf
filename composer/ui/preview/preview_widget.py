"""The live layout preview: the current scene in the video's aspect, edited by dragging.

Drag the avatar to move it (`character.offset`), drag the corner handle or turn the wheel
over it to resize (`character.scale`), drag the text to move it (`text.position`). Centre
lines and the 90% safe area are drawn; positions snap to them within 8 widget pixels
(hold Shift to place freely). Arrow keys nudge the selected item by 1 output pixel (Shift:
10). Every gesture is one undo step; the widget never changes the model itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from composer.model import layout
from composer.model.document import PROJECT, ProjectDocument
from composer.model.project import Scene
from composer.ui.commands import UndoableEdits
from composer.ui.render.scene_painter import ScenePainter, frame_in, text_layout

SURROUND = QColor("#25272C")
GUIDE = QColor(255, 255, 255, 60)
GUIDE_ACTIVE = QColor("#FFB020")
SELECTION = QColor("#4C8DFF")
MARGIN = 18.0
HANDLE = 10.0
SNAP_PX = 8.0
WHEEL_STEP = 1.05
SCALE_MIN, SCALE_MAX = 0.05, 5.0
GESTURE_GAP_MS = 600


@dataclass
class _Drag:
    item: str  # "avatar" | "text" | "handle"
    start: QPointF  # widget position of the press
    values: tuple[float, float]  # offset / position / (scale, box height) at the press
    key: str
    free: bool  # Shift held at the press: place without snapping


class PreviewWidget(QWidget):
    def __init__(self, parent: QWidget | None = None, painter: ScenePainter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scene_painter = painter or ScenePainter()
        self.doc: ProjectDocument | None = None
        self.edits: UndoableEdits | None = None
        self.scene_index = -1
        self.selected = "avatar"
        self.hover = ""
        self._drag: _Drag | None = None
        self._gesture_key = ""
        self._gesture_timer = QTimer(self, singleShot=True, interval=GESTURE_GAP_MS)
        self._gesture_timer.timeout.connect(self._end_gesture)

    # ---- binding
    def set_document(self, doc: ProjectDocument, edits: UndoableEdits) -> None:
        self.doc, self.edits = doc, edits
        for signal in (doc.inserted, doc.removed, doc.moved):
            signal.connect(self._structure_changed)
        doc.changed.connect(self._changed)
        doc.reset.connect(self._structure_changed)
        self.scene_index = 0 if len(doc) else -1
        self.update()

    def set_scene_index(self, index: int) -> None:
        self.scene_index = index
        self.update()

    def scene(self) -> Scene | None:
        if self.doc is None or not 0 <= self.scene_index < len(self.doc):
            return None
        return self.doc.scenes[self.scene_index]

    def _structure_changed(self, *_args: object) -> None:
        if self.doc is not None and self.scene_index >= len(self.doc):
            self.scene_index = len(self.doc) - 1
        self.update()

    def _changed(self, scene_index: int, _path: str) -> None:
        if scene_index in (self.scene_index, PROJECT):
            self.update()

    # ---- geometry (widget ⇄ output pixels)
    def output_size(self) -> tuple[int, int]:
        project = self.doc.project if self.doc else None
        return (project.width, project.height) if project else (1920, 1080)

    def frame_rect(self) -> QRectF:
        return frame_in(QRectF(self.rect()), *self.output_size(), margin=MARGIN)

    def view_scale(self) -> float:
        return self.frame_rect().width() / self.output_size()[0]

    def to_widget(self, rect: QRectF) -> QRectF:
        frame, s = self.frame_rect(), self.view_scale()
        return QRectF(
            frame.x() + rect.x() * s, frame.y() + rect.y() * s, rect.width() * s, rect.height() * s
        )

    def avatar_box(self) -> QRectF:
        scene = self.scene()
        if scene is None:
            return QRectF()
        width, height = self.output_size()
        box = layout.avatar_rect(
            scene.character, width, height, self.scene_painter._aspect(scene.character)
        )
        return self.to_widget(QRectF(box.x, box.y, box.w, box.h))

    def handle_rect(self) -> QRectF:
        corner = self.avatar_box().bottomRight()
        return QRectF(corner.x() - HANDLE, corner.y() - HANDLE, HANDLE * 2, HANDLE * 2)

    def text_box(self) -> QRectF:
        scene = self.scene()
        if scene is None or scene.text is None or not scene.text.text:
            return QRectF()
        return self.to_widget(text_layout(scene.text, *self.output_size())[1])

    def item_at(self, pos: QPointF) -> str:
        if self.scene() is None:
            return ""
        if self.handle_rect().contains(pos):
            return "handle"
        if self.text_box().contains(pos):
            return "text"
        return "avatar" if self.avatar_box().contains(pos) else ""

    # ---- painting
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), SURROUND)
        scene = self.scene()
        frame = self.frame_rect()
        if scene is None:
            painter.setPen(QColor(255, 255, 255, 150))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No scene selected")
            return
        self.scene_painter.paint(painter, frame, scene, *self.output_size())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_guides(painter, frame)
        self._paint_selection(painter)

    def _paint_guides(self, painter: QPainter, frame: QRectF) -> None:
        active = self._drag is not None
        pen = QPen(GUIDE_ACTIVE if active else GUIDE, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        safe = layout.safe_rect(*self.output_size())
        painter.drawRect(self.to_widget(QRectF(safe.x, safe.y, safe.w, safe.h)))
        if active:
            centre = frame.center()
            painter.drawLine(QPointF(centre.x(), frame.top()), QPointF(centre.x(), frame.bottom()))
            painter.drawLine(QPointF(frame.left(), centre.y()), QPointF(frame.right(), centre.y()))

    def _paint_selection(self, painter: QPainter) -> None:
        shown = {self.selected if self.hasFocus() or self._drag else "", self.hover}
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(SELECTION, 1.5))
        if "text" in shown and not self.text_box().isEmpty():
            painter.drawRect(self.text_box())
        if shown & {"avatar", "handle"}:
            painter.drawRect(self.avatar_box())
            painter.setBrush(SELECTION)
            painter.drawRect(self.handle_rect().adjusted(4, 4, -4, -4))

    # ---- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton or not item or self.edits is None:
            return super().mousePressEvent(event)
        self.setFocus()
        self.selected = "avatar" if item == "handle" else item
        free = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        key = self.edits.new_drag_key()
        self._drag = _Drag(item, event.position(), self._start_values(item), key, free)
        self.setCursor(
            Qt.CursorShape.SizeFDiagCursor if item == "handle" else Qt.CursorShape.ClosedHandCursor
        )
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            self._hover(event.position())
            return
        delta = (event.position() - self._drag.start) / self.view_scale()
        free = self._drag.free or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if self._drag.item == "handle":
            self._resize(delta.y(), self._drag)
        else:
            self._move(
                self._drag.item, self._drag.values, delta.x(), delta.y(), free, self._drag.key
            )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag = None
            self._hover(event.position())
            self.update()

    def _hover(self, pos: QPointF) -> None:
        item = self.item_at(pos)
        cursors = {
            "handle": Qt.CursorShape.SizeFDiagCursor,
            "avatar": Qt.CursorShape.OpenHandCursor,
            "text": Qt.CursorShape.OpenHandCursor,
        }
        self.setCursor(cursors.get(item, Qt.CursorShape.ArrowCursor))
        if item != self.hover:
            self.hover = item
            self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        scene = self.scene()
        if (
            scene is None
            or self.edits is None
            or self.item_at(event.position()) not in ("avatar", "handle")
        ):
            return super().wheelEvent(event)
        notches = event.angleDelta().y() / 120
        current = scene.character.scale if scene.character.scale is not None else 1.0
        scale = round(layout.clamp(current * WHEEL_STEP**notches, SCALE_MIN, SCALE_MAX), 3)
        self.edits.set_values(
            self.scene_index, {"character.scale": scale}, "Resize avatar", self._gesture()
        )
        event.accept()

    # ---- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        step = steps.get(Qt.Key(event.key()))
        if (
            step is None
            or self.scene() is None
            or self.edits is None
            or (event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        ):
            return super().keyPressEvent(event)
        size = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
        item = self.selected if self.selected == "text" and self.scene().text else "avatar"
        self._move(
            item, self._start_values(item), step[0] * size, step[1] * size, True, self._gesture()
        )

    def _gesture(self) -> str:
        """One merge key for a run of wheel turns or nudges (one undo step)."""
        if not self._gesture_key and self.edits is not None:
            self._gesture_key = self.edits.new_drag_key()
        self._gesture_timer.start()
        return self._gesture_key

    def _end_gesture(self) -> None:
        self._gesture_key = ""

    # ---- edits
    def _start_values(self, item: str) -> tuple[float, float]:
        scene = self.scene()
        assert scene is not None
        if item == "text":
            position = scene.text.position if scene.text else None
            return (position.x or 0.0, position.y or 0.0) if position else (0.0, 0.0)
        if item == "handle":
            scale = scene.character.scale if scene.character.scale is not None else 1.0
            return (scale, self.avatar_box().height() / self.view_scale())
        offset = scene.character.offset
        return (offset.x or 0.0, offset.y or 0.0) if offset else (0.0, 0.0)

    def _move(
        self, item: str, start: tuple[float, float], dx: float, dy: float, free: bool, key: str
    ) -> None:
        """Move by (dx, dy) output pixels from `start`, snapping unless `free`."""
        width, height = self.output_size()
        x = layout.moved_fraction(start[0], dx, width)
        y = layout.moved_fraction(start[1], dy, height)
        if not free:
            x, y = self._snapped(item, x, y)
        if item == "text":
            values = {"text.position.x": x, "text.position.y": y}
            self.edits.set_values(self.scene_index, values, "Move text", key)
        else:
            values = {"character.offset.x": x, "character.offset.y": y}
            self.edits.set_values(self.scene_index, values, "Move avatar", key)

    def _snapped(self, item: str, x: float, y: float) -> tuple[float, float]:
        """Snap to centre lines and the safe area, within SNAP_PX widget pixels."""
        width, height = self.output_size()
        threshold = SNAP_PX / self.view_scale()
        safe = layout.safe_rect(width, height)
        if item != "text":  # the avatar's centre, as offsets from the frame centre
            cx = layout.snap(width / 2 + x * width, [width / 2], threshold)
            cy = layout.snap(height / 2 + y * height, [height / 2], threshold)
            return (
                round((cx - width / 2) / width, layout.OFFSET_DECIMALS),
                round((cy - height / 2) / height, layout.OFFSET_DECIMALS),
            )
        box = self.text_box()
        box_w, box_h = box.width() / self.view_scale(), box.height() / self.view_scale()
        left = x * width
        snapped_left = layout.snap(
            left, [safe.x, width / 2 - box_w / 2, safe.right - box_w], threshold
        )
        top = layout.snap(
            y * height, [safe.y, height / 2 - box_h / 2, safe.bottom - box_h], threshold
        )
        return (
            round(snapped_left / width, layout.OFFSET_DECIMALS),
            round(top / height, layout.OFFSET_DECIMALS),
        )

    def _resize(self, dy: float, drag: _Drag) -> None:
        """The corner handle: the box grows by twice the drag (its centre stays put)."""
        start_scale, start_height = drag.values
        height = max(1.0, start_height + 2 * dy)
        scale = round(layout.clamp(start_scale * height / start_height, SCALE_MIN, SCALE_MAX), 3)
        self.edits.set_values(
            self.scene_index, {"character.scale": scale}, "Resize avatar", drag.key
        )
