"""The open project as an evented document: every edit goes through these operations.

Views (the scene list, the property panels, the preview) listen to the signals and
never change the Project themselves; undo commands call the same operations with
the old values. Its signals are Qt-free (model/signals.py).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from composer.model.layout import stored
from composer.model.paths import get_path, set_path
from composer.model.project import MAX_SCENES, Project, Scene, new_scene_id
from composer.model.rich import Overlay, new_overlay_id
from composer.model.signals import Signal

PROJECT = -1
"""The `scene_index` that names the project itself (title, dimension, caption...)."""
OVERLAYS = "overlays"
"""The field path `changed` names when a scene's overlays were added, removed or
reordered; an edit of one overlay's field names its own path (`overlays[2].opacity`)."""


DUPLICATE_NUDGE = 0.02
"""How far (a fraction of the frame) a duplicated overlay lands from its original."""


class SceneLimitError(ValueError):
    """Adding would take the project past HeyGen's 50 scenes."""


class ProjectDocument:
    inserted = Signal(int, int)  # first index, count (after insertion)
    removed = Signal(int, int)  # first index, count (before removal)
    moved = Signal(int, int)  # from index, to index (Python list semantics)
    changed = Signal(int, str)  # scene index or PROJECT, field path ("" = whole scene)
    reset = Signal()  # a different project was loaded

    def __init__(self, project: Project | None = None) -> None:
        self.project = project if project is not None else Project()

    # ---- reading
    @property
    def scenes(self) -> list[Scene]:
        return self.project.scenes

    def __len__(self) -> int:
        return len(self.project.scenes)

    def index_of(self, scene_id: str) -> int:
        for i, scene in enumerate(self.project.scenes):
            if scene.id == scene_id:
                return i
        raise KeyError(scene_id)

    def value(self, scene_index: int, path: str) -> Any:
        return get_path(self._target(scene_index), path)

    # ---- operations
    def load(self, project: Project) -> None:
        self.project = project
        self.reset.emit()

    def insert(self, index: int, scenes: list[Scene]) -> None:
        if len(self.project.scenes) + len(scenes) > MAX_SCENES:
            raise SceneLimitError(
                f"A video can have at most {MAX_SCENES} scenes; this project has "
                f"{len(self.project.scenes)}."
            )
        self.project.scenes[index:index] = scenes
        self.inserted.emit(index, len(scenes))

    def remove(self, index: int, count: int = 1) -> list[Scene]:
        taken = self.project.scenes[index : index + count]
        del self.project.scenes[index : index + count]
        self.removed.emit(index, count)
        return taken

    def move(self, src: int, dst: int) -> None:
        """Move one scene so that it ends up at index `dst`."""
        if src == dst:
            return
        scene = self.project.scenes.pop(src)
        self.project.scenes.insert(dst, scene)
        self.moved.emit(src, dst)

    def move_many(self, sources: list[int], dst_row: int) -> list[tuple[int, int]]:
        """Move the scenes at `sources` (any order) to sit, in order, before row `dst_row`.

        `dst_row` counts rows before the move, as a drop indicator does. Each scene moves
        once, straight to its place (in front of the first unmoved scene at or after
        `dst_row`, or to the end), so views and validation follow as few moves as there
        are scenes dragged. Returns the single moves made, so an undo can replay them
        backwards.
        """
        chosen = sorted(set(sources))
        moving = [self.project.scenes[i].id for i in chosen]
        anchor = next(
            (s.id for i, s in enumerate(self.project.scenes) if i >= dst_row and i not in chosen),
            None,
        )
        steps: list[tuple[int, int]] = []
        for scene_id in moving:
            src = self.index_of(scene_id)
            if anchor is None:
                dst = len(self.project.scenes) - 1
            else:
                at = self.index_of(anchor)
                dst = at - 1 if src < at else at
            if src != dst:
                self.move(src, dst)
                steps.append((src, dst))
        return steps

    def set_value(self, scene_index: int, path: str, value: Any) -> None:
        set_path(self._target(scene_index), path, copy.deepcopy(value))
        self.changed.emit(scene_index, path)

    # ---- a scene's overlays (composer.model.rich), in drawing order: last is on top
    def insert_overlay(self, scene_index: int, at: int, overlay: Overlay) -> None:
        self.project.scenes[scene_index].overlays.insert(at, copy.deepcopy(overlay))
        self.changed.emit(scene_index, OVERLAYS)

    def remove_overlay(self, scene_index: int, at: int) -> Overlay:
        taken = self.project.scenes[scene_index].overlays.pop(at)
        self.changed.emit(scene_index, OVERLAYS)
        return taken

    def move_overlay(self, scene_index: int, src: int, dst: int) -> None:
        """Move one overlay so that it ends up at index `dst` (bring forward/back)."""
        if src == dst:
            return
        overlays = self.project.scenes[scene_index].overlays
        overlays.insert(dst, overlays.pop(src))
        self.changed.emit(scene_index, OVERLAYS)

    def overlay_index(self, scene_index: int, overlay_id: str) -> int:
        for i, overlay in enumerate(self.project.scenes[scene_index].overlays):
            if overlay.id == overlay_id:
                return i
        raise KeyError(overlay_id)

    def replace_scene(self, index: int, scene: Scene) -> None:
        self.project.scenes[index] = scene
        self.changed.emit(index, "")

    def _target(self, scene_index: int) -> Any:
        return self.project if scene_index == PROJECT else self.project.scenes[scene_index]


def reorder(rows: Sequence[int], dst_row: int, count: int) -> list[int]:
    """The old row numbers in their new order after moving `rows` before `dst_row`
    (the order `ProjectDocument.move_many` leaves)."""
    chosen = sorted(set(rows))
    staying = [r for r in range(count) if r not in chosen]
    at = dst_row - sum(1 for r in chosen if r < dst_row)
    return staying[:at] + chosen + staying[at:]


def duplicate(scene: Scene, name: str) -> Scene:
    """A deep copy with a new id, as Ctrl+D makes it."""
    copy_ = copy.deepcopy(scene)
    copy_.id = new_scene_id()
    copy_.name = name
    for overlay in copy_.overlays:
        overlay.id = new_overlay_id()
    return copy_


def duplicate_overlay(overlay: Overlay) -> Overlay:
    """A deep copy with a new id, nudged so that it doesn't hide the original."""
    copy_ = copy.deepcopy(overlay)
    copy_.id = new_overlay_id()
    if copy_.position is not None:
        copy_.position.x = stored((copy_.position.x or 0.0) + DUPLICATE_NUDGE)
        copy_.position.y = stored((copy_.position.y or 0.0) + DUPLICATE_NUDGE)
    return copy_
