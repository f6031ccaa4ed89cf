"""The overlay editor's geometry: handles, snapping lines, aligning, distributing."""

from __future__ import annotations

import pytest

from composer.model.layout import Rect, snap_box
from composer.model.overlay_editing import (
    MIN_SIDE_PX,
    Align,
    Axis,
    aligned,
    box_values,
    distributed,
    resized,
    snap_lines,
)

BOX = Rect(100, 100, 200, 100)


def test_a_corner_handle_moves_its_corner_and_the_opposite_one_stays() -> None:
    assert resized(BOX, "bottom_right", 50, 20, keep_aspect=False) == Rect(100, 100, 250, 120)
    assert resized(BOX, "top_left", 50, 20, keep_aspect=False) == Rect(150, 120, 150, 80)
    assert resized(BOX, "left", 30, 99, keep_aspect=False) == Rect(130, 100, 170, 100)


def test_keeping_the_shape_from_a_corner_and_from_a_side() -> None:
    corner = resized(BOX, "top_left", -100, 0, keep_aspect=True)
    assert corner.w / corner.h == pytest.approx(2.0)
    assert (corner.right, corner.bottom) == (BOX.right, BOX.bottom)
    side = resized(BOX, "bottom", 0, 50, keep_aspect=True)
    assert (side.w, side.h) == (300, 150)
    assert side.x + side.w / 2 == BOX.x + BOX.w / 2  # grows around its middle


def test_a_handle_never_makes_a_box_too_small_to_grab() -> None:
    squashed = resized(BOX, "right", -500, 0, keep_aspect=False)
    assert squashed.w == MIN_SIDE_PX and squashed.x == BOX.x


def test_other_overlays_edges_and_middles_are_snapping_lines() -> None:
    lines = snap_lines(1920, 1080, [Rect(500, 600, 100, 50)])
    assert {500, 550, 600} <= set(lines.xs) and {600, 625, 650} <= set(lines.ys)
    assert {96, 960, 1824} <= {round(x) for x in lines.xs}  # the safe area and the centre
    snap = snap_box(Rect(603, 200, 80, 80), lines, threshold=5)
    assert (snap.dx, snap.guide_x) == (-3, 600)


def test_aligning_to_an_area() -> None:
    boxes = [Rect(10, 10, 50, 20), Rect(200, 40, 100, 60)]
    area = Rect(0, 0, 400, 300)
    assert [b.x for b in aligned(boxes, Align.LEFT, area)] == [0, 0]
    assert [b.right for b in aligned(boxes, Align.RIGHT, area)] == [400, 400]
    assert [b.x + b.w / 2 for b in aligned(boxes, Align.CENTRE, area)] == [200, 200]
    assert [b.bottom for b in aligned(boxes, Align.BOTTOM, area)] == [300, 300]
    assert [b.y + b.h / 2 for b in aligned(boxes, Align.MIDDLE, area)] == [150, 150]
    assert [(b.x, b.y) for b in aligned(boxes, Align.TOP, area)] == [(10, 0), (200, 0)]


def test_distributing_leaves_equal_gaps_and_keeps_the_ends() -> None:
    boxes = [Rect(500, 0, 100, 10), Rect(0, 0, 50, 10), Rect(130, 0, 20, 10)]
    spread = distributed(boxes, Axis.ACROSS)
    order = sorted(spread, key=lambda b: b.x)
    gaps = [order[i + 1].x - order[i].right for i in range(2)]
    assert gaps[0] == pytest.approx(gaps[1])
    assert (order[0].x, order[-1].right) == (0, 600)
    assert spread[1] == boxes[1]  # the list keeps its order
    down = distributed([Rect(0, 0, 5, 10), Rect(0, 15, 5, 10), Rect(0, 90, 5, 10)], Axis.DOWN)
    assert [b.y for b in down] == [0, 45, 90]


def test_a_box_is_stored_as_fractions_of_the_frame() -> None:
    values = box_values(2, Rect(192, 108, 960, 54), 1920, 1080, size=True)
    assert values == {
        "overlays[2].position.x": 0.1,
        "overlays[2].position.y": 0.1,
        "overlays[2].size.width": 0.5,
        "overlays[2].size.height": 0.05,
    }
