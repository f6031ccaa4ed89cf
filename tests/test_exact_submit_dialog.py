"""The Submit dialog on the exact layout route says how many HeyGen renders it will take:
only clips the server and account it sends to rendered are left out (as the send reuses
only those), so the count is the number of clips the practice server is then asked for."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from composer.heygen.hosts import source_of
from composer.jobs.connection import SANDBOX_KEY
from composer.jobs.state import JobState
from composer.media.clips import default_folder
from composer.projectfile.io import load_any
from composer.resources import example_project
from composer.sandbox.server import SandboxServer
from composer.ui.dialogs.submit_dialog import SubmitDialog
from tests.conftest import ARTIFACTS
from tests.support.clips import fill_cache
from tests.support.sandbox_fixture import FAST_POLLS
from tests.test_exact_route import quick_example
from tests.test_v3_window import practice_window

CREATE = ("POST", "/v3/videos")
SOURCE = source_of("http://127.0.0.1:8765", "sk-test-7f3a9c0d5e2b41a8")


def note(dialog: SubmitDialog) -> str:
    return dialog.findChild(QLabel, "routeNote").text()


def test_the_dialog_counts_new_renders_and_says_when_none_are_needed(qtbot) -> None:
    project = load_any(example_project())
    project.route = "exact"
    dialog = SubmitDialog(project, "Launch", "Local sandbox", lambda _route: 0, source=SOURCE)
    qtbot.addWidget(dialog)
    assert dialog.routes.combo.currentText() == "Exact layout (composed on this computer)"
    assert note(dialog) == "3 new HeyGen renders, then composing locally"
    fill_cache(project, default_folder(), seconds=0.2, source=SOURCE)
    project.scenes[0].text.text = "A new headline"  # text edits need no new render
    dialog = SubmitDialog(project, "Launch", "Local sandbox", lambda _route: 0, source=SOURCE)
    qtbot.addWidget(dialog)
    assert note(dialog) == "0 new HeyGen renders, composing locally"
    assert dialog.upload_list.count() == 0  # backgrounds stay here
    assert not dialog.upload_list.isVisibleTo(dialog)
    dialog.routes.combo.setCurrentIndex(dialog.routes.combo.findData("v3"))
    assert not dialog.findChild(QLabel, "routeNote").isVisibleTo(dialog)  # v3: nothing to add
    dialog.routes.combo.setCurrentIndex(dialog.routes.combo.findData("exact"))
    dialog.show()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(Path(ARTIFACTS) / "submit-exact.png"))


def test_clips_another_server_or_account_rendered_are_counted_and_sent_as_new_renders(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Scene 1's clip was rendered by this practice server for this account, scene 2's by
    another practice server, scene 3's by another account here: Submit says 2 new renders
    (and prices only those), and the practice server is asked for exactly 2."""
    project = quick_example()
    with practice_window(qtbot, tmp_path) as (window, sandbox), SandboxServer() as elsewhere:
        window.job_controller.schedule = FAST_POLLS
        for scene, (server, key) in zip(
            project.scenes,
            [(sandbox, SANDBOX_KEY), (elsewhere, SANDBOX_KEY), (sandbox, "another-account")],
            strict=True,
        ):
            one = copy.deepcopy(project)
            one.scenes = [scene]
            fill_cache(one, default_folder(), source=source_of(server.base_url, key))
        window.files.load(project, None)
        seen: list[str] = []

        def confirm() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, SubmitDialog)
            seen.extend([note(dialog), dialog.findChild(QLabel, "costLabel").text()])
            dialog.grab().save(str(ARTIFACTS / "submit-exact-other-server.png"))
            dialog.submit_button.click()

        QTimer.singleShot(0, confirm)
        window.submitting.action_submit.trigger()
        controller = window.job_controller
        qtbot.waitUntil(lambda: bool(controller.jobs()), timeout=10_000)
        qtbot.waitUntil(lambda: controller.jobs()[0].state.is_finished, timeout=60_000)
        assert controller.jobs()[0].state == JobState.COMPLETED, controller.jobs()[0].message
        creates = [e for e in sandbox.request_log() if (e["method"], e["path"]) == CREATE]
        assert seen[0] == "2 new HeyGen renders, then composing locally"
        assert "(1 scene(s) cost nothing: their presenter clips are cached" in seen[1]
        assert len(creates) == 2
        assert {e["body"]["script"] for e in creates} == {
            s.voice.input_text for s in project.scenes[1:]
        }
        assert not [e for e in elsewhere.request_log() if (e["method"], e["path"]) == CREATE]
