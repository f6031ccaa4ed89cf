"""What the rehearsal sounds like: real audio (HeyGen's speech, the scene's audio file)
through QtMultimedia, else the system's speech engine (QtTextToSpeech) for scripts, else
silence. Both Qt modules come with PySide6-Addons and need the system's audio libraries
(libpulse0 on Linux), so each is tried once and its absence is said in plain words, never
raised.

With no speakers on the computer no media player is made (composer.ui.widgets.sound
says why); the clock and `clip_started` go on as if the clips played.

Two media players take turns: when the playhead enters the next scene, the clip that is
ending (due within a frame or so, but the audio runs a few milliseconds behind the clock)
plays out on its own player while the next clip starts on the other, so no clip is cut
short. A jump or a pause stops both.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal

from composer.rehearsal.timeline import Segment
from composer.ui.i18n import translate
from composer.ui.widgets.sound import media_player, multimedia_installed, speakers_found

log = logging.getLogger(__name__)

MOCK_ENGINE = "mock"
"""Qt's test engine: it reports words as spoken but makes no sound."""


def _media_players(parent: QObject) -> list[Any]:
    """Two players, or none (no QtMultimedia, or no speakers: composer.ui.widgets.sound)."""
    players = [player for _ in range(2) if (player := media_player(parent)) is not None]
    if len(players) < 2:
        return []
    for player in players:
        player.mediaStatusChanged.connect(lambda _status, p=player: _apply_start(p))
    return players


def _apply_start(player: Any) -> None:
    """Seek to the clip's start offset once the clip is loaded (Qt ignores it before)."""
    from PySide6.QtMultimedia import QMediaPlayer

    start = player.property("startMs")
    loaded = {QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia}
    if start is not None and start >= 0 and player.mediaStatus() in loaded:
        player.setProperty("startMs", -1)
        if start > 0:
            player.setPosition(start)


def _speech_engine(parent: QObject, wanted: str | None) -> Any | None:
    """The `wanted` engine, else the first engine that loads, never Qt's silent mock."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except (ImportError, OSError) as error:
        log.info("no speech engine: %s", error)
        return None
    names = [wanted] if wanted else QTextToSpeech.availableEngines()
    for name in names:
        if name == MOCK_ENGINE and not wanted:
            continue
        engine = QTextToSpeech(name, parent)
        if engine.state() != QTextToSpeech.State.Error:  # e.g. speech-dispatcher not running
            return engine
        log.info("speech engine %s does not work: %s", name, engine.errorString())
        engine.deleteLater()
    return None


class VoiceOutput(QObject):
    clip_started = Signal(str, int)
    """An audio clip is due from this many milliseconds into it (heard if there are
    speakers; the same moment either way)."""

    def __init__(self, parent: QObject | None = None, speech_engine: str | None = None) -> None:
        super().__init__(parent)
        self.players = _media_players(self)
        self._turn = 0
        self.speech = _speech_engine(self, speech_engine)
        self.sounding: Path | None = None
        """The scene's clip playing now (None: silence, or the speech engine's words)."""

    def describe(self, has_audio: bool) -> str:
        """What the user will hear, in words."""
        if has_audio and self.players:
            return translate("VoiceOut", "Voices: HeyGen's speech")
        if has_audio and multimedia_installed() and not speakers_found():
            return translate(
                "VoiceOut", "Voices: HeyGen's speech (no speakers found on this computer)"
            )
        if self.speech is not None:
            return translate("VoiceOut", "Voices: this computer's speech engine")
        if has_audio:
            return translate("VoiceOut", "Silent timing: this computer can't play audio here")
        return translate("VoiceOut", "Silent timing: no speech engine on this computer")

    def play(self, segment: Segment, offset: float, cut: bool = True) -> None:
        """Sound `segment` from `offset` seconds into it. `cut=False` (the playhead ran into
        this scene) lets the previous clip finish its last milliseconds."""
        if cut:
            self.stop()
        elif self.speech is not None:
            self.speech.stop()
        self.sounding = None  # until this scene's clip starts (one ending may play out)
        if segment.audio is not None and _playable(segment.audio):
            self.sounding = segment.audio
            self.clip_started.emit(str(segment.audio), round(offset * 1000))
            if self.players:
                self._play_clip(segment.audio, offset)
        elif segment.words and self.speech is not None:
            spoken = segment.spoken(offset) if offset > 0 else 0
            self.speech.say(" ".join(segment.words[max(0, spoken - 1) :]))

    def _play_clip(self, audio: Path, offset: float) -> None:
        self._turn = (self._turn + 1) % len(self.players)
        player = self.players[self._turn]
        player.stop()
        player.setProperty("startMs", round(offset * 1000))
        player.setSource(QUrl.fromLocalFile(str(audio)))
        _apply_start(player)  # the same clip again is loaded already
        player.play()

    def stop(self) -> None:
        self.sounding = None
        for player in self.players:
            player.stop()
        if self.speech is not None:
            self.speech.stop()


def _playable(path: Path) -> bool:
    """Whether QtMultimedia may decode `path`: composer.media.safety's audio rules (a
    regular file, a sound format, 8-192 kHz); a refused file is rehearsed by words."""
    from composer.media.safety import Kind, MediaError, seconds

    try:
        return seconds(path, Kind.AUDIO) > 0
    except MediaError:
        return False
