"""Bulk personalisation in the window: load a CSV/TSV, see every row filled in and checked,
preview any row, and send one video per row (results land in the Jobs panel and a CSV)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from composer.batch.plan import BatchPlan, plan_batch
from composer.batch.runner import DEFAULT_LIMIT, RowResult, job_title
from composer.batch.table import Table, TableError, load_table, new_results_path, write_results
from composer.jobs.state import JobRecord
from composer.model.document import ProjectDocument
from composer.model.project import Project
from composer.paint.scene_painter import ScenePainter
from composer.routes.quote import BatchQuote
from composer.ui.batch.table_model import BatchTableModel
from composer.ui.commands import UndoableEdits
from composer.ui.controllers.jobs import JobController
from composer.ui.dialogs.outside_files import approve_uploads
from composer.ui.i18n import amounts, translate
from composer.ui.preview.preview_widget import PreviewWidget
from composer.ui.scene_list.model import display_name


class BatchDialog(QDialog):
    def __init__(
        self,
        project: Project,
        controller: JobController,
        parent: QWidget | None = None,
        quote: Callable[[list[Project]], BatchQuote] | None = None,
        *,
        media_folder: Path | None = None,
    ) -> None:
        """`quote`: what the rows would cost against the balance (None: not shown);
        `media_folder`: the project's folder; local media outside it need a yes."""
        super().__init__(parent)
        self.quote = quote
        self.media_folder = media_folder
        self.setObjectName("batchDialog")
        self.setWindowTitle(translate("BatchDialog", "Personalised videos from a spreadsheet"))
        self.project = project
        self.controller = controller
        self.table: Table | None = None
        self.table_path: Path | None = None
        self.plan: BatchPlan | None = None
        self.results: dict[str, JobRecord] = {}  # job title → latest record
        self.model = BatchTableModel()
        self.preview_doc = ProjectDocument(Project())
        self._build()
        controller.job_changed.connect(self._job_changed)

    def _build(self) -> None:
        self.file_label = QLabel(
            translate(
                "BatchDialog",
                "No spreadsheet loaded. Use {{column}} in the title, scripts "
                "and overlay texts; each row makes one video.",
            )
        )
        self.file_label.setWordWrap(True)
        choose = QPushButton(translate("BatchDialog", "Load CSV…"), objectName="loadTable")
        choose.clicked.connect(self._choose)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        self.view = QTableView(objectName="batchTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_row())
        self.messages = QPlainTextEdit(objectName="batchMessages", readOnly=True)
        self.messages.setMaximumHeight(110)
        self.scene_choice = QComboBox(objectName="previewScene")
        self.scene_choice.currentIndexChanged.connect(self.preview_scene)
        self.preview = PreviewWidget(painter=ScenePainter.for_project(self.project))
        self.preview.setObjectName("batchPreview")
        self.preview.set_document(
            self.preview_doc, UndoableEdits(self.preview_doc, QUndoStack(self))
        )
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.scene_choice)
        right_layout.addWidget(self.preview, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(right)
        split.setSizes([560, 420])
        self.limit = QSpinBox(
            objectName="batchLimit",
            minimum=1,
            maximum=10,
            value=DEFAULT_LIMIT,
            suffix=translate("BatchDialog", " at a time"),
        )
        self.send = QPushButton(
            translate("BatchDialog", "Send"), objectName="sendBatch", enabled=False
        )
        self.send.clicked.connect(self.submit)
        close = QPushButton(translate("BatchDialog", "Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(translate("BatchDialog", "Videos rendering:")))
        bottom.addWidget(self.limit)
        bottom.addStretch(1)
        bottom.addWidget(self.send)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.messages)
        layout.addLayout(bottom)
        self.resize(1100, 680)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("BatchDialog", "Load spreadsheet"),
            "",
            translate("BatchDialog", "Spreadsheets (*.csv *.tsv *.txt)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read and check the table; report per row; nothing is sent."""
        try:
            self.table = load_table(path)
        except TableError as exc:
            self.messages.setPlainText(str(exc))
            self.send.setEnabled(False)
            return False
        self.table_path = path
        self.plan = plan_batch(self.project, self.table)
        self.model.set_plan(self.plan, self.table.columns)
        rows = len(self.plan.rows)
        self.file_label.setText(
            translate("BatchDialog", "{file}: 1 row").format(file=path.name)
            if rows == 1
            else translate("BatchDialog", "{file}: {count} rows").format(file=path.name, count=rows)
        )
        report = self.plan.report()
        self.messages.setPlainText(
            "\n".join(report)
            if report
            else translate("BatchDialog", "All {count} rows are ready to send.").format(count=rows)
        )
        self.send.setEnabled(self.plan.ok and self._affordable())
        self.send.setText(translate("BatchDialog", "Send {count} videos").format(count=rows))
        if rows:
            self.view.selectRow(0)
        return self.plan.ok

    def _show_row(self) -> None:
        index = self.view.currentIndex()
        if self.plan is None or not index.isValid():
            return
        row = self.plan.rows[index.row()]
        self.preview_doc.load(row.project or self.project)
        self.scene_choice.blockSignals(True)
        self.scene_choice.clear()
        self.scene_choice.addItems(
            [display_name(s, i) for i, s in enumerate(self.preview_doc.scenes)]
        )
        self.scene_choice.blockSignals(False)
        self.preview_scene(0)

    def preview_scene(self, index: int) -> None:
        self.preview.set_scene_index(max(0, index))

    def _affordable(self) -> bool:
        """Say what the rows cost; False when the balance can't pay for all of them."""
        if self.quote is None or self.plan is None or not self.plan.ok:
            return True
        quote = self.quote([row.project for row in self.plan.rows if row.project])
        self.messages.appendPlainText(quote.sentence(amounts))
        return not quote.refused

    def submit(self) -> None:
        if self.plan is None or not self.plan.ok or not self._affordable():
            self.send.setEnabled(False)
            return
        uploads = approve_uploads(self, self.project, self.media_folder)
        if uploads is None:
            self.messages.setPlainText(
                translate(
                    "BatchDialog", "Not sent: files outside the project's folder were refused."
                )
            )
            return
        jobs = [(row.project, job_title(row)) for row in self.plan.rows if row.project]
        self.results = {title: None for _project, title in jobs}  # type: ignore[misc]
        self.send.setEnabled(False)
        self.controller.submit_batch(jobs, self.limit.value(), uploads)
        self.messages.setPlainText(
            translate("BatchDialog", "Sent {count} jobs; follow them in the Jobs panel.").format(
                count=len(jobs)
            )
        )

    def _job_changed(self, record: JobRecord) -> None:
        if self.plan is None or record.title not in self.results:
            return
        self.results[record.title] = record
        for row in self.plan.rows:
            if job_title(row) == record.title:
                self.model.set_job_state(row.number, translate("Jobs", record.state.words))
        if all(r is not None and r.state.is_finished for r in self.results.values()):
            self._write_results()

    def _write_results(self) -> None:
        assert self.plan is not None and self.table is not None and self.table_path is not None
        columns = [
            RowResult(row, self.results.get(job_title(row))).columns() for row in self.plan.rows
        ]
        out = getattr(self, "results_path", None) or new_results_path(self.table_path)
        write_results(self.table, columns, out)
        self.messages.appendPlainText(
            translate("BatchDialog", "All done. Results: {file}").format(file=out)
        )
        self.results_path = out
