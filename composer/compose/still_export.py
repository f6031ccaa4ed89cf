"""`still`: a scene at a moment, as the preview paints it, using the scene's cached clip
when there is one. Imports no Qt until a still is painted."""

from __future__ import annotations

from pathlib import Path

from composer.billing.lengths import scene_length
from composer.compose.srt_cues import clip_cues, words_at
from composer.media.clips import ClipCache
from composer.media.video import probe
from composer.model.project import Project, Scene


def estimated_seconds(scene: Scene) -> float:
    """The scene's length before its clip exists, as the price counts it (the silence's
    duration, the recording's length, or the script at the rule file's pace); a second
    when it can't be known."""
    return scene_length(scene).seconds or 1.0


def save_still(project: Project, index: int, at: float, clips: ClipCache, out: Path) -> bool:
    """Paint scene `index` `at` seconds in to `out` (PNG); False if it could not be saved."""
    from composer.paint.offscreen import ensure_gui
    from composer.paint.scene_moment import paint_still

    ensure_gui()
    scene = project.scenes[index]
    clip = clips.find(scene, project.height)
    seconds = probe(clip.path).seconds if clip else estimated_seconds(scene)
    caption = words_at(clip_cues(clip.path), at) if clip and project.caption else ""
    image = paint_still(scene, project.width, project.height, at, clip, seconds, caption)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    return bool(image.save(str(out), "PNG"))  # type: ignore[call-overload]  # stub: bytes
