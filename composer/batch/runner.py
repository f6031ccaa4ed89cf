"""Submit a checked batch: one job per row, at most `limit` in flight at once.

Each row runs the normal job (upload → generate → poll → download) on a worker thread;
the client's own rate-limit handling (429 + Retry-After) applies to every request.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from composer.assets.containment import UploadPolicy
from composer.batch.plan import BatchPlan, RowPlan
from composer.jobs.runner import JobRunner
from composer.jobs.state import JobRecord

DEFAULT_LIMIT = 3


class BatchNotReady(ValueError):
    """The plan still has problems; nothing was sent."""


@dataclass
class RowResult:
    row: RowPlan
    record: JobRecord | None

    def columns(self) -> dict[str, str]:
        """What the results CSV adds to the row."""
        record = self.record
        if record is None:
            return {"video_id": "", "status": "not sent", "file": "", "message": ""}
        return {
            "video_id": record.video_id or "",
            "status": str(record.state),
            "file": record.file or "",
            "message": record.message,
        }


def job_title(row: RowPlan) -> str:
    title = (row.project.title if row.project else None) or "Video"
    return f"{title} · {row.name}"


def run_batch(
    plan: BatchPlan,
    make_runner: Callable[[], JobRunner],
    download_dir: Path,
    *,
    limit: int = DEFAULT_LIMIT,
    cancel: threading.Event | None = None,
    on_update: Callable[[RowPlan, JobRecord], None] | None = None,
    follow: bool = True,
    uploads: UploadPolicy | None = None,
) -> list[RowResult]:
    """Run every row (with `follow`, to the downloaded video; else until HeyGen has it);
    returns one result per row, in row order."""
    if not plan.ok:
        raise BatchNotReady("\n".join(plan.report()))
    stop = cancel or threading.Event()

    def one(row: RowPlan) -> RowResult:
        if stop.is_set():
            return RowResult(row, None)
        assert row.project is not None
        record = make_runner().submit(
            row.project,
            job_title(row),
            download_dir,
            on_update=lambda rec: on_update(row, rec) if on_update else None,
            on_progress=lambda _fraction, _text: None,
            cancel=stop,
            follow=follow,
            uploads=uploads,
        )
        return RowResult(row, record)

    with ThreadPoolExecutor(max_workers=max(1, limit), thread_name_prefix="batch") as pool:
        return list(pool.map(one, plan.rows))
