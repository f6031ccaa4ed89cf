"""The main window as a user meets it: keyboard, problems, submit, files, recovery, limits.

Message boxes are answered by clicking their buttons (`answer_next_box`); file dialogs
are replaced by their answers (native dialogs cannot be driven offscreen).
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from composer.model.project import MAX_SCENES, Dimension, Project
from composer.model.request import build_request
from composer.projectfile import load_project, save_project
from composer.projectfile.recovery import RecoveryStore
from composer.resources import example_project
from composer.settings.preferences import load_preferences, preferences_path
from composer.ui.controllers.files import STRUCTURE_AUTOSAVE_MS
from composer.ui.dialogs.prompts import SaveChoice
from composer.ui.dialogs.submit_dialog import SubmitDialog
from composer.ui.main_window import MainWindow
from composer.ui.widgets.style import apply_style
from tests.support.builders import valid_project, valid_scene
from tests.support.paint_counter import PaintCounter

REPO = Path(__file__).resolve().parent.parent


def make_window(qtbot: QtBot, project: Project | None = None) -> MainWindow:
    apply_style(QApplication.instance())  # type: ignore[arg-type]
    window = MainWindow()
    qtbot.addWidget(window)
    # Closing at the end of the test must not stop on the "save changes?" question.
    window.files.ask_save_changes = lambda: SaveChoice.DISCARD  # type: ignore[method-assign]
    window.show()
    qtbot.waitExposed(window)
    if project is not None:
        window.files.load(project, None)
    return window


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    return make_window(qtbot, valid_project(3))


def answer_next_box(button_text: str, seen: list[str] | None = None) -> None:
    """Click `button_text` in the next modal box that opens (recording its text in `seen`)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, click)
            return
        if seen is not None:
            texts = [box.windowTitle()]
            if isinstance(box, QMessageBox):
                texts += [box.text(), box.informativeText()]
            seen.append("\n".join(texts))
        for button in box.findChildren(QAbstractButton):
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no {button_text!r} button in {box}")

    QTimer.singleShot(0, click)


def request(window: MainWindow) -> dict[str, Any]:
    return build_request(window.doc.project)


def names(window: MainWindow) -> list[str]:
    return [s.name for s in window.doc.scenes]


# ---------------------------------------------------------------- structure
def test_parts_actions_and_shortcuts(window: MainWindow, qtbot: QtBot) -> None:
    for name in (
        "problemsList",
        "jobsPanel",
        "avatarPanel",
        "voicePanel",
        "backgroundPanel",
        "textPanel",
        "projectPanel",
        "sceneList",
    ):  # the hidden tabs' panels are built just after the first paint
        qtbot.waitUntil(lambda name=name: window.findChild(QWidget, name) is not None)
    keys = {
        "actionNew": QKeySequence.StandardKey.New,
        "actionOpen": QKeySequence.StandardKey.Open,
        "actionSave": QKeySequence.StandardKey.Save,
        "actionSaveAs": QKeySequence.StandardKey.SaveAs,
        "actionUndo": QKeySequence.StandardKey.Undo,
        "actionRedo": QKeySequence.StandardKey.Redo,
        "actionDelete": QKeySequence.StandardKey.Delete,
    }
    for name, key in keys.items():
        assert window.findChild(type(window.files.action_new), name).shortcut() == QKeySequence(key)
    for name, text in (
        ("actionDuplicate", "Ctrl+D"),
        ("actionSubmit", "Ctrl+Return"),
        ("actionMoveUp", "Ctrl+Up"),
        ("actionMoveDown", "Ctrl+Down"),
    ):
        assert window.findChild(type(window.files.action_new), name).shortcut() == QKeySequence(
            text
        )
    assert (
        window.findChild(type(window.files.action_new), "actionAddScene")
        is window.scene_actions.action_add
    )


