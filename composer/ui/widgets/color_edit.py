"""A colour field: type `#1A1A2E`, `#ABC` or a colour name (`orange`, `cornflowerblue`,
completed from the CSS list as you type), or click the swatch to pick from a colour dialog.
What is stored is always `#RRGGBB` once the text is a colour; text that is not (yet) one is
passed on as typed, so the validator can explain it."""

from __future__ import annotations

from PySide6.QtCore import QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from composer.model.colours import NAMED, name_of, to_hex
from composer.ui.i18n import translate

SWATCH = QSize(18, 18)
MAX_TEXT = 32
"""Room for every CSS name, spaced too ("light goldenrod yellow" is 22)."""


def colour_completer(parent: QWidget) -> QCompleter:
    """The CSS colour names, offered as the user types any part of one."""
    completer = QCompleter(QStringListModel(sorted(NAMED), parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setObjectName("colourNames")
    return completer


class ColorEdit(QWidget):
    """Emits `edited(str | None)` when the user types or picks (None when cleared)."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(
            placeholderText=translate("ColorEdit", "#RRGGBB or a name, e.g. orange")
        )
        self.line.setObjectName("hexField")
        self.line.setMaxLength(MAX_TEXT)
        self.line.setCompleter(colour_completer(self.line))
        self.swatch = QToolButton(
            objectName="swatchButton", toolTip=translate("ColorEdit", "Pick a colour…")
        )
        self.swatch.setIconSize(SWATCH)
        self.swatch.setCursor(Qt.CursorShape.PointingHandCursor)
        self.swatch.setAccessibleName(translate("ColorEdit", "Pick a colour"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.swatch)
        layout.addWidget(self.line, 1)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self._typed)
        self.line.completer().activated.connect(self._completed)
        self.line.editingFinished.connect(self._tidy)
        self.swatch.clicked.connect(self.choose)
        self._paint_swatch("")

    def set_text(self, value: str | None) -> None:
        text = value or ""
        same = to_hex(self.line.text()) is not None and to_hex(self.line.text()) == to_hex(text)
        if self.line.text() != text and not same:  # "orange" stays while it is typed
            self.line.setText(text)
        self._paint_swatch(text)

    def choose(self) -> None:
        text = self.line.text().strip()
        start = QColor(to_hex(text) or "#FFFFFF")
        picked = QColorDialog.getColor(start, self, translate("ColorEdit", "Choose a colour"))
        if picked.isValid():
            hex_text = picked.name(QColor.NameFormat.HexRgb).upper()
            self.set_text(hex_text)
            self.edited.emit(hex_text)

    def _typed(self, text: str) -> None:
        self._paint_swatch(text)
        self.edited.emit(to_hex(text) or text.strip() or None)

    def _completed(self, name: str) -> None:
        """A name picked from the completion list is taken as if typed in full (the box
        shows its hex once the line edit has put the name in)."""
        self._typed(name)
        QTimer.singleShot(0, self.line, lambda: self.line.setText(to_hex(name) or name))

    def _tidy(self) -> None:
        """When typing ends, a colour name or #RGB shows as the hex that is stored."""
        hex_text = to_hex(self.line.text())
        if hex_text is not None and hex_text != self.line.text():
            self.line.setText(hex_text)

    def _paint_swatch(self, text: str) -> None:
        """A filled square for a valid colour, a crossed-out one for anything else."""
        size = SWATCH * 2  # drawn at 2× so it stays crisp on high-density screens
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(128, 128, 128), 2))
        rect = pixmap.rect().adjusted(1, 1, -1, -1)
        hex_text = to_hex(text)
        if hex_text is not None:
            painter.setBrush(QColor(hex_text))
            painter.drawRoundedRect(rect, 6, 6)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 6, 6)
            painter.drawLine(rect.bottomLeft(), rect.topRight())
        painter.end()
        self.swatch.setIcon(QIcon(pixmap))
        name = name_of(hex_text) if hex_text else None
        self.swatch.setToolTip(
            translate("ColorEdit", "{name}: pick a colour…").format(name=name.capitalize())
            if name
            else translate("ColorEdit", "Pick a colour…")
        )
