"""The preview's geometry: the document's current scene in the video's frame, widget ⇄
output pixels, the avatar's and the text's boxes and what a press there grabs.
PreviewView paints on it, PreviewWidget edits by dragging."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QWidget

from composer.model import layout
from composer.model.document import ProjectDocument
from composer.model.project import Scene
from composer.paint.scene_painter import ScenePainter, frame_in, to_qrect
from composer.paint.text import TextBlock
from composer.routes.base import PreviewMode
from composer.routes.registry import route_class
from composer.ui.preview import overlay

AVATAR, TEXT, HANDLE = "avatar", "text", "handle"
MARGIN = 18.0


class PreviewCanvas(QWidget):
    """Where the shown scene's frame and items are, in widget pixels."""

    def __init__(self, parent: QWidget | None = None, painter: ScenePainter | None = None) -> None:
        super().__init__(parent)
        self.scene_painter = painter or ScenePainter()
        self.doc: ProjectDocument | None = None
        self.scene_index = -1
        self._frame_key: tuple[int, int, int, int] | None = None
        self._frame = QRectF()

    def scene(self) -> Scene | None:
        if self.doc is None or not 0 <= self.scene_index < len(self.doc):
            return None
        return self.doc.scenes[self.scene_index]

    def output_size(self) -> tuple[int, int]:
        project = self.doc.project if self.doc else None
        return (project.width, project.height) if project else (1920, 1080)

    def frame_rect(self) -> QRectF:
        """Where the video frame is drawn (kept per widget and output size: a drag's frame
        asks for it a few dozen times)."""
        key = (self.width(), self.height(), *self.output_size())
        if self._frame_key != key:
            self._frame_key = key
            self._frame = frame_in(QRectF(self.rect()), *key[2:], margin=MARGIN)
        return QRectF(self._frame)

    def view_scale(self) -> float:
        """Widget pixels per output pixel (the same across and down)."""
        return self.frame_rect().width() / self.output_size()[0]

    def to_widget(self, rect: QRectF) -> QRectF:
        frame, s = self.frame_rect(), self.view_scale()
        return QRectF(
            frame.x() + rect.x() * s, frame.y() + rect.y() * s, rect.width() * s, rect.height() * s
        )

    def to_output(self, pos: QPointF) -> layout.Point:
        frame, s = self.frame_rect(), self.view_scale()
        return ((pos.x() - frame.x()) / s, (pos.y() - frame.y()) / s)

    def _avatar_output(self) -> layout.Rect | None:
        scene = self.scene()
        if scene is None:
            return None
        return self.scene_painter.avatar_rect(scene.character, *self.output_size())

    def avatar_box(self) -> QRectF:
        box = self._avatar_output()
        return self.to_widget(to_qrect(box)) if box else QRectF()

    def handle_rect(self, box: QRectF | None = None) -> QRectF:
        """The resize handle: the bottom-right corner of the avatar's visible part (an avatar
        bigger than the frame keeps a handle within reach). `box`: the avatar's, if known."""
        box = self.avatar_box() if box is None else box
        visible = box.intersected(self.frame_rect())
        return overlay.handle_rect((visible if not visible.isEmpty() else box).bottomRight())

    def text_box(self) -> QRectF:
        block = self._text_block()
        return self.to_widget(block.box) if block else QRectF()

    def _text_block(self) -> TextBlock | None:
        scene = self.scene()
        if scene is None:
            return None
        return self.scene_painter.text_block(scene.text, *self.output_size())

    def whole_frame(self) -> bool:
        """The project's render route lays scenes out itself ("as v3 renders it")."""
        route = self.doc.project.route if self.doc else None
        return route_class(route).preview == PreviewMode.WHOLE_FRAME

    def item_at(self, pos: QPointF) -> str:
        """What a press at `pos` grabs. The text is on top, but where its box is empty the
        avatar under it can still be grabbed."""
        if self.scene() is None or self.whole_frame():
            return ""
        if self.handle_rect().adjusted(-3, -3, 3, 3).contains(pos):
            return HANDLE
        block = self._text_block()
        if block is not None and self.to_widget(block.ink).contains(pos):
            return TEXT
        if self.avatar_box().contains(pos):
            return AVATAR
        return TEXT if self.text_box().contains(pos) else ""

    def _output_box(self, item: str) -> layout.Rect:
        """The item's box in output pixels (the handle's is the avatar's)."""
        block = self._text_block() if item == TEXT else None
        if block is not None:
            return layout.Rect(block.box.x(), block.box.y(), block.box.width(), block.box.height())
        box = self._avatar_output()
        assert box is not None
        return box

    def _item_box(self, item: str) -> QRectF:
        return self.text_box() if item == TEXT else self.avatar_box() if item else QRectF()
