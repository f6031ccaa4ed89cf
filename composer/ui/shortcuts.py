"""Keys that must answer on every platform: Redo's usual keys, and Ctrl+Enter explaining
why a video can't be sent while Submit is disabled."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow

REDO_KEYS = ("Ctrl+Y", "Ctrl+Shift+Z")


def bind_redo(action: QAction) -> None:
    """Redo answers to the platform's key and to Ctrl+Y and Ctrl+Shift+Z everywhere."""
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    for text in REDO_KEYS:
        key = QKeySequence(text)
        if key not in keys:
            keys.append(key)
    action.setShortcuts(keys)


class BlockedSubmit(QObject):
    """While Submit is disabled, its shortcut still answers: it says why and takes the user
    to the first problem (a disabled action's shortcut would do nothing at all)."""

    def __init__(self, window: QMainWindow, submit: QAction, explain: Callable[[], None]) -> None:
        super().__init__(window)
        self.shortcut = QShortcut(submit.shortcut(), window)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(explain)
        self.shortcut.setEnabled(not submit.isEnabled())
        submit.changed.connect(lambda: self.shortcut.setEnabled(not submit.isEnabled()))
