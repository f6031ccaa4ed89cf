"""Scene commands on the list's selection: add, duplicate, delete, move up and down.

Each is one undo step through UndoableEdits; afterwards the affected scenes are selected.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel

from composer.model.document import ProjectDocument, duplicate
from composer.model.enums import VoiceType
from composer.model.project import MAX_SCENES, Scene, default_scene
from composer.ui.commands import UndoableEdits
from composer.ui.i18n import translate
from composer.ui.scene_list.model import SceneListModel
from composer.ui.scene_list.view import SceneListView


def limit_message() -> str:
    return translate(
        "SceneOperations",
        "A video can have at most {count} scenes (HeyGen's limit). "
        "Delete a scene, or split the video into two projects.",
    ).format(count=MAX_SCENES)


def scene_after(previous: Scene | None) -> Scene:
    """A new scene that keeps the previous one's presenter, voice and background
    (what a marketer adds next is usually "the same, with new words")."""
    scene = default_scene()
    if previous is None:
        return scene
    scene.character = copy.deepcopy(previous.character)
    scene.background = copy.deepcopy(previous.background)
    if previous.voice.type == VoiceType.TEXT:
        scene.voice = copy.deepcopy(previous.voice)
        scene.voice.input_text = ""
    return scene


def _duplicate_text(count: int) -> str:
    if count == 1:
        return translate("SceneOperations", "Duplicate scene")
    return translate("SceneOperations", "Duplicate {count} scenes").format(count=count)


def _delete_text(count: int) -> str:
    if count == 1:
        return translate("SceneOperations", "Delete scene")
    return translate("SceneOperations", "Delete {count} scenes").format(count=count)


class SceneOperations:
    def __init__(
        self,
        doc: ProjectDocument,
        edits: UndoableEdits,
        view: SceneListView,
        notify: Callable[[str], None],
    ) -> None:
        self.doc = doc
        self.edits = edits
        self.view = view
        self.notify = notify
        self.dress: Callable[[Scene], Scene] = lambda scene: scene
        """What a new scene gets before it is added (the brand kit's presenter and voice)."""

    @property
    def model(self) -> SceneListModel:
        return self.view.scene_model()

    def rows(self) -> list[int]:
        return self.view.selected_rows()

    def room_for(self, count: int) -> bool:
        return len(self.doc) + count <= MAX_SCENES

    def select(self, rows: list[int], current: int | None = None) -> None:
        selection = QItemSelection()
        for row in rows:
            index = self.model.index(row)
            selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().select(selection, flags)
        if rows:
            target = self.model.index(rows[-1] if current is None else current)
            self.view.selectionModel().setCurrentIndex(
                target, QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.view.scrollTo(target)

    def add(self) -> None:
        if not self._check_room(1):
            return
        rows = self.rows()
        at = rows[-1] + 1 if rows else len(self.doc)
        previous = self.doc.scenes[at - 1] if at > 0 else None
        self.edits.insert(
            at, [self.dress(scene_after(previous))], translate("SceneOperations", "Add scene")
        )
        self.select([at])

    def duplicate(self) -> None:
        rows = self.rows()
        if not rows or not self._check_room(len(rows)):
            return
        copies = [duplicate(self.doc.scenes[r], _copy_name(self.doc.scenes[r].name)) for r in rows]
        at = rows[-1] + 1
        self.edits.insert(at, copies, _duplicate_text(len(rows)))
        self.select(list(range(at, at + len(copies))))

    def delete(self) -> None:
        rows = self.rows()
        if not rows:
            return
        self.edits.remove(rows, _delete_text(len(rows)))
        if len(self.doc):
            self.select([min(rows[0], len(self.doc) - 1)])

    def move_up(self) -> None:
        rows = self.rows()
        if rows:
            self._move(rows, max(rows[0] - 1, 0))

    def move_down(self) -> None:
        rows = self.rows()
        if rows:
            self._move(rows, min(rows[-1] + 2, len(self.doc)))

    def _move(self, rows: list[int], dst_row: int) -> None:
        current = self.view.currentIndex().row()
        if self.model.move_rows(rows, dst_row):
            at = dst_row - sum(1 for r in rows if r < dst_row)
            moved = list(range(at, at + len(rows)))
            self.select(moved, moved[rows.index(current)] if current in rows else None)

    def _check_room(self, count: int) -> bool:
        if self.room_for(count):
            return True
        self.notify(limit_message())
        return False

    def can_move(self, up: bool) -> bool:
        rows = self.rows()
        if not rows:
            return False
        contiguous = rows == list(range(rows[0], rows[-1] + 1))
        if up:
            return not (contiguous and rows[0] == 0)
        return not (contiguous and rows[-1] == len(self.doc) - 1)


def _copy_name(name: str) -> str:
    return translate("SceneOperations", "{name} copy").format(name=name) if name.strip() else ""
