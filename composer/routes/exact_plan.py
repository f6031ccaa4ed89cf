"""Which presenter clips the exact layout must still have HeyGen render: the one count
Submit, the price and `prepare` (composer/routes/exact.py) share. A clip the cache
(composer/media/clips.py) holds for the server and account the send goes to is not
rendered again."""

from __future__ import annotations

from pathlib import Path

from composer.media.clips import (
    ClipCache,
    clip_key,
    default_folder,
    resolution_for,
    resolution_rank,
)
from composer.model.project import Project
from composer.routes.v3_mapping import has_presenter


def clip_folder() -> Path:
    return default_folder()


def clips_to_render(
    project: Project, folder: Path, source: str | None
) -> dict[str, tuple[int, str]]:
    """The presenter clips HeyGen must still render, the one count Submit, the price and
    `prepare` share: one per distinct clip among the scenes with a presenter whose clip
    the cache in `folder` lacks for `source` (the server and account the send goes to,
    HeyGenClient.source: another's clips are not sent on, so they are not counted as
    cached; None, no account known: none is), at the largest size its scenes need. Clip
    key -> (the scene that stands for it, resolution)."""
    cache = ClipCache(folder, source=source)
    needed: dict[str, tuple[int, str]] = {}
    for index, scene in enumerate(project.scenes):
        if not has_presenter(scene.character):
            continue
        if source is not None and cache.find(scene, project.height) is not None:
            continue
        resolution = resolution_for(scene, project.height)
        key = clip_key(scene, cache.route)
        if key not in needed or resolution_rank(resolution) > resolution_rank(needed[key][1]):
            needed[key] = (index, resolution)
    return needed


def renders_needed(project: Project, source: str | None, folder: Path | None = None) -> int:
    """How many presenter clips Submit would have HeyGen render on the server and account
    `source` (the rest are cached)."""
    return len(clips_to_render(project, folder or clip_folder(), source))
