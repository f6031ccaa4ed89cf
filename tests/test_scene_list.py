"""The scene list: a model that stores nothing, drag-and-drop reordering with the mouse,
renaming in place, add / duplicate / delete, each one undo step.

About the drags: Qt's offscreen platform answers every QDrag.exec() with "ignored" at
once, without a drag loop. So the mouse press and move are real events on the viewport
(the view itself decides to start the drag and builds the MIME data), and `QDrag.exec` is
replaced by `FakeDragLoop`, which does what the platform's loop does: it delivers
DragEnter, DragMove and Drop events to the viewport at the target point, with the drag's
own MIME data, and returns the action the drop accepted.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QMimeData, QModelIndex, QObject, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QUndoStack,
)
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from composer.model.document import ProjectDocument
from composer.model.enums import VoiceType
from composer.model.request import build_request
from composer.paint.thumbnails import ThumbnailCache
from composer.ui.commands import UndoableEdits
from composer.ui.panels.live_validation import LiveValidation
from composer.ui.scene_list.duration import project_duration_text, scene_duration_text
from composer.ui.scene_list.model import (
    MIME_TYPE,
    ROW_REFRESH_MS,
    DurationRole,
    SceneListModel,
    SeverityRole,
)
from composer.ui.scene_list.operations import SceneOperations
from composer.ui.scene_list.view import SceneListView
from tests.support.builders import valid_project

Move = Qt.DropAction.MoveAction


class Harness:
    def __init__(self, qtbot: QtBot, scenes: int = 4) -> None:
        self.doc = ProjectDocument(valid_project(scenes))
        self.stack = QUndoStack()
        self.edits = UndoableEdits(self.doc, self.stack)
        self.validation = LiveValidation(self.doc)
        self.model = SceneListModel(self.doc, self.edits, self.validation)
        self.view = SceneListView(self.model)
        # children of the view: their pending timers (re-validation, card refresh) die with
        # it instead of firing into a later test
        self.validation.setParent(self.view)
        self.model.setParent(self.view)
        self.messages: list[str] = []
        self.ops = SceneOperations(self.doc, self.edits, self.view, self.messages.append)
        qtbot.addWidget(self.view)
        self.view.resize(300, 500)
        self.view.show()
        qtbot.waitExposed(self.view)
        self.validation.run_now()

    def names(self) -> list[str]:
        return [s.name for s in self.doc.scenes]

    def shown_names(self) -> list[str]:
        return [self.model.index(r).data() for r in range(self.model.rowCount())]

    def request(self) -> dict[str, Any]:
        return build_request(self.doc.project)

    def point(self, row: int, where: str = "centre") -> QPoint:
        rect = self.view.visualRect(self.model.index(row))
        return {
            "top": rect.topLeft() + QPoint(40, 4),
            "bottom": rect.bottomLeft() + QPoint(40, -4),
        }.get(where, rect.center())

    def click(
        self, qtbot: QtBot, row: int, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        qtbot.mouseClick(self.view.viewport(), Qt.MouseButton.LeftButton, modifier, self.point(row))


def send_drag(target: Any, mime: QMimeData, to: QPoint, *, drop: bool) -> QDropEvent:
    """What a drag loop sends to the widget under the pointer: enter, move (and drop).
    Returns the last event, to see whether (and how) it was accepted."""
    at, buttons, mods = QPointF(to), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at.toPoint(), Move, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    last: QDropEvent = enter
    if enter.isAccepted():
        for event in [QDragMoveEvent(at.toPoint(), Move, mime, buttons, mods)] + (
            [QDropEvent(at, Move, mime, buttons, mods)] if drop else []
        ):
            QApplication.sendEvent(target, event)
            last = event
    return last


class FakeDragLoop:
    """Stands in for the platform's drag loop (see the module docstring)."""

    def __init__(self, target: Any, to: QPoint) -> None:
        self.target = target
        self.to = to
        self.mime_rows: list[int] = []
        self.result = Qt.DropAction.IgnoreAction

    def __call__(self, drag: QDrag, *_actions: Any) -> Qt.DropAction:
        self.mime_rows = self.target.parentWidget().scene_model().dragged_rows(drag.mimeData())
        drop = send_drag(self.target, drag.mimeData(), self.to, drop=True)
        if isinstance(drop, QDropEvent) and drop.isAccepted():
            self.result = drop.dropAction()
        return self.result


