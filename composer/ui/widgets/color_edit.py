"""A hex colour field: type `#1A1A2E`, or click the swatch to pick from a colour dialog."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QColorDialog, QHBoxLayout, QLineEdit, QToolButton, QWidget

HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
SWATCH = QSize(18, 18)


class ColorEdit(QWidget):
    """Emits `edited(str | None)` when the user types or picks (None when cleared)."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(placeholderText="#RRGGBB")
        self.line.setObjectName("hexField")
        self.line.setMaxLength(9)
        self.swatch = QToolButton(objectName="swatchButton", toolTip="Pick a colour…")
        self.swatch.setIconSize(SWATCH)
        self.swatch.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.swatch)
        layout.addWidget(self.line, 1)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self._typed)
        self.swatch.clicked.connect(self.choose)
        self._paint_swatch("")

    def set_text(self, value: str | None) -> None:
        text = value or ""
        if self.line.text() != text:
            self.line.setText(text)
        self._paint_swatch(text)

    def choose(self) -> None:
        text = self.line.text().strip()
        start = QColor(text) if HEX.match(text) else QColor("#FFFFFF")
        picked = QColorDialog.getColor(start, self, "Choose a colour")
        if picked.isValid():
            hex_text = picked.name(QColor.NameFormat.HexRgb).upper()
            self.set_text(hex_text)
            self.edited.emit(hex_text)

    def _typed(self, text: str) -> None:
        self._paint_swatch(text)
        self.edited.emit(text.strip() or None)

    def _paint_swatch(self, text: str) -> None:
        """A filled square for a valid colour, a crossed-out one for anything else."""
        size = SWATCH * 2  # drawn at 2× so it stays crisp on high-density screens
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(128, 128, 128), 2))
        rect = pixmap.rect().adjusted(1, 1, -1, -1)
        if HEX.match(text):
            painter.setBrush(QColor(text))
            painter.drawRoundedRect(rect, 6, 6)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 6, 6)
            painter.drawLine(rect.bottomLeft(), rect.topRight())
        painter.end()
        self.swatch.setIcon(QIcon(pixmap))
