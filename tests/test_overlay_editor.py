"""Overlays edited as items in the preview, with real mouse and key events: picking
(topmost, never hidden or locked), dragging, resizing by a handle, snapping to another
overlay's edge, nudging; one undo step per gesture."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from composer.model.document import ProjectDocument
from composer.model.fields import Position
from composer.model.rich import Overlay, OverlayType, Size
from composer.ui.preview import overlay
from composer.ui.preview.preview_widget import PreviewWidget
from tests.support.builders import valid_project
from tests.test_preview import LEFT, NONE, SHIFT, move, shown_preview

pytestmark = pytest.mark.usefixtures("qapp")


def shape(x: float, y: float, w: float, h: float, **fields) -> Overlay:
    return Overlay(
        type=OverlayType.SHAPE, position=Position(x, y), size=Size(w, h), color="#ff0000", **fields
    )


@pytest.fixture
def editor(qtbot):
    project = valid_project(1)
    project.scenes[0].overlays = [
        shape(0.05, 0.05, 0.2, 0.2, name="under"),
        shape(0.1, 0.1, 0.2, 0.2, name="top"),
        shape(0.6, 0.5, 0.15, 0.1, name="right"),  # clear of the frame guides
    ]
    return shown_preview(qtbot, project)


def drag(widget: PreviewWidget, start: QPointF, end: QPointF, modifiers=NONE, steps: int = 6):
    """A plain press, then moves and the release with `modifiers` held (Shift at the press
    would add to the selection instead of dragging)."""
    QTest.mousePress(widget, LEFT, NONE, start.toPoint())
    for i in range(1, steps + 1):
        move(widget, start + (end - start) * (i / steps), modifiers)
    QTest.mouseRelease(widget, LEFT, modifiers, end.toPoint())


def centre(widget: PreviewWidget, overlay: Overlay) -> QPointF:
    return widget.overlay_items.widget_box(overlay).center()


def overlays(doc: ProjectDocument) -> list[Overlay]:
    return doc.scenes[0].overlays


def selected_names(widget: PreviewWidget) -> list[str]:
    chosen = widget.overlay_items.selection.ids
    return [o.name for o in overlays(widget.doc) if o.id in chosen]


def test_a_click_selects_the_topmost_overlay_and_changes_nothing(editor) -> None:
    widget, doc, stack = editor
    under = overlays(doc)[0]
    QTest.mouseClick(widget, LEFT, NONE, centre(widget, under).toPoint())  # inside both
    assert selected_names(widget) == ["top"]
    assert stack.count() == 0


def test_a_drag_moves_the_overlay_and_one_undo_puts_it_back(editor) -> None:
    widget, doc, stack = editor
    right = overlays(doc)[2]
    start = centre(widget, right)
    drag(widget, start, start + QPointF(-40, 30), SHIFT)  # Shift: no snapping
    scale = widget.view_scale()
    assert right.position.x == pytest.approx(0.6 - 40 / scale / 1920, abs=0.002)
    assert right.position.y == pytest.approx(0.5 + 30 / scale / 1080, abs=0.002)
    assert stack.count() == 1
    stack.undo()
    assert (right.position.x, right.position.y) == (0.6, 0.5)


def test_a_corner_handle_resizes_and_the_opposite_corner_stays(editor) -> None:
    widget, doc, stack = editor
    right = overlays(doc)[2]
    QTest.mouseClick(widget, LEFT, NONE, centre(widget, right).toPoint())
    corner = widget.overlay_items.widget_box(right).bottomRight()
    drag(widget, corner, corner + QPointF(50, 25), SHIFT)
    scale = widget.view_scale()
    assert (right.position.x, right.position.y) == (0.6, 0.5)
    assert right.size.width == pytest.approx(0.15 + 50 / scale / 1920, abs=0.002)
    assert right.size.height == pytest.approx(0.1 + 25 / scale / 1080, abs=0.002)
    assert stack.count() == 1


def test_a_dragged_overlay_snaps_to_another_overlays_edge(editor) -> None:
    widget, doc, _stack = editor
    top, right = overlays(doc)[1:]
    # the right overlay's left edge dragged to 3 px (on screen) right of top's right edge
    scale = widget.view_scale()
    gap = (right.position.x - (top.position.x + top.size.width)) * 1920 * scale
    start = centre(widget, right)
    drag(widget, start, start + QPointF(-gap + 3, 0))
    assert right.position.x == pytest.approx(top.position.x + top.size.width, abs=0.001)


def test_locked_and_hidden_overlays_are_not_picked(editor) -> None:
    widget, doc, _stack = editor
    under, top, _right = overlays(doc)
    only_under = centre(widget, under) - QPointF(30, 30)  # inside "under", outside "top"
    assert widget.overlay_items.widget_box(under).contains(only_under)
    assert not widget.overlay_items.widget_box(top).contains(only_under)
    point = centre(widget, top).toPoint()
    doc.set_value(0, "overlays[1].locked", True)
    QTest.mouseClick(widget, LEFT, NONE, point)
    assert selected_names(widget) == ["under"]  # the one below the locked one
    doc.set_value(0, "overlays[1].locked", None)
    doc.set_value(0, "overlays[1].hidden", True)
    QTest.mouseClick(widget, LEFT, NONE, point)
    assert selected_names(widget) == ["under"]
    doc.set_value(0, "overlays[1].hidden", None)
    QTest.mouseClick(widget, LEFT, NONE, point)
    assert selected_names(widget) == ["top"]


def test_arrow_keys_nudge_the_selected_overlay_in_one_undo_step(editor) -> None:
    widget, doc, stack = editor
    right = overlays(doc)[2]
    QTest.mouseClick(widget, LEFT, NONE, centre(widget, right).toPoint())
    for _ in range(3):
        QTest.keyClick(widget, Qt.Key.Key_Right, SHIFT)
    assert right.position.x == pytest.approx(0.6 + 30 / 1920, abs=0.001)
    assert stack.count() == 1
    stack.undo()
    assert right.position.x == 0.6
    QTest.keyClick(widget, Qt.Key.Key_Escape)
    assert selected_names(widget) == []
    QTest.keyClick(widget, Qt.Key.Key_Right)
    assert right.position.x == 0.6 and stack.count() == 1  # nothing selected: nothing moves


def test_the_snapped_guide_shows_while_dragging(editor) -> None:
    widget, doc, _stack = editor
    top, right = overlays(doc)[1:]
    scale = widget.view_scale()
    edge = (top.position.x + top.size.width) * 1920  # output px
    start = centre(widget, right)
    QTest.mousePress(widget, LEFT, NONE, start.toPoint())
    target = start + QPointF((edge - right.position.x * 1920) * scale + 3, 0)
    for i in range(1, 5):
        move(widget, start + (target - start) * (i / 4))
    shot = widget.grab().toImage()
    x = round(widget.frame_rect().x() + edge * scale)
    y = round(widget.frame_rect().bottom()) - 5  # below every overlay
    assert shot.pixelColor(x, y).name() == overlay.SNAPPED.name()
    QTest.mouseRelease(widget, LEFT, NONE, target.toPoint())
    assert widget.grab().toImage().pixelColor(x, y).name() != overlay.SNAPPED.name()


def test_shift_keeps_a_pictures_shape_when_resizing(editor) -> None:
    widget, doc, _stack = editor
    doc.insert_overlay(0, 3, Overlay(type=OverlayType.IMAGE, local_file="logo.png"))
    picture = overlays(doc)[3]
    box = widget.overlay_items.box(picture)
    QTest.mouseClick(widget, LEFT, NONE, centre(widget, picture).toPoint())
    corner = widget.overlay_items.widget_box(picture).bottomLeft()
    drag(widget, corner, corner + QPointF(-60, 5), SHIFT)
    after = widget.overlay_items.box(picture)
    assert after.w > box.w + 50
    assert after.w / after.h == pytest.approx(box.w / box.h, rel=0.02)
    assert after.right == pytest.approx(box.right, abs=2)  # the opposite corner stays


def test_an_overlay_not_showing_at_the_strips_moment_is_not_picked(editor) -> None:
    widget, doc, _stack = editor
    top = overlays(doc)[1]
    doc.set_value(0, "overlays[1].start", 2.0)  # "top" shows from 2 s
    widget.moment = lambda: 1.0  # the clip strip at 1 s
    QTest.mouseClick(widget, LEFT, NONE, centre(widget, top).toPoint())
    assert selected_names(widget) == ["under"]
    widget.moment = lambda: 2.5
    QTest.mouseClick(widget, LEFT, NONE, centre(widget, top).toPoint())
    assert selected_names(widget) == ["top"]
