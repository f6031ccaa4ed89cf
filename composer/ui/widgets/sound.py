"""Media players for the app's sounds (rehearsals, voice previews), made only where they
can be heard.

Without speakers no player is made: playing to no device is silent anyway, and Qt's
FFmpeg backend can deadlock there. Its audio thread tears a renderer down and tells the
Python-made QAudioOutput (which needs Python's GIL) while holding the renderer's lock; the
GUI thread, holding the GIL in `stop()` or `setSource()`, waits for that lock.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)


def multimedia_installed() -> bool:
    """QtMultimedia comes with PySide6-Addons and needs the system's audio libraries."""
    try:
        import PySide6.QtMultimedia  # noqa: F401
    except (ImportError, OSError) as error:  # OSError: a missing system audio library
        log.info("no audio playback: %s", error)
        return False
    return True


def speakers_found() -> bool:
    if not multimedia_installed():
        return False
    from PySide6.QtMultimedia import QMediaDevices

    return bool(QMediaDevices.audioOutputs())


def media_player(parent: QObject) -> Any | None:
    """A QMediaPlayer playing to the speakers, or None where nothing could be heard."""
    if not speakers_found():
        return None
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

    player = QMediaPlayer(parent)
    player.setAudioOutput(QAudioOutput(player))
    return player
