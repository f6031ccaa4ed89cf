"""The recovery store: offered after a crash, not after a clean exit or while running."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from composer.projectfile import load_project
from composer.projectfile.recovery import RecoveryStore
from tests.support.builders import valid_project


def test_after_a_crash_the_autosave_is_offered(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    store.mark_session_start()
    project = valid_project(2)
    store.write(project, tmp_path / "mine.scene.json")
    # A new process would find the marker still "not clean":
    info = RecoveryStore(tmp_path).pending()
    assert info is not None
    assert info.project == project
    assert info.source_path == tmp_path / "mine.scene.json"


def test_after_a_clean_exit_nothing_is_offered(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    store.mark_session_start()
    store.write(valid_project(), None)
    store.mark_clean_exit()
    assert RecoveryStore(tmp_path).pending() is None
    assert not store.autosave_path.exists()


def test_a_running_instance_keeps_its_work(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    store.write(valid_project(), None)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (tmp_path / "session.json").write_text(json.dumps({"pid": other.pid, "clean": False}))
        assert store.pending() is None
    finally:
        other.kill()
        other.wait()
    assert store.pending() is not None  # that process is gone now


def test_a_damaged_autosave_is_not_offered(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    store.mark_session_start()
    store.write(valid_project(), None)
    store.autosave_path.write_text("{")
    assert store.pending() is None


def test_a_second_instance_keeps_its_own_copy_and_a_crashed_ones_work_is_offered(
    tmp_path: Path,
) -> None:
    """Another instance runs (its session in the recovery folder): this one autosaves in a
    folder of its own, never over the other's copy; after this one crashes, the next start
    offers its work, and declining it leaves the other's copy alone."""
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        first = RecoveryStore(tmp_path)
        first.write(valid_project(1), None)  # the running instance's work
        (tmp_path / "session.json").write_text(json.dumps({"pid": other.pid, "clean": False}))
        mine = RecoveryStore(tmp_path)
        assert mine.pending() is None  # the other's work is not ours to offer
        mine.mark_session_start()
        two = valid_project(2)
        two.title = "Second window"
        mine.write(two, None)
        assert mine.folder != tmp_path
        assert load_project(first.autosave_path).title != "Second window"  # not overwritten
    finally:
        other.kill()
        other.wait()
    # this instance crashes too (its session never marked clean, its process gone)
    (mine.folder / "session.json").write_text(json.dumps({"pid": other.pid, "clean": False}))
    offered = RecoveryStore(tmp_path)
    info = offered.pending()  # the first folder's session (gone) comes first
    assert info is not None and len(info.project.scenes) == 1
    offered.discard()
    again = RecoveryStore(tmp_path).pending()
    assert again is not None and again.project.title == "Second window"
