"""A sound's waveform, drawn from peaks (composer.media.waveform) computed off the GUI
thread; says so while they are read and when the file can't be."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from composer.ui.i18n import translate

if TYPE_CHECKING:  # numpy and FFmpeg load when a sound is read, not with the window
    import numpy as np

    from composer.media.waveform import Waveform


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
    step = box.width() / max(1, len(peaks) - 1)
    points = [(box.left() + i * step, max(float(p) * half, 0.5)) for i, p in enumerate(peaks)]
    path = QPainterPath(QPointF(points[0][0], middle - points[0][1]))  # silence: a line
    for x, h in points[1:]:
        path.lineTo(x, middle - h)
    for x, h in reversed(points):
        path.lineTo(x, middle + h)
    path.closeSubpath()
    return path
