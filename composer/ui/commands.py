"""Undo commands: each one replays a ProjectDocument operation forwards or backwards.

Every user edit goes through `UndoableEdits`, so the undo stack, the scene list, the
panels and the preview all see the same model operations.
"""

from __future__ import annotations

import copy
import itertools
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from composer.model.document import ProjectDocument
from composer.model.project import Scene

_MERGE_ID = 0x5C0


class SetValues(QUndoCommand):
    """Set one or more fields of one scene (or the project). Edits with the same
    `merge_key` merge into one step: consecutive edits of one field, or one drag."""

    def __init__(
        self,
        doc: ProjectDocument,
        scene_index: int,
        values: dict[str, Any],
        text: str,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.scene_index = scene_index
        self.new = copy.deepcopy(values)
        self.old = {path: copy.deepcopy(doc.value(scene_index, path)) for path in values}
        self.merge_key = merge_key

    def redo(self) -> None:
        for path, value in self.new.items():
            self.doc.set_value(self.scene_index, path, value)

    def undo(self) -> None:
        # Backwards: after a merge, `old` may hold a parent ("character.offset": None)
        # before a field inside it; the parent must be restored last.
        for path, value in reversed(self.old.items()):
            self.doc.set_value(self.scene_index, path, value)

    def id(self) -> int:
        return _MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValues) or other.merge_key != self.merge_key:
            return False
        if other.scene_index != self.scene_index:
            return False
        for path, value in other.new.items():
            self.old.setdefault(path, other.old[path])
            self.new[path] = value
        # Back where it started (a text field's own undo, a refused value): the step is
        # dropped from the stack rather than left as an Undo that changes nothing.
        self.setObsolete(self.new == self.old)
        return True


class ReplaceScene(QUndoCommand):
    """Swap a whole scene for an edited copy (OBS-style before/after snapshot)."""

    def __init__(self, doc: ProjectDocument, index: int, after: Scene, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.index = index
        self.before = copy.deepcopy(doc.scenes[index])
        self.after = copy.deepcopy(after)

    def redo(self) -> None:
        self.doc.replace_scene(self.index, copy.deepcopy(self.after))

    def undo(self) -> None:
        self.doc.replace_scene(self.index, copy.deepcopy(self.before))


class InsertScenes(QUndoCommand):
    def __init__(self, doc: ProjectDocument, index: int, scenes: list[Scene], text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.index = index
        self.scenes = copy.deepcopy(scenes)

    def redo(self) -> None:
        self.doc.insert(self.index, copy.deepcopy(self.scenes))

    def undo(self) -> None:
        self.doc.remove(self.index, len(self.scenes))


class RemoveScenes(QUndoCommand):
    """Remove scenes at any set of rows; undo puts each back where it was."""

    def __init__(self, doc: ProjectDocument, rows: list[int], text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.rows = sorted(set(rows))
        self.scenes = [copy.deepcopy(doc.scenes[r]) for r in self.rows]

    def redo(self) -> None:
        for row in reversed(self.rows):
            self.doc.remove(row)

    def undo(self) -> None:
        for row, scene in zip(self.rows, self.scenes, strict=True):
            self.doc.insert(row, [copy.deepcopy(scene)])


class MoveScenes(QUndoCommand):
    """Move rows (any selection) to sit before `dst_row`, as a drop does."""

    def __init__(self, doc: ProjectDocument, rows: list[int], dst_row: int, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.rows = list(rows)
        self.dst_row = dst_row
        self.steps: list[tuple[int, int]] = []

    def redo(self) -> None:
        self.steps = self.doc.move_many(self.rows, self.dst_row)

    def undo(self) -> None:
        for src, dst in reversed(self.steps):
            self.doc.move(dst, src)


class Gesture(QObject):
    """Whether a drag in the preview is going on (`live`): it changes the document on every
    mouse move, and what shows the dragged numbers elsewhere (the property panels) need
    not follow each move, only keep up now and then and be exact at the end (`ended`)."""

    ended = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.live = False

    def begin(self) -> None:
        self.live = True

    def end(self) -> None:
        if self.live:
            self.live = False
            self.ended.emit()


class UndoableEdits:
    """The one door for edits from widgets: builds the command and pushes it."""

    def __init__(self, doc: ProjectDocument, stack: QUndoStack) -> None:
        self.doc = doc
        self.stack = stack
        self._drag_ids = itertools.count()
        self.gesture = Gesture()

    def set_values(
        self, scene_index: int, values: dict[str, Any], text: str, merge_key: str | None = None
    ) -> None:
        if all(self.doc.value(scene_index, p) == v for p, v in values.items()):
            return
        self.stack.push(SetValues(self.doc, scene_index, values, text, merge_key))

    def new_drag_key(self) -> str:
        """A merge key for one drag gesture: all its moves become one undo step."""
        return f"drag-{next(self._drag_ids)}"

    def replace_scene(self, index: int, after: Scene, text: str) -> None:
        self.stack.push(ReplaceScene(self.doc, index, after, text))

    def insert(self, index: int, scenes: list[Scene], text: str) -> None:
        self.stack.push(InsertScenes(self.doc, index, scenes, text))

    def remove(self, rows: list[int], text: str) -> None:
        self.stack.push(RemoveScenes(self.doc, rows, text))

    def move(self, rows: list[int], dst_row: int, text: str) -> None:
        self.stack.push(MoveScenes(self.doc, rows, dst_row, text))
