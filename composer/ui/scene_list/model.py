"""The scene list model: rows read straight from the ProjectDocument; nothing is stored.

The document's signals drive the row notifications (inserted → rowsInserted, moved →
rowsMoved...). The document has already changed when they arrive, so begin/end pairs are
sent back to back. Drag and drop carries row numbers in a private MIME type and the drop
calls `edits.move`, one undo step; the model never lets Qt remove or insert rows itself
(`removeRows`/`insertRows` stay unimplemented, so a view's clean-up after a move does
nothing).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Hashable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QPixmap

from composer.model.document import PROJECT, ProjectDocument, reorder
from composer.model.project import Scene
from composer.paint.thumbnails import UNSEEN, ThumbnailCache
from composer.ui.commands import UndoableEdits
from composer.ui.i18n import translate
from composer.ui.panels.live_validation import LiveValidation
from composer.ui.scene_list.duration import scene_duration_text
from composer.ui.scene_list.transitions import chip_text

MIME_TYPE = "application/x-scene-composer-scene-rows"
TRANSITION = "transition_in"  # the chip above the card shows it, not the card's picture
Index = QModelIndex | QPersistentModelIndex
"""(scene, project, size in logical pixels, device pixel ratio) -> a picture of the scene."""

DurationRole = Qt.ItemDataRole.UserRole + 1
SeverityRole = Qt.ItemDataRole.UserRole + 2
ProblemCountRole = Qt.ItemDataRole.UserRole + 3
TransitionRole = Qt.ItemDataRole.UserRole + 4
"""What the chip above the card says ("Fade 0.5 s"); None on the first scene."""
THUMBNAIL_SIZE = QSize(96, 54)
ROW_REFRESH_MS = 80
"""Edits inside a scene reach its card at most this often: a drag in the preview edits on
every mouse move, and redrawing the card's thumbnail each time would cost every frame."""


def display_name(scene: Scene, row: int) -> str:
    return scene.name.strip() or translate("SceneList", "Scene {number}").format(number=row + 1)


def move_text(count: int) -> str:
    if count == 1:
        return translate("SceneList", "Move scene")
    return translate("SceneList", "Move {count} scenes").format(count=count)


