"""How long a scene lasts before and after its presenter clip exists, and how much of a
clip a scene may use (Qt-free: the clip cache and the compositor ask)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from composer.media.audio import audio_seconds
from composer.media.safety import MAX_SECONDS, MediaError
from composer.media.video import probe
from composer.model.enums import VoiceType
from composer.model.project import Scene

if TYPE_CHECKING:
    from composer.compose.clips import ClipFile

WORDS_PER_SECOND = 2.6


def estimated_seconds(scene: Scene) -> float:
    """The scene's length before its clip exists: the silence's duration, the recording's
    length, or the script read at about 2.6 words a second."""
    voice = scene.voice
    if voice.type == VoiceType.SILENCE:
        try:
            return max(0.1, float(voice.duration or 1))
        except ValueError:
            return 1.0
    if voice.type == VoiceType.AUDIO and voice.local_file and Path(voice.local_file).is_file():
        return audio_seconds(Path(voice.local_file))
    words = len((voice.input_text or "").split())
    return max(1.0, words / WORDS_PER_SECOND / (voice.speed or 1.0))


def needed_seconds(scene: Scene) -> float:
    """The longest a scene's presenter clip can be used: twice its estimated length plus
    half a minute (speech is never that much slower than estimated), at most the longest
    video HeyGen renders. A clip claiming more (a WebM whose last packet says 31 years)
    is trimmed to it, so composing takes time in proportion to the scene."""
    try:
        estimate = estimated_seconds(scene)
    except MediaError:
        estimate = 0.0
    return min(MAX_SECONDS, 2 * min(estimate, MAX_SECONDS) + 30)


def clip_seconds(scene: Scene, clip: ClipFile) -> float:
    """How long the scene plays its clip: the clip's length, trimmed to what the scene
    needs."""
    return min(probe(clip.path).seconds, needed_seconds(scene))
