"""`{{column}}` placeholders in the title, the scripts and the overlay texts."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from composer.model.paths import get_path, set_path
from composer.model.placeholders import DOUBLE_BRACES, SCENE_TEXT_FIELDS
from composer.model.project import Project


@dataclass(frozen=True)
class Slot:
    """One field that holds placeholders."""

    scene_index: int | None  # None: the project title
    field: str
    names: tuple[str, ...]

    def where(self) -> str:
        return "title" if self.scene_index is None else f"scene {self.scene_index + 1} {self.field}"


def placeholders(text: str) -> list[str]:
    return [m.group(1) for m in DOUBLE_BRACES.finditer(text)]


def slots(project: Project) -> list[Slot]:
    return list(_slots(project))


def _slots(project: Project) -> Iterator[Slot]:
    if project.title and placeholders(project.title):
        yield Slot(None, "title", tuple(placeholders(project.title)))
    for index, scene in enumerate(project.scenes):
        for field in SCENE_TEXT_FIELDS:
            value = get_path(scene, field)
            if isinstance(value, str) and placeholders(value):
                yield Slot(index, field, tuple(placeholders(value)))


def fill_text(text: str, row: Mapping[str, str]) -> str:
    return DOUBLE_BRACES.sub(lambda m: row[m.group(1)], text)


def fill(project: Project, row: Mapping[str, str]) -> Project:
    """A copy with every placeholder replaced by the row's value (all names must be in row)."""
    filled = copy.deepcopy(project)
    for slot in slots(project):
        if slot.scene_index is None:
            filled.title = fill_text(project.title or "", row)
        else:
            value = get_path(project.scenes[slot.scene_index], slot.field)
            set_path(filled.scenes[slot.scene_index], slot.field, fill_text(value, row))
    return filled
