"""The shortcuts that keep a drag in the preview under 4 ms a frame give the same picture
and the same answers as the long way round: cached sprites draw what direct painting
draws, a drag repaints one rectangle, and remembered clip keys follow every edit that
changes them (benchmarks/gui.py measures the speed itself)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath, QUndoStack

from composer.media.clips import affects_clip
from composer.model.document import ProjectDocument
from composer.ui.commands import UndoableEdits
from composer.ui.preview import overlay
from composer.ui.preview.presenter import ClipPictures
from composer.ui.preview.preview_widget import PreviewWidget
from tests.support.builders import valid_project
from tests.support.clips import fill_cache

FRAME = QRectF(31, 27, 900.5, 506.25)
SAFE = QRectF(76.2, 52.4, 810.45, 455.6)


def _painted(draw) -> QImage:
    image = QImage(1000, 600, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(overlay.SURROUND)
    painter = QPainter(image)
    draw(painter)
    painter.end()
    return image


def _pixels(image: QImage) -> np.ndarray:
    return np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1).astype(int)


def _same(first: QImage, second: QImage) -> bool:
    """Equal but for rounding: a translucent sprite blended at once rounds a channel by
    one where strips blended one after the other overlap."""
    return int(np.abs(_pixels(first) - _pixels(second)).max()) <= 2


def test_sprites_draw_what_direct_painting_draws() -> None:
    box = QRectF(412.4, 160.6, 301.3, 377.8)
    whole_box = QRectF(412, 161, 301, 378)
    cases = {
        "shadow": (
            lambda p: overlay.paint_frame_shadow(p, FRAME),
            lambda p: overlay._draw_frame_shadow(p, FRAME),
        ),
        "guides while dragging": (
            lambda p: overlay.paint_guides(p, FRAME, SAFE, True, (None, None)),
            lambda p: overlay._draw_guides(p, FRAME, SAFE, True),
        ),
        "safe area": (
            lambda p: overlay.paint_guides(p, FRAME, SAFE, False, (None, None)),
            lambda p: overlay._draw_guides(p, FRAME, SAFE, False),
        ),
        "selection": (
            lambda p: overlay.paint_outline(p, box, strong=True),
            lambda p: overlay._draw_outline(p, whole_box, strong=True),
        ),
        "hover": (
            lambda p: overlay.paint_outline(p, box, strong=False),
            lambda p: overlay._draw_outline(p, whole_box, strong=False),
        ),
    }
    for name, (cached, direct) in cases.items():
        first, again = _painted(cached), _painted(cached)  # made, then from the cache
        expected = _painted(direct)
        assert _same(first, expected), name
        assert _same(again, expected), name
        assert not _same(expected, _painted(lambda p: None)), f"{name} draws nothing"


def test_the_readout_pill_is_the_pill_drawn_directly() -> None:
    text = "Across 51.2 %   Down 40 %"
    shown = _painted(lambda p: overlay.paint_readout(p, FRAME, text))
    painted = [
        (x, y)
        for x in range(0, 1000, 2)
        for y in range(int(FRAME.top()), int(FRAME.top()) + 50)
        if shown.pixelColor(x, y) != overlay.SURROUND
    ]
    left, top = min(x for x, _ in painted), min(y for _, y in painted)
    right, bottom = max(x for x, _ in painted), max(y for _, y in painted)
    assert abs((left + right) / 2 - FRAME.center().x()) <= 2  # centred under the edge
    pill = QRectF(left, top, right - left + 1, bottom - top + 1)

    def direct(painter: QPainter) -> None:
        path = QPainterPath()
        path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(path, overlay.QColor(20, 22, 26, 210))

    background = _painted(direct)
    inside = QPointF(pill.left() + 6, pill.center().y()).toPoint()  # left of the text
    assert shown.pixelColor(inside) == background.pixelColor(inside)


class _PaintRegions(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.regions = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.regions.append(event.region())
        return False


def test_a_drag_repaints_one_rectangle_holding_what_changed(qtbot) -> None:
    """Qt paints a region of several rectangles span by span, four times slower than the
    rectangle around them: each move of a drag asks for one rectangle."""
    doc = ProjectDocument(valid_project(1))
    widget = PreviewWidget()
    widget.set_document(doc, UndoableEdits(doc, QUndoStack()))
    widget.resize(980, 600)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    spy = _PaintRegions()
    widget.installEventFilter(spy)
    start = widget.avatar_box().center()
    boxes = [widget.avatar_box()]
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start.toPoint())
    for step in range(1, 6):
        spy.regions.clear()
        qtbot.mouseMove(widget, (start + QPointF(step * 9, step * 4)).toPoint())
        qtbot.waitUntil(lambda: bool(spy.regions))
        boxes.append(widget.avatar_box())
        region = spy.regions[-1]
        assert region.rectCount() == 1
        for box in boxes[-2:]:  # where the avatar was and where it is now
            assert region.boundingRect().contains(box.toAlignedRect())
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=(start + QPointF(45, 20)).toPoint())


def test_remembered_clip_keys_follow_the_edits_that_change_them(tmp_path: Path) -> None:
    doc = ProjectDocument(valid_project(1))
    pictures = ClipPictures(lambda: doc.project, folder=tmp_path / "clips")
    pictures.follow(doc)
    fill_cache(doc.project, pictures.cache.folder, seconds=0.2)
    scene = doc.scenes[0]
    assert pictures.clip(scene) is not None
    doc.set_value(0, "character.offset.x", 0.2)  # a drag: the same clip
    assert pictures.clip(scene) is not None
    doc.set_value(0, "character.avatar_id", "Another_presenter")
    assert pictures.clip(scene) is None  # no clip for that presenter yet
    doc.set_value(0, "character.avatar_id", valid_project(1).scenes[0].character.avatar_id)
    pictures.look_again()
    assert pictures.clip(scene) is not None
    doc.set_value(0, "voice.input_text", "Something else entirely.")
    assert pictures.clip(scene) is None


def test_which_edits_can_change_a_clip() -> None:
    for path in ("", "voice", "voice.input_text", "character", "character.avatar_id"):
        assert affects_clip(path), path
    for path in ("character.offset.x", "character.scale", "background.value", "text.text"):
        assert not affects_clip(path), path
