"""A job's states, in order, how each reads to a marketer, and the job's record."""

from __future__ import annotations

import time
import uuid
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from composer.model.tr_noop import QT_TRANSLATE_NOOP


class JobState(StrEnum):
    VALIDATING = "validating"
    UPLOADING = "uploading"
    SUBMITTING = "submitting"
    QUEUED = "queued"
    PROCESSING = "processing"
    DOWNLOADING = "downloading"
    COMPLETED = "completed"
    FAILED = "failed"
    SUBMISSION_UNKNOWN = "submission_unknown"
    CANCELLED = "cancelled"

    @property
    def is_finished(self) -> bool:
        return self in FINISHED

    @property
    def words(self) -> str:
        return WORDS[self]


FINISHED = frozenset(
    {JobState.COMPLETED, JobState.FAILED, JobState.SUBMISSION_UNKNOWN, JobState.CANCELLED}
)
RESUMABLE = frozenset({JobState.QUEUED, JobState.PROCESSING, JobState.DOWNLOADING})
RETRYABLE_FAILURES = frozenset({"auth", "network", "server", "rate_limited"})
"""Failures of the connection (no key, server away or busy), not of the render."""
"""HeyGen has the video: after a restart these go on being followed."""

STAGES = {
    JobState.VALIDATING: 0,
    JobState.UPLOADING: 1,
    JobState.SUBMITTING: 2,
    JobState.QUEUED: 3,  # HeyGen may report a rendering video as queued again
    JobState.PROCESSING: 3,
    JobState.DOWNLOADING: 4,
}
"""How far along each unfinished state is; a finished state is further than all of them."""

WORDS = {
    JobState.VALIDATING: QT_TRANSLATE_NOOP("Jobs", "Checking the project"),
    JobState.UPLOADING: QT_TRANSLATE_NOOP("Jobs", "Uploading media"),
    JobState.SUBMITTING: QT_TRANSLATE_NOOP("Jobs", "Sending to HeyGen"),
    JobState.QUEUED: QT_TRANSLATE_NOOP("Jobs", "Waiting in HeyGen's queue"),
    JobState.PROCESSING: QT_TRANSLATE_NOOP("Jobs", "Rendering"),
    JobState.DOWNLOADING: QT_TRANSLATE_NOOP("Jobs", "Downloading the video"),
    JobState.COMPLETED: QT_TRANSLATE_NOOP("Jobs", "Done"),
    JobState.FAILED: QT_TRANSLATE_NOOP("Jobs", "Failed"),
    JobState.SUBMISSION_UNKNOWN: QT_TRANSLATE_NOOP("Jobs", "Unknown: check HeyGen"),
    JobState.CANCELLED: QT_TRANSLATE_NOOP("Jobs", "Cancelled"),
}


@dataclass(frozen=True)
class JobRecord:
    """One job, immutable: each change is a new record (safe to hand between threads)."""

    job_id: str
    title: str
    state: JobState
    base_url: str  # the API server that has the video
    download_dir: str
    created_at: float
    updated_at: float
    video_id: str | None = None
    message: str = ""  # plain words: what is happening or what went wrong
    failure: str | None = None  # the kind of failure (HeyGenError.kind, "invalid", "render"…)
    notice: str | None = None  # HeyGen's notice with the submission (e.g. deprecation)
    file: str | None = None  # the downloaded video
    route: str = "v2"  # the render route (composer.routes); jobs before routes were v2
    draft: bool = False  # a free draft (HeyGen's test video: watermarked), never a final
    ref: dict[str, Any] | None = None  # the route's own record of the job (plain JSON)
    resend_safe: bool = False  # the route's creates carry idempotency keys
    offer_route: str | None = None  # a failed job can be sent again on this route

    @staticmethod
    def new(title: str, base_url: str, download_dir: Path, route: str = "v2") -> JobRecord:
        now = time.time()
        return JobRecord(
            job_id=uuid.uuid4().hex,
            title=title,
            state=JobState.VALIDATING,
            base_url=base_url,
            download_dir=str(download_dir),
            created_at=now,
            updated_at=now,
            route=route,
        )

    def moved(self, state: JobState, message: str = "", **changes: Any) -> JobRecord:
        """This record in `state` (the message is replaced: each state says its own)."""
        return replace(self, state=state, message=message, updated_at=time.time(), **changes)

    def follows(self, stored: JobRecord) -> bool:
        """Whether this record may replace `stored` (the same job) in the history: a job's
        state never moves backwards, and a finished job stays as it finished."""
        if stored.state.is_finished:
            return self.state == stored.state and self.updated_at >= stored.updated_at
        if self.state.is_finished:
            return True
        return STAGES[self.state] >= STAGES[stored.state]

    @property
    def resumable(self) -> bool:
        """HeyGen has the video, or sending it again is safe (idempotency keys saved)."""
        if self.state == JobState.SUBMITTING:
            return self.resend_safe and bool(self.ref)
        return self.state in RESUMABLE and bool(self.video_id)

    @property
    def retryable(self) -> bool:
        """Failed on the way, not in the render: the server has the video (its id is
        known), so following it again costs nothing and makes no second video."""
        return (
            self.state == JobState.FAILED
            and bool(self.video_id)
            and self.failure in RETRYABLE_FAILURES
        )

    def after_interruption(self) -> JobRecord:
        """This job, found unfinished at start before HeyGen had confirmed it."""
        if self.state == JobState.SUBMITTING:  # the POST may or may not have arrived
            return self.moved(
                JobState.SUBMISSION_UNKNOWN,
                "Scene Composer closed while sending this video, so it is not known whether "
                "HeyGen got it. Check your HeyGen video list before sending it again.",
                failure="submission_unknown",
            )
        return self.moved(JobState.CANCELLED, "Scene Composer closed before this was sent.")

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "state": str(self.state)}

    @staticmethod
    def from_json(data: dict[str, Any]) -> JobRecord:
        known = {f.name for f in fields(JobRecord)}
        values = {k: v for k, v in data.items() if k in known}
        if "route" not in data and values.get("video_id"):  # a v2 job from before routes
            values["ref"] = {"video_id": values["video_id"]}
        return JobRecord(**{**values, "state": JobState(values["state"])})
