"""Which overlays of the shown scene are selected: one selection shared by the preview,
the layer list, the properties panel and the Layers menu, by overlay id (an id survives
reordering; a removed overlay leaves the selection)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from composer.model.document import ProjectDocument
from composer.model.rich import Overlay


class OverlaySelection(QObject):
    changed = Signal()
    scene_changed = Signal(int)
    """Another scene is shown (its index, or -1)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc: ProjectDocument | None = None
        self.scene_index = -1
        self.ids: list[str] = []

    def set_document(self, doc: ProjectDocument) -> None:
        if self.doc is not None:
            self.doc.changed.disconnect(self._changed)
            self.doc.reset.disconnect(self._reset)
        self.doc = doc
        doc.changed.connect(self._changed)
        doc.reset.connect(self._reset)
        self.scene_index = -1
        self.select([])
        self.scene_changed.emit(-1)

    def set_scene(self, scene_index: int) -> None:
        if scene_index != self.scene_index:
            self.scene_index = scene_index
            self.select([])
            self.scene_changed.emit(scene_index)

    def overlays(self) -> list[Overlay]:
        """The shown scene's overlays, in drawing order (last on top)."""
        doc = self.doc
        if doc is None or not 0 <= self.scene_index < len(doc):
            return []
        return doc.scenes[self.scene_index].overlays

    def select(self, ids: list[str]) -> None:
        if ids != self.ids:
            self.ids = list(ids)
            self.changed.emit()

    def toggle(self, overlay_id: str) -> None:
        ids = [i for i in self.ids if i != overlay_id]
        self.select(ids if len(ids) < len(self.ids) else [*self.ids, overlay_id])

    def indices(self) -> list[int]:
        """The selected overlays' indices, in drawing order."""
        chosen = set(self.ids)
        return [i for i, overlay in enumerate(self.overlays()) if overlay.id in chosen]

    def _reset(self) -> None:
        self.select([])

    def _changed(self, scene_index: int, _path: str) -> None:
        if scene_index == self.scene_index or scene_index < 0:
            present = {overlay.id for overlay in self.overlays()}
            self.select([i for i in self.ids if i in present])
