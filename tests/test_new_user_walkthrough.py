"""What a new user's walk-through found: stray windows at start, Redo keys, dead undo
steps, a silent Ctrl+Enter, dialogs starting in the app's folder, the practice server."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from composer.jobs.state import JobRecord
from composer.model.validate import Problem
from composer.settings.preferences import SANDBOX, Preferences
from composer.ui.dialogs.prompts import SaveChoice
from composer.ui.main_window import MainWindow
from composer.ui.panels.problems_list import ProblemsList
from composer.ui.widgets.folders import documents
from tests.support.builders import valid_project


class WindowSpy(QObject):
    """Records every widget shown as a window of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
        if shown and watched.isWindow():  # type: ignore[attr-defined]
            self.shown.append(f"{type(watched).__name__}:{watched.objectName()}")
        return False


def _window(qtbot: QtBot, preferences: Preferences | None = None) -> MainWindow:
    window = MainWindow(preferences=preferences)
    qtbot.addWidget(window)
    window.files.ask_save_changes = lambda: SaveChoice.DISCARD  # type: ignore[method-assign]
    window.show()
    qtbot.waitExposed(window)
    window.files.load(valid_project(2), None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_nothing_but_the_main_window_is_shown_at_start(qtbot: QtBot) -> None:
    spy = WindowSpy()
    QApplication.instance().installEventFilter(spy)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.inspector.fully_built)
        qtbot.wait(50)
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert spy.shown == ["MainWindow:mainWindow"]
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [window]


@pytest.mark.parametrize("keys", ["Ctrl+Y", "Ctrl+Shift+Z"])
def test_both_redo_shortcuts_redo(qtbot: QtBot, keys: str) -> None:
    window = _window(qtbot)
    assert QKeySequence(keys) in window.action_redo.shortcuts()
    window.edits.set_values(0, {"name": "Renamed"}, "Rename scene")
    window.stack.undo()
    assert window.doc.scenes[0].name != "Renamed"
    window.scene_view.setFocus()
    sequence = QKeySequence(keys)[0]
    qtbot.keyClick(window.scene_view, sequence.key(), sequence.keyboardModifiers())
    assert window.doc.scenes[0].name == "Renamed"


def test_a_text_fields_own_undo_leaves_no_dead_step(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.inspector.show_panel("projectPanel")
    title = window.inspector.findChild(QWidget, "field:title").findChild(QLineEdit)
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Launch")
    assert window.stack.count() == 1
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the field's
    assert title.text() == "Test"
    assert window.doc.project.title == "Test"
    assert window.stack.count() == 0 and not window.action_undo.isEnabled()


def test_ctrl_enter_with_problems_says_why_and_goes_to_the_problem(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.inspector.show_panel("voicePanel")
    window.edits.set_values(1, {"voice.input_text": ""}, "Clear script")
    window.validation.run_now()
    assert not window.submitting.action_submit.isEnabled()
    window.scene_view.setFocus()
    qtbot.keyClick(window.scene_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Script is empty" in window.statusBar().currentMessage()
    assert window.current_row() == 1
    script = window.inspector.findChild(QWidget, "field:voice.input_text")
    assert script.findChild(QPlainTextEdit).hasFocus()


def test_save_as_and_browse_start_in_documents_for_a_new_project(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = _window(qtbot)
    starts: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _w, _t, start, _f: starts.append(start) or ("", "")
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda _w, _t, start, _f: starts.append(start) or ("", "")
    )
    window.files.save_as()
    window.inspector.show_panel("backgroundPanel")
    window.edits.set_values(0, {"background.type": "image", "background.value": None}, "Image")
    picker = window.inspector.findChild(QWidget, "field:background.local_file")
    picker.findChild(QWidget, "browseButton").click()
    assert [Path(s) for s in starts] == [documents() / "Test.scene.json", documents()]
    saved = tmp_path / "work" / "ad.scene.json"
    saved.parent.mkdir()
    window.files.write(saved)
    picker.findChild(QWidget, "browseButton").click()
    assert Path(starts[-1]) == saved.parent


def test_the_practice_server_is_named_on_submit_and_in_jobs(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, Preferences(endpoint=SANDBOX, download_dir=str(tmp_path)))
    assert window.submitting.action_submit.iconText() == "Send to practice server"
    dialog = window.submitting.confirm_submit_dialog()
    assert "Practice server (no credits)" in [label.text() for label in dialog.findChildren(QLabel)]
    height = window.jobs_dock.height()
    for n in range(3):
        record = JobRecord.new(f"Video {n}", "http://127.0.0.1:9/", tmp_path)
        window.job_controller.job_added.emit(record)
    row = next(iter(window.jobs.rows.values()))
    assert "· Practice server (no credits)" in row.state.text()  # (and "followed in another
    # window": this window runs none of these jobs)
    qtbot.waitUntil(lambda: window.jobs_dock.height() > height)


def test_long_problem_lines_wrap_to_the_list_width(qtbot: QtBot) -> None:
    problems = ProblemsList()
    qtbot.addWidget(problems)
    problems.resize(380, 200)
    problems.show()
    long = "Script is 6,000 characters; HeyGen refuses scripts over 5,000. Split it. " * 2
    problems.show_problems([Problem("error", 0, "voice.input_text", long)])
    wide = problems.visualItemRect(problems.item(0))
    problems.resize(220, 200)
    qtbot.waitUntil(lambda: problems.visualItemRect(problems.item(0)).height() > wide.height())
    assert problems.visualItemRect(problems.item(0)).right() <= problems.viewport().width()
