"""The transitions strip between scene cards: a chip above every card but the first says
how that scene begins; a click on it opens a menu whose choices are one undo step each,
and the chips follow their scenes when the cards are dragged into another order."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDoubleSpinBox
from pytestqt.qtbot import QtBot

from composer.model.rich import Transition, TransitionType
from composer.ui.scene_list.transitions import TransitionMenu
from tests.test_scene_list import Harness, mouse_drag


def chip_words(harness: Harness) -> list[tuple[int, str]]:
    return [(row, text) for row, _, text in harness.view.chips()]


def click_chip(qtbot: QtBot, harness: Harness, row: int) -> TransitionMenu:
    [rect] = [rect for r, rect, _ in harness.view.chips() if r == row]
    qtbot.mouseClick(harness.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, TransitionMenu) and menu.row == row
    return menu


def test_chips_say_each_transition_and_the_first_scene_has_none(
    qtbot: QtBot, artifacts_dir: Path
) -> None:
    harness = Harness(qtbot, scenes=4)
    harness.doc.scenes[0].transition_in = Transition(TransitionType.WIPE, 1)  # ignored: first
    harness.doc.scenes[1].transition_in = Transition(TransitionType.CROSSFADE, 0.5)
    harness.doc.scenes[2].transition_in = Transition(TransitionType.SLIDE_LEFT, 0.8)
    harness.view.viewport().update()
    assert chip_words(harness) == [(1, "Fade 0.5 s"), (2, "Slide left 0.8 s"), (3, "Cut")]
    picture = harness.view.grab()
    picture.save(str(artifacts_dir / "screenshot-transitions-strip.png"))
    # painted where it is said to be: a transition's chip is outlined in the highlight
    # colour, a cut's is not
    highlight = harness.view.palette().color(QPalette.ColorRole.Highlight).rgb()
    image = picture.toImage()
    edges = [image.pixelColor(rect.center().x(), rect.top()).rgb() for _, rect, _ in
             harness.view.chips()]  # fmt: skip
    assert edges[:2] == [highlight, highlight] and edges[2] != highlight


def test_choosing_in_the_chip_menu_is_one_undo_step_each(qtbot: QtBot) -> None:
    harness = Harness(qtbot, scenes=3)
    menu = click_chip(qtbot, harness, 2)
    menu.kinds[TransitionType.CROSSFADE].trigger()
    assert harness.doc.scenes[2].transition_in == Transition(TransitionType.CROSSFADE, 0.5)
    assert harness.stack.count() == 1
    spin = menu.findChild(QDoubleSpinBox, "transitionSeconds")
    assert spin.isEnabled()
    for _ in range(3):  # three arrow presses: one step
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert harness.doc.scenes[2].transition_in == Transition(TransitionType.CROSSFADE, 0.8)
    assert harness.stack.count() == 2
    menu.close()
    qtbot.waitUntil(lambda: (2, "Fade 0.8 s") in chip_words(harness), timeout=2000)
    harness.stack.undo()
    assert harness.doc.scenes[2].transition_in == Transition(TransitionType.CROSSFADE, 0.5)
    harness.stack.undo()
    assert harness.doc.scenes[2].transition_in is None
    assert chip_words(harness)[1] == (2, "Cut")


def test_a_click_beside_a_chip_still_selects_and_chips_follow_a_drag(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness = Harness(qtbot, scenes=4)
    harness.doc.scenes[1].transition_in = Transition(TransitionType.SLIDE_UP, 1)
    name = harness.doc.scenes[1].name
    _, rect, _ = harness.view.chips()[0]
    beside = QPoint(rect.right() + 40, rect.center().y() + 14)
    qtbot.mouseClick(harness.view.viewport(), Qt.MouseButton.LeftButton, pos=beside)
    assert QApplication.activePopupWidget() is None
    assert harness.view.selected_rows() == [1]
    mouse_drag(qtbot, harness, monkeypatch, 1, harness.point(3, "bottom"))
    assert harness.names().index(name) == 3
    assert (3, "Slide up 1 s") in chip_words(harness)
    assert [text for _, text in chip_words(harness)].count("Cut") == 2


def test_the_context_menu_opens_the_current_scenes_transition_too(qtbot: QtBot) -> None:
    """For the keyboard: the list's action opens the same menu for the current scene."""
    harness = Harness(qtbot, scenes=3)
    action = harness.view.action_transition
    harness.view.setCurrentIndex(harness.model.index(0))
    assert not action.isEnabled()  # the first scene has no transition
    harness.view.setCurrentIndex(harness.model.index(2))
    assert action.isEnabled()
    action.trigger()
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, TransitionMenu) and menu.row == 2
    menu.kinds[TransitionType.WIPE].trigger()
    assert harness.doc.scenes[2].transition_in == Transition(TransitionType.WIPE, 0.5)
