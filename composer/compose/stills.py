"""`still`: a scene at a moment, as the preview paints it, using the scene's cached clip
when there is one. Imports no Qt until a still is painted."""

from __future__ import annotations

from pathlib import Path

from composer.brand.kit import kit_for
from composer.compose.captions import clip_cues, words_at
from composer.compose.clips import ClipCache
from composer.media.audio import audio_seconds
from composer.media.video import probe
from composer.model.enums import VoiceType
from composer.model.project import Project, Scene

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


def save_still(project: Project, index: int, at: float, clips: ClipCache, out: Path) -> bool:
    """Paint scene `index` `at` seconds in to `out` (PNG); False if it could not be saved."""
    from composer.paint.offscreen import ensure_gui
    from composer.paint.still import paint_still

    ensure_gui()
    scene = project.scenes[index]
    clip = clips.find(scene, project.height)
    seconds = probe(clip.path).seconds if clip else estimated_seconds(scene)
    caption = words_at(clip_cues(clip.path), at) if clip and project.caption else ""
    logo = kit_for(project).logo_spec()  # the brand kit's logo, as the preview shows it
    image = paint_still(scene, project.width, project.height, at, clip, seconds, caption, logo)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    return bool(image.save(str(out), "PNG"))
