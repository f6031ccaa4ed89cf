"""The rehearsal's timeline: each scene's start and length (real audio when known, else the
estimate), its script and when each word is spoken."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path

from composer.billing.lengths import default_speech, scene_length, voice_speed
from composer.billing.rules import BillingRules, load_rules
from composer.billing.speech import SpeechCache, WordTime
from composer.model.enums import VoiceType
from composer.model.project import Project, Scene

UNKNOWN_SECONDS = 3.0
"""How long a scene whose audio is only known once rendered (a web address) is rehearsed."""


@dataclass(frozen=True)
class Segment:
    index: int
    start: float
    seconds: float
    words: tuple[str, ...]
    timings: tuple[WordTime, ...]  # from real speech audio; empty: words spread evenly
    audio: Path | None  # real audio to play: fetched speech or the scene's audio file
    estimated: bool

    @property
    def end(self) -> float:
        return self.start + self.seconds

    def spoken(self, t: float) -> int:
        """How many words have been said `t` seconds into the scene."""
        if t <= 0 or not self.words:
            return 0
        if self.timings:
            return sum(1 for w in self.timings if w.start <= t)
        return min(len(self.words), int(len(self.words) * t / self.seconds) + 1)


@dataclass(frozen=True)
class Timeline:
    segments: tuple[Segment, ...]

    @property
    def total(self) -> float:
        return self.segments[-1].end if self.segments else 0.0

    @property
    def starts(self) -> list[float]:
        return [s.start for s in self.segments]

    def index_at(self, t: float) -> int:
        """The scene playing at `t` (the last one at or after the end)."""
        if not self.segments:
            return -1
        return max(0, min(len(self.segments) - 1, bisect.bisect_right(self.starts, t) - 1))


def build_timeline(
    project: Project, rules: BillingRules | None = None, speech: SpeechCache | None = None
) -> Timeline:
    rules = rules or load_rules()
    speech = speech or default_speech()
    segments: list[Segment] = []
    start = 0.0
    for index, scene in enumerate(project.scenes):
        segment = _segment(index, start, scene, rules, speech)
        segments.append(segment)
        start = segment.end
    return Timeline(tuple(segments))


def _segment(
    index: int, start: float, scene: Scene, rules: BillingRules, speech: SpeechCache
) -> Segment:
    voice = scene.voice
    length = scene_length(scene, rules, speech)
    seconds = length.seconds if length.seconds is not None else UNKNOWN_SECONDS
    words: tuple[str, ...] = ()
    timings: tuple[WordTime, ...] = ()
    audio = None
    if voice.type == VoiceType.TEXT:
        words = tuple((voice.input_text or "").split())
        real = voice.voice_id and speech.get(
            voice.voice_id, voice_speed(voice), voice.input_text or ""
        )
        if real:
            timings, audio = real.timings, real.path
    elif voice.type == VoiceType.AUDIO and voice.local_file and length.seconds is not None:
        audio = Path(voice.local_file)
    return Segment(index, start, seconds, words, timings, audio, not length.exact)
