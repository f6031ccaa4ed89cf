"""The Music and Captions style panels in the Project tab, built once the window's first
frame is on screen (the first paint waits for nothing it does not show)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from composer.ui.controllers.host import SoundtrackHost
    from composer.ui.soundtrack.captions_panel import CaptionsStylePanel
    from composer.ui.soundtrack.music_panel import MusicPanel


class SoundtrackController(QObject):
    def __init__(self, window: SoundtrackHost) -> None:
        super().__init__(window.widget)
        self.window = window
        self.music: MusicPanel | None = None
        self.captions: CaptionsStylePanel | None = None
        if window.has_painted:
            self.build()
        else:
            window.first_painted.connect(self.build)

    def build(self) -> None:
        if self.music is not None:
            return
        from composer.ui.soundtrack.captions_panel import CaptionsStylePanel
        from composer.ui.soundtrack.music_panel import MusicPanel

        window = self.window
        files = window.files
        self.music = MusicPanel(
            window.doc, window.edits, lambda: files.path.parent if files.path else None
        )
        self.captions = CaptionsStylePanel(window.doc, window.edits)
        window.inspector.add_to_panel("projectPanel", self.music, below=True)
        window.inspector.add_to_panel("projectPanel", self.captions, below=True)
