"""Validation as you type: the project's render route checks it (composer.routes: the
document's rules plus what that route refuses or drops) shortly after each edit, and at
once when scenes are added, removed, moved or a project is loaded.

The result is derived data (never saved): the panels, the scene list badges, the problems
list and the Submit action all read it from here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from composer.model.document import ProjectDocument
from composer.model.project import Project
from composer.model.validate import Problem
from composer.routes.registry import route_class

DEBOUNCE_MS = 100


class LiveValidation(QObject):
    updated = Signal()

    def __init__(self, doc: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.problems: list[Problem] = []
        self.checks: list[Callable[[Project], list[Problem]]] = []
        """More checks after HeyGen's rules (the brand kit's gentle warnings)."""
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        doc.changed.connect(lambda _i, _p: self.schedule())
        # Scenes added, removed or moved renumber every problem: no stale numbers, ever.
        for signal in (doc.inserted, doc.removed):
            signal.connect(lambda _a, _b: self.run_now())
        doc.moved.connect(self._moved)
        doc.reset.connect(lambda: self.run_now())

    def schedule(self) -> None:
        """Validate shortly (edits in quick succession are validated once)."""
        self._timer.start()

    def run_now(self) -> None:
        self._timer.stop()
        self.problems = self.problems_on(self.doc.project.route)
        self.updated.emit()

    def problems_on(self, route: str | None) -> list[Problem]:
        """The project's problems were it sent on `route` (the Submit dialog's choice)."""
        project = replace(self.doc.project, route=route)
        problems = route_class(route).check(project)
        for check in self.checks:
            problems += check(project)
        return problems

    def _moved(self, src: int, dst: int) -> None:
        """A move only renumbers: the problems are carried over (unless an edit is still
        waiting to be validated, when everything is checked again)."""
        if self._timer.isActive():
            self.run_now()
            return
        route = route_class(self.doc.project.route)
        self.problems = route.check_after_move(self.problems, self.doc.project, src, dst)
        self.updated.emit()

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    def worst_for_scene(self, index: int) -> tuple[str, int]:
        """("error" | "warning" | "", how many problems) for the badge on a scene row."""
        mine = [p for p in self.problems if p.scene_index == index]
        level = "error" if any(p.is_error for p in mine) else "warning" if mine else ""
        return level, len(mine)

    def for_scene(self, index: int) -> list[Problem]:
        return [p for p in self.problems if p.scene_index == index]
