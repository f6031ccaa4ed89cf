"""Playing a voice's preview clip: Qt Multimedia when installed, else the system player.

PySide6-Essentials has no Qt Multimedia; with PySide6-Addons installed (and speakers,
composer.ui.widgets.sound) previews play inside the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from composer.ui.widgets.sound import media_player


class PreviewPlayer(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = media_player(self)
        self.last_played: Path | None = None

    def play(self, path: Path) -> None:
        self.last_played = path
        url = QUrl.fromLocalFile(str(path))
        if self._player is None:
            QDesktopServices.openUrl(url)
            return
        self._player.setSource(url)
        self._player.play()
