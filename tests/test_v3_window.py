"""The v3 route through the window: choose it in the Project panel, see what it leaves out
(problems list, preview "as v3 renders it", Submit dialog), render the example on the
sandbox; and a retired v2 offering "Send with v3 studio instead", which renders on v3."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from composer.jobs.connection import Connections
from composer.jobs.state import JobState
from composer.resources import example_project
from composer.sandbox.server import SandboxServer
from composer.settings.credentials import CredentialStore
from composer.settings.preferences import SANDBOX, Preferences
from composer.ui.dialogs.prompts import SaveChoice
from composer.ui.dialogs.submit_dialog import SubmitDialog
from composer.ui.main_window import MainWindow
from tests.support.sandbox_fixture import FAST_CLIENT

CREATE = ("POST", "/v3/videos")


@contextmanager
def practice_window(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, SandboxServer]]:
    """A shown window that sends to a practice server of its own (fast renders)."""
    with SandboxServer(render_seconds=0.3) as sandbox:
        preferences = Preferences(endpoint=SANDBOX, download_dir=str(tmp_path / "videos"))
        connections = Connections(
            CredentialStore(), preferences, sandbox=sandbox, client_options=FAST_CLIENT
        )
        window = MainWindow(preferences=preferences, connections=connections)
        qtbot.addWidget(window)
        window.files.ask_save_changes = lambda: SaveChoice.DISCARD  # type: ignore[method-assign]
        window.resize(1440, 900)
        window.show()
        yield window, sandbox
        window.close()


@pytest.fixture
def window_and_sandbox(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, SandboxServer]]:
    with practice_window(qtbot, tmp_path) as (window, sandbox):
        assert window.files.open_path(example_project())
        yield window, sandbox


def choose_route(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.inspector.show_panel("projectPanel")
    qtbot.waitUntil(lambda: window.inspector.findChild(QWidget, "field:route") is not None)
    combo = window.inspector.findChild(QWidget, "field:route").findChild(QComboBox)
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentText() == text:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def confirm_submit(seen: list[SubmitDialog], picture: Path | None = None) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SubmitDialog)
    seen.append(dialog)
    if picture is not None:
        dialog.grab().save(str(picture))
    dialog.submit_button.click()


def finished(window: MainWindow, count: int) -> bool:
    jobs = window.job_controller.jobs()
    return len(jobs) == count and all(r.state.is_finished for r in jobs)


def test_choosing_v3_shows_what_it_keeps_and_renders_the_example(
    qtbot: QtBot, window_and_sandbox: tuple[MainWindow, SandboxServer], artifacts_dir: Path
) -> None:
    window, sandbox = window_and_sandbox
    layout_picture = window.preview.grab().toImage()
    window.preview.grab().save(str(artifacts_dir / "preview-layout.png"))
    choose_route(qtbot, window, "v3 studio")
    assert window.doc.project.route == "v3"
    qtbot.waitUntil(
        lambda: any("text overlay is left out" in p.message for p in window.problems.problems()),
        timeout=3000,
    )
    listed = [window.problems.item(i).text() for i in range(window.problems.count())]
    assert "Scene 1 · The text overlay is left out: v3 has no overlays." in listed
    assert window.preview.whole_frame()
    qtbot.waitUntil(lambda: window.preview.grab().toImage() != layout_picture, timeout=3000)
    window.preview.grab().save(str(artifacts_dir / "preview-as-v3.png"))
    window.inspector.grab().save(str(artifacts_dir / "project-panel-route.png"))
    seen: list[SubmitDialog] = []
    QTimer.singleShot(0, lambda: confirm_submit(seen, artifacts_dir / "submit-v3.png"))
    window.submitting.action_submit.trigger()
    qtbot.waitUntil(lambda: finished(window, 1), timeout=30_000)
    record = window.job_controller.jobs()[0]
    assert record.state == JobState.COMPLETED and record.route == "v3", record.message
    [dialog] = seen
    assert dialog.findChild(QComboBox, "submitRoute").currentText() == "v3 studio"
    assert "3 scenes lose their text overlay" in dialog.losses.text()
    posts = [e for e in sandbox.request_log() if (e["method"], e["path"]) == CREATE]
    assert len(posts) == 1 and posts[0]["body"]["type"] == "studio"
    assert posts[0]["headers"]["idempotency-key"] == record.ref["key"]


def test_a_retired_v2_offers_v3_and_accepting_renders_on_v3(
    qtbot: QtBot, window_and_sandbox: tuple[MainWindow, SandboxServer], artifacts_dir: Path
) -> None:
    window, sandbox = window_and_sandbox
    sandbox.faults.update({"v2_retired": True})
    seen: list[SubmitDialog] = []
    QTimer.singleShot(0, lambda: confirm_submit(seen))
    window.submitting.action_submit.trigger()
    qtbot.waitUntil(lambda: finished(window, 1), timeout=30_000)
    failed = window.job_controller.jobs()[0]
    assert failed.state == JobState.FAILED and failed.offer_route == "v3"
    row = window.jobs.rows[failed.job_id]
    assert row.message.text().startswith("HeyGen has retired the v2 scene endpoint")
    # Qt shows a widget added to a shown layout by a queued call: wait for it, as a user would.
    qtbot.waitUntil(row.offer_button.isVisible, timeout=5_000)
    assert row.offer_button.text() == "Send with v3 studio instead…"
    window.jobs.grab().save(str(artifacts_dir / "jobs-v2-retired.png"))
    QTimer.singleShot(0, lambda: confirm_submit(seen))
    qtbot.mouseClick(row.offer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: finished(window, 2), timeout=30_000)
    again = window.job_controller.jobs()[0]
    assert again.state == JobState.COMPLETED and again.route == "v3", again.message
    assert "lose their text overlay" in seen[-1].losses.text()
    assert window.doc.project.route == "v3"
    assert sandbox.store.video_count() == 1


def test_the_route_can_be_chosen_in_the_submit_dialog_too(
    qtbot: QtBot, window_and_sandbox: tuple[MainWindow, SandboxServer]
) -> None:
    window, sandbox = window_and_sandbox
    seen: list[SubmitDialog] = []

    def choose_v3_and_send() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SubmitDialog)
        seen.append(dialog)
        combo = dialog.findChild(QComboBox, "submitRoute")
        assert combo.currentText() == "v2 scenes (legacy)" and dialog.losses.isHidden()
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText() == "v3 studio"
        assert "3 scenes lose their text overlay" in dialog.losses.text()
        dialog.submit_button.click()

    QTimer.singleShot(0, choose_v3_and_send)
    window.submitting.action_submit.trigger()
    qtbot.waitUntil(lambda: finished(window, 1), timeout=30_000)
    assert window.job_controller.jobs()[0].route == "v3"
    assert window.doc.project.route == "v3"
    assert sandbox.count("POST", "/v3/videos") == 1


def test_no_answer_on_v3_leaves_the_job_waiting_with_try_again(
    qtbot: QtBot, window_and_sandbox: tuple[MainWindow, SandboxServer]
) -> None:
    window, sandbox = window_and_sandbox
    choose_route(qtbot, window, "v3 studio")
    sandbox.faults.update({"drop_before_next": 1000})  # no answer to anything
    seen: list[SubmitDialog] = []
    QTimer.singleShot(0, lambda: confirm_submit(seen))
    window.submitting.action_submit.trigger()
    controller = window.job_controller
    qtbot.waitUntil(
        lambda: (
            bool(controller.jobs())
            and not controller.is_running(controller.jobs()[0].job_id)
            and controller.jobs()[0].state == JobState.SUBMITTING
        ),
        timeout=30_000,
    )
    row = window.jobs.rows[controller.jobs()[0].job_id]
    assert row.retry_button.isVisible() and "same request key" in row.message.text()
    sandbox.faults.reset()
    qtbot.mouseClick(row.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.jobs()[0].state == JobState.COMPLETED, timeout=30_000)
    assert sandbox.store.video_count() == 1 and len(controller.jobs()) == 1
