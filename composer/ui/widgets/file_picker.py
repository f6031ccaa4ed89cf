"""A local file field: a path you can paste, a Browse… button and a clear button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from composer.ui.i18n import translate
from composer.ui.widgets.folders import start_folder


class FilePicker(QWidget):
    """Emits `edited(str | None)` with the chosen path (None when cleared)."""

    edited = Signal(object)

    def __init__(self, file_filter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_filter = file_filter
        self.line = QLineEdit(placeholderText=translate("FilePicker", "No file chosen"))
        self.line.setObjectName("pathField")
        self.line.setClearButtonEnabled(True)
        self.browse_button = QPushButton(
            translate("FilePicker", "Browse…"), objectName="browseButton"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.browse_button)
        self.setFocusProxy(self.line)
        self.line.editingFinished.connect(self._typed)
        self.line.textEdited.connect(self._cleared)
        self.browse_button.clicked.connect(self.browse)

    def set_path(self, value: str | None) -> None:
        text = value or ""
        if self.line.text() != text:
            self.line.setText(text)
            self.line.setCursorPosition(len(text))
        self.line.setToolTip(text)

    def browse(self) -> None:
        start = str(start_folder(self, self.line.text().strip()))
        path, _ = QFileDialog.getOpenFileName(
            self, translate("FilePicker", "Choose a file"), start, self.file_filter
        )
        if path:
            self.pick(path)

    def pick(self, path: str) -> None:
        """Take `path` as if chosen in the file dialog."""
        self.set_path(path)
        self.edited.emit(path)

    def _typed(self) -> None:
        self.edited.emit(self.line.text().strip() or None)

    def _cleared(self, text: str) -> None:
        if not text:  # the clear button or deleting everything: unset at once
            self.edited.emit(None)
