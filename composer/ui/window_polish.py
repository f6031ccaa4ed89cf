"""Small behaviours of the main window found in a new user's walk-through: Redo on every
platform shortcut, Ctrl+Enter explaining why a video can't be sent, the Jobs dock growing
with its jobs, the practice server named as such wherever it is in use, and names for
assistive technology on the window's big parts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractScrollArea, QDockWidget, QMainWindow, QWidget

from composer.settings.preferences import SANDBOX, Preferences
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from composer.ui.jobs_panel import JobsPanel

REDO_KEYS = ("Ctrl+Y", "Ctrl+Shift+Z")


def practice_name() -> str:
    return translate("WindowPolish", "Practice server (no credits)")


def is_practice(base_url: str | None) -> bool:
    """Whether a job went to a practice server on this computer (the built-in sandbox)."""
    host = urlsplit(base_url or "").hostname or ""
    return host in ("127.0.0.1", "localhost", "::1")


def server_name(preferences: Preferences) -> str:
    return practice_name() if preferences.endpoint == SANDBOX else "HeyGen"


def name_submit(action: QAction, preferences: Preferences) -> None:
    """The Submit action says where the video goes: HeyGen, or the practice server."""
    if preferences.endpoint == SANDBOX:
        action.setText(translate("WindowPolish", "Send to practice server…"))
        action.setIconText(translate("WindowPolish", "Send to practice server"))
    else:
        action.setText(translate("WindowPolish", "Su&bmit video…"))
        action.setIconText(translate("WindowPolish", "Submit"))


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


class JobsDockSizer(QObject):
    """The Jobs dock grows to show each new job (up to `most` pixels), then scrolls."""

    def __init__(
        self, window: QMainWindow, dock: QDockWidget, panel: JobsPanel, most: int = 360
    ) -> None:
        super().__init__(window)
        self.window, self.dock, self.panel, self.most = window, dock, panel, most
        panel.controller.job_added.connect(lambda _record: QTimer.singleShot(0, self.fit))

    def fit(self) -> None:
        wanted = self.panel.sizeHint().height() + 40  # the dock's title bar and margins
        rows = sum(row.sizeHint().height() + 6 for row in self.panel.rows.values())
        height = min(self.most, max(wanted, rows + 48))
        if self.dock.height() < height:
            self.window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)


DOCK_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "Scenes"),
    QT_TRANSLATE_NOOP("MainWindow", "Properties"),
    QT_TRANSLATE_NOOP("MainWindow", "Jobs"),
)
"""The docks' titles, marked for lupdate: MainWindow._dock translates them."""

PART_NAMES = {
    "sceneList": QT_TRANSLATE_NOOP("WindowPolish", "Scenes"),
    "preview": QT_TRANSLATE_NOOP("WindowPolish", "Scene preview"),
    "problemsList": QT_TRANSLATE_NOOP("WindowPolish", "Problems"),
    "propertyTabs": QT_TRANSLATE_NOOP("WindowPolish", "Properties"),
    "jobsPanel": QT_TRANSLATE_NOOP("WindowPolish", "Jobs"),
}


def name_parts(window: QMainWindow) -> None:
    """Accessible names for the parts a screen reader lands on by Tab (their words are
    what a sighted user reads in the panel headings)."""
    for name, words in PART_NAMES.items():
        part = window.findChild(QWidget, name)
        if part is not None:
            part.setAccessibleName(translate("WindowPolish", words))
            for scroll in part.findChildren(QAbstractScrollArea):
                if not scroll.accessibleName():
                    scroll.setAccessibleName(translate("WindowPolish", words))