class SceneListModel(QAbstractListModel):
    def __init__(
        self,
        doc: ProjectDocument,
        edits: UndoableEdits,
        validation: LiveValidation,
        thumbnails: ThumbnailCache | None = None,
    ) -> None:
        super().__init__()
        self.doc = doc
        self.edits = edits
        self.validation = validation
        self.thumbnails = thumbnails
        self._shown: dict[str, tuple[Hashable, QPixmap]] = {}
        """Each scene's card picture by scene id, with what else it was drawn for (size,
        pixel ratio, media). Drawn again at the refresh after an edit its picture shows:
        working out whether a scene's look changed is otherwise a walk of the whole scene,
        on every repaint."""
        self._lengths: dict[str, str] = {}
        """Each scene's length in words by scene id (working it out reads the billing rule
        and the speech cache): dropped when the scene is edited or real audio arrives."""
        self.pixel_ratio = 1.0  # of the screen the list is on (the view keeps it current)
        self._token = uuid.uuid4().hex  # drops only from this model (not another window)
        self._changed_ids: set[str] = set()
        self._badges: dict[str, tuple[tuple[str, str], ...]] = {}
        """Each scene's problems as its card's badge last showed them."""
        self._stale: set[str] = set()
        """Scenes edited in a way their picture shows: drawn again at the next refresh (a
        card shows its scene as it was at most ROW_REFRESH_MS ago)."""
        self._refresh = QTimer(self, singleShot=True, interval=ROW_REFRESH_MS)
        self._refresh.timeout.connect(self._refresh_changed)
        doc.inserted.connect(self._inserted)
        doc.removed.connect(self._removed)
        doc.moved.connect(self._moved)
        doc.changed.connect(self._changed)
        doc.reset.connect(self._reset)
        validation.updated.connect(self._problems_changed)

    # ---- reading
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.doc)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row()
        if not index.isValid() or row >= len(self.doc):
            return None
        scene = self.doc.scenes[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_name(scene, row)
        if role == Qt.ItemDataRole.EditRole:
            return scene.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(scene)
        if role == DurationRole:
            return self._length(scene)
        if role == SeverityRole:
            return self.validation.worst_for_scene(row)[0]
        if role == ProblemCountRole:
            return self.validation.worst_for_scene(row)[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(scene, row)
        if role == TransitionRole:
            return chip_text(scene.transition_in) if row else None
        return None

    def _thumbnail(self, scene: Scene, fresh: bool = False) -> QPixmap | None:
        """The card's picture; `fresh`: the scene has just changed, so it is drawn without
        looking in the thumbnail cache."""
        if self.thumbnails is None:
            return None
        project = self.doc.project
        drawn_for = (
            project.width,
            project.height,
            self.pixel_ratio,
            self.thumbnails.painter.media_key(scene),
        )
        shown = self._shown.get(scene.id)
        if shown is not None and shown[0] == drawn_for:
            return shown[1]
        size = QSize(project.width, project.height).scaled(
            THUMBNAIL_SIZE, Qt.AspectRatioMode.KeepAspectRatio
        )
        draw = self.thumbnails.render if fresh else self.thumbnails.thumbnail
        pixmap = draw(scene, project, size, self.pixel_ratio)
        self._shown[scene.id] = (drawn_for, pixmap)
        return pixmap

    def _length(self, scene: Scene) -> str:
        text = self._lengths.get(scene.id)
        if text is None:
            text = self._lengths[scene.id] = scene_duration_text(scene)
        return text

    def lengths_changed(self) -> None:
        """Real audio replaced estimates: every card says its length again."""
        self._lengths.clear()
        self._renumber(0)

    def _tooltip(self, scene: Scene, row: int) -> str:
        lines = [f"{display_name(scene, row)} · {self._length(scene)}"]
        lines += [f"• {p.message}" for p in self.validation.for_scene(row)]
        return "\n".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, never on one
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    # ---- renaming
    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        self.edits.set_values(
            index.row(), {"name": str(value).strip()}, translate("SceneList", "Rename scene")
        )
        return True

    # ---- drag and drop
    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        payload = json.dumps({"model": self._token, "rows": rows}).encode("utf-8")
        mime.setData(MIME_TYPE, QByteArray(payload))
        return mime

    def dragged_rows(self, mime: QMimeData) -> list[int]:
        """The rows a drag from this model carries ([] for anything else)."""
        if not mime.hasFormat(MIME_TYPE):
            return []
        try:
            payload = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
        except ValueError:
            return []
        if not isinstance(payload, dict) or payload.get("model") != self._token:
            return []
        rows = payload.get("rows")
        if not isinstance(rows, list):
            return []
        return [r for r in rows if isinstance(r, int) and 0 <= r < len(self.doc)]

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and bool(self.dragged_rows(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        rows = self.dragged_rows(data)
        if action != Qt.DropAction.MoveAction or not rows:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.doc)
        return self.move_rows(rows, row)

    def move_rows(self, rows: Sequence[int], dst_row: int) -> bool:
        """Move `rows` to sit before `dst_row` as one undo step; False if nothing moves."""
        if reorder(rows, dst_row, len(self.doc)) == list(range(len(self.doc))):
            return False
        self.edits.move(list(rows), dst_row, move_text(len(set(rows))))
        return True

    # ---- following the document
    def _inserted(self, first: int, count: int) -> None:
        self.beginInsertRows(QModelIndex(), first, first + count - 1)
        self.endInsertRows()
        self._renumber(first)

    def _removed(self, first: int, count: int) -> None:
        self.beginRemoveRows(QModelIndex(), first, first + count - 1)
        self.endRemoveRows()
        self._renumber(first)

    def _moved(self, src: int, dst: int) -> None:
        before = dst + 1 if dst > src else dst  # Qt counts the destination before the move
        self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), before)
        self.endMoveRows()
        self._renumber(min(src, dst), max(src, dst))  # only these rows changed places

    def _changed(self, scene_index: int, path: str) -> None:
        if scene_index == PROJECT:
            self._renumber(0)  # the video's size changes every thumbnail
            return
        scene_id = self.doc.scenes[scene_index].id
        part = path.split(".")[0]
        if part == TRANSITION:  # only the chip above the card shows it
            index = self.index(scene_index)
            self.dataChanged.emit(index, index, [TransitionRole])
            return
        if not path or part not in UNSEEN:  # a drag changes the picture, not the length
            self._stale.add(scene_id)
        if not path or part == "voice":  # typing a script changes the length only
            self._lengths.pop(scene_id, None)
        self._changed_ids.add(scene_id)
        if not self._refresh.isActive():
            self._refresh.start()

    def _refresh_changed(self) -> None:
        """Redraw the cards of the scenes edited since the last refresh (by id: they may
        have moved since). Their pictures are drawn now and the cards painted on the next
        frame: during a drag in the preview, the two halves of the work land on different
        frames instead of one, and moves in between don't draw the picture again."""
        for row, scene in enumerate(self.doc.scenes):
            if scene.id in self._changed_ids:
                if scene.id in self._stale:
                    self._shown.pop(scene.id, None)
                    self._thumbnail(scene, fresh=True)
                self.dataChanged.emit(self.index(row), self.index(row))
        self._changed_ids.clear()
        self._stale.clear()

    def _reset(self) -> None:
        self._shown.clear()
        self._lengths.clear()
        self.beginResetModel()
        self.endResetModel()

    def _renumber(self, first: int, last: int | None = None) -> None:
        """Rows show their position (and unnamed scenes are called by it): rows `first` to
        `last` (default: the end) are redrawn."""
        last = len(self.doc) - 1 if last is None else min(last, len(self.doc) - 1)
        if first <= last:
            self.dataChanged.emit(self.index(first), self.index(last))

    def _problems_changed(self) -> None:
        """Redraw the badges of the cards whose problems changed (validation runs again
        after every edit, and most edits change no other card's problems)."""
        badges = {
            scene.id: tuple((p.severity, p.message) for p in self.validation.for_scene(row))
            for row, scene in enumerate(self.doc.scenes)
        }
        roles = [SeverityRole, ProblemCountRole, Qt.ItemDataRole.ToolTipRole]
        for row, scene in enumerate(self.doc.scenes):
            if self._badges.get(scene.id) != badges[scene.id]:
                self.dataChanged.emit(self.index(row), self.index(row), roles)
        self._badges = badges
