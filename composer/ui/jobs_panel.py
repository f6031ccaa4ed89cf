"""The Jobs panel: every video sent, newest first, with its state in plain words, progress,
what went wrong, and Open / Show in folder / Cancel where they make sense.

Lists (and resumes) the jobs in the history when it is created. Everything here runs on
the GUI thread; the work is done by JobController (composer/ui/operations.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from composer.assets.containment import UploadPolicy
from composer.jobs.state import JobRecord, JobState
from composer.model.project import Project
from composer.routes.registry import route_class
from composer.ui.controllers.jobs import JobController
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate
from composer.ui.plain_text import plain_label
from composer.ui.practice_server import is_practice, practice_name

PROGRESS_STEPS = 1000
TROUBLE = frozenset({JobState.FAILED, JobState.SUBMISSION_UNKNOWN})


DRAFT_TIP = QT_TRANSLATE_NOOP(
    "JobsPanel", "A free draft: watermarked and lower quality. Send the final video to use it."
)


def open_url(url: QUrl) -> bool:
    """The desktop's handler for a file or folder (tests replace it)."""
    return QDesktopServices.openUrl(url)


def show_in_folder(path: Path) -> None:
    """Open the folder holding `path`, with the file selected where the platform can."""
    import subprocess  # here: not needed to paint the window

    if sys.platform == "win32":
        subprocess.Popen(["explorer", "/select,", str(path)])
    elif sys.platform == "darwin":
        subprocess.Popen(["open", "-R", str(path)])
    else:
        open_url(QUrl.fromLocalFile(str(path.parent)))


class JobRow(QFrame):
    """One job. `show_record` and `show_progress` keep it up to date."""

    route_offered = Signal(str)  # the route the user chose to send the project on instead

    def __init__(self, record: JobRecord, controller: JobController) -> None:
        super().__init__()
        self.setObjectName(f"job-{record.job_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.controller = controller
        self.record = record
        self.title = _label("jobTitle", bold=True, wrap=True)
        self.state = _label("jobState")
        self.message = _label("jobMessage", wrap=True)
        self.detail = _label("jobDetail")
        self.notice = _label("jobNotice", wrap=True)
        self.video_id = _label("jobVideoId", selectable=True)
        self.video_id.setStyleSheet("color: #5f6368;")
        self.progress = QProgressBar(objectName="jobProgress", textVisible=False)
        self.progress.setMaximumHeight(8)
        self.open_button = _button("openButton", translate("JobsPanel", "Open"), self._open)
        self.show_button = _button(
            "showButton", translate("JobsPanel", "Show in folder"), self._show_in_folder
        )
        self.cancel_button = _button("cancelButton", translate("JobsPanel", "Cancel"), self._cancel)
        self.retry_button = _button(
            "retryButton",
            translate("JobsPanel", "Try again"),
            lambda: self.controller.retry(self.record),
        )
        self.offer_button = _button(
            "offerRouteButton", "", lambda: self.route_offered.emit(self.record.offer_route)
        )
        heading = QHBoxLayout()
        self.draft_badge = _label("draftBadge", bold=True)
        self.draft_badge.setText(translate("JobsPanel", "DRAFT · free, watermarked"))
        self.draft_badge.setStyleSheet("color: #9c5d00;")
        heading.addWidget(self.draft_badge)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.state)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons_in_order = (
            self.retry_button,
            self.offer_button,
            self.open_button,
            self.show_button,
            self.cancel_button,
        )
        for button in buttons_in_order:
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(heading)
        for widget in (self.progress, self.detail, self.message, self.notice, self.video_id):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.show_record(record)

    def show_record(self, record: JobRecord) -> None:
        self.record = record
        running = not record.state.is_finished
        self.title.setText(record.title or translate("JobsPanel", "Untitled video"))
        self.title.setToolTip(translate("JobsPanel", DRAFT_TIP) if record.draft else "")
        self.draft_badge.setVisible(record.draft)
        practice = f" · {practice_name()}" if is_practice(record.base_url) else ""
        elsewhere = self.controller.elsewhere(record)
        followed = translate("JobsPanel", "followed in another window")
        where = f" · {followed}" if elsewhere else ""
        self.state.setText(translate("Jobs", record.state.words) + practice + where)
        self.message.setText(record.message)
        self.message.setVisible(bool(record.message))
        self.message.setStyleSheet("color: #b00020;" if record.state in TROUBLE else "")
        self.notice.setText(
            translate("JobsPanel", "HeyGen says: {notice}").format(notice=record.notice)
            if record.notice
            else ""
        )
        self.notice.setVisible(bool(record.notice))
        self.video_id.setText(
            translate("JobsPanel", "Video id: {id}").format(id=record.video_id)
            if record.video_id
            else ""
        )
        self.video_id.setVisible(bool(record.video_id))
        self.progress.setVisible(running and not elsewhere)  # no progress reaches here
        self.detail.setVisible(running and not elsewhere and bool(self.detail.text()))
        if running and record.state != JobState.DOWNLOADING:
            self.progress.setRange(0, 0)  # busy: HeyGen gives no render percentage
        done = record.state == JobState.COMPLETED and bool(record.file)
        self.open_button.setVisible(done)
        self.show_button.setVisible(done)
        self.cancel_button.setVisible(running and self.controller.is_running(record.job_id))
        waiting = record.state == JobState.SUBMITTING and record.resumable
        again = (waiting or record.retryable) and not self.controller.is_running(record.job_id)
        self.retry_button.setVisible(again)
        offer = record.offer_route if record.state == JobState.FAILED else None
        self.offer_button.setVisible(bool(offer))
        if offer:
            self.offer_button.setText(
                translate("JobsPanel", "Send with {route} instead…").format(
                    route=translate("Routes", route_class(offer).label)
                )
            )

    def show_progress(self, fraction: float | None, words: str) -> None:
        if fraction is None:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, PROGRESS_STEPS)
            self.progress.setValue(round(fraction * PROGRESS_STEPS))
        self.detail.setText(words)
        self.detail.setVisible(bool(words) and not self.record.state.is_finished)

    def _open(self) -> None:
        if self.record.file:
            open_url(QUrl.fromLocalFile(self.record.file))

    def _show_in_folder(self) -> None:
        if self.record.file:
            show_in_folder(Path(self.record.file))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.controller.cancel(self.record.job_id)


