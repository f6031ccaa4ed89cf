"""End to end through the window: open the example, submit to the in-process sandbox, see
the job complete in the Jobs panel and find the MP4 on disk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from composer.jobs.connection import Connections
from composer.jobs.state import JobState
from composer.resources import example_project, resource
from composer.sandbox.server import SandboxServer
from composer.settings.credentials import CredentialStore
from composer.settings.preferences import SANDBOX, Preferences
from composer.ui.dialogs.prompts import SaveChoice
from composer.ui.dialogs.submit_dialog import SubmitDialog
from composer.ui.main_window import MainWindow

GENERATE = ("POST", "/v2/video/generate")


def test_example_submits_renders_and_downloads(qtbot: QtBot, tmp_path: Path) -> None:
    videos = tmp_path / "videos"
    with SandboxServer(render_seconds=0.5) as sandbox:
        preferences = Preferences(endpoint=SANDBOX, download_dir=str(videos))
        connections = Connections(CredentialStore(), preferences, sandbox=sandbox)
        window = MainWindow(preferences=preferences, connections=connections)
        qtbot.addWidget(window)
        window.files.ask_save_changes = lambda: SaveChoice.DISCARD  # type: ignore[method-assign]
        window.show()
        assert window.files.open_path(example_project())
        qtbot.waitUntil(window.submitting.action_submit.isEnabled, timeout=5000)

        def confirm() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, SubmitDialog)
            dialog.submit_button.click()

        QTimer.singleShot(0, confirm)
        window.submitting.action_submit.trigger()
        controller = window.job_controller
        qtbot.waitUntil(lambda: any(r.state.is_finished for r in controller.jobs()), timeout=30_000)
        record = controller.jobs()[0]
        assert record.state == JobState.COMPLETED, record.message
        assert Path(record.file).read_bytes() == resource("sandbox", "sample.mp4").read_bytes()
        assert Path(record.file).parent == videos
        shown = " ".join(label.text() for label in window.jobs.findChildren(QLabel))
        assert JobState.COMPLETED.words in shown
        assert sandbox.count(*GENERATE) == 1
        assert sandbox.count("POST", "/v1/asset") == 1  # the example's local image
        # The asset id was learned by the open project: a second submit uploads nothing.
        qtbot.waitUntil(lambda: bool(window.doc.project.uploads), timeout=5000)
        QTimer.singleShot(0, confirm)
        window.submitting.action_submit.trigger()
        qtbot.waitUntil(
            lambda: (
                len(controller.jobs()) == 2 and all(r.state.is_finished for r in controller.jobs())
            ),
            timeout=30_000,
        )
        assert sandbox.count(*GENERATE) == 2
        assert sandbox.count("POST", "/v1/asset") == 1
        window.close()


def test_preview_draws_the_picked_avatars_catalogue_picture(qtbot: QtBot, tmp_path: Path) -> None:
    """After the catalogue has been opened, the preview shows the avatar's picture (the
    sandbox's preview image) instead of the silhouette."""
    from composer.paint.silhouette import BODY

    with SandboxServer(render_seconds=0.5) as sandbox:
        preferences = Preferences(endpoint=SANDBOX, download_dir=str(tmp_path))
        connections = Connections(CredentialStore(), preferences, sandbox=sandbox)
        window = MainWindow(preferences=preferences, connections=connections)
        qtbot.addWidget(window)
        window.files.ask_save_changes = lambda: SaveChoice.DISCARD  # type: ignore[method-assign]
        window.resize(1440, 900)
        window.show()
        assert window.files.open_path(example_project())
        preview = window.preview
        silhouette = preview.grab().toImage()
        service = window.settings.catalogue_service()
        service.refresh()
        qtbot.waitUntil(
            lambda: service.catalogue is not None and not service.refreshing, timeout=10_000
        )
        character = window.doc.scenes[0].character
        qtbot.waitUntil(lambda: window.avatar_picture(character) is not None, timeout=10_000)
        box = preview.avatar_box()
        probe = box.center().toPoint()
        pictured = preview.grab().toImage()
        assert pictured != silhouette
        assert pictured.pixelColor(probe) != BODY
        window.close()
