"""How long each scene runs, before HeyGen renders it.

A script lasts its real speech audio when that has been fetched (a rehearsal), else its
words at the voice's pace (measured from the voice's real audio, else the rule file's
words_per_minute) divided by the voice speed. Silence lasts its duration; an audio file
as long as the file. An audio web address is unknown (None) until rendered.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from composer.billing.rules import BillingRules, load_rules
from composer.billing.speech import SpeechCache, word_count
from composer.media.audio_length import audio_seconds
from composer.model.enums import VoiceType
from composer.model.project import Project, Scene, Voice, silence_seconds
from composer.model.tr_noop import QT_TRANSLATE_NOOP, Words, english
from composer.settings.paths import cache_dir

DEFAULT_SILENCE = 1.0


@dataclass(frozen=True)
class Length:
    seconds: float | None  # None: only known once rendered (an audio web address)
    exact: bool  # from real audio or a silence's duration, not estimated from words

    @property
    def known(self) -> bool:
        return self.seconds is not None


@dataclass(frozen=True)
class ProjectLength:
    scenes: list[Length]

    @property
    def seconds(self) -> float:
        return sum(s.seconds for s in self.scenes if s.seconds is not None)

    @property
    def unknown(self) -> int:
        """Scenes whose length is only known after rendering."""
        return sum(1 for s in self.scenes if s.seconds is None)

    @property
    def exact(self) -> bool:
        """Every scene whose length is known before rendering is known exactly."""
        return all(s.exact for s in self.scenes if s.known)


_speech_caches: dict[tuple[Path, str | None], SpeechCache] = {}
_configured: dict[str, str | None] = {"source": None}


def use_source(source: str | None) -> None:
    """The server and account the app is set to (HeyGenClient.source), said by the window
    whenever it learns it: lengths read that one's real speech. Until then, and in the
    command line (whose estimates know no account), no real speech is read: a script lasts
    its words at the voice's pace."""
    _configured["source"] = source


def configured_source() -> str | None:
    return _configured["source"]


def speech_for(source: str | None) -> SpeechCache:
    """The speech the server and account `source` spoke, kept in the user's cache folder
    (one cache per folder and source, so tests that point the cache folder elsewhere get
    their own)."""
    folder = cache_dir() / "speech"
    if (folder, source) not in _speech_caches:
        _speech_caches[folder, source] = SpeechCache(folder, source)
    return _speech_caches[folder, source]


def default_speech() -> SpeechCache:
    """The speech of the server and account the app is set to (`use_source`)."""
    return speech_for(configured_source())


def voice_speed(voice: Voice) -> float:
    speed = voice.speed
    return float(speed) if isinstance(speed, int | float) and speed > 0 else 1.0


def scene_length(
    scene: Scene, rules: BillingRules | None = None, speech: SpeechCache | None = None
) -> Length:
    voice = scene.voice
    if voice.type == VoiceType.TEXT:
        return _script_length(voice, rules or load_rules(), speech or default_speech())
    if voice.type == VoiceType.SILENCE:
        return Length(silence_length(voice.duration), exact=True)
    if voice.local_file:
        seconds = audio_seconds(voice.local_file)
        return Length(seconds, exact=seconds is not None)
    return Length(None, exact=False)


def project_length(
    project: Project, rules: BillingRules | None = None, speech: SpeechCache | None = None
) -> ProjectLength:
    rules = rules or load_rules()
    speech = speech or default_speech()
    return ProjectLength([scene_length(s, rules, speech) for s in project.scenes])


def _script_length(voice: Voice, rules: BillingRules, speech: SpeechCache) -> Length:
    text = voice.input_text or ""
    speed = voice_speed(voice)
    if voice.voice_id and text.strip():
        real = speech.get(voice.voice_id, speed, text)
        if real is not None:
            return Length(real.seconds, exact=True)
    pace = (voice.voice_id and speech.words_per_minute(voice.voice_id)) or rules.words_per_minute
    return Length(word_count(text) / (pace * speed) * 60, exact=False)


def silence_length(duration: str | float | None) -> float:
    """How long a silence lasts: its duration, or DEFAULT_SILENCE when it has none (or one
    validation refuses)."""
    seconds = silence_seconds(duration)
    return seconds if seconds is not None and seconds >= 0 else DEFAULT_SILENCE


def format_seconds(seconds: float, words: Words = english) -> str:
    """'45 s', '1 min 05 s'."""
    whole = max(0, round(seconds))
    if whole < 60:
        return words(QT_TRANSLATE_NOOP("Amounts", "{seconds} s")).format(seconds=whole)
    return words(QT_TRANSLATE_NOOP("Amounts", "{minutes} min {seconds} s")).format(
        minutes=whole // 60, seconds=f"{whole % 60:02d}"
    )


def length_text(length: Length, words: Words = english) -> str:
    """'5.8 s' when known from real audio, '≈ 5 s' when estimated, 'audio' when unknown."""
    if length.seconds is None:
        return words(QT_TRANSLATE_NOOP("Amounts", "audio"))
    if length.exact and length.seconds < 60:
        return words(QT_TRANSLATE_NOOP("Amounts", "{seconds} s")).format(
            seconds=f"{length.seconds:.1f}"
        )
    text = format_seconds(length.seconds, words)
    return text if length.exact else f"≈ {text}"


def total_text(total: ProjectLength, words: Words = english) -> str:
    """'≈ 1 min 05 s' (+ ' + audio' when some scenes' length is only known once rendered);
    no '≈' when every scene's length is known exactly."""
    text = format_seconds(total.seconds, words)
    text = text if total.exact else f"≈ {text}"
    return text + words(QT_TRANSLATE_NOOP("Amounts", " + audio")) if total.unknown else text
