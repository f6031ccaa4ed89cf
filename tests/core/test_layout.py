"""The frame mapping of layout.md, in output pixels (Qt-free)."""

from __future__ import annotations

import pytest

from composer.model import layout
from composer.model.enums import AvatarStyle
from composer.model.project import Character, Offset, Position, TextOverlay


@pytest.mark.parametrize(
    ("size", "scale", "offset", "expected"),
    [
        ((1920, 1080), None, None, (960 - 405, 0, 810, 1080)),  # defaults: centred, full height
        ((1920, 1080), 0.5, Offset(-0.5, 0), (-202.5, 270, 405, 540)),  # centre on the left edge
        ((1920, 1080), 1.0, Offset(0.25, -0.1), (1440 - 405, -108, 810, 1080)),
        ((1080, 1920), 0.5, Offset(0, 0.5), (540 - 360, 1920 - 480, 720, 960)),  # 9:16
    ],
)
def test_avatar_rect(size, scale, offset, expected) -> None:
    rect = layout.avatar_rect(Character(scale=scale, offset=offset), *size)
    assert (rect.x, rect.y, rect.w, rect.h) == pytest.approx(expected)


def test_circle_is_square() -> None:
    rect = layout.avatar_rect(Character(scale=0.4, avatar_style=AvatarStyle.CIRCLE), 1920, 1080)
    assert rect.w == rect.h == pytest.approx(432)


def test_text_box() -> None:
    text = TextOverlay(text="a\nb", position=Position(0.25, 0.5), font_size=40, line_height=1.5)
    assert layout.text_origin(text, 1920, 1080) == (480, 540)
    assert layout.text_box_width(text, 1920, 1080) == 1440  # to the right edge by default
    estimate = layout.text_rect_estimate(text, 1920, 1080)
    assert estimate.h == 2 * 60


def test_moved_fraction_rounds_to_three_decimals() -> None:
    assert layout.moved_fraction(0.2, 100, 1920) == 0.252
    assert layout.moved_fraction(0.0, -1, 1080) == -0.001


@pytest.mark.parametrize(("value", "expected"), [(955, 960), (949, 949), (968, 960), (100, 96)])
def test_snap(value: float, expected: float) -> None:
    assert layout.snap(value, [960, 96], 8) == expected
