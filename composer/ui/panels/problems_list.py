"""The problems list under the preview: one line per problem; clicking one takes you there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from composer.model.validate import Problem
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate
from composer.ui.widgets.icons import icon

READY = QT_TRANSLATE_NOOP("ProblemsList", "No problems: the video is ready to submit.")


def describe(problem: Problem) -> str:
    """'Scene 2 · Voice speed must be …': where, then the validator's plain words."""
    where = (
        translate("ProblemsList", "Project")
        if problem.scene_index is None
        else translate("ProblemsList", "Scene {number}").format(number=problem.scene_number)
    )
    return f"{where} · {problem.message}"


class ProblemsList(QListWidget):
    problem_activated = Signal(object)  # Problem

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("problemsList")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setAlternatingRowColors(False)
        self.itemClicked.connect(self._activated)
        self.itemActivated.connect(self._activated)
        self.show_problems([])

    def show_problems(self, problems: list[Problem]) -> None:
        ordered = sorted(problems, key=lambda p: (not p.is_error,))  # errors first, stable
        if ordered == self.problems() and self.count():
            return  # the same list (rebuilding it would repaint it for nothing)
        self.clear()
        for problem in ordered:
            item = QListWidgetItem(icon(problem.severity), describe(problem))
            item.setData(Qt.ItemDataRole.UserRole, problem)
            item.setToolTip(str(problem))
            self.addItem(item)
        if not problems:
            item = QListWidgetItem(icon("ok"), translate("ProblemsList", READY))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)

    def problems(self) -> list[Problem]:
        return [
            p for i in range(self.count()) if (p := self.item(i).data(Qt.ItemDataRole.UserRole))
        ]

    def _activated(self, item: QListWidgetItem) -> None:
        problem = item.data(Qt.ItemDataRole.UserRole)
        if problem is not None:
            self.problem_activated.emit(problem)


class ProblemsHeading(QLabel):
    """ "Problems · 2 to fix, 1 warning" above the list, coloured by the worst of them."""

    def __init__(self) -> None:
        super().__init__(objectName="problemsHeading")

    def show_problems(self, problems: list[Problem]) -> None:
        errors = sum(1 for p in problems if p.is_error)
        warnings = len(problems) - errors
        parts = [translate("ProblemsList", "{count} to fix").format(count=errors)] if errors else []
        if warnings:
            parts.append(
                translate("ProblemsList", "1 warning")
                if warnings == 1
                else translate("ProblemsList", "{count} warnings").format(count=warnings)
            )
        self.setText(
            translate("ProblemsList", "Problems · {counts}").format(counts=", ".join(parts))
            if parts
            else translate("ProblemsList", "Ready")
        )
        level = "error" if errors else "warning" if warnings else ""
        if self.property("problem") != level:
            self.setProperty("problem", level)
            self.style().polish(self)
