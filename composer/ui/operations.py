"""Background work for the GUI (the Anki `QueryOp` idea) and the job controller built on it.

`run_in_background(fn, on_success=..., on_failure=..., on_progress=...)` runs `fn` on a
QThreadPool thread; its result, its exception and its progress reports are delivered as
queued signals, so every callback runs on the GUI thread and may touch widgets. `fn`
itself must not touch Qt widgets.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from composer.heygen.errors import HeyGenError
from composer.jobs.connection import Connections
from composer.jobs.history import JobHistory
from composer.jobs.runner import JobRunner, PollSchedule, StopEvent
from composer.jobs.state import JobRecord, JobState
from composer.model.project import Project

log = logging.getLogger(__name__)

_running: set[Operation] = set()  # keeps each operation alive until its result is delivered


class Operation(QObject):
    """One call of `fn` off the GUI thread. Made by `run_in_background`."""

    _succeeded = Signal(object)
    _failed = Signal(object)
    _progressed = Signal(object)

    def __init__(
        self,
        fn: Callable[..., Any],
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
        on_progress: Callable[[Any], None] | None,
        parent: QObject | None,
    ) -> None:
        super().__init__()  # no Qt parent: it must outlive a closed window until fn ends
        self._fn = fn
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._parent = parent
        # The receiver (self) lives on the GUI thread: emits from the worker are queued.
        self._succeeded.connect(self._deliver_success)
        self._failed.connect(self._deliver_failure)
        self._progressed.connect(self._deliver_progress)

    def work(self) -> None:
        """On the worker thread."""
        try:
            result = self._fn(self._progressed.emit) if self._on_progress else self._fn()
        except Exception as exc:
            self._failed.emit(exc)
        else:
            self._succeeded.emit(result)

    def _wanted(self) -> bool:
        """Callbacks are skipped once the parent widget is gone (e.g. its window closed)."""
        return self._parent is None or shiboken6.isValid(self._parent)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        if self._on_success and self._wanted():
            self._on_success(result)
        self._done()

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        if self._on_failure and self._wanted():
            self._on_failure(error)
        elif not isinstance(error, HeyGenError):
            log.error("background operation failed", exc_info=error)
        self._done()

    @Slot(object)
    def _deliver_progress(self, value: Any) -> None:
        if self._on_progress and self._wanted():
            self._on_progress(value)

    def _done(self) -> None:
        _running.discard(self)
        self.deleteLater()


class _Task(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self.operation = operation

    def run(self) -> None:
        self.operation.work()


def run_in_background(
    fn: Callable[..., Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Any], None] | None = None,
    parent: QObject | None = None,
    pool: QThreadPool | None = None,
) -> Operation:
    """Run `fn()` off the GUI thread; callbacks run on the GUI thread. With `on_progress`,
    `fn` is called with one argument, a function to report progress values with."""
    operation = Operation(fn, on_success, on_failure, on_progress, parent)
    _running.add(operation)
    (pool or QThreadPool.globalInstance()).start(_Task(operation))
    return operation


@dataclass(frozen=True)
class _Update:
    record: JobRecord
    stop: StopEvent


@dataclass(frozen=True)
class _Progress:
    job_id: str
    fraction: float | None
    words: str


class _Reports:
    """Worker side: turns a runner's callbacks into progress values for run_in_background."""

    def __init__(self, report: Callable[[Any], None], stop: StopEvent) -> None:
        self.report = report
        self.stop = stop
        self.job_id = ""

    def update(self, record: JobRecord) -> None:
        self.job_id = record.job_id
        self.report(_Update(record, self.stop))

    def progress(self, fraction: float | None, words: str) -> None:
        self.report(_Progress(self.job_id, fraction, words))


