"""The live preview, driven with real mouse, wheel and key events."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QUndoStack, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from composer.model.document import ProjectDocument
from composer.model.enums import AvatarStyle, BackgroundType, Fit
from composer.model.project import Dimension, Offset, Position, TextOverlay
from composer.ui.commands import UndoableEdits
from composer.ui.preview.preview_widget import PreviewWidget
from composer.ui.render.background import fitted_rect
from composer.ui.render.thumbnails import ThumbnailCache
from tests.support.builders import valid_project

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def setup(qtbot):
    project = valid_project(2)
    project.scenes[0].character.scale = 0.5
    project.scenes[0].character.offset = Offset(0.2, 0.0)
    project.scenes[0].text = TextOverlay(
        text="Hello", line_height=1.2, font_size=60, position=Position(0.1, 0.1), width=400
    )
    doc = ProjectDocument(project)
    stack = QUndoStack()
    widget = PreviewWidget()
    widget.set_document(doc, UndoableEdits(doc, stack))
    widget.resize(980, 580)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, doc, stack


def drag(widget: PreviewWidget, start: QPointF, end: QPointF, modifiers=NONE, steps: int = 8):
    viewport = widget
    QTest.mousePress(viewport, LEFT, modifiers, start.toPoint())
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        QTest.mouseMove(viewport, point.toPoint())
    QTest.mouseRelease(viewport, LEFT, modifiers, end.toPoint())


def offset(doc: ProjectDocument) -> tuple[float, float]:
    o = doc.scenes[0].character.offset
    return (o.x, o.y)


def test_dragging_the_avatar_moves_offset_by_output_pixels(setup) -> None:
    widget, doc, stack = setup
    start = widget.avatar_box().center()
    drag(widget, start, start + QPointF(60, -30), SHIFT)
    scale = widget.view_scale()
    expected = (round(0.2 + 60 / scale / 1920, 3), round(0.0 - 30 / scale / 1080, 3))
    assert offset(doc) == pytest.approx(expected, abs=0.0011)
    assert stack.count() == 1  # one drag, one undo step
    stack.undo()
    assert offset(doc) == (0.2, 0.0)
    stack.redo()
    assert offset(doc) == pytest.approx(expected, abs=0.0011)


def test_snapping_pulls_the_avatar_to_the_centre_and_shift_frees_it(setup) -> None:
    widget, doc, stack = setup
    centre_x = widget.frame_rect().center().x()
    start = widget.avatar_box().center()
    near = QPointF(centre_x + 5, start.y())  # 5 widget px from the centre line
    drag(widget, start, near)
    assert doc.scenes[0].character.offset.x == 0.0
    stack.undo()
    drag(widget, start, near, SHIFT)
    assert doc.scenes[0].character.offset.x == pytest.approx(
        5 / widget.view_scale() / 1920, abs=0.0011
    )


def test_handle_and_wheel_change_scale_one_undo_step_each(setup) -> None:
    widget, doc, stack = setup
    handle = widget.handle_rect().center()
    drag(widget, handle, handle + QPointF(0, 40), SHIFT)
    grown = doc.scenes[0].character.scale
    box_output = 0.5 * 1080
    assert grown == pytest.approx(
        0.5 * (box_output + 2 * 40 / widget.view_scale()) / box_output, abs=0.002
    )
    assert stack.count() == 1
    centre = widget.avatar_box().center()
    for _ in range(3):
        wheel = QWheelEvent(
            centre,
            widget.mapToGlobal(centre),
            QPoint(),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            NONE,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, wheel)
    assert doc.scenes[0].character.scale == pytest.approx(grown * 1.05**3, abs=0.003)
    assert stack.count() == 2  # the three notches are one step
    stack.undo()
    assert doc.scenes[0].character.scale == grown
    stack.undo()
    assert doc.scenes[0].character.scale == 0.5


def test_dragging_the_text_moves_its_position(setup) -> None:
    widget, doc, stack = setup
    start = widget.text_box().center()
    drag(widget, start, start + QPointF(100, 50), SHIFT)
    position = doc.scenes[0].text.position
    s = widget.view_scale()
    assert (position.x, position.y) == pytest.approx(
        (0.1 + 100 / s / 1920, 0.1 + 50 / s / 1080), abs=0.0011
    )
    stack.undo()
    assert (doc.scenes[0].text.position.x, doc.scenes[0].text.position.y) == (0.1, 0.1)


def test_arrow_keys_nudge_one_output_pixel(setup) -> None:
    widget, doc, _stack = setup
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Right)
    QTest.keyClick(widget, Qt.Key.Key_Down, SHIFT)
    assert offset(doc) == (round(0.2 + 1 / 1920, 3), round(10 / 1080, 3))


def test_repaints_when_the_model_changes(setup) -> None:
    widget, doc, _stack = setup
    corner = QPoint(int(widget.frame_rect().left()) + 3, int(widget.frame_rect().top()) + 3)
    before = widget.grab().toImage().pixelColor(corner)
    assert before == QColor("#112233")
    doc.set_value(0, "background.value", "#FF0000")
    assert widget.grab().toImage().pixelColor(corner) == QColor("#FF0000")


def test_portrait_frame_keeps_its_aspect(setup) -> None:
    widget, doc, _stack = setup
    doc.set_value(-1, "dimension", Dimension(1080, 1920))
    frame = widget.frame_rect()
    assert frame.width() / frame.height() == pytest.approx(1080 / 1920, abs=0.01)
    assert frame.height() == pytest.approx(widget.height() - 36, abs=1)


def test_circle_avatar_is_filled_with_its_colour(setup) -> None:
    widget, doc, _stack = setup
    doc.set_value(0, "character.avatar_style", AvatarStyle.CIRCLE)
    doc.set_value(0, "character.circle_background_color", "#00FF00")
    box = widget.avatar_box()
    inside = QPoint(int(box.center().x()), int(box.top() + box.height() * 0.08))
    assert widget.grab().toImage().pixelColor(inside) == QColor("#00FF00")


@pytest.mark.parametrize(
    ("fit", "expected"),
    [
        (Fit.COVER, QRectF(0, -420, 1920, 1920)),
        (Fit.CONTAIN, QRectF(420, 0, 1080, 1080)),
        (Fit.NONE, QRectF(460, 40, 1000, 1000)),
        (Fit.CROP, QRectF(0, -420, 1920, 1920)),
    ],
)
def test_fit_rules(fit: Fit, expected: QRectF) -> None:
    assert fitted_rect(1000, 1000, 1920, 1080, fit) == expected


def test_contain_letterboxes_in_black(setup, tmp_path) -> None:
    widget, doc, _stack = setup
    from PySide6.QtGui import QImage

    image = QImage(100, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#FF00FF"))
    path = tmp_path / "square.png"
    image.save(str(path))
    doc.set_value(0, "background.type", BackgroundType.IMAGE)
    doc.set_value(0, "background.local_file", str(path))
    doc.set_value(0, "background.fit", Fit.CONTAIN)
    frame = widget.frame_rect()
    grabbed = widget.grab().toImage()
    assert grabbed.pixelColor(QPoint(int(frame.left()) + 3, int(frame.center().y()))) == QColor(
        "#000000"
    )
    assert grabbed.pixelColor(QPoint(int(frame.center().x()), int(frame.top()) + 3)) == QColor(
        "#FF00FF"
    )


def test_thumbnails_are_cached_until_the_scene_changes(qtbot) -> None:
    project = valid_project(2)
    cache = ThumbnailCache()
    size = QSize(128, 72)
    first = cache.thumbnail(project.scenes[0], project, size)
    cache.thumbnail(project.scenes[0], project, size)
    assert cache.renders == 1
    assert first.toImage().pixelColor(2, 2) == QColor("#112233")
    project.scenes[0].background.value = "#445566"
    changed = cache.thumbnail(project.scenes[0], project, size)
    assert cache.renders == 2 and changed.toImage().pixelColor(2, 2) == QColor("#445566")


def test_paint_time_during_a_drag_over_an_image(setup, tmp_path) -> None:
    """p99 of a full repaint while dragging across a 1920×1080 image background."""
    widget, doc, _stack = setup
    from PySide6.QtGui import QImage

    image = QImage(1920, 1080, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    path = tmp_path / "bg.jpg"
    image.save(str(path))
    doc.set_value(0, "background.type", BackgroundType.IMAGE)
    doc.set_value(0, "background.local_file", str(path))
    start = widget.avatar_box().center()
    QTest.mousePress(widget, LEFT, SHIFT, start.toPoint())
    times = []
    for i in range(500):
        QTest.mouseMove(widget, (start + QPointF(i % 200, (i * 3) % 100)).toPoint())
        began = time.perf_counter()
        widget.repaint()
        times.append((time.perf_counter() - began) * 1000)
    QTest.mouseRelease(widget, LEFT, SHIFT, start.toPoint())
    times.sort()
    p50, p99 = times[250], times[494]
    print(f"preview drag paint: p50 {p50:.2f} ms, p99 {p99:.2f} ms")
    assert p99 < 16


def test_long_sessions_do_not_exhaust_none(setup) -> None:
    """PySide6 6.12.0 dropped a reference to None on every void call, so a few thousand
    repaints crashed the interpreter; pyproject excludes it. This catches a relapse."""
    import sys

    widget, _doc, _stack = setup
    before = sys.getrefcount(None)
    for _ in range(300):
        widget.repaint()
    assert sys.getrefcount(None) >= before - 50
