"""Which scenes a per-clip route bills: exact layout renders one presenter clip per distinct
presenter and voice, and nothing for clips already in its cache or scenes with no
presenter. One scene stands for each clip still to render. Of those, the clips whose look
gives no transparent WebM also need HeyGen's background removal."""

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


def scenes_needing_removal(project: Project, scenes: list[int]) -> set[int]:
    """Which of `scenes` (clips to render) will also need a background removal: what was
    learnt of their look from HeyGen (composer/routes/look_memory.py), else a guess by
    kind: a talking photo (a custom look) will, an avatar (a studio one, most likely)
    won't."""
    from composer.model.enums import CharacterType
    from composer.routes.exact import clip_folder
    from composer.routes.look_memory import ACCOUNT_WIDE, facts_anywhere

    memory = clip_folder() / "looks" / "alpha.json"
    if facts_anywhere(memory, ACCOUNT_WIDE).background_removal is False:
        return set()
    needing = set()
    for index in scenes:
        character = project.scenes[index].character
        photo = character.type == CharacterType.TALKING_PHOTO
        look = (character.talking_photo_id if photo else character.avatar_id) or ""
        webm = facts_anywhere(memory, look).webm
        if webm is False or (webm is None and photo):
            needing.add(index)
    return needing