class JobsPanel(QWidget):
    route_offered = Signal(str)
    """A failed job's "Send with … instead": send the open project on that route."""

    def __init__(self, controller: JobController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobsPanel")
        self.controller = controller
        self.rows: dict[str, JobRow] = {}
        self.empty = _label("jobsEmpty", wrap=True)
        self.empty.setText(
            translate("JobsPanel", "No videos yet. Send a project to HeyGen and it shows up here.")
        )
        self.list = QVBoxLayout()
        self.list.setSpacing(6)
        self.list.addWidget(self.empty)
        self.list.addStretch(1)
        content = QWidget()
        content.setLayout(self.list)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        controller.job_added.connect(self._add)
        controller.job_changed.connect(self._change)
        controller.job_progress.connect(self._progress)
        controller.load_history()
        controller.resume_unfinished()

    def submit(self, project: Project, title: str, uploads: UploadPolicy | None = None) -> None:
        """Send `project` (the caller has asked the user to confirm, also about `uploads`)."""
        self.controller.submit(project, title, uploads)

    def _add(self, record: JobRecord) -> None:
        row = JobRow(record, self.controller)
        row.route_offered.connect(self.route_offered)
        self.rows[record.job_id] = row
        self.list.insertWidget(0, row)
        self.empty.hide()

    def _change(self, record: JobRecord) -> None:
        row = self.rows.get(record.job_id)
        if row is not None:
            row.show_record(record)

    def _progress(self, job_id: str, fraction: float | None, words: str) -> None:
        row = self.rows.get(job_id)
        if row is not None:
            row.show_progress(fraction, words)


def _label(
    name: str, *, bold: bool = False, wrap: bool = False, selectable: bool = False
) -> QLabel:
    label = plain_label(QLabel(objectName=name, wordWrap=wrap))  # server and project words
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _button(name: str, text: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.clicked.connect(slot)
    return button


class JobsDockSizer(QObject):
    """The Jobs dock grows to show each new job (up to `most` pixels), then scrolls."""

    def __init__(
        self, window: QMainWindow, dock: QDockWidget, panel: JobsPanel, most: int = 360
    ) -> None:
        super().__init__(window)
        self.window, self.dock, self.panel, self.most = window, dock, panel, most
        panel.controller.job_added.connect(lambda _record: QTimer.singleShot(0, self.fit))

    def fit(self) -> None:
        wanted = self.panel.sizeHint().height() + 40  # the dock's title bar and margins
        rows = sum(row.sizeHint().height() + 6 for row in self.panel.rows.values())
        height = min(self.most, max(wanted, rows + 48))
        if self.dock.height() < height:
            self.window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)
