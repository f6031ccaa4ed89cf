"""The job history file, `data_dir()/jobs.json`: every submitted video, so none is lost.

The video id is saved the moment HeyGen returns it, before anything else happens, so a
crash or a quit never leaves a paid-for render untracked. Written atomically (with a
backup); it holds no API key. Each save re-reads the file, so the window and a `submit`
on the command line can share it.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

from composer.jobs.state import JobRecord
from composer.settings.paths import data_dir
from composer.storage.atomic import backup_path, write_json_atomic

log = logging.getLogger(__name__)

HISTORY_VERSION = 1
FILE_NAME = "jobs.json"


class JobHistory:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / FILE_NAME
        self._lock = threading.Lock()

    def all(self) -> list[JobRecord]:
        """Every job, newest first."""
        with self._lock:
            records = self._read()
        return sorted(records.values(), key=lambda r: r.created_at, reverse=True)

    def get(self, job_id: str) -> JobRecord | None:
        with self._lock:
            return self._read().get(job_id)

    def unfinished(self) -> list[JobRecord]:
        """Jobs HeyGen has that were not followed to the end (to resume at start)."""
        return [record for record in self.all() if record.resumable]

    def settle_interrupted(self) -> list[JobRecord]:
        """At start: jobs cut short before HeyGen confirmed them say so. Returns all jobs."""
        for record in self.all():
            if not record.state.is_finished and not record.resumable:
                self.save(record.after_interruption())
        return self.all()

    def save(self, record: JobRecord) -> None:
        with self._lock:
            records = self._read()
            records[record.job_id] = record
            data = {
                "version": HISTORY_VERSION,
                "jobs": [r.to_json() for r in sorted(records.values(), key=lambda r: r.created_at)],
            }
            write_json_atomic(self.path, data, backup=True)

    def _read(self) -> dict[str, JobRecord]:
        for candidate in (self.path, backup_path(self.path)):
            try:
                data = json.loads(candidate.read_text("utf-8"))
                records = [JobRecord.from_json(item) for item in data["jobs"]]
            except FileNotFoundError:
                continue
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("job history %s unreadable: %s", candidate.name, exc)
                continue
            return {r.job_id: r for r in records}
        return {}
