"""What the Layers menu does to the selected overlays: duplicate, delete, bring forward
or back, align and distribute. Each is one undo step through UndoableEdits (the
document's overlay operations, or one SetValues for every box moved)."""

from __future__ import annotations

from composer.model.document import ProjectDocument, duplicate_overlay
from composer.model.layout import Rect, safe_rect
from composer.model.overlay_editing import Align, Axis, aligned, bounds, box_values, distributed
from composer.model.overlay_layout import overlay_box
from composer.ui.commands import UndoableEdits
from composer.ui.i18n import translate
from composer.ui.overlays.selection import OverlaySelection


class Arranger:
    def __init__(
        self, doc: ProjectDocument, edits: UndoableEdits, selection: OverlaySelection
    ) -> None:
        self.doc, self.edits, self.selection = doc, edits, selection

    @property
    def scene_index(self) -> int:
        return self.selection.scene_index

    def duplicate(self) -> None:
        """Copies of the selected overlays, each just above its original, selected."""
        indices = self.selection.indices()
        if not indices:
            return
        overlays = self.selection.overlays()
        copies = [duplicate_overlay(overlays[i]) for i in indices]
        at = indices[-1] + 1
        self.edits.insert_overlays(
            self.scene_index, at, copies, translate("Layers", "Duplicate layer")
        )
        self.selection.select([c.id for c in copies])

    def delete(self) -> None:
        indices = self.selection.indices()
        self.edits.remove_overlays(self.scene_index, indices, translate("Layers", "Delete layer"))

    def restack(self, where: str) -> None:
        """Move the one selected overlay: "forward", "backward", "front" or "back"."""
        indices = self.selection.indices()
        if len(indices) != 1:
            return
        src, last = indices[0], len(self.selection.overlays()) - 1
        dst = {
            "forward": min(last, src + 1),
            "backward": max(0, src - 1),
            "front": last,
            "back": 0,
        }[where]
        self.edits.move_overlay(self.scene_index, src, dst, translate("Layers", "Reorder layers"))

    def align(self, how: Align) -> None:
        """One overlay: to the frame's safe area; several: to the box around them all."""
        indices = self._movable()
        if not indices:
            return
        width, height = self.doc.project.width, self.doc.project.height
        boxes = [overlay_box(self.selection.overlays()[i], width, height) for i in indices]
        to = safe_rect(width, height) if len(boxes) == 1 else bounds(boxes)
        self._place(indices, aligned(boxes, how, to), translate("Layers", "Align layers"))

    def distribute(self, axis: Axis) -> None:
        """Equal gaps between three or more overlays."""
        indices = self._movable()
        if len(indices) < 3:
            return
        width, height = self.doc.project.width, self.doc.project.height
        boxes = [overlay_box(self.selection.overlays()[i], width, height) for i in indices]
        self._place(indices, distributed(boxes, axis), translate("Layers", "Distribute layers"))

    def _movable(self) -> list[int]:
        overlays = self.selection.overlays()
        return [i for i in self.selection.indices() if not overlays[i].locked]

    def _place(self, indices: list[int], boxes: list[Rect], text: str) -> None:
        width, height = self.doc.project.width, self.doc.project.height
        values: dict[str, float] = {}
        for index, box in zip(indices, boxes, strict=True):
            values |= box_values(index, box, width, height, size=False)
        self.edits.set_values(self.scene_index, values, text)
