"""The layer list's model: one row per overlay of the shown scene, top first (the last
drawn is the first row), then fixed rows for the scene's text and its presenter. Rows read
straight from the ProjectDocument; nothing is stored.

The eye and the lock are `HiddenRole` and `LockedRole` (setData edits `overlays[k].hidden`,
one undo step); a drag of an overlay row drops through `move_overlay`, one undo step, and
the model never lets Qt remove or insert rows itself (as the scene list's model).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from composer.model.document import OVERLAYS, ProjectDocument
from composer.model.rich import Overlay
from composer.ui.commands import UndoableEdits
from composer.ui.i18n import translate
from composer.ui.overlays.words import describe
from composer.ui.preview.canvas import AVATAR
from composer.ui.preview.canvas import TEXT as TEXT_ITEM

MIME_TYPE = "application/x-scene-composer-layer"
Index = QModelIndex | QPersistentModelIndex
KindRole = Qt.ItemDataRole.UserRole + 1
HiddenRole = Qt.ItemDataRole.UserRole + 2
LockedRole = Qt.ItemDataRole.UserRole + 3
OverlayIdRole = Qt.ItemDataRole.UserRole + 4
OVERLAY = "overlay"
PRESENTER, TEXT = AVATAR, TEXT_ITEM  # a fixed row's kind is the preview's item it selects
FIXED = (TEXT, PRESENTER)
"""The fixed rows under the overlays, top first."""


class LayerListModel(QAbstractListModel):
    def __init__(self, doc: ProjectDocument, edits: UndoableEdits) -> None:
        super().__init__()
        self.doc, self.edits = doc, edits
        self.scene_index = -1
        doc.changed.connect(self._changed)
        for signal in (doc.reset, doc.inserted, doc.removed, doc.moved):
            signal.connect(self._reset)

    def set_scene(self, scene_index: int) -> None:
        self.beginResetModel()
        self.scene_index = scene_index
        self.endResetModel()

    # ---- reading
    def overlays(self) -> list[Overlay]:
        if not 0 <= self.scene_index < len(self.doc):
            return []
        return self.doc.scenes[self.scene_index].overlays

    def overlay_index(self, row: int) -> int | None:
        """The overlay's index in drawing order for a row (None: a fixed row)."""
        count = len(self.overlays())
        return count - 1 - row if 0 <= row < count else None

    def row_of(self, overlay_index: int) -> int:
        return len(self.overlays()) - 1 - overlay_index

    def kind(self, row: int) -> str:
        count = len(self.overlays())
        return OVERLAY if row < count else FIXED[row - count]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        if parent.isValid() or not 0 <= self.scene_index < len(self.doc):
            return 0
        return len(self.overlays()) + len(FIXED)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row, kind = index.row(), self.kind(index.row())
        if role == KindRole:
            return kind
        at = self.overlay_index(row)
        if at is None:
            return self._fixed_data(kind, role)
        overlay = self.overlays()[at]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return describe(overlay)
        if role == HiddenRole:
            return bool(overlay.hidden)
        if role == LockedRole:
            return bool(overlay.locked)
        if role == OverlayIdRole:
            return overlay.id
        return None

    def _fixed_data(self, kind: str, role: int) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if kind == PRESENTER:
            return translate("Layers", "Presenter")
        text = self.doc.scenes[self.scene_index].text
        words = " ".join((text.text or "").split()) if text is not None else ""
        if not words:
            return translate("Layers", "Scene text (none)")
        return translate("Layers", "Scene text: {words}").format(words=words[:40])

    # ---- editing
    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        at = self.overlay_index(index.row()) if index.isValid() else None
        if at is None or role not in (HiddenRole, LockedRole):
            return False
        field = "hidden" if role == HiddenRole else "locked"
        words = {
            ("hidden", True): translate("Layers", "Hide layer"),
            ("hidden", False): translate("Layers", "Show layer"),
            ("locked", True): translate("Layers", "Lock layer"),
            ("locked", False): translate("Layers", "Unlock layer"),
        }[(field, bool(value))]
        self.edits.set_values(
            self.scene_index, {f"overlays[{at}].{field}": bool(value) or None}, words
        )
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.kind(index.row()) == OVERLAY:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # ---- drag and drop: reordering
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if self.kind(i.row()) == OVERLAY})
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(json.dumps({"rows": rows[:1]}).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        rows = json.loads(bytes(data.data(MIME_TYPE).data()).decode()).get("rows", [])
        if not rows:
            return False
        before = row if row >= 0 else parent.row() if parent.isValid() else len(self.overlays())
        self.move_row(rows[0], before)
        return False  # the move is done: Qt must not remove the dragged row

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        """What QListView's internal move asks first (the drop falls back to
        `dropMimeData` when this says no)."""
        if count != 1 or source_parent.isValid() or self.kind(source_row) != OVERLAY:
            return False
        self.move_row(source_row, destination_child)
        return True

    def move_row(self, src_row: int, before_row: int) -> None:
        """Move the overlay at `src_row` to sit before `before_row` (rows before the move,
        as a drop indicator says), one undo step."""
        count = len(self.overlays())
        before = min(max(before_row, 0), count)
        to_row = before if before <= src_row else before - 1
        src, dst = self.overlay_index(src_row), count - 1 - min(to_row, count - 1)
        if src is not None:
            self.edits.move_overlay(
                self.scene_index, src, dst, translate("Layers", "Reorder layers")
            )

    # ---- following the document
    def _reset(self, *_args: int) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _changed(self, scene_index: int, path: str) -> None:
        if scene_index != self.scene_index:
            return
        if path in (OVERLAYS, ""):
            self._reset()
        elif path.startswith("overlays["):
            at = int(path[len("overlays[") : path.index("]")])
            if 0 <= at < len(self.overlays()):
                index = self.index(self.row_of(at))
                self.dataChanged.emit(index, index)
        elif path.startswith("text"):
            index = self.index(len(self.overlays()))
            self.dataChanged.emit(index, index)
