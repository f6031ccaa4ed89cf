"""A presenter dragged almost off the frame: the window warns beside the field and counts
it, so it no longer says the video is ready to submit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from composer.ui.main_window import MainWindow
from tests.support.builders import valid_project
from tests.support.editor_window import shown_window


def test_presenter_mostly_off_frame_is_a_counted_warning_beside_the_field(
    qtbot: QtBot, artifacts_dir: Path
) -> None:
    window = shown_window(qtbot, MainWindow())
    window.files.load(valid_project(2), None)
    window.validation.run_now()
    assert window.problems_heading.text() == "Ready"
    window.edits.set_values(0, {"character.offset.x": 0.6}, "Move")
    window.validation.run_now()
    qtbot.waitUntil(lambda: "1 warning" in window.problems_heading.text())
    window.inspector.show_panel("avatarPanel")
    messages = [
        label.text()
        for label in window.inspector.findChildren(QLabel, "fieldMessage")
        if label.isVisible()
    ]
    assert any("mostly outside the frame" in m for m in messages), messages
    listed = [window.problems.item(i).text() for i in range(window.problems.count())]
    assert any("Scene 1" in text and "mostly outside" in text for text in listed), listed
    window.grab().save(str(artifacts_dir / "presenter-off-frame.png"))
