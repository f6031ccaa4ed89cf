"""How the exact layout gets each presenter clip out of its backdrop, look by look, in
this order (HeyGen documents these ways to alpha; its looks say nothing of matting):

1. `webm`: `output_format: "webm"`, a clip with alpha (no `background` allowed with it).
   HeyGen gives it for looks trained with matting (its studio avatars); a refusal, for
   lack of matting or of plan, is remembered for that look (LookMemory) and not asked
   again.
2. `removal`: an MP4 (on a key colour, with `remove_background: true` for video looks
   until HeyGen says the look can't), then `POST /v3/background-removals` for its `mask`
   layer, polled like a video; the mask is the clip's alpha when composing.
3. `key`: neither exists (background removal refused or failed): the MP4's own backdrop is
   measured, and keyed out here only if it is one plain colour; else the job stops with a
   message naming the scene and what to do.
"""

from __future__ import annotations

import copy
import hashlib
from typing import Any

from composer.heygen.errors import AuthError, HeyGenError, RequestRejected
from composer.routes.look_memory import ACCOUNT_WIDE, LookFacts, LookMemory

WEBM, REMOVAL, KEY = "webm", "removal", "key"
PLAN_WORDS = ("plan", "subscribe", "upgrade")
MATTING_WORDS = ("matting", "webm", "transparent", "remove_background", "output_format")
VIDEO_LOOKS = frozenset({"studio_avatar", "digital_twin", "video_avatar"})
"""Looks `remove_background` can apply to ("video avatars trained with matting")."""


def refusal_kind(exc: HeyGenError) -> str | None:
    """ "plan", "matting" or None (a refusal that is not about transparency)."""
    text = f"{exc.detail} {exc}".lower()
    param = getattr(exc, "param", None) or ""
    if any(word in text for word in PLAN_WORDS):
        return "plan"
    if param in ("output_format", "remove_background") or any(w in text for w in MATTING_WORDS):
        return "matting"
    return None


def first_way(facts: LookFacts, account: LookFacts) -> str:
    if facts.webm is not False:
        return WEBM
    return KEY if account.background_removal is False else REMOVAL


def shape(body: dict[str, Any], way: str, look_type: str, facts: LookFacts, key: str) -> None:
    """Set the fields of an avatar `body` that ask for `way` (`key`: "#RRGGBB";
    `look_type`: the look's avatar_type, "" when unknown)."""
    for name in ("output_format", "background", "remove_background"):
        body.pop(name, None)
    if way == WEBM:
        body["output_format"] = "webm"
        return
    body["output_format"] = "mp4"
    body["background"] = {"type": "color", "value": key}
    video_look = not look_type or look_type in VIDEO_LOOKS
    if video_look and facts.remove_background is not False:
        body["remove_background"] = True


def request_id(clip: dict[str, Any]) -> str:
    """The background removal's idempotency key: the clip's hash and the render it cleans
    (a new render of the same clip is a new removal; a resend finds the first)."""
    text = f"{clip['clip']}|{clip['video_id']}|mask"
    return "scene-composer-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:40]


class Alpha:
    """The ladder: what to ask each look for, and what a refusal teaches."""

    def __init__(self, memory: LookMemory) -> None:
        self.memory = memory

    def ask(self, body: dict[str, Any], key: str, look_type: str) -> str:
        """Shape `body` for the first way its look may give; returns that way."""
        facts = self.memory.facts(str(body["avatar_id"]))
        way = first_way(facts, self.memory.facts(ACCOUNT_WIDE))
        shape(body, way, look_type, facts, key)
        return way

    def refresh(self, clip: dict[str, Any]) -> bool:
        """Reshape a clip not sent yet by what was learnt since it was prepared (another
        clip of the job was refused the same way); True when its body changed."""
        body = copy.deepcopy(clip["body"])
        way = self.ask(body, clip["key_colour"], clip.get("look_type") or "")
        if body == clip["body"]:
            return False
        clip["body"], clip["way"] = body, way
        return True

    def step_down(self, clip: dict[str, Any], exc: HeyGenError) -> bool:
        """After HeyGen refused `clip`'s create: learn why and reshape the clip for the
        next way (True), or False when the refusal is not about transparency."""
        kind = refusal_kind(exc)
        body, look_id = clip["body"], str(clip["body"]["avatar_id"])
        if kind is None:
            return False
        if body.get("output_format") == "webm":
            self.memory.learn(look_id, webm=False, webm_refusal=kind)
        elif body.get("remove_background") and kind == "matting":
            self.memory.learn(look_id, remove_background=False)
        else:
            return False
        before = copy.deepcopy(body)
        clip["way"] = self.ask(body, clip["key_colour"], clip.get("look_type") or "")
        return body != before  # never the same refused body again

    def accepted(self, clip: dict[str, Any]) -> None:
        """HeyGen took the create: what it took works for that look."""
        body, look_id = clip["body"], str(clip["body"]["avatar_id"])
        if body.get("output_format") == "webm":
            self.memory.learn(look_id, webm=True, webm_refusal=None)
        elif body.get("remove_background"):
            self.memory.learn(look_id, remove_background=True)

    def opaque(self, clip: dict[str, Any]) -> None:
        """A WebM HeyGen took came without alpha: next time the look is asked another way."""
        self.memory.learn(str(clip["body"]["avatar_id"]), webm=False, webm_refusal="matting")

    def removal_refused(self, exc: HeyGenError) -> bool:
        """Whether `exc` (from starting a background removal) says the account can't have
        one (plan, or no such endpoint); remembered for the account."""
        refused = exc.status in (403, 404) or refusal_kind(exc) == "plan"
        if isinstance(exc, AuthError | RequestRejected) and refused:
            self.memory.learn(ACCOUNT_WIDE, background_removal=False)
            return True
        return False

    def removal_known_refused(self) -> bool:
        return self.memory.facts(ACCOUNT_WIDE).background_removal is False

    def removal_worked(self) -> None:
        self.memory.learn(ACCOUNT_WIDE, background_removal=True)
