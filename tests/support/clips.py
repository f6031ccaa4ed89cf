"""Fill a clip cache with the sandbox's presenter clips, as a first exact render would."""

from __future__ import annotations

from pathlib import Path

from composer.media.clips import RESOLUTIONS, ClipCache
from composer.media.keying import RGB
from composer.model.enums import VoiceType
from composer.model.project import Project, Scene
from composer.sandbox.clipmedia import ClipSpec, render_clip, script_seconds

ASPECT = 3 / 4


def clip_spec(scene: Scene, resolution: str, key: RGB | None, seconds: float | None) -> ClipSpec:
    height = dict(RESOLUTIONS)[resolution]
    width = round(height * ASPECT / 2) * 2
    if seconds is None:
        voice = scene.voice
        if voice.type == VoiceType.SILENCE:
            seconds = float(voice.duration or 1)
        else:
            seconds = script_seconds(voice.input_text, voice.speed)
    return ClipSpec(width, height, seconds, key=key)


def fill_cache(
    project: Project,
    folder: Path,
    *,
    key: RGB | None = None,
    seconds: float | None = None,
    resolution: str | None = None,
    source: str | None = None,
) -> ClipCache:
    """`source`: the server and account the clips are kept for (HeyGenClient.source;
    None: no one's, found only by the preview and offline `compose`)."""
    from composer.media.clips import resolution_for

    cache = ClipCache(folder, source=source)
    for scene in project.scenes:
        res = resolution or resolution_for(scene, project.height)
        cache.store(scene, res, render_clip(clip_spec(scene, res, key, seconds)), key)
    return cache
