"""Every save error reaches the user: read-only files are refused (not replaced), symlinks
are followed, concurrent saves leave no temporary files, a project too deep to be written
is refused at open, and Save, Save As and autosave say what failed and what to do."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from composer.projectfile import ProjectFileError, load_any, load_project, save_project
from tests.support.builders import valid_project
from tests.test_main_window import answer_next_box, make_window


def test_a_read_only_file_is_refused_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "locked.scene.json"
    save_project(valid_project(1), path)
    before = path.read_bytes()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    with pytest.raises(PermissionError, match="read-only"):
        save_project(valid_project(2), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked.scene.json"]


def test_saving_through_a_symlink_writes_its_target(tmp_path: Path) -> None:
    real = tmp_path / "real" / "p.scene.json"
    real.parent.mkdir()
    save_project(valid_project(1), real)
    link = tmp_path / "link.scene.json"
    link.symlink_to(real)
    save_project(valid_project(3), link)
    assert link.is_symlink() and link.resolve() == real
    assert len(load_project(real).scenes) == 3


SAVER = """
import sys
from pathlib import Path
from composer.projectfile import save_project
from tests.support.builders import valid_project
for i in range(25):
    save_project(valid_project(1 + i % 4), Path(sys.argv[1]))
"""


def test_concurrent_saves_leave_one_whole_file_and_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "shared.scene.json"
    save_project(valid_project(1), path)
    others = [
        subprocess.Popen([sys.executable, "-c", SAVER, str(path)], env=dict(os.environ))
        for _ in range(2)
    ]
    errors: list[BaseException] = []

    def save_many(count: int) -> None:
        try:
            for i in range(25):
                save_project(valid_project(count + i % 3), path)
        except BaseException as exc:  # a thread's failure must fail the test
            errors.append(exc)

    threads = [threading.Thread(target=save_many, args=(n,)) for n in (1, 2, 3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [p.wait(timeout=120) for p in others] == [0, 0]
    assert errors == []
    assert load_project(path).scenes
    load_project(path.with_name(path.name + ".bak"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "shared.scene.json",
        "shared.scene.json.bak",
    ]


def _deep(depth: int) -> object:
    value: object = []
    for _ in range(depth):
        value = [value]
    return value


def test_a_project_too_deep_to_save_is_refused_at_open(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    body = {"video_inputs": [], "notes": _deep(400)}
    path.write_text(json.dumps(body), "utf-8")
    with pytest.raises(ProjectFileError, match="nested more than 100 levels deep"):
        load_any(path)


def test_save_tells_what_failed_and_what_to_do(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.scene.json"
    save_project(valid_project(2), path)
    path.chmod(stat.S_IRUSR)
    before = path.read_bytes()
    window = make_window(qtbot)
    assert window.files.open_path(path)
    window.scene_actions.action_duplicate.trigger()
    seen: list[str] = []
    answer_next_box("OK", seen)
    assert window.files.save() is False
    assert "read-only" in seen[0] and "Save As" in seen[0]
    assert path.read_bytes() == before

    # Save As of a project holding a value too deep to write (made in the app, not opened)
    window.doc.project.extra["notes"] = _deep(5000)
    target = tmp_path / "copy.scene.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    answer_next_box("OK", seen)
    window.files.action_save_as.trigger()
    assert "nested too deeply" in seen[1] and "Save As" in seen[1]
    assert not target.exists() and window.isWindowModified()


def test_autosave_failures_are_told(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, valid_project(2))
    window.files.recovery.folder.parent.mkdir(parents=True, exist_ok=True)
    window.files.recovery.folder.write_text("a file where the recovery folder should be")
    window.scene_actions.action_duplicate.trigger()
    window.files.autosave()
    qtbot.waitUntil(lambda: "Autosave failed" in window.statusBar().currentMessage())
    assert "Ctrl+S" in window.statusBar().currentMessage()
    window.files.recovery.folder.unlink()  # so that the window can close cleanly
