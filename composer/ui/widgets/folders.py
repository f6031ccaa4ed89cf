"""Where file dialogs start: the project's folder, else Documents, never the folder the
app happens to run from (a relative path would resolve there)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

PROJECT_FOLDER = "projectFolder"
"""A property of the main window: the open project's folder ("" when unsaved)."""


def documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def start_folder(widget: QWidget | None, current: str | None = None) -> Path:
    """The folder of `current` (an absolute path), else the project's, else Documents."""
    if current and Path(current).is_absolute():
        return Path(current).parent
    folder = widget.window().property(PROJECT_FOLDER) if widget is not None else None
    return Path(folder) if folder else documents()
