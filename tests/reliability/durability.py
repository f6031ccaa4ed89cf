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

from composer.heygen.client import HeyGenClient
from composer.jobs.history import JobHistory
from composer.jobs.state import JobRecord, JobState
from composer.projectfile import save_project
from composer.projectfile.recovery import RecoveryStore
from composer.settings.preferences import Preferences, save_preferences
from composer.storage.atomic import backup_path
from tests.reliability.figures import Figure
from tests.support.builders import valid_project
from tests.support.hostile_server import HostileServer


@dataclass(frozen=True)
class Event:
    kind: str  # "fsync" or "replace"
    inode: int
    is_dir: bool = False
    target: str = ""
    source: str = ""


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
        events.append(Event("replace", os.stat(src).st_ino, target=str(dst), source=str(src)))
        real_replace(src, dst, *args, **kwargs)

    os.fsync, os.replace = fsync, replace  # type: ignore[assignment]
    try:
        yield events
    finally:
        os.fsync, os.replace = real_fsync, real_replace  # type: ignore[assignment]


def check(save: Callable[[], None], target: Path) -> tuple[bool, bool, bool]:
    """Run `save`; (`target` was put in place by a rename from another name, the new file
    was fsynced before it replaced `target`, the folder was fsynced after that replace,
    before `save` returned)."""
    with fsync_spy() as events:
        save()
    replaced = [i for i, e in enumerate(events) if e.kind == "replace" and e.target == str(target)]
    if not replaced:
        return False, False, False
    at = replaced[-1]
    inode = events[at].inode
    folder = target.parent.stat().st_ino
    renamed = events[at].source != str(target)
    file_first = any(e.kind == "fsync" and e.inode == inode for e in events[:at])
    folder_after = any(
        e.kind == "fsync" and e.is_dir and e.inode == folder for e in events[at + 1 :]
    )
    return renamed, file_first, folder_after


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
        ("preferences", lambda: save_preferences(Preferences(), root / "prefs.json"),
         root / "prefs.json"),
        ("video download", lambda: _download(root / "videos" / "v.mp4"), root / "videos" / "v.mp4"),
    ]  # fmt: skip


def _download(dest: Path) -> None:
    """A video downloaded as the job runner does (HeyGenClient.download, over loopback)."""
    with HostileServer() as server:
        HeyGenClient("sk-durability", base_url=server.base_url).download(
            server.base_url + "/files/v.mp4", dest
        )


def _backup(root: Path) -> tuple[str, Callable[[], None], Path]:
    """A save over a file keeps the old one as NAME.bak: put in place by a rename too."""
    path = root / "b.scene.json"
    save_project(valid_project(1), path)
    return ("backup of the previous file", lambda: save_project(valid_project(2), path),
            backup_path(path))  # fmt: skip


def run() -> Figure:
    not_renamed = unsynced_files = unsynced_folders = 0
    notes = []
    with tempfile.TemporaryDirectory() as folder:
        writers = _writers(Path(folder))
        for name, save, target in writers:
            renamed, file_first, folder_after = check(save, target)
            not_renamed += not renamed
            unsynced_files += not file_first
            unsynced_folders += not folder_after
            if not (renamed and file_first and folder_after):
                notes.append(
                    f"{name}: renamed into place {renamed}, file fsynced {file_first}, "
                    f"folder fsynced {folder_after}"
                )
        name, save, target = _backup(Path(folder))
        renamed = check(save, target)[0]  # a hard link of a file already on disk
        not_renamed += not renamed
        if not renamed:
            notes.append(f"{name}: written in place")
    figure = Figure(
        "durability",
        {
            "saves watched": len(writers) + 1,
            "written in place": not_renamed,
            "replaced before the file was fsynced": unsynced_files,
            "done before the folder was fsynced": unsynced_folders,
        },
        must_be_zero=(
            "written in place",
            "replaced before the file was fsynced",
            "done before the folder was fsynced",
        ),
    )
    figure.notes.extend(notes)
    return figure
