"""Issue 20 through the window: what v3 can't carry (a video scene's voice-over, loop and
freeze play styles, the folder) is named in the problems list and the Submit dialog; and
v2's "does not support unlimited mode" refusal of a newer photo avatar is explained beside
each scene that uses it, with the offer to send the project on v3."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from composer.jobs.state import JobState
from composer.model.enums import BackgroundType, CharacterType, PlayStyle
from composer.model.project import Background, Character, Project
from composer.projectfile.io import load_any
from composer.resources import example_project
from composer.sandbox.server import SandboxServer
from composer.ui.dialogs.submit_dialog import SubmitDialog
from composer.ui.main_window import MainWindow
from tests.test_v3_window import practice_window

PHOTO = "tp-5a1c0f2e9d"


@pytest.fixture
def window_and_sandbox(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, SandboxServer]]:
    with practice_window(qtbot, tmp_path) as shown:
        yield shown


def listed(window: MainWindow) -> list[str]:
    return [window.problems.item(i).text() for i in range(window.problems.count())]


def narrated_clip_in_a_folder() -> Project:
    project = load_any(example_project())
    project.folder_id, project.route = "folder-1", "v3"
    scene = project.scenes[2]  # a video background: now without a presenter, still narrated
    scene.character = Character(type=CharacterType.AVATAR)
    scene.background = Background(
        type=BackgroundType.VIDEO, url="https://media.example/clip.mp4", play_style=PlayStyle.LOOP
    )
    for other in project.scenes[:2]:  # nothing else lost: the dialog lists these losses only
        other.text = other.character.offset = other.voice.emotion = None
        other.character.scale = None
    scene.text = scene.voice.emotion = None
    return project


def test_what_v3_cannot_carry_is_named_in_the_problems_list_and_the_submit_dialog(
    qtbot: QtBot, window_and_sandbox: tuple[MainWindow, SandboxServer], artifacts_dir: Path
) -> None:
    window, _sandbox = window_and_sandbox
    window.files.load(narrated_clip_in_a_folder(), None)
    qtbot.waitUntil(lambda: any("voice-over" in t for t in listed(window)), timeout=3000)
    shown = listed(window)
    assert any(t.startswith("Scene 3 · The voice-over is left out") for t in shown), shown
    window.problems.grab().save(str(artifacts_dir / "problems-v3-named-losses.png"))
    assert any(t.startswith("Scene 3 · Play style 'loop' is not in v3") for t in shown), shown
    assert any("v3 has no folders" in t for t in shown), shown
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SubmitDialog)
        seen.append(dialog.losses.text())
        dialog.grab().save(str(artifacts_dir / "submit-v3-named-losses.png"))
        dialog.reject()

    QTimer.singleShot(0, look)
    window.submitting.action_submit.trigger()
    [losses] = seen
    assert "1 scene loses their voice-over" in losses
    assert "1 scene loses their video play style" in losses
    assert "v3 has no folders" in losses


def test_v2_unlimited_mode_is_explained_beside_the_presenter_and_v3_offered(
    qtbot: QtBot, window_and_sandbox: tuple[MainWindow, SandboxServer], artifacts_dir: Path
) -> None:
    window, sandbox = window_and_sandbox
    sandbox.faults.update({"v2_unlimited_mode": True})
    project = load_any(example_project())
    project.route = "v2"
    for scene in project.scenes:
        scene.character = Character(type=CharacterType.TALKING_PHOTO, talking_photo_id=PHOTO)
    window.files.load(project, None)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().submit_button.click())
    window.submitting.action_submit.trigger()
    qtbot.waitUntil(lambda: bool(window.job_controller.jobs()) and
                    window.job_controller.jobs()[0].state.is_finished, timeout=30_000)  # fmt: skip
    failed = window.job_controller.jobs()[0]
    assert failed.state == JobState.FAILED and failed.offer_route == "v3"
    row = window.jobs.rows[failed.job_id]
    assert "needs HeyGen's Avatar IV or V" in row.message.text()
    qtbot.waitUntil(row.offer_button.isVisible)  # shown by a queued call
    qtbot.waitUntil(lambda: any("refused this presenter" in t for t in listed(window)))
    beside = [p for p in window.problems.problems() if "refused this presenter" in p.message]
    assert [(p.scene_index, p.field) for p in beside] == [
        (i, "character.talking_photo_id") for i in range(len(project.scenes))
    ]
    window.grab().save(str(artifacts_dir / "v2-unlimited-mode.png"))
