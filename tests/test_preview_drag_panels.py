"""A drag in the preview and the property panels: the panels need not follow every mouse
move (they catch up every DRAG_REFRESH_MS), but show the dropped place as soon as the
mouse is released, and the drag stays one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QHBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from composer.model.document import ProjectDocument
from composer.model.project import Offset
from composer.ui.commands import UndoableEdits
from composer.ui.panels.inspector import Inspector
from composer.ui.preview.preview_widget import PreviewWidget
from tests.support.builders import valid_project

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def test_panels_show_where_a_drag_dropped_the_presenter(qtbot: QtBot) -> None:
    project = valid_project(2)
    project.scenes[0].character.scale = 0.5
    project.scenes[0].character.offset = Offset(0.2, 0.0)
    doc, stack = ProjectDocument(project), QUndoStack()
    edits = UndoableEdits(doc, stack)
    window = QWidget()
    preview, inspector = PreviewWidget(), Inspector(doc, edits, lambda _kind, _now: None)
    preview.set_document(doc, edits)
    row = QHBoxLayout(window)
    row.addWidget(preview, 2)
    row.addWidget(inspector, 1)
    qtbot.addWidget(window)
    window.resize(1400, 700)
    window.show()
    qtbot.waitExposed(window)
    inspector.set_scene(0)
    inspector.panels  # noqa: B018 - builds every panel now
    spins = [
        inspector.findChild(QWidget, f"field:character.offset.{axis}").findChild(QAbstractSpinBox)
        for axis in "xy"
    ]
    before = [spin.value() for spin in spins]

    handle = window.windowHandle()
    start = preview.mapTo(window, preview.avatar_box().center().toPoint())
    QTest.mousePress(handle, LEFT, NONE, start)
    for step in range(1, 31):  # moves as fast as the events come: no time for a refresh
        QTest.mouseMove(handle, start + QPoint(3 * step, 2 * step))
        QApplication.processEvents()
    QTest.mouseRelease(handle, LEFT, NONE, start + QPoint(90, 60))
    dropped = [spin.value() for spin in spins]

    assert doc.project.scenes[0].character.offset != Offset(0.2, 0.0)
    assert dropped != before
    assert stack.count() == 1  # the whole drag is one undo step
    stack.undo()
    assert [spin.value() for spin in spins] == before
    stack.redo()  # shown by the panels' ordinary refresh: what the drop must have shown
    assert [spin.value() for spin in spins] == dropped
