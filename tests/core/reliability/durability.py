"""Durability: every file the app replaces is on disk before the replace, and the replace
itself is on disk (its folder fsynced) before the save counts as done.

A kill test cannot see this (the page cache survives a killed process; only a power cut
loses it), so an fsync spy watches the real writers: `os.fsync` and `os.replace` are
wrapped for the length of each save, and the order of what they touched is checked.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from composer.jobs.history import JobHistory
from composer.jobs.state import JobRecord, JobState
from composer.projectfile import save_project
from composer.projectfile.recovery import RecoveryStore
from tests.core.reliability.figures import Figure
from tests.support.builders import valid_project


@dataclass(frozen=True)
class Event:
    kind: str  # "fsync" or "replace"
    inode: int
    is_dir: bool = False
    target: str = ""


@contextlib.contextmanager
def fsync_spy() -> Iterator[list[Event]]:
    """Record every fsync (of which inode, file or folder) and replace (which inode became
    which path), in order."""
    events: list[Event] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        info = os.fstat(fd)
        events.append(Event("fsync", info.st_ino, stat.S_ISDIR(info.st_mode)))
        real_fsync(fd)

    def replace(src, dst, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        events.append(Event("replace", os.stat(src).st_ino, target=str(dst)))
        real_replace(src, dst, *args, **kwargs)

    os.fsync, os.replace = fsync, replace  # type: ignore[assignment]
    try:
        yield events
    finally:
        os.fsync, os.replace = real_fsync, real_replace  # type: ignore[assignment]


def check(save: Callable[[], None], target: Path) -> tuple[bool, bool]:
    """Run `save`; (the new file was fsynced before it replaced `target`, the folder was
    fsynced after that replace, before `save` returned)."""
    with fsync_spy() as events:
        save()
    replaced = [i for i, e in enumerate(events) if e.kind == "replace" and e.target == str(target)]
    if not replaced:
        return False, False
    at = replaced[-1]
    inode = events[at].inode
    folder = target.parent.stat().st_ino
    file_first = any(e.kind == "fsync" and e.inode == inode for e in events[:at])
    folder_after = any(
        e.kind == "fsync" and e.is_dir and e.inode == folder for e in events[at + 1 :]
    )
    return file_first, folder_after


def _writers(root: Path) -> list[tuple[str, Callable[[], None], Path]]:
    project = valid_project(3)
    store = RecoveryStore(root / "recovery")
    history = JobHistory(root / "jobs.json")
    record = JobRecord.new("T", "http://127.0.0.1:1", root)
    path = root / "p.scene.json"
    return [
        ("project save", lambda: save_project(project, path), path),
        ("project save over a file", lambda: save_project(project, path), path),
        ("autosave", lambda: store.write(project, path), store.autosave_path),
        ("job history", lambda: history.save(record), history.path),
        (
            "job history update",
            lambda: history.save(record.moved(JobState.QUEUED, video_id="v")),
            history.path,
        ),
    ]


def run() -> Figure:
    unsynced_files = unsynced_folders = 0
    notes = []
    with tempfile.TemporaryDirectory() as folder:
        writers = _writers(Path(folder))
        for name, save, target in writers:
            file_first, folder_after = check(save, target)
            unsynced_files += not file_first
            unsynced_folders += not folder_after
            if not (file_first and folder_after):
                notes.append(f"{name}: file fsynced {file_first}, folder fsynced {folder_after}")
    figure = Figure(
        "durability",
        {
            "saves watched": len(writers),
            "replaced before the file was fsynced": unsynced_files,
            "done before the folder was fsynced": unsynced_folders,
        },
        must_be_zero=("replaced before the file was fsynced", "done before the folder was fsynced"),
    )
    figure.notes.extend(notes)
    return figure
