"""A sound's waveform, drawn from peaks (composer.media.waveform) computed off the GUI
thread; says so while they are read and when the file can't be."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from composer.media.waveform import Waveform
from composer.ui.i18n import translate


class WaveformView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("musicWaveform")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("MusicPanel", "Waveform of the music"))
        self.shape: Waveform | None = None
        self.words = ""

    def sizeHint(self) -> QSize:
        return QSize(240, 56)

    def show_words(self, words: str) -> None:
        """No waveform: `words` instead ("Reading the sound…", why it can't be read)."""
        self.shape, self.words = None, words
        self.update()

    def show_waveform(self, shape: Waveform) -> None:
        self.shape, self.words = shape, ""
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        area = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(area, 6, 6)
        if self.shape is None or not len(self.shape.peaks):
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.words)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawPath(_outline(self.shape.peaks, area.adjusted(6, 6, -6, -6)))

    def drawn_peaks(self) -> np.ndarray | None:
        return None if self.shape is None else self.shape.peaks


def _outline(peaks: np.ndarray, box: QRectF) -> QPainterPath:
    """The peaks mirrored about the box's middle line, as one filled shape."""
    middle, half = box.center().y(), box.height() / 2
    xs = np.linspace(box.left(), box.right(), len(peaks))
    heights = np.maximum(peaks * half, 0.5)  # silence still shows as a line
    path = QPainterPath(QPointF(xs[0], middle - heights[0]))
    for x, h in zip(xs[1:], heights[1:], strict=True):
        path.lineTo(x, middle - h)
    for x, h in zip(xs[::-1], heights[::-1], strict=True):
        path.lineTo(x, middle + h)
    path.closeSubpath()
    return path
