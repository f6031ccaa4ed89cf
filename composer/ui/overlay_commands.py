"""Undo commands for a scene's overlays (composer.model.rich): adding, removing and
reordering go through the document's overlay operations, so the preview, the layer list
and the properties panel all follow the same `changed(i, "overlays")`. Field edits (a
drag, a colour) are SetValues with the overlay's path (`overlays[2].position.x`).
"""

from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

from composer.model.document import ProjectDocument
from composer.model.rich import Overlay


class InsertOverlays(QUndoCommand):
    """Put overlays in a scene's drawing order, the first at `at` (a preset's several
    overlays are one step)."""

    def __init__(
        self, doc: ProjectDocument, scene_index: int, at: int, overlays: list[Overlay], text: str
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.scene_index = scene_index
        self.at = at
        self.overlays = copy.deepcopy(overlays)

    def redo(self) -> None:
        for offset, overlay in enumerate(self.overlays):
            self.doc.insert_overlay(self.scene_index, self.at + offset, overlay)

    def undo(self) -> None:
        for _overlay in self.overlays:
            self.doc.remove_overlay(self.scene_index, self.at)


class RemoveOverlays(QUndoCommand):
    """Remove the overlays at any set of indices; undo puts each back where it was."""

    def __init__(
        self, doc: ProjectDocument, scene_index: int, indices: list[int], text: str
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.scene_index = scene_index
        self.indices = sorted(set(indices))
        scene = doc.scenes[scene_index]
        self.overlays = [copy.deepcopy(scene.overlays[i]) for i in self.indices]

    def redo(self) -> None:
        for index in reversed(self.indices):
            self.doc.remove_overlay(self.scene_index, index)

    def undo(self) -> None:
        for index, overlay in zip(self.indices, self.overlays, strict=True):
            self.doc.insert_overlay(self.scene_index, index, overlay)


class MoveOverlay(QUndoCommand):
    """Move one overlay to index `dst` of the drawing order (bring forward, to back...)."""

    def __init__(
        self, doc: ProjectDocument, scene_index: int, src: int, dst: int, text: str
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.scene_index = scene_index
        self.src, self.dst = src, dst

    def redo(self) -> None:
        self.doc.move_overlay(self.scene_index, self.src, self.dst)

    def undo(self) -> None:
        self.doc.move_overlay(self.scene_index, self.dst, self.src)
