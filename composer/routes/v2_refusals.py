"""HeyGen's v2 refusal of newer photo avatars: HTTP 400 `{"error": {"code":
"internal_error", "message": "This avatar does not support unlimited mode. Please use a
different avatar, or use Avatar IV or Avatar V."}}` (reported by users of another app,
August 2026). v2 renders without those engines, so the only way on for that presenter is
v3 or the exact layout. The refused presenters are remembered (settings/route_state.py):
the problems list then says so beside each scene that uses one, before anything is sent.
"""

from __future__ import annotations

from typing import Any

from composer.heygen.errors import HeyGenError, RequestRejected
from composer.model.enums import CharacterType
from composer.model.project import Project
from composer.model.validate import ERROR, Problem
from composer.settings import route_state

UNLIMITED_WORDS = "unlimited mode"
UNLIMITED_MESSAGE = (
    "HeyGen's v2 can't animate this presenter: it is a newer photo avatar that needs "
    "HeyGen's Avatar IV or V, which only v3 offers. Nothing was charged. Send the project "
    "with v3 or the exact layout instead (Project panel, Render route)."
)
PRESENTER_MESSAGE = (
    "HeyGen's v2 refused this presenter (a newer photo avatar: it needs Avatar IV or V, "
    "which only v3 offers). Choose another presenter, or send the project with v3 or the "
    "exact layout (Project panel, Render route)."
)


def is_unlimited_refusal(error: HeyGenError) -> bool:
    return isinstance(error, RequestRejected) and UNLIMITED_WORDS in f"{error.detail}".lower()


def remember_refused(body: dict[str, Any]) -> None:
    """Remember the presenters of a refused v2 body: its photo avatars (HeyGen says "this
    avatar" without naming it; photo avatars are the ones it refuses), else all of them."""
    characters = [
        scene.get("character") or {}
        for scene in body.get("video_inputs") or []
        if isinstance(scene, dict)
    ]
    photos = {c.get("talking_photo_id") for c in characters if c.get("type") == "talking_photo"}
    everyone = {c.get("avatar_id") or c.get("talking_photo_id") for c in characters}
    route_state.v2_refused({str(i) for i in (photos or everyone) if i})


def refused_presenters(project: Project) -> list[Problem]:
    """An error beside each scene whose presenter v2 refused before."""
    refused = route_state.v2_refused_presenters()
    if not refused:
        return []
    problems = []
    for index, scene in enumerate(project.scenes):
        character = scene.character
        photo = character.type == CharacterType.TALKING_PHOTO
        field = "character.talking_photo_id" if photo else "character.avatar_id"
        if (character.talking_photo_id if photo else character.avatar_id) in refused:
            problems.append(Problem(ERROR, index, field, PRESENTER_MESSAGE))
    return problems