def test_status_bar_sums_up_scenes_length_and_size(window: MainWindow) -> None:
    summary = window.findChild(QLabel, "projectSummary")
    assert summary.text().startswith("3 scenes · ")
    assert summary.text().endswith("1920 × 1080 (16:9)")
    before = summary.text()
    window.edits.set_values(0, {"character.offset.x": 0.3}, "Move avatar")
    assert summary.text() == before  # the layout does not change the length
    words = " ".join(["word"] * 300)  # two minutes at 150 words a minute
    window.edits.set_values(0, {"voice.input_text": words}, "Change script")
    assert summary.text() != before
    window.scenes.add()
    assert summary.text().startswith("4 scenes · ")


def test_a_scene_card_is_drawn_again_only_when_its_scene_changes(
    window: MainWindow, qtbot: QtBot
) -> None:
    model = window.scene_model

    def card(row: int) -> QImage:
        return model.data(model.index(row), Qt.ItemDataRole.DecorationRole).toImage()

    first, second = card(0), card(1)
    window.edits.set_values(0, {"background.value": "#FF0000"}, "Change colour")
    qtbot.waitUntil(lambda: card(0) != first)  # at the next refresh of the cards
    assert card(1) == second
    centre = card(0).pixelColor(2, 2)
    assert (centre.red(), centre.green(), centre.blue()) == (255, 0, 0)
    window.stack.undo()
    qtbot.waitUntil(lambda: card(0) == first)


def test_moving_the_shown_scene_keeps_the_preview_as_it_is(
    window: MainWindow, qtbot: QtBot
) -> None:
    counter = PaintCounter()
    window.preview.installEventFilter(counter)
    window.scenes.select([0])
    qtbot.wait(50)
    painted = counter.count
    shown = window.doc.scenes[0]
    window.scene_model.move_rows([0], 3)  # dropped at the end of the list
    assert window.current_row() == 2 and window.doc.scenes[2] is shown
    qtbot.wait(50)
    assert counter.count == painted
    window.scenes.select([0])  # another scene: the preview shows it
    qtbot.waitUntil(lambda: counter.count > painted, timeout=2000)


