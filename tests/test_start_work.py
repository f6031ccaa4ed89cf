"""Start-up does each piece of work once, and none that is not needed (issue 22): the
plain-text filter is not consulted for the thousands of events of building the window
(composer/ui/plain_text.py `paused`), and opening a project validates it once (the brand
kit's own check ran it a second time)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from composer.projectfile import save_project
from composer.ui import plain_text
from composer.ui.main_window import MainWindow
from tests.support.builders import valid_project
from tests.test_main_window import make_window


def test_the_window_is_built_unwatched_and_its_labels_end_plain(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    roots: list[object] = []
    pause = plain_text.paused

    def recording(root):  # type: ignore[no-untyped-def]
        roots.append(root)
        return pause(root)

    monkeypatch.setattr(plain_text, "paused", recording)
    window = make_window(qtbot)
    assert roots == [window]  # its whole build ran inside one pause
    assert all(
        label.textFormat().name == "PlainText" or label.property(plain_text.TRUSTED)
        for label in window.findChildren(QLabel)
    )


def test_a_pause_leaves_labels_to_the_end_and_then_makes_them_plain(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    watched = QLabel("<img src='file:///dev/zero'>", window.statusBar())
    watched.ensurePolished()
    assert watched.textFormat().name == "PlainText"  # the filter, at work
    with plain_text.paused(window):
        inside = QLabel("<b>not bold</b>", window.statusBar())
        inside.ensurePolished()
        assert inside.textFormat().name == "AutoText"  # nothing watched it
    assert inside.textFormat().name == "PlainText"  # made plain as the pause ended
    after = QLabel("<b>not bold</b>", window.statusBar())
    after.ensurePolished()
    assert after.textFormat().name == "PlainText"  # and the filter is back


def test_opening_a_project_validates_it_once(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    path = tmp_path / "three.scene.json"
    save_project(valid_project(3), path)
    runs: list[int] = []
    window.validation.updated.connect(lambda: runs.append(len(window.validation.problems)))
    assert window.files.open_path(path)
    assert len(runs) == 1


def test_the_first_frame_has_the_final_layout(qtbot: QtBot) -> None:
    """Nothing moves once the window has appeared: the Layers panel built after the first
    frame pushed the scene cards up, under the user's pointer, a moment later."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.load(valid_project(12), None)
    parts = [window.scene_view, window.layers.dock, window.inspector, window.preview, window.jobs]
    at_first_frame: list[list[tuple[int, int, int, int]]] = []

    def where() -> list[tuple[int, int, int, int]]:
        card = window.scene_view.visualRect(window.scene_model.index(0, 0))
        return [
            (*part.mapTo(window, part.rect().topLeft()).toTuple(), *part.size().toTuple())
            for part in parts
        ] + [(card.left(), card.right(), window.scene_view.viewport().width(), 0)]

    window.first_painted.connect(lambda: at_first_frame.append(where()))
    window.show()
    qtbot.waitUntil(lambda: window.has_painted and window.inspector.fully_built)
    qtbot.wait(50)  # and whatever the built tabs asked for is laid out
    assert at_first_frame == [where()]
    assert all(part.isVisible() and not part.size().isEmpty() for part in parts)
    left, right, width, _ = where()[-1]
    assert left == 0 and right == width - 1  # the cards fill the list, no sideways scrolling
