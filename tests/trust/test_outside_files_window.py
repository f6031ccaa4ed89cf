"""In the window, a shared project's files from outside its folder are listed with their
real paths and sizes and what sending does with each (uploaded to HeyGen on v2 and v3; on
the exact route only a voice recording is, the rest is put into the video composed here),
and used only after the user says yes (real HTTP, the sandbox)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from composer.jobs.connection import Connections
from composer.jobs.state import JobState
from composer.model.enums import VoiceType
from composer.model.project import Project
from composer.projectfile import load_project, save_project
from composer.sandbox.server import SandboxServer
from composer.settings.credentials import CredentialStore
from composer.settings.preferences import SANDBOX, Preferences
from composer.ui.dialogs.outside_files import OutsideFilesDialog
from composer.ui.dialogs.prompts import SaveChoice
from composer.ui.dialogs.submit_dialog import SubmitDialog
from composer.ui.main_window import MainWindow
from tests.support.audio_files import write_tone
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
        try:  # answered even when reading fails: a dialog left open would hang the test
            items = dialog.file_list
            seen["outside"] = [items.item(i).text() for i in range(items.count())]
            heading = dialog.findChild(QLabel, "dialogHeading")
            seen["words"] = [dialog.windowTitle(), heading.text(), dialog.upload_button.text()]
            dialog.grab().save("/tmp/outside-files-dialog.png")
        finally:
            (dialog.upload_button if upload else dialog.dont_send_button).click()

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
    assert seen["outside"] == [f"Scene 1: {target} ({size})\nUploaded to HeyGen"]
    assert seen["words"] == UPLOAD_WORDS
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
    assert seen == [f"Scene 1: {target} ({round(len(JPEG) / 1024)} KB)\nUploaded to HeyGen"]
    assert "Not sent" in dialog.messages.toPlainText()
    assert window.job_controller.jobs() == []
    assert sandbox.count(*UPLOADS) == 0 and sandbox.count("POST", "/v2/video/generate") == 0


def test_v3_names_the_voice_recording_it_uploads_and_not_a_background_it_leaves_out(
    window: MainWindow, qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path
) -> None:
    target = outside_jpeg(tmp_path)  # behind a speaking presenter: v3 leaves it out
    recording = write_tone(tmp_path / "voice.wav", 1.0, 440)
    path = shared_project(tmp_path, [str(target)])
    _edit(path, "v3", lambda project: _speak(project, recording))
    assert window.files.open_path(path)
    qtbot.waitUntil(window.submitting.action_submit.isEnabled, timeout=5000)
    seen: dict[str, list[str]] = {}
    submit_and_answer(window, upload=False, seen=seen)
    assert seen["submit"] == [f"voice.wav ({_kb(recording)})"]
    assert seen["outside"] == [f"Scene 1: {recording} ({_kb(recording)})\nUploaded to HeyGen"]
    assert seen["words"] == UPLOAD_WORDS
    assert sandbox.request_log() == []  # nothing asked of the server, nothing rendered


@pytest.mark.parametrize("with_voice", [False, True], ids=["composed only", "mixed"])
def test_outside_music_on_the_exact_route_is_said_to_go_into_the_video_not_to_heygen(
    with_voice: bool, window: MainWindow, qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path
) -> None:
    from composer.model.rich import Music

    music = write_tone(tmp_path / "elsewhere.wav", 1.0, 440)
    recording = write_tone(tmp_path / "voice.wav", 1.0, 330)
    path = shared_project(tmp_path, ["media/bg.jpg"])
    (path.parent / "media" / "bg.jpg").write_bytes(JPEG)

    def edit(project: Project) -> None:
        project.music = Music(local_file=str(music))
        if with_voice:
            _speak(project, recording)

    _edit(path, "exact", edit)
    assert window.files.open_path(path)
    qtbot.waitUntil(window.submitting.action_submit.isEnabled, timeout=5000)
    seen: dict[str, list[str]] = {}
    submit_and_answer(window, upload=False, seen=seen)
    composed = f"Music: {music} ({_kb(music)})\nPut into your video on this computer, not uploaded"
    voice = f"Scene 1: {recording} ({_kb(recording)})\nUploaded to HeyGen"
    if with_voice:
        assert seen["submit"] == [f"voice.wav ({_kb(recording)})"]  # not the music
        assert seen["outside"] == [voice, composed]
        assert seen["words"] == [
            "Use files from outside the project?",
            "2 files outside the project's folder would be used: 1 uploaded to HeyGen, "
            "1 put into your video on this computer",
            "Use and upload them",
        ]
    else:
        assert seen["submit"] == []  # the background and the music are composed here
        assert seen["outside"] == [composed]
        assert seen["words"] == [
            "Use files from outside the project?",
            "1 file outside the project's folder would be put into your video on this "
            "computer; it is not uploaded",
            "Use them",
        ]
    assert window.job_controller.jobs() == []
    assert sandbox.request_log() == []  # nothing asked of the server, nothing rendered


UPLOAD_WORDS = [
    "Upload files from outside the project?",
    "1 file outside the project's folder would be uploaded to HeyGen",
    "Upload them",
]
"""The title, heading and button when the one file outside is uploaded to HeyGen."""


def _kb(path: Path) -> str:
    return f"{round(path.stat().st_size / 1024)} KB"


def _speak(project: Project, recording: Path) -> None:
    """Scene 1 speaks `recording` (a voice recording: HeyGen needs it on every route)."""
    voice = project.scenes[0].voice
    voice.type, voice.local_file, voice.input_text, voice.voice_id = (
        VoiceType.AUDIO, str(recording), None, None
    )  # fmt: skip


def _edit(path: Path, route: str, edit: Callable[[Project], object]) -> None:
    project = load_project(path)
    project.route = route
    edit(project)
    save_project(project, path)
