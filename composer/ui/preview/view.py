"""What the preview shows: the document's current scene in the video's frame, the centre
lines and safe area, the selected and hovered items' outlines and the read-out of the change
going on. Its own edits repaint only what they change. PreviewWidget edits it by dragging.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import QWidget

from composer.model import layout, units
from composer.model.document import PROJECT, ProjectDocument
from composer.model.project import Scene
from composer.model.signals import SignalInstance
from composer.paint.safe_paint import guarded, painting
from composer.paint.scene_painter import ScenePainter, to_qrect
from composer.ui.commands import UndoableEdits
from composer.ui.preview import overlay
from composer.ui.preview.announce import UNIT_WORDS, edit_text, no_scene
from composer.ui.preview.as_v3 import paint_as_v3
from composer.ui.preview.canvas import AVATAR, HANDLE, TEXT, PreviewCanvas
from composer.ui.preview.overlay_items import OverlayItems

FIELDS = {AVATAR: "character.offset", TEXT: "text.position"}


@dataclass
class Drag:
    """A press on the presenter, its handle or the text, and the drag it starts (PreviewWidget's;
    the view draws its guides and read-out)."""

    item: str  # AVATAR, TEXT or HANDLE
    press: QPointF  # widget position of the press
    values: tuple[float, float]  # offset or position at the press; (scale, 0) for HANDLE
    box: layout.Rect  # the item's box at the press, output pixels
    key: str  # the merge key: the whole drag is one undo step
    last: QPointF = field(default_factory=QPointF)  # the latest mouse position
    live: bool = False  # moved past DRAG_START_PX
    snap: layout.Snap = field(default_factory=layout.Snap)


class PreviewView(PreviewCanvas):
    def __init__(self, parent: QWidget | None = None, painter: ScenePainter | None = None) -> None:
        super().__init__(parent, painter)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # we paint every pixel
        self.scene_painter.updated.connect(self.update)
        self.edits: UndoableEdits | None = None
        self.selected = AVATAR
        self.hover = ""
        self._drag: Drag | None = None
        self._painted_scene: Scene | None = None
        self._editing = False
        self._gesture_item = ""
        """The item a run of wheel turns or nudges changes (its read-out shows)."""
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
        self.overlay_items = OverlayItems(self, self)

    # ---- binding
    def set_document(self, doc: ProjectDocument, edits: UndoableEdits) -> None:
        if self.doc is not None:
            self._connect(self.doc, connect=False)
        self.doc, self.edits = doc, edits
        self._connect(doc, connect=True)
        self.overlay_items.selection.set_document(doc)
        self.scene_index = 0 if len(doc) else -1
        self.overlay_items.selection.set_scene(self.scene_index)
        self._drag = None
        self.update()

    def _connect(self, doc: ProjectDocument, connect: bool) -> None:
        pairs: list[tuple[SignalInstance, Callable[..., None]]] = [
            (doc.changed, self._changed),
            (doc.reset, self._structure_changed),
        ]
        pairs += [(s, self._structure_changed) for s in (doc.inserted, doc.removed, doc.moved)]
        for signal, slot in pairs:
            if connect:
                signal.connect(slot)
            else:
                signal.disconnect(slot)

    def set_scene_index(self, index: int) -> None:
        self.scene_index = index
        self.overlay_items.selection.set_scene(index)
        self._drag = None
        self._update_if_another_scene()

    def select_item(self, item: str) -> None:
        """Select the presenter or the text (the layer list's fixed rows)."""
        self.overlay_items.selection.select([])
        self.selected = item
        self.update()

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

    # ---- painting
    def _shadow_band(self, frame: QRectF) -> QRegion:
        """Where the frame's shadow and border are drawn: around the frame, not in it."""
        outer = frame.adjusted(-overlay.SHADOW, -overlay.SHADOW, overlay.SHADOW, overlay.SHADOW + 2)
        return QRegion(outer.toAlignedRect()).subtracted(QRegion(frame.toRect()))

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
        dragging = self._live_snap() is not None
        if self.show_guides or dragging:
            safe = layout.safe_rect(*self.output_size())
            overlay.paint_guides(
                painter, frame, self.to_widget(to_qrect(safe)), dragging, self._snapped_guides()
            )
        self._paint_selection(painter)
        self.overlay_items.paint(painter)
        readout = self._readout()
        if readout:
            overlay.paint_readout(painter, frame, readout)

    def _live_snap(self) -> layout.Snap | None:
        """The guides the dragged item (the presenter, text or overlays) sits on."""
        if self._drag is not None and self._drag.live:
            return self._drag.snap
        return self.overlay_items.live_snap()

    def _snapped_guides(self) -> tuple[float | None, float | None]:
        snap = self._live_snap()
        if snap is None:
            return (None, None)
        frame, s = self.frame_rect(), self.view_scale()
        gx, gy = snap.guide_x, snap.guide_y
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
        x, y = self._values(item)
        return units.readout(FIELDS[item].split(".")[0], x, y, UNIT_WORDS)

    def _values(self, item: str) -> tuple[float, float]:
        """The item's stored values now: offset, position, or (scale, 0) for the handle."""
        scene = self.scene()
        assert scene is not None and self.doc is not None
        if item == HANDLE:
            return (layout.current_scale(scene.character), 0.0)
        x = self.doc.value(self.scene_index, f"{FIELDS[item]}.x")
        y = self.doc.value(self.scene_index, f"{FIELDS[item]}.y")
        return (x or 0.0, y or 0.0)

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
