"""Check a whole batch before anything is sent: one plan per row, with its problems."""

from __future__ import annotations

from dataclasses import dataclass, field

from composer.batch.table import Table
from composer.batch.template import Slot, fill, slots
from composer.model.project import Project
from composer.model.validate import Problem, errors
from composer.routes.registry import check_project


@dataclass
class RowPlan:
    number: int  # 1-based, as the spreadsheet's data rows are counted
    values: dict[str, str]
    project: Project | None  # None when the row can't be filled
    messages: list[str] = field(default_factory=list)  # blocking, in plain words
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.project is not None and not self.messages

    @property
    def name(self) -> str:
        """The job's name: the row's first value, e.g. the customer."""
        first = next((v for v in self.values.values() if v.strip()), "")
        return f"Row {self.number}" + (f" – {first.strip()}" if first else "")


@dataclass
class BatchPlan:
    rows: list[RowPlan]
    messages: list[str]  # problems of the whole batch (no placeholders, unknown columns)

    @property
    def ok(self) -> bool:
        return not self.messages and bool(self.rows) and all(r.ok for r in self.rows)

    def report(self) -> list[str]:
        lines = list(self.messages)
        for row in self.rows:
            lines.extend(f"Row {row.number}: {m}" for m in row.messages)
        return lines


def plan_batch(project: Project, table: Table) -> BatchPlan:
    found = slots(project)
    messages = []
    if not table.rows:
        messages.append("The table has no data rows.")
    if not found:
        messages.append(
            "The project has no {{column}} placeholders, so every row would make the same video."
        )
    unknown = _unknown_names(found, table.columns)
    for name, where in unknown.items():
        messages.append(
            f"The placeholder {{{{{name}}}}} in {where} has no column in the table "
            f"(columns: {', '.join(table.columns)})."
        )
    rows = [
        _plan_row(project, found, n, values, bool(unknown))
        for n, values in enumerate(table.rows, start=1)
    ]
    return BatchPlan(rows, messages)


def _unknown_names(found: list[Slot], columns: list[str]) -> dict[str, str]:
    unknown: dict[str, str] = {}
    for slot in found:
        for name in slot.names:
            if name not in columns:
                unknown.setdefault(name, slot.where())
    return unknown


def _plan_row(
    project: Project, found: list[Slot], number: int, values: dict[str, str], unknown: bool
) -> RowPlan:
    row = RowPlan(number, values, None)
    if unknown:
        row.messages.append("Can't fill this row: a placeholder has no column.")
        return row
    used = dict.fromkeys(name for slot in found for name in slot.names)
    empty = [name for name in used if not values.get(name, "").strip()]
    row.messages.extend(f"The cell {name!r} is empty." for name in empty)
    row.project = fill(project, values)
    problems = check_project(row.project)
    row.messages.extend(_describe(p) for p in errors(problems))
    row.warnings = [p for p in problems if not p.is_error]
    return row


def _describe(problem: Problem) -> str:
    where = "project" if problem.scene_index is None else f"scene {problem.scene_number}"
    return f"{where}, {problem.json_path}: {problem.message}"
