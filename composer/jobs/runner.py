"""Running one job: check → upload local media → send → follow the render → download.

Qt-free and blocking: call it from a worker thread (composer/ui/operations.py does) or from
the command line. Every state change is saved to the history and reported through
`on_update` with a new immutable JobRecord; `cancel` (a threading.Event) stops it between
steps and while waiting.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from composer.assets.containment import UploadPolicy
from composer.assets.media import MediaError
from composer.assets.uploads import local_media, resolve_uploads
from composer.heygen.client import HeyGenClient
from composer.heygen.errors import (
    AuthError,
    Cancelled,
    DownloadExpired,
    HeyGenError,
    SubmissionUnknown,
)
from composer.heygen.models import VideoStatus
from composer.heygen.transport import UntrustedLink
from composer.jobs.history import JobHistory
from composer.jobs.schedule import PollSchedule
from composer.jobs.state import JobRecord, JobState
from composer.model.project import Project
from composer.model.request import build_request
from composer.model.validate import errors, validate

log = logging.getLogger(__name__)

OnUpdate = Callable[[JobRecord], None]
OnProgress = Callable[[float | None, str], None]  # fraction done (None: unknown), words
MB = 1024 * 1024
RENDERING = (JobState.QUEUED, JobState.PROCESSING)
UNSAFE_NAME = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


class JobFailed(Exception):
    """Ends a job as FAILED with this message and failure kind."""

    def __init__(self, message: str, failure: str) -> None:
        super().__init__(message)
        self.failure = failure


class JobRunner:
    def __init__(
        self,
        client: HeyGenClient,
        history: JobHistory,
        *,
        schedule: PollSchedule | None = None,
    ) -> None:
        self.client = client
        self.history = history
        self.schedule = schedule or PollSchedule()

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
        record = JobRecord.new(title, self.client.base_url, download_dir)
        run = _Run(self, record, on_update, on_progress, cancel)

        def steps() -> None:
            body = self._prepare(run, project, uploads)
            self._send(run, body)
            if follow:
                self._follow(run)

        return run.guarded(steps)

    def resume(
        self,
        record: JobRecord,
        on_update: OnUpdate,
        on_progress: OnProgress,
        cancel: threading.Event,
    ) -> JobRecord:
        """Go on following a job from the history (HeyGen already has the video)."""
        run = _Run(self, record, on_update, on_progress, cancel)
        return run.guarded(lambda: self._follow(run))

    # --- steps ---

    def _prepare(self, run: _Run, project: Project, uploads: UploadPolicy | None) -> dict[str, Any]:
        run.move(JobState.VALIDATING)
        problems = errors(validate(project))
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise JobFailed(f"The project can't be sent yet: {problems[0]}{more}", "invalid")
        if local_media(project):
            run.check_cancel()
            run.move(JobState.UPLOADING)
            try:
                project = resolve_uploads(project, self.client, run.upload_progress, uploads)
            except MediaError as exc:
                raise JobFailed(str(exc), "invalid") from None
        return build_request(project)

    def _send(self, run: _Run, body: dict[str, Any]) -> None:
        run.check_cancel()
        run.move(JobState.SUBMITTING)
        result = self.client.generate_video(body)
        # Saved before anything else can go wrong: HeyGen now has (and bills) this video.
        run.move(JobState.QUEUED, video_id=result.video_id, notice=result.notice)

    def _follow(self, run: _Run) -> None:
        """Ask for the status with back-off until the video is rendered, then download it.
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
                status = self.client.video_status(run.video_id)
                if status.status == "failed":
                    raise JobFailed(
                        f"HeyGen could not render the video: {status.failure_message}", "render"
                    )
                if status.status == "completed":
                    self._download(run, status)
                    return
                run.rendering(status)
                failures = 0
            except DownloadExpired:
                failures += 1
                self._give_up_after(run, failures, "The video link expired.")
                continue  # at once: the next status answer carries a fresh link
            except UntrustedLink as exc:
                raise JobFailed(f"{exc} The video id is {run.video_id}.", exc.kind) from None
            except (AuthError, Cancelled):
                raise
            except HeyGenError as exc:
                failures += 1
                self._give_up_after(run, failures, exc.user_message, exc.kind)
            if run.cancel.wait(next(waits)):
                raise Cancelled("cancelled")

    def _give_up_after(self, run: _Run, failures: int, reason: str, kind: str = "network") -> None:
        if failures > self.schedule.max_failures:
            raise JobFailed(
                f"Lost contact with HeyGen: {reason} The video may still be rendering; "
                f"its id is {run.video_id}.",
                kind,
            )
        run.note(f"{reason} Trying again.")

    def _download(self, run: _Run, status: VideoStatus) -> None:
        if not status.video_url:
            raise JobFailed("HeyGen finished the video but sent no link to it.", "unexpected")
        run.move(JobState.DOWNLOADING)
        folder = Path(run.record.download_dir)
        dest = unique_path(folder, file_stem(run.record.title, run.video_id), ".mp4")
        try:
            self.client.download(status.video_url, dest, run.download_progress, run.cancel)
        except OSError as exc:
            raise JobFailed(
                f"The video is ready but could not be saved in {folder} ({exc.strerror}). "
                f"Choose another download folder; the video id is {run.video_id}.",
                "disk",
            ) from None
        run.move(JobState.COMPLETED, f"Saved as {dest.name}", file=str(dest))