def test_title_shows_name_and_unsaved_mark(window: MainWindow, qtbot: QtBot) -> None:
    assert window.windowTitle() == "Test[*] — Scene Composer"
    assert not window.isWindowModified()
    window.scene_view.setFocus()
    qtbot.keyClick(window.scene_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.isWindowModified()
    window.action_undo.trigger()
    assert not window.isWindowModified()


# ---------------------------------------------------------------- keyboard moves + undo
def test_ctrl_up_down_move_scenes_and_undo_redo_restore_exactly(
    window: MainWindow, qtbot: QtBot
) -> None:
    before = request(window)
    view = window.scene_view
    window.scenes.select([2])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert names(window) == ["S3", "S1", "S2"]
    assert window.current_row() == 0
    assert not window.scene_actions.action_move_up.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names(window) == ["S1", "S3", "S2"]
    assert window.action_undo.text() == "Undo Move scene"
    moved = request(window)
    for _ in range(3):
        window.action_undo.trigger()
    assert request(window) == before
    for _ in range(3):
        window.action_redo.trigger()
    assert request(window) == moved


def test_undo_action_names_the_field(window: MainWindow, qtbot: QtBot) -> None:
    window.inspector.show_panel("voicePanel")
    script = window.inspector.findChild(QWidget, "field:voice.input_text").findChild(QPlainTextEdit)
    qtbot.keyClicks(script, " Welcome")
    assert window.action_undo.text() == "Undo Change script"
    assert window.stack.count() == 1  # every keystroke merged into one step


# ---------------------------------------------------------------- problems and submit
def test_problem_disables_submit_and_fixing_it_enables_it(window: MainWindow, qtbot: QtBot) -> None:
    assert window.submitting.action_submit.isEnabled()
    window.scenes.select([1])
    window.inspector.show_panel("voicePanel")
    script = window.inspector.findChild(QWidget, "field:voice.input_text").findChild(QPlainTextEdit)
    script.selectAll()
    qtbot.keyClick(script, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not window.submitting.action_submit.isEnabled(), timeout=2000)
    tip = window.submitting.action_submit.toolTip()
    assert tip.startswith("Fix 1 problem first:")
    assert "Scene 2 · Script is empty" in tip
    problems = window.problems.problems()
    assert [(p.scene_number, p.field) for p in problems] == [(2, "voice.input_text")]
    editor = window.inspector.findChild(QWidget, "field:voice.input_text")
    message = editor.parentWidget().findChild(QLabel, "fieldMessage")
    assert message.isVisible() and "Script is empty" in message.text()
    assert editor.level == "error"
    qtbot.keyClicks(script, "Back again.")
    qtbot.waitUntil(window.submitting.action_submit.isEnabled, timeout=2000)
    assert not message.isVisible()


def test_clicking_a_problem_selects_the_scene_and_focuses_the_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.doc.scenes[2].voice.speed = 3.0
    window.validation.run_now()
    item = window.problems.item(0)
    window.activateWindow()
    rect = window.problems.visualItemRect(item)
    qtbot.mouseClick(window.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_row() == 2
    assert window.inspector.tabs.currentWidget().widget().objectName() == "voicePanel"
    editor = window.inspector.findChild(QWidget, "field:voice.speed")
    assert QApplication.focusWidget() is editor.control
    assert editor.level == "error"


def test_submit_confirms_then_hands_the_project_to_the_jobs_panel(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[dict[str, Any], str]] = []
    monkeypatch.setattr(
        window.jobs,
        "submit",
        lambda project, title, _uploads: sent.append((build_request(project), title)),
    )
    seen: list[str] = []

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SubmitDialog)
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        dialog.title_field.setText("Spring launch")
        dialog.submit_button.click()

    QTimer.singleShot(0, confirm)
    window.submitting.action_submit.trigger()
    assert sent == [(request(window), "Spring launch")]
    assert "3 scenes" in seen[0] and "1920 × 1080 (16:9)" in seen[0]


# ---------------------------------------------------------------- files
def test_save_close_reopen_gives_an_equal_project(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.doc.scenes[1].name = "Middle"
    window.doc.project.dimension = Dimension(1080, 1920)
    target = tmp_path / "launch"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    window.files.action_save_as.trigger()
    saved = tmp_path / "launch.scene.json"
    assert window.files.path == saved and saved.is_file()
    assert window.windowTitle() == "launch[*] — Scene Composer"
    body, scene_names = request(window), names(window)
    window.close()
    again = make_window(qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(saved), ""))
    again.files.action_open.trigger()
    assert request(again) == body and names(again) == scene_names
    assert not again.isWindowModified()
    assert str(saved) in again.preferences.recent_files


def test_closing_with_unsaved_changes_asks(window: MainWindow, qtbot: QtBot) -> None:
    del window.files.ask_save_changes  # use the real message box
    window.scenes.add()
    seen: list[str] = []
    answer_next_box("Cancel", seen)
    assert not window.close()
    assert "Save the changes" in seen[0]
    answer_next_box("Don't save")
    assert window.close()


def test_a_file_that_cannot_be_opened_leaves_the_project_untouched(
    window: MainWindow, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.scene.json"
    broken.write_text('{"format": "scene-composer-project", "version": 1, "scenes": [')
    before = copy.deepcopy(window.doc.project)
    seen: list[str] = []
    answer_next_box("OK", seen)
    assert not window.files.open_file(broken)
    assert "broken.scene.json" in seen[0] and "line 1" in seen[0]
    assert window.doc.project == before and window.files.path is None


def test_raw_request_body_opens_as_an_unsaved_import(window: MainWindow, tmp_path: Path) -> None:
    body = build_request(valid_project(2))
    raw = tmp_path / "body.json"
    raw.write_text(json.dumps(body))
    assert window.files.open_file(raw)
    assert request(window) == body
    assert window.files.path is None  # Save asks where to keep it as a project


def test_dropping_a_file_on_the_window_opens_it(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "two.scene.json"
    save_project(valid_project(2), path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    at, buttons, mods = QPointF(700, 300), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    target = window.childAt(at.toPoint())  # the preview: it passes file drops to the window
    local = target.mapFrom(window, at.toPoint())
    for event in (
        QDragEnterEvent(local, Qt.DropAction.CopyAction, mime, buttons, mods),
        QDropEvent(QPointF(local), Qt.DropAction.CopyAction, mime, buttons, mods),
    ):
        QApplication.sendEvent(target, event)
    assert len(window.doc) == 2 and window.files.path == path


def test_new_project_has_one_scene(window: MainWindow) -> None:
    answer_next_box("Create")  # the gallery opens on Blank
    window.files.action_new.trigger()
    assert len(window.doc) == 1 and window.files.path is None
    assert window.windowTitle() == "Untitled[*] — Scene Composer"


# ---------------------------------------------------------------- autosave and recovery
def test_structural_changes_autosave_soon_and_off_the_gui_thread(
    window: MainWindow, qtbot: QtBot
) -> None:
    store = window.files.recovery
    assert not store.autosave_path.exists()
    window.scenes.add()
    window.scenes.add()  # a burst of structural changes: one autosave
    with qtbot.waitSignal(window.files.autosaved, timeout=5000) as written:
        pass
    assert load_project(store.autosave_path).scenes[4].id == window.doc.scenes[4].id
    assert load_project(store.autosave_path).scenes == window.doc.scenes
    with qtbot.assertNotEmitted(window.files.autosaved, wait=STRUCTURE_AUTOSAVE_MS * 2):
        pass
    assert written.signal_triggered


def test_crash_recovery_is_offered_and_restores(qtbot: QtBot, tmp_path: Path) -> None:
    crashed = valid_project(2)
    crashed.scenes[0].name = "Unsaved work"
    store = RecoveryStore()
    store.mark_session_start()  # a session that never marked a clean exit...
    store.write(crashed, tmp_path / "launch.scene.json")  # ...and left an autosave
    window = make_window(qtbot)
    seen: list[str] = []
    answer_next_box("Restore", seen)
    window.files.start()
    assert "closed unexpectedly" in seen[0] and "launch.scene.json" in seen[0]
    assert names(window) == ["Unsaved work", "S2"]
    assert request(window) == build_request(crashed)
    assert window.files.path == tmp_path / "launch.scene.json"
    assert window.isWindowModified()  # restored work is not saved yet
    window.close()
    assert RecoveryStore().pending() is None  # a clean exit: nothing offered next time


def test_no_recovery_offer_after_a_clean_exit(qtbot: QtBot) -> None:
    store = RecoveryStore()
    store.mark_session_start()
    store.write(valid_project(1), None)
    store.mark_clean_exit()
    window = make_window(qtbot)
    window.files.start()  # would block on a message box if it offered anything
    assert len(window.doc) == 1


def test_field_edits_are_autosaved_by_the_timer(window: MainWindow, qtbot: QtBot) -> None:
    window.edits.set_values(0, {"name": "Renamed"}, "Rename scene")
    assert not window.files.recovery.autosave_path.exists()  # not a structural change
    with qtbot.waitSignal(window.files.autosaved, timeout=5000):
        window.files.autosave_timer.timeout.emit()  # 30 s later
    assert load_project(window.files.recovery.autosave_path).scenes[0].name == "Renamed"


def test_recent_files_menu_reopens(window: MainWindow, tmp_path: Path) -> None:
    first, second = tmp_path / "first.scene.json", tmp_path / "second.scene.json"
    save_project(valid_project(1), first)
    save_project(valid_project(2), second)
    window.files.open_file(first)
    window.files.open_file(second)
    window.files.recent_menu.aboutToShow.emit()
    entries = [a for a in window.files.recent_menu.actions() if a.text()]
    assert [a.text() for a in entries[:2]] == ["second.scene.json", "first.scene.json"]
    entries[1].trigger()
    assert window.files.path == first and len(window.doc) == 1


# ---------------------------------------------------------------- settings
def test_settings_keep_the_key_in_the_keyring_and_the_rest_in_preferences(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        key = dialog.findChild(QLineEdit, "apiKeyField")
        assert key.echoMode() == QLineEdit.EchoMode.Password
        qtbot.keyClicks(key, "sk-test-123")
        dialog.findChild(QAction, "showKeyAction").trigger()
        assert key.echoMode() == QLineEdit.EchoMode.Normal
        dialog.findChild(QRadioButton, "sandboxEndpoint").click()
        folder = dialog.findChild(QLineEdit, "folderField")
        folder.setText(str(tmp_path / "videos"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, fill_in)
    window.settings.action_settings.trigger()
    assert window.settings.credentials.api_key() == "sk-test-123"
    saved = load_preferences()
    assert saved.endpoint == "sandbox" and saved.download_dir == str(tmp_path / "videos")
    assert window.preferences.endpoint == "sandbox"  # new jobs go to the sandbox at once
    assert "sk-test-123" not in preferences_path().read_text()


# ---------------------------------------------------------------- the 50-scene limit
def test_fifty_scene_limit(qtbot: QtBot) -> None:
    project = valid_project(1)
    project.scenes = [valid_scene(f"S{i}") for i in range(MAX_SCENES - 1)]
    window = make_window(qtbot, project)
    assert window.scene_actions.action_add.isEnabled()
    window.scenes.select([0])
    window.scene_actions.action_add.trigger()
    assert len(window.doc) == MAX_SCENES
    assert (
        not window.scene_actions.action_add.isEnabled()
        and not window.scene_actions.action_duplicate.isEnabled()
    )
    assert "at most 50 scenes" in window.scene_actions.action_add.toolTip()
    assert "at most 50 scenes" in window.statusBar().currentMessage()
    window.scenes.duplicate()  # Ctrl+D while full: refused with the same message
    assert len(window.doc) == MAX_SCENES
    count = window.findChild(QWidget, "sceneCount")
    assert count.text() == "50 / 50 · limit reached"
    window.action_undo.trigger()
    assert window.scene_actions.action_add.isEnabled()


# ---------------------------------------------------------------- the command line
def test_smoke_test_opens_paints_and_quits() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "composer", "--smoke-test", str(example_project())],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------- how it looks
def _example() -> Project:
    return load_project(example_project())


@pytest.mark.parametrize(
    ("size", "name"), [((1920, 1080), "main-window-16x9"), ((1080, 1920), "main-window-9x16")]
)
def test_render_main_window(
    qtbot: QtBot, artifacts_dir: Path, size: tuple[int, int], name: str
) -> None:
    project = _example()
    project.dimension = Dimension(*size)
    window = make_window(qtbot, project)
    window.resize(1440, 900)
    window.scenes.select([1])
    QApplication.processEvents()
    image = window.grab()
    assert image.save(str(artifacts_dir / f"{name}.png"))
    assert image.width() >= 1440


def test_render_dark_at_double_density(qtbot: QtBot, artifacts_dir: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    dark = QPalette(QColor("#3A3D42"), QColor("#2A2C30"))  # button, window
    for role, colour in (
        (QPalette.ColorRole.Base, "#1F2023"),
        (QPalette.ColorRole.AlternateBase, "#303236"),
        (QPalette.ColorRole.Text, "#E8E8EA"),
        (QPalette.ColorRole.WindowText, "#E8E8EA"),
        (QPalette.ColorRole.PlaceholderText, "#9A9CA3"),
        (QPalette.ColorRole.Highlight, "#3D8BFD"),
    ):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    try:
        window = make_window(qtbot, _example())
        window.resize(1440, 900)
        QApplication.processEvents()
        pixmap = QPixmap(window.size() * 2)
        pixmap.setDevicePixelRatio(2)  # what a high-density screen paints into
        window.render(pixmap)
        assert pixmap.save(str(artifacts_dir / "main-window-dark-2x.png"))
    finally:
        app.setPalette(light)


def test_render_problems_beside_their_fields(qtbot: QtBot, artifacts_dir: Path) -> None:
    project = _example()
    project.scenes[1].voice.speed = 3.0  # out of range, as a hand-edited file might have it
    project.scenes[1].voice.input_text = ""
    window = make_window(qtbot, project)
    window.resize(1440, 900)
    window.scenes.select([1])
    window.inspector.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not window.submitting.action_submit.isEnabled())
    QApplication.processEvents()
    assert window.grab().save(str(artifacts_dir / "main-window-problems.png"))
    assert "Fix 2 problems first" in window.submitting.action_submit.toolTip()
