"""Real speech audio for scripts (HeyGen's text-to-speech, fetched for rehearsals), cached
per script and voice in the cache folder. Once a script's audio exists its duration is the
scene's length everywhere, and each voice's measured pace replaces the default pace for
that voice's other scripts.

Speech is keyed by the server and account that spoke it (composer.heygen.hosts.source_of,
as the clip cache keys clips): a cache made for one source reads only that source's
entries, so audio one server or account returned is never used for another (another
server's voice of the same id may sound and last otherwise). An entry kept before speech
was keyed so names no source: it is removed, never reused.

Each clip is `<key>.wav` (or .mp3) plus `<key>.json` with what it was made from, its
source and the word timings HeyGen returned.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from composer.media.audio_length import audio_seconds
from composer.settings.paths import cache_dir
from composer.storage.atomic import write_atomic

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WordTime:
    word: str
    start: float
    end: float


@dataclass(frozen=True)
class Speech:
    path: Path
    seconds: float
    voice_id: str
    speed: float
    words: int
    timings: tuple[WordTime, ...] = ()


def speech_key(source: str, voice_id: str, speed: float, text: str) -> str:
    raw = json.dumps([source, voice_id, round(float(speed), 3), text.strip()])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


MAX_SPEECH_BYTES = 50 * 1024 * 1024
"""HeyGen's speech for one script: a few MB at most (a 5 minute MP3 is about 5 MB)."""


class SpeechRefused(ValueError):
    """The bytes are not audio that can be used safely."""


def verify_speech(path: Path) -> None:
    """SpeechRefused unless `path` is audio composer.media.safety lets decode, lasting
    more than nothing."""
    if path.stat().st_size > MAX_SPEECH_BYTES:
        raise SpeechRefused("the speech is larger than 50 MB")
    seconds = audio_seconds(path)
    if not seconds:
        raise SpeechRefused("the speech is not audio")


def _suffix(suffix: str) -> str:
    """A file suffix from a server's link, reduced to letters and digits (.mp3, .wav)."""
    clean = "".join(ch for ch in suffix.lstrip(".") if ch.isascii() and ch.isalnum())[:5]
    return f".{clean or 'mp3'}"


def word_count(text: str) -> int:
    return len(text.split())


class SpeechCache:
    """Thread-safe enough for one writer (the rehearsal's fetcher) and many readers: an
    entry is visible once both its files are written (the sidecar goes last).

    `source`: the server and account whose speech this is (HeyGenClient.source); None
    when none is known (an estimate made offline): nothing is read nor kept."""

    def __init__(self, folder: Path | None, source: str | None) -> None:
        self.folder = folder or cache_dir() / "speech"
        self.source = source
        self._entries: dict[str, Speech] | None = None

    def _index(self) -> dict[str, Speech]:
        if self._entries is None:
            self._entries = {}
            found = self.folder.glob("*.json") if self.folder.is_dir() else []
            for sidecar in sorted(found) if self.source is not None else []:
                meta = _meta(sidecar)
                source = meta.get("source")
                if source is not None and source != self.source:
                    continue  # another server's or account's
                entry = self._read(sidecar, meta) if source is not None else None
                if entry is not None:
                    self._entries[sidecar.stem] = entry
                else:
                    self._drop(sidecar)
        return self._entries

    @staticmethod
    def _read(sidecar: Path, meta: dict[str, Any]) -> Speech | None:
        try:
            audio = sidecar.with_name(meta["file"])
            seconds = audio_seconds(audio)
            if seconds is None:
                return None
            timings = tuple(
                WordTime(str(t["word"]), float(t["start"]), float(t["end"]))
                for t in meta.get("word_timestamps") or []
                if isinstance(t, dict) and {"word", "start", "end"} <= t.keys()
            )
            voice, speed, words = meta["voice_id"], float(meta["speed"]), int(meta["words"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return Speech(audio, seconds, voice, speed, words, timings)

    @staticmethod
    def _drop(sidecar: Path) -> None:
        """A damaged entry, or one kept before speech was keyed by server and account,
        goes (its audio too): the next rehearsal fetches it again."""
        log.warning(
            "speech %s is damaged or names no server and account, and was removed; it is "
            "fetched again when next rehearsed",
            sidecar.stem,
        )
        for stale in sidecar.parent.glob(f"{sidecar.stem}.*"):
            stale.unlink(missing_ok=True)

    def get(self, voice_id: str, speed: float, text: str) -> Speech | None:
        if self.source is None:
            return None
        return self._index().get(speech_key(self.source, voice_id, speed, text))

    def store(
        self,
        voice_id: str,
        speed: float,
        text: str,
        audio: bytes,
        suffix: str,
        word_timestamps: list[dict[str, Any]] | None = None,
    ) -> Speech | None:
        """Keep `audio` (the bytes this cache's server and account returned) for this
        script and voice; None when the bytes are not audio PyAV can read (or no source
        is known)."""
        if self.source is None:
            return None
        key = speech_key(self.source, voice_id, speed, text)
        self.folder.mkdir(parents=True, exist_ok=True)
        audio_path = self.folder / f"{key}{_suffix(suffix)}"
        try:
            write_atomic(audio_path, audio, verify=verify_speech)
        except SpeechRefused:
            return None  # nothing kept: not counted as fetched, asked again next time
        meta = {
            "file": audio_path.name,
            "source": self.source,
            "voice_id": voice_id,
            "speed": float(speed),
            "words": word_count(text),
            "word_timestamps": word_timestamps or [],
        }
        sidecar = self.folder / f"{key}.json"
        write_atomic(sidecar, json.dumps(meta).encode("utf-8"))
        entry = self._read(sidecar, meta)
        if entry is not None:
            self._index()[key] = entry
        return entry

    def words_per_minute(self, voice_id: str) -> float | None:
        """The voice's pace at speed 1, measured over its cached clips (of this server
        and account); None if none."""
        words = seconds = 0.0
        for entry in self._index().values():
            if entry.voice_id == voice_id and entry.seconds > 0:
                words += entry.words
                seconds += entry.seconds * entry.speed
        return words / seconds * 60 if words and seconds else None


def _meta(sidecar: Path) -> dict[str, Any]:
    """An entry's sidecar ({} when it can't be read as one)."""
    try:
        meta = json.loads(sidecar.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}
