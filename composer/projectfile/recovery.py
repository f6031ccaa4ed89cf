"""Crash recovery: an autosave copy plus a session marker, in the app's data folder.

At start the app asks `pending()`: if the last session never marked a clean exit and
left an autosave, the user is offered that work back. Autosaves go to this folder only,
never over the user's own file (so a file that failed to load is never overwritten).

An autosave is taken in two steps so that the disk work can leave the GUI thread:
`snapshot` (the bytes, made where the project lives) and `write_snapshot` (any thread).
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from composer.model.project import Project
from composer.projectfile.errors import ProjectFileError
from composer.projectfile.format import project_to_document
from composer.projectfile.io import load_project
from composer.settings.paths import data_dir
from composer.storage.atomic import compact_json, write_atomic, write_json_atomic


@dataclass(frozen=True)
class RecoverySnapshot:
    """An autosave's two files, as bytes: nothing in it changes with later edits."""

    project: bytes
    meta: bytes


@dataclass(frozen=True)
class RecoveryInfo:
    project: Project
    source_path: Path | None  # the file the work came from; None for an unsaved project
    saved_at: float  # seconds since the epoch


INSTANCES = "instances"
"""Below the recovery folder: one folder per further running instance of the app."""


class RecoveryStore:
    """The recovery folder is the first running instance's; each instance started while
    another runs keeps its autosave in `instances/<pid>/`, so two windows (processes) never
    overwrite each other's recovery copy, and a crashed one's work is offered at the next
    start wherever it was kept."""

    def __init__(self, folder: Path | None = None) -> None:
        self.root = folder or data_dir() / "recovery"
        self.folder = self.root

    @property
    def autosave_path(self) -> Path:
        return self.folder / "autosave.scene.json"

    @property
    def _meta_path(self) -> Path:
        return self.folder / "autosave-info.json"

    @property
    def _session_path(self) -> Path:
        return self.folder / "session.json"

    def mark_session_start(self) -> None:
        """This instance's session begins: in the folder of the work just offered (a gone
        instance's: its copy stays until this one autosaves), else in the recovery folder,
        or its own folder if another instance runs there."""
        if self.folder == self.root or _owned_by_another(self.folder):
            own = self.root / INSTANCES / str(os.getpid())
            self.folder = own if _owned_by_another(self.root) else self.root
        write_json_atomic(
            self._session_path, {"pid": os.getpid(), "clean": False, "started_at": time.time()}
        )

    def mark_clean_exit(self) -> None:
        self.discard()
        if self.folder != self.root:  # a further instance's folder goes with it
            with contextlib.suppress(OSError):
                self._session_path.unlink()
                self.folder.rmdir()
            return
        write_json_atomic(
            self._session_path, {"pid": os.getpid(), "clean": True, "ended_at": time.time()}
        )

    def snapshot(self, project: Project, source_path: Path | None) -> RecoverySnapshot:
        document = project_to_document(project, self.folder.absolute())
        meta = {"source_path": str(source_path) if source_path else None, "saved_at": time.time()}
        return RecoverySnapshot(compact_json(document), compact_json(meta))

    def write_snapshot(self, snapshot: RecoverySnapshot) -> None:
        write_atomic(self.autosave_path, snapshot.project, backup=True)
        write_atomic(self._meta_path, snapshot.meta)

    def write(self, project: Project, source_path: Path | None) -> None:
        self.write_snapshot(self.snapshot(project, source_path))

    def pending(self) -> RecoveryInfo | None:
        """Work left by a session that did not exit cleanly (and is no longer running), in
        the recovery folder or an instance's; the store then works on that folder (so
        `discard` removes that work)."""
        for folder in [self.root, *sorted((self.root / INSTANCES).glob("*"))]:
            self.folder = folder
            info = self._pending_here()
            if info is not None:
                return info
        self.folder = self.root
        return None

    def _pending_here(self) -> RecoveryInfo | None:
        session = _read(self._session_path)
        if session.get("clean", True) or _alive(session.get("pid")):
            return None
        if not self.autosave_path.exists():
            return None
        meta = _read(self._meta_path)
        try:
            project = load_project(self.autosave_path)
        except ProjectFileError:
            return None
        source = meta.get("source_path")
        return RecoveryInfo(
            project,
            Path(source) if source else None,
            float(meta.get("saved_at") or self.autosave_path.stat().st_mtime),
        )

    def discard(self) -> None:
        for path in (
            self.autosave_path,
            self._meta_path,
            self.autosave_path.with_name(self.autosave_path.name + ".bak"),
        ):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _owned_by_another(folder: Path) -> bool:
    """Whether another running instance has its session in `folder`."""
    session = _read(folder / "session.json")
    return not session.get("clean", True) and _alive(session.get("pid"))


def _alive(pid: object) -> bool:
    """Whether another running process owns the marker (then its work is not ours)."""
    if not isinstance(pid, int) or pid == os.getpid() or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
