"""The timeline strip: one block per scene, as wide as the scene is long, with its number
and length, and the playhead; click or drag to move the playhead."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from composer.billing.lengths import Length, length_text
from composer.rehearsal.timeline import Timeline
from composer.ui.i18n import amounts

HEIGHT = 44
BLOCK_COLORS = ("#3b5bdb", "#2f9e9b")
PLAYHEAD = QColor("#f03e3e")


class TimelineStrip(QWidget):
    seek_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rehearsalStrip")
        self.setMinimumHeight(HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.timeline = Timeline(())
        self.names: list[str] = []
        self.position = 0.0
        self.current = -1

    def sizeHint(self) -> QSize:
        return QSize(600, HEIGHT)

    def set_timeline(self, timeline: Timeline, names: list[str]) -> None:
        self.timeline, self.names = timeline, names
        self.update()

    def set_position(self, seconds: float, current: int) -> None:
        self.position, self.current = seconds, current
        self.update()

    def x_of(self, seconds: float) -> float:
        total = self.timeline.total or 1.0
        return 1 + (self.width() - 2) * seconds / total

    def paintEvent(self, event: QPaintEvent) -> None:
        qp = QPainter(self)
        qp.setRenderHint(QPainter.RenderHint.Antialiasing)
        for segment in self.timeline.segments:
            left, right = self.x_of(segment.start), self.x_of(segment.end)
            block = QRectF(left, 4, max(1.0, right - left - 2), self.height() - 8)
            color = QColor(BLOCK_COLORS[segment.index % 2])
            if segment.index != self.current:
                color.setAlphaF(0.55)
            qp.setPen(Qt.PenStyle.NoPen)
            qp.setBrush(color)
            qp.drawRoundedRect(block, 4, 4)
            qp.setPen(Qt.GlobalColor.white)
            length = length_text(Length(segment.seconds, exact=not segment.estimated), amounts)
            name = self.names[segment.index] if segment.index < len(self.names) else ""
            label = f"{segment.index + 1} · {length} · {name}"
            text = qp.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, int(block.width()) - 8
            )
            qp.drawText(block.adjusted(6, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, text)
        x = self.x_of(self.position)
        qp.setPen(QPen(PLAYHEAD, 2))
        qp.drawLine(int(x), 0, int(x), self.height())

    def _seek(self, event: QMouseEvent) -> None:
        total = self.timeline.total
        if total > 0 and self.width() > 2:
            fraction = (event.position().x() - 1) / (self.width() - 2)
            self.seek_requested.emit(max(0.0, min(1.0, fraction)) * total)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._seek(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._seek(event)
