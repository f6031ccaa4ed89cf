"""The job controller: video jobs run in the background (through `run_in_background`), and
their states and progress reach the Jobs panel as signals on the GUI thread.

The runner (and the HTTP stack under it) is imported by the first job, on its worker
thread: listing the job history at start-up needs none of it."""

from __future__ import annotations

import copy
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from composer.assets.containment import UploadPolicy
from composer.heygen.errors import HeyGenError
from composer.jobs.connection import Connections
from composer.jobs.history import JobHistory
from composer.jobs.schedule import PollSchedule, StopEvent
from composer.jobs.state import JobRecord, JobState
from composer.model.project import Project
from composer.ui.operations import run_in_background

if TYPE_CHECKING:
    from composer.jobs.runner import JobRunner

ELSEWHERE_POLL_MS = 2_000
"""How often the jobs another window follows are read again from the shared history."""


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

    _live: ClassVar[weakref.WeakSet[JobController]] = weakref.WeakSet()
    """Every controller of this process (windows share the process's job claims)."""

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
        self._elsewhere_timer = QTimer(self, interval=ELSEWHERE_POLL_MS)
        self._elsewhere_timer.timeout.connect(self.follow_elsewhere)
        self._elsewhere_timer.start()
        JobController._live.add(self)

    def jobs(self) -> list[JobRecord]:
        """Every job known, newest first."""
        return sorted(self._records.values(), key=lambda r: r.created_at, reverse=True)

    def is_running(self, job_id: str) -> bool:
        return job_id in self._stops

    def elsewhere(self, record: JobRecord) -> bool:
        """An unfinished job another window (or a command) follows, not this one."""
        return not record.state.is_finished and record.job_id not in self._stops

    def follow_elsewhere(self) -> None:
        """The jobs another window follows, as the shared history has them now; one whose
        window has closed is taken up here."""
        others = [r for r in self._records.values() if self.elsewhere(r)]
        if not others:
            return
        free = {r.job_id: r for r in self.history.unfinished()}
        for record in others:
            if record.job_id in free and not _followed_in_this_process(record.job_id):
                self.resume(free[record.job_id])
            elif (now := self.history.get(record.job_id)) is not None and now != record:
                self._show(now)

    def running_jobs(self) -> list[JobRecord]:
        """The unfinished jobs this window follows."""
        return [r for r in self.jobs() if r.job_id in self._stops and not r.state.is_finished]

    def load_history(self) -> None:
        """List the jobs from the history (oldest first, so the newest ends up on top)."""
        for record in reversed(self.history.settle_interrupted()):
            self._show(record)

    def submit(self, project: Project, title: str, uploads: UploadPolicy | None = None) -> None:
        """Send a copy of `project` (the user goes on editing); the job appears via job_added.
        `uploads`: the local files it may upload (see composer.assets.containment)."""
        snapshot = copy.deepcopy(project)
        folder = self.connections.preferences.download_folder()

        def job(reports: _Reports) -> JobRecord:
            runner = self._runner(route=snapshot.route)

            def update(record: JobRecord) -> None:
                if record.state == JobState.SUBMITTING and snapshot.uploads:
                    # Queued to the GUI thread: the open project learns the asset ids, so
                    # the same files are not uploaded again (and they are saved with it).
                    self.uploads_learned.emit(dict(snapshot.uploads))
                reports.update(record)

            return runner.submit(
                snapshot, title, folder, update, reports.progress, reports.stop, uploads=uploads
            )

        self._run(job, JobRecord.new(title, "", folder), StopEvent())

    def submit_batch(
        self, jobs: list[tuple[Project, str]], limit: int, uploads: UploadPolicy | None = None
    ) -> None:
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
                return self._runner(route=snapshot.route).submit(
                    snapshot,
                    title,
                    folder,
                    reports.update,
                    reports.progress,
                    reports.stop,
                    uploads=uploads,
                )

            self._run(job, JobRecord.new(title, "", folder), StopEvent(), pool)

    def resume_unfinished(self) -> None:
        """Follow again every job HeyGen has that was not followed to the end."""
        for record in self.history.unfinished():
            if not _followed_in_this_process(record.job_id):  # this window's included
                self.resume(record)

    def resume(self, record: JobRecord) -> None:
        def job(reports: _Reports) -> JobRecord:
            return self._runner(record.base_url, record.route).resume(
                record, reports.update, reports.progress, reports.stop
            )

        stop = StopEvent()
        self._stops[record.job_id] = stop
        self._show(record)
        self._run(job, record, stop)

    def retry(self, record: JobRecord) -> None:
        """Follow a job again: one waiting to be sent, or one that failed on the way (no
        key, the server away) while the server has its video."""
        if record.retryable:
            reopened = self.history.reopen(record)
            if reopened is None:  # moved on elsewhere: show what it is now
                now = self.history.get(record.job_id)
                if now is not None:
                    self._show(now)
                return
            record = reopened
        self.resume(record)

    def cancel(self, job_id: str) -> None:
        stop = self._stops.get(job_id)
        if stop is not None:
            stop.set()

    def shutdown(self, wait_ms: int = 10_000) -> None:
        """On quit: stop following jobs without cancelling them (they resume next start)."""
        self._elsewhere_timer.stop()
        for stop in self._stops.values():
            stop.detach()
        self.pool.waitForDone(wait_ms)

    def _runner(self, base_url: str | None = None, route: str | None = None) -> JobRunner:
        """A runner for the server at `base_url` (default: the chosen one) on the render
        route called `route` (default: the default route). Worker thread."""
        from composer.jobs.runner import JobRunner

        client = self.connections.client(base_url)
        return JobRunner(client, self.history, schedule=self.schedule, route=route)

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


def _followed_in_this_process(job_id: str) -> bool:
    """Another window of this process follows the job (the OS claim is the process's)."""
    return any(controller.is_running(job_id) for controller in JobController._live)