class _Run:
    """One job being run: its latest record and its callbacks."""

    def __init__(
        self,
        runner: JobRunner,
        record: JobRecord,
        on_update: OnUpdate,
        on_progress: OnProgress,
        cancel: threading.Event,
    ) -> None:
        self.history = runner.history
        self.record = record
        self.on_update = on_update
        self.on_progress = on_progress
        self.cancel = cancel

    @property
    def video_id(self) -> str:
        assert self.record.video_id, "following a job needs its video id"
        return self.record.video_id

    def move(self, state: JobState, message: str = "", **changes: Any) -> None:
        self.record = self.record.moved(state, message, **changes)
        self.history.save(self.record)
        self.on_update(self.record)

    def note(self, message: str) -> None:
        """A new message in the same state (only saved when it changes)."""
        if message != self.record.message:
            self.move(self.record.state, message)

    def rendering(self, status: VideoStatus) -> None:
        state = JobState.QUEUED if status.is_queued else JobState.PROCESSING
        if state != self.record.state or self.record.message:
            self.move(state)
        minutes, seconds = divmod(int(time.time() - self.record.created_at), 60)
        self.on_progress(None, f"Sent {minutes} min {seconds:02d} s ago")

    def still_rendering(self) -> None:
        """Stop following a render that takes far longer than any should; it stays in the
        history (and is followed again at the next start)."""
        state = self.record.state if self.record.state in RENDERING else JobState.PROCESSING
        self.move(
            state,
            f"Still rendering at HeyGen — check again later (video id {self.record.video_id}).",
        )

    def upload_progress(self, done: int, total: int, name: str) -> None:
        self.check_cancel()
        self.on_progress(done / total if total else None, f"Uploading {name}" if name else "")

    def download_progress(self, done: int, total: int | None) -> None:
        if total:
            self.on_progress(done / total, f"Downloading: {done / MB:.1f} of {total / MB:.1f} MB")
        else:
            self.on_progress(None, f"Downloading: {done / MB:.1f} MB")

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
        except JobFailed as exc:
            self.move(JobState.FAILED, str(exc), failure=exc.failure)
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
    """A file name from the title that every file system accepts, plus part of the id."""
    safe = UNSAFE_NAME.sub("-", title).strip(" .-")[:80] or "video"
    return f"{safe} {video_id[:8]}"


def unique_path(folder: Path, stem: str, suffix: str) -> Path:
    """`folder/stem.suffix`, or `stem (2).suffix` and so on if that exists."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate
