"""Running one job on a render route: check → prepare (uploads) → send → follow → fetch.

Qt-free and blocking: call it from a worker thread (composer/ui/operations.py does) or from
the command line. Every state change is saved to the history and reported through
`on_update` with a new immutable JobRecord; `cancel` (a threading.Event) stops it between
steps and while waiting. Everything route-specific is behind composer.routes (base.py).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from composer.assets.containment import UploadPolicy
from composer.heygen.client import HeyGenClient
from composer.heygen.errors import (
    AuthError,
    Cancelled,
    DownloadExpired,
    HeyGenError,
    NetworkError,
    SubmissionUnknown,
)
from composer.heygen.transport import UntrustedLink
from composer.heygen.untrusted import safe_video_id
from composer.jobs.history import JobHistory
from composer.jobs.schedule import PollSchedule
from composer.jobs.state import JobRecord, JobState
from composer.model.project import Project
from composer.model.validate import errors
from composer.routes.base import Ref, RenderRoute, RouteFailed, RouteStatus
from composer.routes.registry import make_route

log = logging.getLogger(__name__)

OnUpdate = Callable[[JobRecord], None]
OnProgress = Callable[[float | None, str], None]  # fraction done (None: unknown), words
RENDERING = (JobState.QUEUED, JobState.PROCESSING)
ASK_AGAIN = "Scene Composer asks again at the next start (or choose Try again)."
UNSAFE_NAME = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


class JobRunner:
    """Runs jobs on one route (by name) for one server and key; knows nothing route-specific."""

    def __init__(
        self,
        client: HeyGenClient,
        history: JobHistory,
        *,
        schedule: PollSchedule | None = None,
        route: str | None = None,
    ) -> None:
        self.client = client
        self.history = history
        self.schedule = schedule or PollSchedule()
        self.route: RenderRoute = make_route(route, client)

    def submit(
        self,
        project: Project,
        title: str,
        download_dir: Path,
        on_update: OnUpdate,
        on_progress: OnProgress,
        cancel: threading.Event,
        *,
        follow: bool = True,
        uploads: UploadPolicy | None = None,
    ) -> JobRecord:
        """Run a new job to its end (or, with `follow=False`, until HeyGen has the video).
        The first `on_update` carries the new record (and its job_id). `uploads`: which
        local files may be uploaded (default: any; front ends pass the project's folder)."""
        record = JobRecord.new(title, self.client.base_url, download_dir, self.route.name)
        record = replace(record, draft=project.extra.get("test") is True)  # see billing.drafts
        run = _Run(self, record, on_update, on_progress, cancel, uploads)

        def steps() -> None:
            ref = self._prepare(run, project)
            if self._send(run, ref) and follow:
                self._follow(run)

        return run.guarded(steps)

    def resume(
        self,
        record: JobRecord,
        on_update: OnUpdate,
        on_progress: OnProgress,
        cancel: threading.Event,
    ) -> JobRecord:
        """Go on with a job from the history: send what was not confirmed sent (routes with
        idempotency keys only), then follow it."""
        run = _Run(self, record, on_update, on_progress, cancel)

        def steps() -> None:
            if record.state != JobState.SUBMITTING or self._send(run, record.ref or {}):
                self._follow(run)

        return run.guarded(steps)

    # --- steps ---

    def _prepare(self, run: _Run, project: Project) -> Ref:
        run.move(JobState.VALIDATING)
        problems = errors(self.route.check(project))
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise RouteFailed(f"The project can't be sent yet: {problems[0]}{more}", "invalid")
        return self.route.prepare(project, run)

    def _send(self, run: _Run, ref: Ref) -> bool:
        """Create the render(s); False when HeyGen did not answer but asking again is safe
        (the job stays "sending", resumable: Try again, or at the next start)."""
        run.check_cancel()
        # Saved before the request goes out: idempotency keys are on disk first.
        run.move(JobState.SUBMITTING, ref=ref, resend_safe=self.route.resend_safe)
        try:
            self.route.send(ref, run)
        except NetworkError as exc:
            if not self.route.resend_safe:
                raise
            run.note(f"{exc} {ASK_AGAIN}")
            return False
        return True

    def _follow(self, run: _Run) -> None:
        """Ask for the status with back-off until the video is rendered, then fetch it.
        Failed calls are retried (a fresh status gives fresh links), up to a limit."""
        waits = self.schedule.intervals()
        failures = 0
        ends = time.monotonic() + self.schedule.give_up_after
        while True:
            run.check_cancel()
            if time.monotonic() > ends:
                run.still_rendering()
                return
            try:
                status = self.route.poll(run.ref)
                if status.state == RouteStatus.FAILED:
                    raise RouteFailed(
                        f"HeyGen could not render the video: {status.failure}", "render"
                    )
                if status.state == RouteStatus.COMPLETED:
                    self._fetch(run)
                    return
                run.rendering(status)
                failures = 0
            except DownloadExpired:
                failures += 1
                self._give_up_after(run, failures, "The video link expired.")
                continue  # at once: the next status answer carries a fresh link
            except UntrustedLink as exc:
                raise RouteFailed(
                    f"{exc} The video id is {run.record.video_id}.", exc.kind
                ) from None
            except (AuthError, Cancelled):
                raise
            except HeyGenError as exc:
                failures += 1
                self._give_up_after(run, failures, exc.user_message, exc.kind)
            if run.cancel.wait(next(waits)):
                raise Cancelled("cancelled")

    def _give_up_after(self, run: _Run, failures: int, reason: str, kind: str = "network") -> None:
        if failures > self.schedule.max_failures:
            raise RouteFailed(
                f"Lost contact with HeyGen: {reason} The video may still be rendering; "
                f"its id is {run.record.video_id}.",
                kind,
            )
        run.note(f"{reason} Trying again.")

    def _fetch(self, run: _Run) -> None:
        run.move(JobState.DOWNLOADING)
        folder = Path(run.record.download_dir)
        dest = unique_path(folder, file_stem(run.record.title, run.record.video_id or ""), ".mp4")
        try:
            files = self.route.fetch(run.ref, dest, run.on_progress, run.cancel)
        except OSError as exc:
            raise RouteFailed(
                f"The video is ready but could not be saved in {folder} ({exc.strerror}). "
                f"Choose another download folder; the video id is {run.record.video_id}.",
                "disk",
            ) from None
        run.move(JobState.COMPLETED, f"Saved as {files[0].name}", file=str(files[0]))


class _Run:
    """One job being run: its latest record and its callbacks."""

    def __init__(
        self,
        runner: JobRunner,
        record: JobRecord,
        on_update: OnUpdate,
        on_progress: OnProgress,
        cancel: threading.Event,
        uploads: UploadPolicy | None = None,
    ) -> None:
        self.history = runner.history
        self.redact = runner.client.redact
        self.record = record
        self.on_update = on_update
        self.on_progress = on_progress
        self.cancel = cancel
        self.uploads = uploads

    @property
    def ref(self) -> Ref:
        return self.record.ref or {}

    def move(self, state: JobState, message: str = "", **changes: Any) -> None:
        """The job in a new state, saved and reported. Messages and notices may quote a
        server: they are redacted of the key and control characters first."""
        if changes.get("notice"):
            changes["notice"] = self.redact(changes["notice"])
        self.record = self.record.moved(state, self.redact(message), **changes)
        self.history.save(self.record)
        self.on_update(self.record)

    def note(self, message: str) -> None:
        """A new message in the same state (only saved when it changes)."""
        if message != self.record.message:
            self.move(self.record.state, message)

    # --- composer.routes.base.JobContext ---

    def uploading(self, done: int, total: int, name: str) -> None:
        self.check_cancel()
        if self.record.state != JobState.UPLOADING:
            self.move(JobState.UPLOADING)
        self.on_progress(done / total if total else None, f"Uploading {name}" if name else "")

    def remember(self, ref: Ref) -> None:
        self.move(self.record.state, self.record.message, ref=ref)

    def submitted(self, video_id: str, notice: str | None, ref: Ref) -> None:
        # Saved before anything else can go wrong: HeyGen now has (and bills) this video.
        self.move(JobState.QUEUED, video_id=video_id, notice=notice, ref=ref)

    def rendering(self, status: RouteStatus) -> None:
        state = JobState.QUEUED if status.state == RouteStatus.QUEUED else JobState.PROCESSING
        if state != self.record.state or self.record.message:
            self.move(state)
        minutes, seconds = divmod(int(time.time() - self.record.created_at), 60)
        words = f"Sent {minutes} min {seconds:02d} s ago"
        self.on_progress(status.fraction, f"{status.words} · {words}" if status.words else words)

    def still_rendering(self) -> None:
        """Stop following a render that takes far longer than any should; it stays in the
        history (and is followed again at the next start)."""
        state = self.record.state if self.record.state in RENDERING else JobState.PROCESSING
        self.move(
            state,
            f"Still rendering at HeyGen — check again later (video id {self.record.video_id}).",
        )

    def check_cancel(self) -> None:
        if self.cancel.is_set():
            raise Cancelled("cancelled")

    def guarded(self, steps: Callable[[], None]) -> JobRecord:
        """Run `steps`; whatever happens, the job ends in a state that says so."""
        try:
            steps()
        except Cancelled:
            if getattr(self.cancel, "detached", False) and self.record.resumable:
                return self.record  # resumed at the next start
            self.move(JobState.CANCELLED, self._cancel_message())
        except SubmissionUnknown as exc:
            self.move(JobState.SUBMISSION_UNKNOWN, exc.user_message, failure=exc.kind)
        except HeyGenError as exc:
            self.move(JobState.FAILED, exc.user_message, failure=exc.kind)
        except RouteFailed as exc:
            self.move(JobState.FAILED, str(exc), failure=exc.failure, offer_route=exc.offer_route)
        except Exception as exc:  # a bug must not leave a job looking busy forever
            log.exception("job %s crashed", self.record.job_id)
            self.move(
                JobState.FAILED,
                f"Something went wrong inside Scene Composer ({type(exc).__name__}).",
                failure="internal",
            )
        return self.record

    def _cancel_message(self) -> str:
        if self.record.video_id:
            return (
                "Stopped following the video. HeyGen may still render it "
                f"(video id {self.record.video_id})."
            )
        return "Cancelled before it was sent to HeyGen."


def file_stem(title: str, video_id: str) -> str:
    """A file name from the title that every file system accepts, plus part of the id (a
    server's id is only used when it is plainly safe: letters, digits, _ and -)."""
    safe = UNSAFE_NAME.sub("-", title).strip(" .-")[:80] or "video"
    return f"{safe} {(safe_video_id(video_id) or 'download')[:8]}"


def unique_path(folder: Path, stem: str, suffix: str) -> Path:
    """`folder/stem.suffix`, or `stem (2).suffix` and so on if that exists; always a file
    directly inside `folder` (a name that would lead elsewhere becomes "video")."""
    if Path(stem).name != stem or stem in ("", ".", ".."):
        stem = "video"
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate
