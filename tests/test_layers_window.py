"""The overlay editor in the main window, driven as a user does: the Layers menu's
actions triggered, keys pressed in the preview, rows of the layer list clicked; checked
on the document, the undo stack and what the list and preview show."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from composer.model.rich import OverlayType
from composer.ui.main_window import MainWindow
from composer.ui.overlays.layer_list import toggle_rects
from composer.ui.overlays.layer_model import HiddenRole, LockedRole
from tests.support.builders import valid_project
from tests.test_accessibility import accessible_name
from tests.test_main_window import make_window

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = make_window(qtbot, valid_project(2))
    return window


def act(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None and action.isEnabled(), name
    action.trigger()


def rows(window: MainWindow) -> list[str]:
    model = window.layers.model
    return [model.index(r).data() for r in range(model.rowCount())]


def overlays(window: MainWindow):
    return window.doc.scenes[0].overlays


def test_a_lower_third_from_the_menu_adds_two_selected_layers_in_one_step(window) -> None:
    act(window, "actionAddLowerThird")
    kinds = [o.type for o in overlays(window)]
    assert kinds == [OverlayType.SHAPE, OverlayType.TEXT]  # the band under its words
    assert rows(window) == [
        "Lower third text", "Lower third band", "Scene text (none)", "Presenter",
    ]  # fmt: skip
    assert window.layers.list.overlay_selection.ids == [o.id for o in overlays(window)]
    assert len(window.layers.list.selectionModel().selectedRows()) == 2
    window.stack.undo()
    assert overlays(window) == [] and rows(window) == ["Scene text (none)", "Presenter"]


def test_duplicate_and_delete_with_keys_in_the_preview_then_undo(window, qtbot) -> None:
    act(window, "actionAddShape")
    preview = window.preview
    preview.setFocus()
    QTest.keyClick(preview, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(overlays(window)) == 2  # the overlay, not the scene, was duplicated
    assert len(window.doc) == 2
    first, copy = overlays(window)
    assert copy.id != first.id and copy.position.x > first.position.x
    assert window.layers.list.overlay_selection.ids == [copy.id]
    QTest.keyClick(preview, Qt.Key.Key_Delete)
    assert [o.id for o in overlays(window)] == [first.id]
    assert len(window.doc) == 2  # no scene deleted
    window.stack.undo()
    assert [o.id for o in overlays(window)] == [first.id, copy.id]


def test_dragging_a_row_in_the_layer_list_changes_the_drawing_order(window) -> None:
    act(window, "actionAddText")
    act(window, "actionAddShape")
    text, shape = overlays(window)
    model = window.layers.model
    assert rows(window)[:2] == ["Shape: rounded box", "Text: Your text"]
    data = model.mimeData([model.index(0)])  # what the view drags: the top row
    model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, model.index(-1))  # under "Text"
    assert [o.id for o in overlays(window)] == [shape.id, text.id]
    assert rows(window)[:2] == ["Text: Your text", "Shape: rounded box"]
    window.stack.undo()
    assert [o.id for o in overlays(window)] == [text.id, shape.id]
    assert model.moveRow(QModelIndex(), 1, QModelIndex(), 0)  # QListView's own move
    assert [o.id for o in overlays(window)] == [shape.id, text.id]
    assert not model.moveRow(QModelIndex(), 2, QModelIndex(), 0)  # the scene text stays


def test_the_eye_and_the_lock_in_the_layer_list(window, qtbot) -> None:
    act(window, "actionAddShape")
    view = window.layers.list
    window.layers.dock.show()
    qtbot.waitExposed(view)
    eye, lock = toggle_rects(view.visualRect(window.layers.model.index(0)))
    QTest.mouseClick(view.viewport(), LEFT, NONE, eye.center())
    assert overlays(window)[0].hidden is True
    assert window.layers.model.index(0).data(HiddenRole) is True
    QTest.mouseClick(view.viewport(), LEFT, NONE, lock.center())
    assert overlays(window)[0].locked is True
    assert window.layers.model.index(0).data(LockedRole) is True
    window.stack.undo()
    window.stack.undo()
    assert not overlays(window)[0].hidden and not overlays(window)[0].locked


def test_selection_follows_between_the_preview_and_the_list(window, qtbot) -> None:
    act(window, "actionAddText")
    act(window, "actionAddShape")
    text = overlays(window)[0]
    preview = window.preview
    point = preview.overlay_items.widget_box(text).topLeft().toPoint() + QPoint(4, 4)
    QTest.mouseClick(preview, LEFT, NONE, point)
    assert preview.overlay_items.selection.ids == [text.id]
    assert [i.row() for i in window.layers.list.selectionModel().selectedRows()] == [1]
    props = window.layers.properties
    assert props.isVisible() and props.heading.text() == "Text: Your text"
    window.layers.list.selectionModel().clearSelection()
    assert preview.overlay_items.selection.ids == []


def test_properties_edit_the_selected_overlay(window) -> None:
    act(window, "actionAddText")
    props = window.layers.properties
    QApplication.processEvents()
    nameless = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in window.layers.panel.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(window)
        if not accessible_name(w)
    ]
    assert nameless == []
    props.opacity.setValue(40)
    props.start.setValue(1.5)
    props.words.setPlainText("Summer sale")
    text = overlays(window)[0]
    assert (text.opacity, text.start, text.text) == (0.4, 1.5, "Summer sale")
    assert window.layers.model.index(0).data() == "Text: Summer sale"
    window.stack.undo()
    assert text.text == "Your text"


def test_align_and_distribute_from_the_menu(window) -> None:
    for _ in range(3):
        act(window, "actionAddShape")
    selection = window.preview.overlay_items.selection
    for i, x in enumerate((0.05, 0.3, 0.7)):
        window.doc.set_value(0, f"overlays[{i}].position.x", x)
    selection.select([o.id for o in overlays(window)])
    act(window, "actionAlignTop")
    assert len({o.position.y for o in overlays(window)}) == 1
    act(window, "actionDistributeAcross")
    xs = [o.position.x for o in overlays(window)]
    widths = [o.size.width for o in overlays(window)]
    gaps = [xs[i + 1] - (xs[i] + widths[i]) for i in range(2)]
    assert xs[0] == 0.05 and gaps[0] == pytest.approx(gaps[1], abs=0.002)
    selection.select([overlays(window)[0].id])
    act(window, "actionAlignLeft")  # one overlay: to the safe area
    assert overlays(window)[0].position.x == 0.05
    act(window, "actionAlignRight")
    assert overlays(window)[0].position.x + overlays(window)[0].size.width == pytest.approx(0.95)


def test_screenshot_of_a_lower_third_selected_with_the_layers(
    window, qtbot, artifacts_dir: Path
) -> None:
    act(window, "actionAddLowerThird")
    words = overlays(window)[1]
    preview = window.preview
    at = preview.overlay_items.widget_box(words).center().toPoint()
    QTest.mouseClick(preview, LEFT, NONE, at)
    assert preview.overlay_items.selection.ids == [words.id]
    QApplication.processEvents()
    qtbot.wait(50)
    path = artifacts_dir / "screenshot-layers-lower-third.png"
    assert window.grab().save(str(path))
    assert window.layers.dock.isVisible() and window.layers.properties.isVisible()


def test_the_presenter_row_selects_the_presenter_in_the_preview(window) -> None:
    act(window, "actionAddShape")
    view = window.layers.list
    presenter = window.layers.model.index(window.layers.model.rowCount() - 1)
    assert presenter.data() == "Presenter"
    QTest.mouseClick(view.viewport(), LEFT, NONE, view.visualRect(presenter).center())
    assert window.preview.selected == "avatar"
    assert window.preview.overlay_items.selection.ids == []
    assert [i.row() for i in view.selectionModel().selectedRows()] == [presenter.row()]
