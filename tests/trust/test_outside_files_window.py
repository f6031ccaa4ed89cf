"""In the window, a shared project's files from outside its folder are listed with their
real paths and sizes, and uploaded only after the user says yes (real HTTP, the sandbox)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from composer.jobs.connection import Connections
from composer.jobs.state import JobState
from composer.sandbox.server import SandboxServer
from composer.settings.credentials import CredentialStore
from composer.settings.preferences import SANDBOX, Preferences
from composer.ui.dialogs.outside_files import OutsideFilesDialog
from composer.ui.dialogs.prompts import SaveChoice
from composer.ui.dialogs.submit_dialog import SubmitDialog
from composer.ui.main_window import MainWindow
from tests.support.batch_data import write_table
from tests.support.shared_project import JPEG, outside_jpeg, shared_project, symlink_in_project

UPLOADS = ("POST", "/v1/asset")


@pytest.fixture
def window(qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path) -> Iterator[MainWindow]:
    preferences = Preferences(endpoint=SANDBOX, download_dir=str(tmp_path / "videos"))
    connections = Connections(CredentialStore(), preferences, sandbox=sandbox)
    window = MainWindow(preferences=preferences, connections=connections)
    qtbot.addWidget(window)
    window.files.ask_save_changes = lambda: SaveChoice.DISCARD  # type: ignore[method-assign]
    window.show()
    yield window
    window.close()


def submit_and_answer(window: MainWindow, upload: bool, seen: dict[str, list[str]]) -> None:
    """Confirm the Submit dialog, then answer the outside-files question."""

    def outside() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OutsideFilesDialog):
            QTimer.singleShot(10, outside)
            return
        items = dialog.file_list
        seen["outside"] = [items.item(i).text() for i in range(items.count())]
        dialog.grab().save("/tmp/outside-files-dialog.png")
        if upload:
            dialog.upload_button.click()
        else:
            dialog.dont_send_button.click()

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SubmitDialog)
        items = dialog.upload_list
        seen["submit"] = [items.item(i).text() for i in range(items.count())]
        dialog.grab().save("/tmp/submit-dialog-files.png")
        QTimer.singleShot(0, outside)
        dialog.submit_button.click()

    QTimer.singleShot(0, confirm)
    window.submitting.action_submit.trigger()


def test_outside_files_need_a_yes_and_are_listed_with_real_paths(
    window: MainWindow, qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path
) -> None:
    target = outside_jpeg(tmp_path)
    project = shared_project(tmp_path, ["placeholder"])
    shared_project(tmp_path, [symlink_in_project(project, "photo.jpg", target)])
    assert window.files.open_path(project)
    qtbot.waitUntil(window.submitting.action_submit.isEnabled, timeout=5000)
    size = f"{round(len(JPEG) / 1024)} KB"

    seen: dict[str, list[str]] = {}
    submit_and_answer(window, upload=False, seen=seen)
    assert seen["submit"] == [f"photo.jpg ({size})"]
    assert seen["outside"] == [f"Scene 1: {target} ({size})"]
    assert window.job_controller.jobs() == []
    assert sandbox.count(*UPLOADS) == 0 and sandbox.store.asset_bytes() == 0

    submit_and_answer(window, upload=True, seen=seen)
    controller = window.job_controller
    qtbot.waitUntil(lambda: any(r.state.is_finished for r in controller.jobs()), timeout=30_000)
    assert controller.jobs()[0].state == JobState.COMPLETED, controller.jobs()[0].message
    assert sandbox.store.asset_bytes() == len(JPEG)


def test_files_inside_the_project_are_sent_without_a_question(
    window: MainWindow, qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path
) -> None:
    project = shared_project(tmp_path, ["media/bg.jpg"])
    (project.parent / "media" / "bg.jpg").write_bytes(JPEG)
    assert window.files.open_path(project)
    qtbot.waitUntil(window.submitting.action_submit.isEnabled, timeout=5000)

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SubmitDialog)
        dialog.submit_button.click()

    QTimer.singleShot(0, confirm)
    window.submitting.action_submit.trigger()
    controller = window.job_controller
    qtbot.waitUntil(lambda: any(r.state.is_finished for r in controller.jobs()), timeout=30_000)
    assert controller.jobs()[0].state == JobState.COMPLETED
    assert sandbox.store.asset_bytes() == len(JPEG)


def test_a_batch_from_the_window_asks_too(
    window: MainWindow, qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path
) -> None:
    target = outside_jpeg(tmp_path)
    project = shared_project(tmp_path, [str(target)], title="Hello {{name}}")
    assert window.files.open_path(project)
    table = write_table(tmp_path / "people.csv", [["name"], ["Ana"], ["Bo"]])
    dialog = window.submitting.open_batch()
    assert dialog.load(table)
    seen: list[str] = []

    def refuse() -> None:
        question = QApplication.activeModalWidget()
        if not isinstance(question, OutsideFilesDialog):
            QTimer.singleShot(10, refuse)
            return
        seen.append(question.file_list.item(0).text())
        question.dont_send_button.click()

    QTimer.singleShot(0, refuse)
    QTest.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
    assert seen == [f"Scene 1: {target} ({round(len(JPEG) / 1024)} KB)"]
    assert "Not sent" in dialog.messages.toPlainText()
    assert window.job_controller.jobs() == []
    assert sandbox.count(*UPLOADS) == 0 and sandbox.count("POST", "/v2/video/generate") == 0


def test_outside_music_is_named_as_the_music_and_needs_a_yes(
    window: MainWindow, qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path
) -> None:
    from composer.model.rich import Music
    from composer.projectfile import load_project, save_project
    from tests.support.audio_files import write_tone

    music = write_tone(tmp_path / "elsewhere.wav", 1.0, 440)
    path = shared_project(tmp_path, ["media/bg.jpg"])
    (path.parent / "media" / "bg.jpg").write_bytes(JPEG)
    project = load_project(path)
    project.route, project.music = "exact", Music(local_file=str(music))
    save_project(project, path)
    assert window.files.open_path(path)
    qtbot.waitUntil(window.submitting.action_submit.isEnabled, timeout=5000)
    seen: dict[str, list[str]] = {}
    submit_and_answer(window, upload=False, seen=seen)
    assert seen["outside"] == [f"Music: {music} ({round(music.stat().st_size / 1024)} KB)"]
    assert window.job_controller.jobs() == []
    assert sandbox.request_log() == []  # nothing asked of the server, nothing rendered
