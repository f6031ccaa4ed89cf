"""Two windows on one project: a file changed on disk since this window read or saved it is
found before saving, and the user chooses: reload, keep mine, or save as."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from composer.model.document import PROJECT
from composer.projectfile import load_project, save_project
from composer.ui.main_window import MainWindow
from tests.support.builders import valid_project
from tests.support.editor_window import shown_window
from tests.support.message_boxes import answer


def retitle(window: MainWindow, title: str) -> None:
    window.edits.set_values(PROJECT, {"title": title}, "Title")


@pytest.fixture
def two_windows(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, MainWindow, Path]:
    path = tmp_path / "shared.scene.json"
    save_project(valid_project(2), path)
    first, second = (shown_window(qtbot, MainWindow()) for _ in range(2))
    for window in (first, second):
        assert window.files.open_path(path)
    retitle(second, "From the other window")
    assert second.files.save()  # nothing changed under it: no question
    return first, second, path


def test_saving_over_a_file_changed_elsewhere_asks_and_keep_mine_overwrites(
    two_windows: tuple[MainWindow, MainWindow, Path], artifacts_dir: Path
) -> None:
    first, _second, path = two_windows
    retitle(first, "Mine")
    seen: list[str] = []
    answer("Keep mine", seen, artifacts_dir / "disk-changed-prompt.png")
    assert first.files.save()
    assert [line.split(":")[0] for line in seen] == ["diskChangedBox"]
    assert "shared" in seen[0] and "changed on disk" in seen[0]
    assert load_project(path).title == "Mine"
    retitle(first, "Mine again")
    assert first.files.save() and len(seen) == 1  # its own save is not a change elsewhere


def test_reload_shows_the_other_version_and_writes_nothing(
    two_windows: tuple[MainWindow, MainWindow, Path],
) -> None:
    first, _second, path = two_windows
    retitle(first, "Mine")
    seen: list[str] = []
    answer("Reload", seen)
    assert not first.files.save()
    assert first.doc.project.title == "From the other window"
    assert not first.files.is_modified()
    assert load_project(path).title == "From the other window"


def test_save_as_keeps_both_and_cancel_keeps_the_file(
    two_windows: tuple[MainWindow, MainWindow, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, _second, path = two_windows
    retitle(first, "Mine")
    seen: list[str] = []
    answer("Cancel", seen)
    assert not first.files.save()
    assert load_project(path).title == "From the other window" and first.files.is_modified()
    mine = tmp_path / "mine.scene.json"
    ask: Callable[..., tuple[str, str]] = lambda *_a: (str(mine), "")  # noqa: E731
    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    answer("Save as…", seen)
    assert first.files.save()
    assert load_project(mine).title == "Mine" and first.files.path == mine
    assert load_project(path).title == "From the other window"
