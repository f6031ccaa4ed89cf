"""Today's free drafts: HeyGen allows about `per_day` test videos a day, so the app keeps a
count (a small JSON log in the data folder, shared by the window and the command line under
a file lock)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

from composer.model.project import Project
from composer.settings.paths import data_dir
from composer.storage.atomic import write_atomic

KEEP_DAYS = 2


def mark_draft(project: Project, title: str) -> tuple[Project, str]:
    """A copy of `project` to send as a free draft (HeyGen's `test: true`, carried in the
    body's top-level extras) and its job title ('… (draft)', so the Jobs panel, the history
    and the downloaded file's name say so); counts it in today's drafts."""
    marked = copy.deepcopy(project)
    marked.extra["test"] = True
    record_draft()
    return marked, f"{title} (draft)"


def drafts_path() -> Path:
    return data_dir() / "drafts.json"


def _today() -> str:
    return dt.date.today().isoformat()


def _read(path: Path) -> list[str]:
    try:
        values = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return []
    return [str(v) for v in values] if isinstance(values, list) else []


def drafts_today(path: Path | None = None) -> int:
    path = path or drafts_path()
    today = _today()
    return sum(1 for stamp in _read(path) if stamp.startswith(today))


def record_draft(path: Path | None = None) -> int:
    """Count one more draft sent now; returns today's count."""
    from filelock import FileLock  # imported when first needed: the window starts without it

    path = path or drafts_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    cutoff = (dt.date.today() - dt.timedelta(days=KEEP_DAYS)).isoformat()
    with FileLock(str(path) + ".lock", timeout=10):
        stamps = [s for s in _read(path) if s[:10] >= cutoff]
        stamps.append(dt.datetime.now().isoformat(timespec="seconds"))
        write_atomic(path, json.dumps(stamps).encode("utf-8"))
    return drafts_today(path)
