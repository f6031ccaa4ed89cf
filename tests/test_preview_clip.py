"""The real presenter in the preview: the rendered clip's frame (with its transparency)
replaces the silhouette once the clip is cached; the scrubber plays and scrubs it frame by
frame."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QUndoStack

from composer.model.document import ProjectDocument
from composer.model.project import Offset
from composer.paint.scene_painter import ScenePainter
from composer.sandbox.clipmedia import JACKET, MOUTH, SKIN
from composer.ui.commands import UndoableEdits
from composer.ui.preview.presenter import ClipPictures
from composer.ui.preview.preview_widget import PreviewWidget
from composer.ui.preview.scrubber import ClipScrubber
from tests.conftest import ARTIFACTS
from tests.support.builders import valid_project
from tests.support.clips import fill_cache

BG = QColor("#112233")


def near(colour: QColor, rgb: tuple[int, int, int], tolerance: int = 24) -> bool:
    return max(abs(a - b) for a, b in zip(colour.getRgb()[:3], rgb, strict=True)) <= tolerance


@pytest.fixture
def preview(qtbot, tmp_path: Path):
    project = valid_project(2)
    project.scenes[0].character.scale = 0.8
    project.scenes[0].character.offset = Offset(0.1, 0.1)
    doc = ProjectDocument(project)
    pictures = ClipPictures(lambda: doc.project, folder=tmp_path / "clips")
    widget = PreviewWidget(painter=ScenePainter(pictures))
    scrubber = ClipScrubber(widget, pictures)
    widget.set_document(doc, UndoableEdits(doc, QUndoStack()))
    widget.resize(980, 600)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, scrubber, doc, pictures


def face(widget: PreviewWidget) -> QPointF:
    """The middle of the presenter's cheek (0.23 of the picture's height from its top)."""
    box = widget.avatar_box()
    return QPointF(box.center().x() + box.height() * 0.05, box.top() + box.height() * 0.2)


def mouth(widget: PreviewWidget) -> QPointF:
    box = widget.avatar_box()
    return QPointF(box.center().x(), box.top() + box.height() * 0.28)  # below a closed mouth


def test_the_clip_replaces_the_silhouette_once_rendered(preview, qtbot) -> None:
    widget, scrubber, doc, pictures = preview
    grabbed = widget.grab().toImage()
    assert not near(grabbed.pixelColor(face(widget).toPoint()), SKIN)  # the silhouette
    assert not scrubber.isVisible()
    fill_cache(doc.project, pictures.cache.folder, seconds=1.0)
    pictures.look_again()
    widget.update()
    qtbot.waitUntil(scrubber.isVisible)
    image = widget.grab().toImage()
    image.save(str(ARTIFACTS / "preview-clip.png"))
    assert near(image.pixelColor(face(widget).toPoint()), SKIN)
    box = widget.avatar_box()
    body = QPointF(box.center().x(), box.top() + box.height() * 0.8)
    assert near(image.pixelColor(body.toPoint()), JACKET)
    beside = QPointF(box.left() + 3, box.top() + 3)  # transparent around the presenter
    assert image.pixelColor(beside.toPoint()) == BG


def test_scrubbing_and_playing_show_the_clip_frame_by_frame(preview, qtbot) -> None:
    widget, scrubber, doc, pictures = preview
    fill_cache(doc.project, pictures.cache.folder, seconds=1.0)
    pictures.look_again()
    widget.update()
    qtbot.waitUntil(scrubber.isVisible)
    assert scrubber.slider.maximum() == 24  # 25 frames of a 1 s clip
    closed = widget.grab().toImage().pixelColor(mouth(widget).toPoint())
    scrubber.slider.setValue(3)  # 0.12 s: the first syllable, mouth wide open
    assert scrubber.time_label.text() == "0.12 s / 1.00 s"
    opened = widget.grab().toImage().pixelColor(mouth(widget).toPoint())
    assert near(opened, MOUTH, 40) and not near(closed, MOUTH, 40)
    scrubber.slider.setValue(0)
    qtbot.mouseClick(scrubber.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: scrubber.slider.value() == scrubber.slider.maximum(), timeout=5000)
    qtbot.waitUntil(lambda: not scrubber.play_button.isChecked())
    assert scrubber.play_button.text() == "Play"
