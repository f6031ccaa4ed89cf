"""Every control has a name for assistive technology and is reached by Tab in reading
order; the preview says which item is selected and where."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from composer.ui.dialogs.prompts import SaveChoice
from composer.ui.main_window import MainWindow
from composer.ui.widgets.style import apply_style
from tests.support.builders import valid_project


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    apply_style(QApplication.instance())  # type: ignore[arg-type]
    window = MainWindow()
    qtbot.addWidget(window)
    window.ask_save_changes = lambda: SaveChoice.DISCARD  # type: ignore[method-assign]
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    window._load(valid_project(2), None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for panel in window.inspector.panels:
        panel.advanced.setChecked(True)
    return window


def tab_stops(window: MainWindow) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(window)
    ]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def test_every_control_on_every_tab_has_an_accessible_name(window: MainWindow) -> None:
    nameless: list[str] = []
    for index in range(window.inspector.tabs.count()):
        window.inspector.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        nameless += [
            f"{type(w).__name__}:{w.objectName()} in {w.parentWidget().objectName()}"
            for w in tab_stops(window)
            if not accessible_name(w)
        ]
    assert sorted(set(nameless)) == []


def test_tab_walks_a_panel_top_to_bottom(window: MainWindow, qtbot: QtBot) -> None:
    window.inspector.show_panel("avatarPanel")
    panel = window.inspector.findChild(QWidget, "avatarPanel")
    first = window.inspector.findChild(QWidget, "field:character.type")
    first.setFocus(Qt.FocusReason.TabFocusReason)
    heights: list[int] = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        if focused is None or not panel.isAncestorOf(focused):
            break
        heights.append(field_of(focused).mapTo(panel, QPoint(0, 0)).y())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert len(heights) >= 8  # type, presenter (with its buttons), style, size, place, ...
    assert heights == sorted(heights), "Tab goes down the panel, a field at a time"


def field_of(widget: QWidget) -> QWidget:
    """The field editor a control belongs to (its buttons share the field's row), or the
    control itself when it is not in a field (the Advanced toggle)."""
    found = widget
    while not found.objectName().startswith("field:"):
        found = found.parentWidget()
        if found is None or found.objectName().endswith("Panel"):
            return widget
    return found


def test_the_preview_says_what_is_selected_and_where(window: MainWindow, qtbot: QtBot) -> None:
    preview = window.preview
    preview.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(preview.hasFocus)
    assert accessible_name(preview) == "Scene preview"
    before = preview.accessibleDescription()
    assert before.startswith("Presenter selected: Across ")
    qtbot.keyClick(preview, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    after = preview.accessibleDescription()
    assert after != before and after.endswith("Arrow keys move it.")