class JobController(QObject):
    """Runs video jobs in the background and tells the Jobs panel about them."""

    job_added = Signal(object)  # JobRecord
    job_changed = Signal(object)  # JobRecord
    job_progress = Signal(str, object, str)  # job_id, fraction done (or None), words
    uploads_learned = Signal(object)  # {"server|sha256": asset}: merge into the open project

    def __init__(
        self,
        connections: Connections,
        history: JobHistory | None = None,
        *,
        schedule: PollSchedule | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.connections = connections
        self.history = history or JobHistory()
        self.schedule = schedule
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(8)  # each job mostly waits; don't starve the global pool
        self._records: dict[str, JobRecord] = {}
        self._stops: dict[str, StopEvent] = {}

    def jobs(self) -> list[JobRecord]:
        """Every job known, newest first."""
        return sorted(self._records.values(), key=lambda r: r.created_at, reverse=True)

    def is_running(self, job_id: str) -> bool:
        return job_id in self._stops

    def load_history(self) -> None:
        """List the jobs from the history (oldest first, so the newest ends up on top)."""
        for record in reversed(self.history.settle_interrupted()):
            self._show(record)

    def submit(self, project: Project, title: str) -> None:
        """Send a copy of `project` (the user goes on editing); the job appears via job_added."""
        snapshot = copy.deepcopy(project)
        folder = self.connections.preferences.download_folder()

        def job(reports: _Reports) -> JobRecord:
            runner = JobRunner(self.connections.client(), self.history, schedule=self.schedule)

            def update(record: JobRecord) -> None:
                if record.state == JobState.SUBMITTING and snapshot.uploads:
                    # Queued to the GUI thread: the open project learns the asset ids, so
                    # the same files are not uploaded again (and they are saved with it).
                    self.uploads_learned.emit(dict(snapshot.uploads))
                reports.update(record)

            return runner.submit(snapshot, title, folder, update, reports.progress, reports.stop)

        self._run(job, JobRecord.new(title, "", folder), StopEvent())

    def submit_batch(self, jobs: list[tuple[Project, str]], limit: int) -> None:
        """One job per (project, title), at most `limit` running at once (each job holds
        its slot until its video is downloaded)."""
        pool = QThreadPool(self)
        pool.setMaxThreadCount(max(1, limit))
        folder = self.connections.preferences.download_folder()
        for project, title in jobs:
            snapshot = copy.deepcopy(project)

            def job(
                reports: _Reports, snapshot: Project = snapshot, title: str = title
            ) -> JobRecord:
                runner = JobRunner(self.connections.client(), self.history, schedule=self.schedule)
                return runner.submit(
                    snapshot, title, folder, reports.update, reports.progress, reports.stop
                )

            self._run(job, JobRecord.new(title, "", folder), StopEvent(), pool)

    def resume_unfinished(self) -> None:
        """Follow again every job HeyGen has that was not followed to the end."""
        for record in self.history.unfinished():
            if not self.is_running(record.job_id):
                self.resume(record)

    def resume(self, record: JobRecord) -> None:
        def job(reports: _Reports) -> JobRecord:
            client = self.connections.client(record.base_url)
            runner = JobRunner(client, self.history, schedule=self.schedule)
            return runner.resume(record, reports.update, reports.progress, reports.stop)

        stop = StopEvent()
        self._stops[record.job_id] = stop
        self._show(record)
        self._run(job, record, stop)

    def cancel(self, job_id: str) -> None:
        stop = self._stops.get(job_id)
        if stop is not None:
            stop.set()

    def shutdown(self, wait_ms: int = 10_000) -> None:
        """On quit: stop following jobs without cancelling them (they resume next start)."""
        for stop in self._stops.values():
            stop.detach()
        self.pool.waitForDone(wait_ms)

    # --- the rest runs on the GUI thread ---

    def _run(
        self,
        job: Callable[[_Reports], JobRecord],
        record: JobRecord,
        stop: StopEvent,
        pool: QThreadPool | None = None,
    ) -> None:
        """`record`: the job as far as known here, for a failure before the runner starts."""

        def failed(error: BaseException) -> None:  # e.g. no API key; the runner catches the rest
            failure = error.kind if isinstance(error, HeyGenError) else "internal"
            self._finished(record.moved(JobState.FAILED, str(error), failure=failure))

        run_in_background(
            lambda report: job(_Reports(report, stop)),
            on_success=self._finished,
            on_failure=failed,
            on_progress=self._report,
            pool=pool or self.pool,
        )

    def _report(self, item: _Update | _Progress) -> None:
        if isinstance(item, _Update):
            self._stops.setdefault(item.record.job_id, item.stop)
            self._show(item.record)
        else:
            self.job_progress.emit(item.job_id, item.fraction, item.words)

    def _finished(self, record: JobRecord) -> None:
        self._stops.pop(record.job_id, None)
        self._show(record)

    def _show(self, record: JobRecord) -> None:
        known = record.job_id in self._records
        self._records[record.job_id] = record
        (self.job_changed if known else self.job_added).emit(record)
