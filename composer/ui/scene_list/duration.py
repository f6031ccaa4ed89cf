"""How long a scene will run, estimated before HeyGen renders it.

Scripts: words at 150 words per minute, scaled by the voice speed. Silence: its length.
Audio: unknown until rendered (None).
"""

from __future__ import annotations

import math

from composer.model.enums import VoiceType
from composer.model.project import Project, Scene

WORDS_PER_MINUTE = 150
DEFAULT_SILENCE = 1.0


def scene_seconds(scene: Scene) -> float | None:
    voice = scene.voice
    if voice.type == VoiceType.TEXT:
        words = len((voice.input_text or "").split())
        speed = voice.speed if isinstance(voice.speed, int | float) and voice.speed > 0 else 1.0
        return words / (WORDS_PER_MINUTE * speed) * 60
    if voice.type == VoiceType.SILENCE:
        try:
            seconds = float(voice.duration) if voice.duration is not None else DEFAULT_SILENCE
        except ValueError:
            return DEFAULT_SILENCE
        return seconds if math.isfinite(seconds) else DEFAULT_SILENCE
    return None


def scene_duration_text(scene: Scene) -> str:
    seconds = scene_seconds(scene)
    return "audio" if seconds is None else f"≈ {format_seconds(seconds)}"


def project_duration_text(project: Project) -> str:
    """Like '≈ 1 min 05 s', plus ' + audio' when some scenes' length is only known after
    rendering."""
    known = [scene_seconds(s) for s in project.scenes]
    total = sum(s for s in known if s is not None)
    text = f"≈ {format_seconds(total)}"
    return text + " + audio" if None in known else text


def format_seconds(seconds: float) -> str:
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole} s"
    return f"{whole // 60} min {whole % 60:02d} s"
