"""A route says how it is billed, and the exact layout counts the clips it must render once:
Submit's note, the price and `prepare` share one count."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import ClassVar

import pytest

from composer.billing.rules import RuleError, load_rules
from composer.heygen.hosts import source_of
from composer.media.clips import resolution_for
from composer.model.enums import VoiceType
from composer.model.project import Project, Scene
from composer.routes import registry
from composer.routes.exact import ExactRoute
from composer.routes.exact_plan import clip_folder, clips_to_render, renders_needed
from composer.routes.pricing import route_estimate
from composer.routes.v2_scenes import V2ScenesRoute
from tests.support.builders import valid_project, valid_scene

SOURCE = source_of("https://api.heygen.com", "sk-test-pricing")


class UnpricedV2(V2ScenesRoute):
    """A new route someone forgot to price (it inherits nothing to fall back on)."""

    name = "unpriced"
    pricing: ClassVar[str] = ""


@pytest.fixture
def unpriced_route(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    modules = {**registry.ROUTE_MODULES, "unpriced": (__name__, "UnpricedV2")}
    monkeypatch.setattr(registry, "ROUTE_MODULES", modules)
    registry.route_class.cache_clear()
    yield "unpriced"
    registry.route_class.cache_clear()


def _silent(seconds: float, scale: float = 0.5) -> Scene:
    scene = valid_scene()
    scene.voice.type = VoiceType.SILENCE
    scene.voice.duration = str(seconds)
    scene.character.scale = scale
    return scene


def _project(*scenes: Scene) -> Project:
    project = valid_project(0)
    project.scenes = list(scenes)
    return project


def test_every_route_declares_a_pricing_the_rule_file_has() -> None:
    rules = load_rules()
    for name in registry.route_names():
        pricing = registry.route_class(name).pricing
        assert pricing in rules.routes, name


def test_a_route_without_pricing_is_an_error_not_v2(unpriced_route: str) -> None:
    with pytest.raises(registry.UnpricedRoute, match="unpriced"):
        registry.route_class(unpriced_route)


def test_a_rule_file_without_the_routes_entry_is_an_error_not_v2() -> None:
    rules = load_rules()
    only_v2 = dataclasses.replace(rules, routes={"v2": rules.routes["v2"]})
    with pytest.raises(RuleError, match="'v3'"):
        route_estimate(_project(_silent(10)), "v3", source=None, rules=only_v2)
    assert route_estimate(_project(_silent(10)), "v2", source=None, rules=only_v2).unit == "credits"


def test_submit_the_price_and_prepare_count_the_same_clips() -> None:
    small, big = _silent(4, scale=0.3), _silent(4, scale=1.0)  # one clip, two sizes
    other = _silent(6)
    nobody = _silent(5)
    nobody.character.avatar_id = None  # no presenter: composed locally, nothing rendered
    project = _project(small, other, big, nobody)
    assert resolution_for(small, project.height) != resolution_for(big, project.height)

    needed = clips_to_render(project, clip_folder(), SOURCE)  # what prepare renders
    assert sorted(index for index, _ in needed.values()) == [1, 2]  # the bigger size wins
    assert renders_needed(project, SOURCE) == len(needed) == 2  # "2 new HeyGen renders"
    assert ExactRoute.clips_to_bill(project, SOURCE) == [index for index, _ in needed.values()]
    cost = route_estimate(project, "exact", source=SOURCE)
    assert [s.counted for s in cost.scenes] == [False, True, True, False]
    assert cost.billed_seconds == 6 + 4
