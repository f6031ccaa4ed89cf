"""The batch table: one row per spreadsheet row, its values and whether it is ready."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from composer.batch.plan import BatchPlan, RowPlan
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex
FIXED = (QT_TRANSLATE_NOOP("BatchTable", "Row"), QT_TRANSLATE_NOOP("BatchTable", "Status"))


class BatchTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.plan: BatchPlan | None = None
        self.columns: list[str] = []
        self.job_states: dict[int, str] = {}  # row number → job state text once submitted

    def set_plan(self, plan: BatchPlan | None, columns: list[str]) -> None:
        self.beginResetModel()
        self.plan, self.columns, self.job_states = plan, columns, {}
        self.endResetModel()

    def set_job_state(self, number: int, text: str) -> None:
        self.job_states[number] = text
        index = self.index(number - 1, 1)
        self.dataChanged.emit(index, index)

    def row(self, index: int) -> RowPlan:
        assert self.plan is not None
        return self.plan.rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self.plan is None else len(self.plan.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED) + len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section < len(FIXED):
                return translate("BatchTable", FIXED[section])
            return self.columns[section - len(FIXED)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row.number)
            if column == 1:
                return self.job_states.get(row.number) or _status(row)
            return row.values.get(self.columns[column - len(FIXED)], "")
        if role == Qt.ItemDataRole.ToolTipRole and row.messages:
            return "\n".join(row.messages)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QColor("#2E7D32") if row.ok else QColor("#C62828")
        return None


def _status(row: RowPlan) -> str:
    if row.ok:
        warnings = len(row.warnings)
        if not warnings:
            return translate("BatchTable", "✓ Ready")
        if warnings == 1:
            return translate("BatchTable", "✓ Ready (1 warning)")
        return translate("BatchTable", "✓ Ready ({count} warnings)").format(count=warnings)
    count = len(row.messages)
    if count == 1:
        return translate("BatchTable", "✗ 1 problem")
    return translate("BatchTable", "✗ {count} problems").format(count=count)
