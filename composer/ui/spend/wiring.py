"""Puts the "before you spend" parts into the main window: the Rehearse action and bar, the
storyboard and stills exports (and, with the render routes, the balance and costs). The
window calls `attach(window)` once; everything else is here, so main_window.py stays
small."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSplitter, QToolBar

from composer.ui.rehearsal.panel import RehearsalPanel
from composer.ui.spend.exports import ExportController

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow


class SpendParts:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.rehearsal = RehearsalPanel(
            window.doc, window.preview, lambda: window.connections.client()
        )
        self.rehearsal.closed.connect(window._sync_scene)  # back to the selected scene
        self.rehearsal.audio_arrived.connect(self._lengths_changed)
        centre = window.centralWidget()
        if isinstance(centre, QSplitter):
            centre.insertWidget(1, self.rehearsal)
            centre.setStretchFactor(1, 0)
        self.exports = ExportController(
            window,
            lambda: window.doc.project,
            self.route,
            window.preview.scene_painter,
            window.notify,
            window.show_error,
            self.folder,
        )
        self._actions()

    def _lengths_changed(self) -> None:
        """Real audio replaced estimates: the status bar and scene cards say so."""
        self.window._update_summary()
        self.window.scene_view.viewport().update()

    def route(self) -> str:
        return "v2"

    def folder(self) -> Path:
        return self.window.path.parent if self.window.path else Path.home()

    def _actions(self) -> None:
        window = self.window
        self.action_rehearse = window._action(
            "actionRehearse",
            "&Rehearse",
            "eye",
            self.rehearsal.start,
            "Ctrl+R",
            "Play the video in the preview with its timing and voices, before rendering",
        )
        self.action_storyboard = window._action(
            "actionStoryboard",
            "Export s&toryboard…",
            "save-as",
            self.exports.storyboard,
            None,
            "A PDF with every scene's frame, script and length, and an approval block",
        )
        self.action_stills = window._action(
            "actionStills",
            "Export st&ills…",
            None,
            self.exports.stills,
            None,
            "One picture per scene, as the preview shows it",
        )
        window.video_menu.insertAction(window.action_submit, self.action_rehearse)
        window.video_menu.addSeparator()
        window.video_menu.addActions([self.action_storyboard, self.action_stills])
        toolbar = window.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.insertAction(window.action_settings, self.action_rehearse)


def attach(window: MainWindow) -> SpendParts:
    return SpendParts(window)
