"""`still`: a scene at a moment, as the preview paints it, using the scene's cached clip
when there is one. Imports no Qt until a still is painted."""

from __future__ import annotations

from pathlib import Path

from composer.brand.kit import kit_for
from composer.compose.lengths import clip_seconds, estimated_seconds
from composer.compose.srt_cues import clip_cues, words_at
from composer.media.clips import ClipCache
from composer.model.project import Project


def save_still(project: Project, index: int, at: float, clips: ClipCache, out: Path) -> bool:
    """Paint scene `index` `at` seconds in to `out` (PNG); False if it could not be saved."""
    from composer.paint.offscreen import ensure_gui
    from composer.paint.scene_moment import paint_still

    ensure_gui()
    scene = project.scenes[index]
    clip = clips.find(scene, project.height)
    seconds = clip_seconds(scene, clip) if clip else estimated_seconds(scene)
    caption = words_at(clip_cues(clip.path), at) if clip and project.caption else ""
    logo = kit_for(project).logo_spec()  # the brand kit's logo, as the preview shows it
    size = (project.width, project.height)
    image = paint_still(scene, *size, at, clip, seconds, caption, logo, project.captions_style)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    return bool(image.save(str(out), "PNG"))  # type: ignore[call-overload]  # stub: bytes
