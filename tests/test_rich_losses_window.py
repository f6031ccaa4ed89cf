"""Issue 24 on HeyGen's own layouts: a project with layers, a transition, music and a
captions style, sent on v3 studio. The problems list names each loss beside its scene, the
Submit dialog counts them and offers the exact route that keeps them, and the request the
practice server receives carries none of them."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from composer.jobs.state import JobState
from composer.model.project import Project
from composer.model.rich import CaptionsStyle, Music, Overlay, OverlayType, Transition
from composer.model.rich import TransitionType as Kind
from composer.projectfile.io import load_any
from composer.resources import example_project
from composer.ui.dialogs.submit_dialog import SubmitDialog
from composer.ui.main_window import MainWindow
from tests.support.audio_files import write_wav
from tests.test_v3_window import CREATE, confirm_submit, finished, practice_window

RICH_KEYS = ("overlays", "transition_in", "music", "captions_style", "highlight_words")


def listed(window: MainWindow) -> list[str]:
    return [window.problems.item(i).text() for i in range(window.problems.count())]


def rich_project(folder: Path) -> Project:
    project = load_any(example_project())
    project.route = "v3"
    project.scenes[0].overlays = [
        Overlay(type=OverlayType.SHAPE, name="Lower third", color="#2A5BD7"),
        Overlay(name="Name", text="Ana Lima · Head of Sales"),
    ]
    project.scenes[2].overlays = [Overlay(type=OverlayType.SHAPE, name="Corner")]
    project.scenes[1].transition_in = Transition(Kind.SLIDE_LEFT, 0.8)
    project.music = Music(local_file=str(write_wav(folder / "bed.wav", 2)), volume=0.3)
    project.captions_style = CaptionsStyle(font_size=56, color="#FFD23F")
    return project


def test_v3_names_the_rich_losses_offers_the_exact_route_and_sends_none_of_them(
    qtbot: QtBot, tmp_path: Path, artifacts_dir: Path
) -> None:
    with practice_window(qtbot, tmp_path) as (window, sandbox):
        window.files.load(rich_project(tmp_path), None)
        qtbot.waitUntil(lambda: any("layers" in t for t in listed(window)), timeout=5000)
        shown = listed(window)
        layers = "Scene 1 · The scene's 2 layers (pictures, texts, shapes) are left out: v3"
        assert any(t.startswith(layers) for t in shown), shown
        assert any(
            t.startswith("Scene 2 · The slide left into this scene becomes a cut") for t in shown
        )
        assert any(t.startswith("Project · The music is left out") for t in shown), shown
        assert any(t.startswith("Project · The captions' style") for t in shown), shown
        window.problems.grab().save(str(artifacts_dir / "problems-rich-losses-v3.png"))

        offered: list[str] = []

        def look_and_take_exact() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, SubmitDialog)
            keep = dialog.findChild(QPushButton, "keepWithExact")
            offered.append(dialog.losses.text())
            offered.append(keep.text() if keep.isVisible() else "")
            dialog.grab().save(str(artifacts_dir / "submit-rich-losses-v3.png"))
            keep.click()
            offered.append(dialog.route())
            offered.append("shown" if keep.isVisible() else "hidden")
            dialog.reject()

        QTimer.singleShot(0, look_and_take_exact)
        window.submitting.action_submit.trigger()
        losses, button, route, after = offered
        assert "2 scenes lose their layers" in losses
        assert "1 scene loses their transition" in losses
        assert "The music is left out" in losses and "The captions' style" in losses
        assert button == "Keep them: Exact layout (composed on this computer)"
        assert (route, after) == ("exact", "hidden")

        seen: list[SubmitDialog] = []
        QTimer.singleShot(0, lambda: confirm_submit(seen))  # sent on v3 as it is
        window.submitting.action_submit.trigger()
        qtbot.waitUntil(lambda: finished(window, 1), timeout=30_000)
        record = window.job_controller.jobs()[0]
        assert record.state == JobState.COMPLETED and record.route == "v3", record.message
        posts = [e for e in sandbox.request_log() if (e["method"], e["path"]) == CREATE]
        assert len(posts) == 1
        sent = json.dumps(posts[0]["body"])
        assert not [key for key in RICH_KEYS if f'"{key}":' in sent], sent
        assert "Ana Lima" not in sent and "#FFD23F" not in sent and "bed.wav" not in sent