def mouse_drag(
    qtbot: QtBot, ui: Harness, monkeypatch: pytest.MonkeyPatch, from_row: int, to: QPoint
) -> FakeDragLoop:
    """Press on `from_row`, move the mouse far enough to start a drag, drop at `to`."""
    viewport = ui.view.viewport()
    loop = FakeDragLoop(viewport, to)
    monkeypatch.setattr(QDrag, "exec", lambda drag, *actions: loop(drag, *actions))
    start = ui.point(from_row)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    step = QPoint(0, QApplication.startDragDistance() + 8)  # one move past the threshold
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(start + step),
        QPointF(viewport.mapToGlobal(start + step)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, move)  # the view starts the drag; the loop drops
    return loop


@pytest.fixture
def ui(qtbot: QtBot) -> Harness:
    return Harness(qtbot)


def test_rows_read_the_document(ui: Harness) -> None:
    ui.doc.scenes[1].name = ""
    assert ui.shown_names() == ["S1", "Scene 2", "S3", "S4"]
    assert ui.model.index(0).data(DurationRole) == "≈ 1 s"  # "Hello there." at 150 wpm
    assert ui.model.index(0).data(Qt.ItemDataRole.EditRole) == "S1"


def test_drag_a_row_down_with_the_mouse_then_undo_and_redo(
    ui: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = ui.request()
    ids = [s.id for s in ui.doc.scenes]
    loop = mouse_drag(qtbot, ui, monkeypatch, 0, ui.point(2, "bottom"))
    assert loop.mime_rows == [0]
    assert loop.result == Move
    assert ui.names() == ["S2", "S3", "S1", "S4"]
    assert ui.shown_names() == ["S2", "S3", "S1", "S4"]
    assert ui.model.rowCount() == 4  # the view removed nothing after the move
    body = ui.request()
    assert body["video_inputs"] == [before["video_inputs"][i] for i in (1, 2, 0, 3)]
    assert ui.stack.count() == 1 and ui.stack.undoText() == "Move scene"
    ui.stack.undo()
    assert ui.request() == before and [s.id for s in ui.doc.scenes] == ids
    ui.stack.redo()
    assert ui.request() == body


def test_drag_a_multi_selection_to_the_top(
    ui: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = copy.deepcopy(ui.doc.project)
    ui.click(qtbot, 1)
    ui.click(qtbot, 3, Qt.KeyboardModifier.ControlModifier)
    assert ui.view.selected_rows() == [1, 3]
    loop = mouse_drag(qtbot, ui, monkeypatch, 3, ui.point(0, "top"))
    assert loop.mime_rows == [1, 3]
    assert ui.names() == ["S2", "S4", "S1", "S3"]
    assert ui.view.selected_rows() == [0, 1]  # the moved scenes stay selected
    ui.stack.undo()
    assert ui.doc.project == before


def test_dropping_where_it_was_changes_nothing(
    ui: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    mouse_drag(qtbot, ui, monkeypatch, 1, ui.point(1, "bottom"))
    assert ui.names() == ["S1", "S2", "S3", "S4"]
    assert ui.stack.count() == 0  # no empty undo step


def test_drop_indicator_follows_the_mouse(ui: Harness) -> None:
    mime = ui.model.mimeData([ui.model.index(0)])
    hover = send_drag(ui.view.viewport(), mime, ui.point(2, "top"), drop=False)
    assert hover.isAccepted() and ui.view.drop_row == 2
    assert not ui.view.grab().isNull()  # paints the indicator line


def test_drops_from_elsewhere_are_refused(ui: Harness, qtbot: QtBot) -> None:
    other = Harness(qtbot)
    foreign = other.model.mimeData([other.model.index(0)])
    assert not ui.model.canDropMimeData(foreign, Move, 2, 0, QModelIndex())
    assert not ui.model.dropMimeData(foreign, Move, 2, 0, QModelIndex())
    assert ui.model.mimeTypes() == [MIME_TYPE]
    assert ui.model.supportedDropActions() == Move


def open_editor(ui: Harness) -> QLineEdit:
    """The rename field now open (a closed one may still await deletion)."""
    return next(e for e in ui.view.findChildren(QLineEdit) if e.isVisible())


def test_rename_in_place(ui: Harness, qtbot: QtBot) -> None:
    ui.click(qtbot, 1)  # a double click starts with a press (Qt checks it hit the same row)
    qtbot.mouseDClick(ui.view.viewport(), Qt.MouseButton.LeftButton, pos=ui.point(1))
    editor = open_editor(ui)
    assert editor.text() == "S2"
    editor.selectAll()
    qtbot.keyClicks(editor, "Product close-up")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: ui.doc.scenes[1].name == "Product close-up", timeout=2000)
    assert ui.stack.undoText() == "Rename scene"
    ui.stack.undo()
    assert ui.doc.scenes[1].name == "S2"
    qtbot.keyClick(ui.view, Qt.Key.Key_F2)  # F2 renames too; clearing it gives "Scene 2"
    editor = open_editor(ui)
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.shown_names()[1] == "Scene 2", timeout=2000)


def test_add_duplicate_delete_are_single_undo_steps(ui: Harness, qtbot: QtBot) -> None:
    before = ui.request()
    ui.click(qtbot, 0)
    ui.click(qtbot, 2, Qt.KeyboardModifier.ControlModifier)
    ui.ops.duplicate()
    assert ui.names() == ["S1", "S2", "S3", "S1 copy", "S3 copy", "S4"]
    assert ui.view.selected_rows() == [3, 4]
    assert len({s.id for s in ui.doc.scenes}) == 6
    ui.ops.delete()
    assert ui.names() == ["S1", "S2", "S3", "S4"]
    ui.click(qtbot, 1)
    ui.ops.add()
    added = ui.doc.scenes[2]
    assert added.name == "" and ui.shown_names()[2] == "Scene 3"
    assert added.character == ui.doc.scenes[1].character  # same presenter as the one before
    assert added.voice.input_text == ""
    assert ui.stack.count() == 3
    for _ in range(3):
        ui.stack.undo()
    assert ui.request() == before


def test_keyboard_style_moves_keep_the_selection(ui: Harness, qtbot: QtBot) -> None:
    ui.click(qtbot, 2)
    ui.ops.move_up()
    ui.ops.move_up()
    assert ui.names() == ["S3", "S1", "S2", "S4"]
    assert ui.view.selected_rows() == [0]
    assert not ui.ops.can_move(up=True)
    ui.ops.move_down()
    assert ui.names() == ["S1", "S3", "S2", "S4"]


def test_badges_follow_validation(ui: Harness) -> None:
    assert ui.model.index(1).data(SeverityRole) == ""
    ui.doc.set_value(1, "voice.speed", 3.0)
    ui.validation.run_now()
    assert ui.model.index(1).data(SeverityRole) == "error"
    assert "between 0.5 and 1.5" in ui.model.index(1).data(Qt.ItemDataRole.ToolTipRole)


def test_duration_estimates(ui: Harness) -> None:
    scene = ui.doc.scenes[0]
    scene.voice.input_text = " ".join(["word"] * 150)
    assert scene_duration_text(scene) == "≈ 1 min 00 s"
    scene.voice.speed = 1.5
    assert scene_duration_text(scene) == "≈ 40 s"
    scene.voice.type = VoiceType.SILENCE
    scene.voice.duration = "2.5"
    assert scene_duration_text(scene) == "2.5 s"  # a silence lasts exactly its duration
    scene.voice.type = VoiceType.AUDIO
    assert scene_duration_text(scene) == "audio"
    assert project_duration_text(ui.doc.project).endswith("+ audio")


class PaintedRects(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def wait_until_quiet(qtbot: QtBot, painted: PaintedRects, quiet_ms: int = 150) -> None:
    """Waits until the viewport has gone `quiet_ms` without a paint, then forgets what it saw."""

    def quiet() -> bool:
        seen = len(painted.rects)
        qtbot.wait(quiet_ms)
        return len(painted.rects) == seen

    qtbot.waitUntil(quiet, timeout=5_000)
    painted.rects.clear()


def test_an_edit_repaints_only_its_scene_card(qtbot: QtBot) -> None:
    ui = Harness(qtbot)
    painted = PaintedRects()
    ui.view.viewport().installEventFilter(painted)
    wait_until_quiet(qtbot, painted)  # the first paints can land late on a busy machine
    ui.doc.set_value(2, "name", "Renamed")
    qtbot.waitUntil(lambda: bool(painted.rects), timeout=2000)
    card = ui.view.visualRect(ui.model.index(2))
    assert all(card.contains(rect) for rect in painted.rects), painted.rects
    assert ui.shown_names()[2] == "Renamed"


def test_a_card_works_out_again_only_what_an_edit_changes(qtbot: QtBot) -> None:
    """A drag gives the card a new picture (at the next refresh) but not a new length;
    typing a script gives it a new length but keeps its picture (each costs a scene's
    render or a billing lookup)."""
    doc = ProjectDocument(valid_project(2))
    validation = LiveValidation(doc)
    model = SceneListModel(doc, UndoableEdits(doc, QUndoStack()), validation, ThumbnailCache())
    card = model.index(0)
    picture, length = card.data(Qt.ItemDataRole.DecorationRole), card.data(DurationRole)
    doc.set_value(0, "character.offset.x", 0.3)
    shown = lambda: card.data(Qt.ItemDataRole.DecorationRole).cacheKey()  # noqa: E731
    assert shown() == picture.cacheKey()  # until the refresh: moves in between draw nothing
    qtbot.waitUntil(lambda: shown() != picture.cacheKey())
    moved = card.data(Qt.ItemDataRole.DecorationRole)
    assert moved.cacheKey() != picture.cacheKey() and moved.toImage() != picture.toImage()
    assert card.data(DurationRole) == length
    doc.set_value(0, "voice.input_text", "A much longer script than before. " * 12)
    assert card.data(DurationRole) != length
    assert card.data(DurationRole) == scene_duration_text(doc.scenes[0])
    qtbot.wait(3 * ROW_REFRESH_MS)
    assert card.data(Qt.ItemDataRole.DecorationRole).cacheKey() == moved.cacheKey()


def test_validation_after_an_edit_redraws_only_the_badges_that_changed(qtbot: QtBot) -> None:
    """Validation runs again after every edit: a rename changes no card's problems, so no
    other card is redrawn; a scene that gains a problem gets its badge redrawn."""
    ui = Harness(qtbot)
    rows: list[tuple[int, int]] = []
    ui.model.dataChanged.connect(lambda a, b, *_: rows.append((a.row(), b.row())))
    ui.doc.set_value(2, "name", "Renamed")
    ui.validation.run_now()
    qtbot.wait(3 * ROW_REFRESH_MS)  # the card's own refresh
    assert rows and set(rows) == {(2, 2)}, rows
    rows.clear()
    ui.doc.set_value(1, "voice.input_text", "")
    ui.validation.run_now()
    assert (1, 1) in rows and ui.model.index(1).data(SeverityRole) == "error"
