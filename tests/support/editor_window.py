"""Main windows for the editor's tests: one whose catalogue pickers answer at once, one
talking to the sandbox, and a way to act in the next modal dialog of a given kind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from composer.jobs.connection import Connections
from composer.sandbox.server import SandboxServer
from composer.settings.credentials import CredentialStore
from composer.settings.preferences import SANDBOX, Preferences
from composer.ui.dialogs.prompts import SaveChoice
from composer.ui.main_window import MainWindow
from composer.ui.widgets.style import apply_style

DAISY = "Daisy-inskirt-20220818"
TYLER = "Tyler-incasualsuit-20220721"
RACHEL = "2d5b0e6cf36f460aa7fc47e3eee4ba54"
PAUL = "1bd001e7e50f421d891986aad5158bc8"
Dialog = TypeVar("Dialog", bound=QWidget)


def shown_window(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """`window` on screen at 1440×900, closing without asking about unsaved changes."""
    apply_style(QApplication.instance())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.ask_save_changes = lambda: SaveChoice.DISCARD  # type: ignore[method-assign]
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def picking_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, chosen: dict[str, str]
) -> MainWindow:
    """A window whose catalogue pickers answer `chosen[kind]` (the user's pick)."""
    window = MainWindow()
    monkeypatch.setattr(window, "choose_from_catalogue", lambda kind, _now: chosen[kind])
    return shown_window(qtbot, window)


def sandbox_window(qtbot: QtBot, sandbox: SandboxServer, downloads: Path) -> MainWindow:
    """A window sending to `sandbox`, its catalogue fetched."""
    preferences = Preferences(endpoint=SANDBOX, download_dir=str(downloads))
    connections = Connections(CredentialStore(), preferences, sandbox=sandbox)
    window = shown_window(qtbot, MainWindow(preferences=preferences, connections=connections))
    service = window.catalogue_service()
    service.refresh()
    qtbot.waitUntil(lambda: service.catalogue is not None and not service.refreshing)
    return window


def in_modal(kind: type[Dialog], act: Callable[[Dialog], object]) -> None:
    """Run `act(dialog)` once a modal dialog of `kind` is open."""

    def later() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, later)
            return
        act(dialog)

    QTimer.singleShot(0, later)
