"""What a video will cost on a render route, from the billing rule and scene lengths.

`per_video` routes (v2, v3 studio) bill the whole video's length rounded up to the
route's increment; `per_clip` routes (exact layout) bill each avatar clip they must render,
each rounded on its own, and nothing for clips already in the cache.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass

from composer.billing.lengths import ProjectLength, project_length
from composer.billing.rules import BillingRules, RouteRate, load_rules
from composer.billing.speech import SpeechCache
from composer.model.enums import CharacterType
from composer.model.project import Character, Project

LONG_SIDE_1080P = 1920
ROUNDING_SLACK = 1e-9  # 30.000000001 s of float noise is still 30 s


@dataclass(frozen=True)
class SceneCost:
    seconds: float | None
    amount: float  # this scene's share (per clip: its own rounded cost)
    counted: bool  # False: not billed (a cached clip, or its length unknown)


@dataclass(frozen=True)
class Estimate:
    route: str
    unit: str
    length: ProjectLength
    billed_seconds: float
    amount: float
    scenes: list[SceneCost]
    removals: int = 0
    """Clips that also need HeyGen's background removal (counted in `amount`)."""

    @property
    def counted_scenes(self) -> int:
        return sum(1 for s in self.scenes if s.counted)


def engine_key(character: Character, route: str, width: int, height: int) -> str:
    """The rule file's rate key for a scene's presenter on a route."""
    photo = character.type == CharacterType.TALKING_PHOTO
    if route == "v2":
        if character.use_avatar_iv_model:
            return "avatar_iv"
        return "photo_avatar" if photo else "video_avatar"
    engine = "avatar_iii" if character.use_avatar_iv_model is False else "avatar_iv"
    key = f"{engine}:{'photo' if photo else 'avatar'}"
    return key + ":4k" if max(width, height) > LONG_SIDE_1080P else key


def rounded_up(seconds: float, increment: float) -> float:
    """`seconds` rounded up to a whole number of increments (0 stays 0)."""
    return math.ceil(seconds / increment - ROUNDING_SLACK) * increment if seconds > 0 else 0.0


def estimate(
    project: Project,
    route: str = "v2",
    *,
    rules: BillingRules | None = None,
    speech: SpeechCache | None = None,
    to_render: Collection[int] | None = None,
) -> Estimate:
    """The cost of sending `project` on `route`. `to_render`: for a per-clip route, the
    scenes whose clips must be rendered (None: asked of the route's clip cache)."""
    rules = rules or load_rules()
    rate = rules.route(route)
    length = project_length(project, rules, speech)
    rates = [
        rate.rate(engine_key(s.character, route, project.width, project.height))
        for s in project.scenes
    ]
    if rate.billed == "per_clip":
        from composer.billing.clips import scenes_needing_removal, scenes_to_bill

        if to_render is None:
            to_render = scenes_to_bill(project)
        removals = (
            scenes_needing_removal(project, sorted(to_render)) if rate.removal_per_minute else set()
        )
        return _per_clip(route, rate, length, rates, to_render, removals)
    return _per_video(route, rate, length, rates)


def _per_video(route: str, rate: RouteRate, length: ProjectLength, rates: list[float]) -> Estimate:
    total = length.seconds
    known = [(s.seconds, r) for s, r in zip(length.scenes, rates, strict=True) if s.seconds]
    mean_rate = sum(s * r for s, r in known) / total if total else (rates[0] if rates else 0.0)
    billed = rounded_up(total, rate.increment_seconds)
    scenes = [
        SceneCost(s.seconds, (s.seconds or 0.0) / 60 * r, s.seconds is not None)
        for s, r in zip(length.scenes, rates, strict=True)
    ]
    return Estimate(route, rate.unit, length, billed, billed / 60 * mean_rate, scenes)


def _per_clip(
    route: str,
    rate: RouteRate,
    length: ProjectLength,
    rates: list[float],
    to_render: Collection[int] | None,
    removals: Collection[int] = (),
) -> Estimate:
    """Each clip at its presenter's rate, plus the background removal's rate for the clips
    in `removals`."""
    scenes: list[SceneCost] = []
    for index, (scene, scene_rate) in enumerate(zip(length.scenes, rates, strict=True)):
        counted = scene.seconds is not None and (to_render is None or index in to_render)
        billed = rounded_up(scene.seconds or 0.0, rate.increment_seconds) if counted else 0.0
        per_minute = scene_rate + (rate.removal_per_minute if index in removals else 0.0)
        scenes.append(SceneCost(scene.seconds, billed / 60 * per_minute, counted))
    billed_total = sum(
        rounded_up(s.seconds or 0.0, rate.increment_seconds) for s in scenes if s.counted
    )
    amount = sum(s.amount for s in scenes)
    counted = sum(1 for i, s in enumerate(scenes) if s.counted and i in removals)
    return Estimate(route, rate.unit, length, billed_total, amount, scenes, counted)


def rows_that_fit(amounts: list[float], balance: float) -> int:
    """How many of the rows, sent in order, the balance pays for."""
    spent = 0.0
    for count, amount in enumerate(amounts):
        spent += amount
        if spent > balance + ROUNDING_SLACK:
            return count
    return len(amounts)
