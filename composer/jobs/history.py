"""The job history file, `data_dir()/jobs.json`: every submitted video, so none is lost.

The video id is saved the moment HeyGen returns it, before anything else happens, so a
crash or a quit never leaves a paid-for render untracked. Written atomically (with a
backup); it holds no API key.

Several processes share it (two windows, a `batch` on the command line): every change is
a read-modify-write under an OS file lock (`jobs.json.lock`), and a record only replaces
the stored one if it does not move the job backwards (`JobRecord.follows`). A process
running a job holds that job's claim (an OS lock in `jobs.json.claims/`, released when
the job finishes or the process dies), so another process neither resumes it (no second
download) nor marks it interrupted while it runs.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from composer.jobs.state import JobRecord, JobState

if TYPE_CHECKING:
    from filelock import FileLock
from composer.settings.paths import data_dir
from composer.storage.atomic import backup_path, write_json_atomic

log = logging.getLogger(__name__)

HISTORY_VERSION = 1
FILE_NAME = "jobs.json"
LOCK_WAIT_S = 30.0
"""How long a change waits for another process's change (each takes milliseconds)."""


_CLAIMS: dict[Path, FileLock] = {}
"""The jobs this process is running or resuming, by claim file (shared by every JobHistory
of the process: an OS lock belongs to one open file, so the process takes each once)."""
_CLAIMS_LOCK = threading.Lock()


class JobHistory:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / FILE_NAME
        self._lock = threading.RLock()
        self._file_lock: FileLock | None = None

    def _shared_lock(self) -> FileLock:
        """The OS lock for changes, made on the first change: reading the history (the
        window's start) needs no lock, and filelock takes tens of ms to import."""
        if self._file_lock is None:
            from filelock import FileLock

            self._file_lock = FileLock(
                self.path.with_name(self.path.name + ".lock"),
                timeout=LOCK_WAIT_S,
                thread_local=False,  # taken by whichever thread saves, under self._lock
            )
        return self._file_lock

    def all(self) -> list[JobRecord]:
        """Every job, newest first."""
        with self._lock:
            records = self._read()
        return sorted(records.values(), key=lambda r: r.created_at, reverse=True)

    def get(self, job_id: str) -> JobRecord | None:
        with self._lock:
            return self._read().get(job_id)

    def unfinished(self) -> list[JobRecord]:
        """Jobs HeyGen has that were not followed to the end and that no other process is
        following: this process claims them (to resume at start)."""
        return [r for r in self.all() if r.resumable and self._claim(r.job_id) and self._still(r)]

    def settle_interrupted(self) -> list[JobRecord]:
        """At start: jobs cut short before HeyGen confirmed them say so (not the ones
        another process is running). Returns all jobs."""
        for record in self.all():
            if not record.state.is_finished and not record.resumable and self._claim(record.job_id):
                self.save(record.after_interruption())
        return self.all()

    def save(self, record: JobRecord) -> JobRecord:
        """Store `record` unless the stored one is further along; returns what is stored.
        A job being run is claimed by this process until it finishes."""
        with self._lock:
            if not record.state.is_finished:
                self._claim(record.job_id)
            with self._shared_lock():
                records = self._read()
                stored = records.get(record.job_id)
                if stored is None or record.follows(stored):
                    records[record.job_id] = stored = record
                    self._write(records)
                else:
                    log.info("job %s: kept %s over %s", record.job_id, stored.state, record.state)
            if stored.state.is_finished:
                self._release(record.job_id)
            return stored

    def reopen(self, record: JobRecord) -> JobRecord | None:
        """A retryable failed job (see `JobRecord.retryable`) as rendering again, to be
        followed anew; None if the stored job has moved on meanwhile (another window)."""
        if not record.retryable:
            return None
        with self._lock, self._shared_lock():
            records = self._read()
            if records.get(record.job_id) != record:
                return None
            reopened = record.moved(JobState.PROCESSING, failure=None)
            records[record.job_id] = reopened
            self._write(records)
        return reopened

    def _write(self, records: dict[str, JobRecord]) -> None:
        data = {
            "version": HISTORY_VERSION,
            "jobs": [r.to_json() for r in sorted(records.values(), key=lambda r: r.created_at)],
        }
        write_json_atomic(self.path, data, backup=True)

    def _claim_path(self, job_id: str) -> Path:
        return self.path.with_name(self.path.name + ".claims") / f"{job_id}.lock"

    def _claim(self, job_id: str) -> bool:
        """Whether this process holds (or now takes) the job's claim."""
        path = self._claim_path(job_id)
        with _CLAIMS_LOCK:
            if path in _CLAIMS:
                return True
            from filelock import FileLock, Timeout

            path.parent.mkdir(parents=True, exist_ok=True)
            claim = FileLock(path, timeout=0, thread_local=False)
            try:
                claim.acquire()
            except Timeout:
                return False
            _CLAIMS[path] = claim
            return True

    def _release(self, job_id: str) -> None:
        """Let go of a finished job's claim and remove its file (whoever opened the file
        meanwhile finds the job finished and lets go too)."""
        path = self._claim_path(job_id)
        with _CLAIMS_LOCK:
            claim = _CLAIMS.pop(path, None)
        if claim is not None:
            claim.release()
            with contextlib.suppress(OSError):
                path.unlink()

    def _still(self, record: JobRecord) -> bool:
        """After claiming: the job is still unfinished (its runner may have just ended)."""
        now = self.get(record.job_id)
        if now is None or not now.resumable:
            self._release(record.job_id)
            return False
        return True

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
