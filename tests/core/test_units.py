"""Friendly units and colour names: conversions both ways, the API's values kept."""

from __future__ import annotations

import pytest

from composer.model import colours, layout, units
from composer.model.project import Character, Offset
from composer.model.validate import validate
from tests.support.builders import valid_project


@pytest.mark.parametrize(
    ("unit", "api", "shown"),
    [
        (units.CENTRE_ACROSS, -0.5, 0.0),
        (units.CENTRE_ACROSS, 0.0, 50.0),
        (units.CENTRE_ACROSS, 0.25, 75.0),
        (units.CENTRE_DOWN, -0.25, 25.0),
        (units.HEIGHT, 0.8, 80.0),
        (units.EDGE_ACROSS, 0.06, 6.0),
        (units.EDGE_DOWN, 0.333, 33.3),
    ],
)
def test_units_convert_both_ways(unit: units.Unit, api: float, shown: float) -> None:
    assert unit.shown(api) == shown
    assert unit.api(shown) == api


def test_shown_percentages_agree_with_the_layout_maths() -> None:
    character = Character(scale=0.5, offset=Offset(x=0.25, y=-0.1))
    box = layout.avatar_rect(character, 1920, 1080)
    across = units.CENTRE_ACROSS.shown(0.25)
    assert box.center[0] == pytest.approx(across / 100 * 1920)
    assert box.h == pytest.approx(units.HEIGHT.shown(0.5) / 100 * 1080)
    assert units.CENTRE_ACROSS.pixels(across, 1920, 1080) == (
        "centre 1,440 px from the left edge of the 1,920 px wide video"
    )


def test_read_outs_speak_percent() -> None:
    assert units.readout("character", 0.028, 0.148) == "Across 52.8 %   Down 64.8 %"
    assert units.readout("text", 0.1, 0.05) == "Left 10 %   Top 5 %"
    assert units.scale_readout(0.8) == "Height 80 % of the frame"
    assert units.font_share(54, 1080) == "54 px: 5% of the video's 1,080 px height"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("orange", "#FFA500"),
        ("Dark Orange", "#FF8C00"),
        ("  RebeccaPurple ", "#663399"),
        ("#abc", "#AABBCC"),
        ("#1a1a2e", "#1A1A2E"),
        ("#12zz", None),
        ("orang", None),
        ("", None),
        (None, None),
    ],
)
def test_colour_names_and_short_hex_become_hex(typed: str | None, stored: str | None) -> None:
    assert colours.to_hex(typed) == stored


def test_colour_names_are_the_148_css_names() -> None:
    assert len(colours.NAMED) == 148
    assert colours.name_of("#ffa500") == "orange"
    assert colours.rgb("teal") == (0, 128, 128)


def test_a_name_stored_raw_is_refused_with_the_hex_to_use() -> None:
    project = valid_project(1)
    project.scenes[0].background.value = "orange"
    [problem] = [p for p in validate(project) if p.field == "background.value"]
    assert problem.is_error
    assert "use #FFA500" in problem.message
