"""Which scenes a per-clip route bills: exact layout renders one presenter clip per distinct
presenter and voice, and nothing for clips already in its cache or scenes with no
presenter. One scene stands for each clip still to render."""

from __future__ import annotations

from composer.model.project import Project


def scenes_to_bill(project: Project) -> list[int]:
    """Indexes of the scenes whose presenter clips HeyGen must still render (one per clip)."""
    from composer.compose.clips import ClipCache, clip_key, resolution_for
    from composer.routes.exact import clip_folder
    from composer.routes.v3_mapping import has_presenter

    cache = ClipCache(clip_folder())
    seen: set[tuple[str, str]] = set()
    billed = []
    for index, scene in enumerate(project.scenes):
        if not has_presenter(scene.character) or cache.find(scene, project.height) is not None:
            continue
        key = (clip_key(scene, cache.route), resolution_for(scene, project.height))
        if key not in seen:
            seen.add(key)
            billed.append(index)
    return billed
