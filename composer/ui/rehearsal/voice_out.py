"""What the rehearsal sounds like: real audio (HeyGen's speech, the scene's audio file)
through QtMultimedia, else the system's speech engine (QtTextToSpeech) for scripts, else
silence. Both Qt modules come with PySide6-Addons and need the system's audio libraries, so
each is tried once and its absence is said in plain words, never raised.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QUrl

from composer.rehearsal.timeline import Segment

log = logging.getLogger(__name__)


def _media_player(parent: QObject) -> Any | None:
    try:
        from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
    except (ImportError, OSError) as error:  # OSError: a missing system audio library
        log.info("no audio playback: %s", error)
        return None
    if not QMediaDevices.audioOutputs():
        return None
    player = QMediaPlayer(parent)
    player.setAudioOutput(QAudioOutput(parent))
    return player


def _speech_engine(parent: QObject) -> Any | None:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except (ImportError, OSError) as error:
        log.info("no speech engine: %s", error)
        return None
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    return QTextToSpeech(engines[0], parent) if engines else None


class VoiceOutput(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._media = _media_player(self)
        self._speech = _speech_engine(self)

    @property
    def can_play_audio(self) -> bool:
        return self._media is not None

    def describe(self, has_audio: bool) -> str:
        """What the user will hear, in words."""
        if has_audio and self._media is not None:
            return "Voices: HeyGen's speech"
        if self._speech is not None:
            return "Voices: this computer's speech engine"
        if has_audio:
            return "Silent timing: this computer can't play audio here"
        return "Silent timing: no speech engine on this computer"

    def play(self, segment: Segment, offset: float) -> None:
        """Sound `segment` from `offset` seconds into it."""
        self.stop()
        if segment.audio is not None and self._media is not None:
            self._media.setSource(QUrl.fromLocalFile(str(segment.audio)))
            self._media.setPosition(int(offset * 1000))
            self._media.play()
        elif segment.words and self._speech is not None:
            spoken = segment.spoken(offset) if offset > 0 else 0
            self._speech.say(" ".join(segment.words[max(0, spoken - 1) :]))

    def stop(self) -> None:
        if self._media is not None:
            self._media.stop()
        if self._speech is not None:
            self._speech.stop()
