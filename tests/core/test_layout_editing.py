"""The preview's editing rules in composer.model.layout (Qt-free): where items land in
16:9 and 9:16 frames, defaults, stored rounding, nudges, snapping and resizing."""

from __future__ import annotations

import pytest

from composer.model import layout
from composer.model.enums import CharacterType, TalkingPhotoStyle
from composer.model.project import Character, Offset, Position, TextOverlay

LANDSCAPE, PORTRAIT = (1920, 1080), (1080, 1920)


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT])
def test_offset_moves_the_avatar_centre_by_frame_fractions(size) -> None:
    width, height = size
    for (ox, oy), centre in [
        ((0, 0), (width / 2, height / 2)),
        ((-0.5, 0), (0, height / 2)),  # documented: -0.5 puts the centre on the left edge
        ((0.5, 0), (width, height / 2)),
        ((0, -0.5), (width / 2, 0)),  # assumed: y is positive down
        ((0.25, 0.1), (width * 0.75, height * 0.6)),
    ]:
        rect = layout.avatar_rect(Character(scale=0.5, offset=Offset(ox, oy)), width, height)
        assert rect.center == pytest.approx(centre)


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT])
def test_scale_is_a_fraction_of_the_frame_height(size) -> None:
    width, height = size
    default = layout.avatar_rect(Character(), width, height)
    assert (default.h, default.w) == pytest.approx((height, height * layout.SILHOUETTE_ASPECT))
    assert default.center == pytest.approx((width / 2, height / 2))
    half = layout.avatar_rect(Character(scale=0.5), width, height, aspect=16 / 9)
    assert (half.w, half.h) == pytest.approx((height / 2 * 16 / 9, height / 2))


def test_a_circle_talking_photo_is_square() -> None:
    photo = Character(
        type=CharacterType.TALKING_PHOTO, talking_photo_style=TalkingPhotoStyle.CIRCLE, scale=0.3
    )
    rect = layout.avatar_rect(photo, *PORTRAIT)
    assert rect.w == rect.h == pytest.approx(0.3 * 1920)


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT])
def test_text_position_and_defaults(size) -> None:
    width, height = size
    text = TextOverlay(text="Hi", position=Position(0.1, 0.75))
    assert layout.text_origin(text, width, height) == pytest.approx((0.1 * width, 0.75 * height))
    assert layout.text_box_width(text, width, height) == pytest.approx(0.9 * width)
    assert layout.font_px(text) == layout.DEFAULT_FONT_SIZE
    assert layout.line_px(text) == pytest.approx(
        layout.DEFAULT_FONT_SIZE * layout.DEFAULT_LINE_HEIGHT
    )
    assert layout.text_origin(TextOverlay(text="Hi"), width, height) == (0, 0)
    sized = TextOverlay(text="Hi", font_size=80, line_height=1.5, width=600)
    assert (layout.line_px(sized), layout.text_box_width(sized, width, height)) == (120, 600)


def test_stored_values_have_three_decimals_and_no_negative_zero() -> None:
    assert layout.moved_fraction(0.2, 100, 1920) == 0.252
    assert layout.moved_fraction(0.0, -1, 1080) == -0.001
    zero = layout.moved_fraction(0.001, -1.2, 1920)
    assert zero == 0 and str(zero) == "0.0"


def test_a_one_pixel_nudge_always_moves() -> None:
    assert layout.moved_fraction(0.2, 1, 3840) == 0.2  # a pixel rounds away on a 4K frame...
    assert layout.nudged_fraction(0.2, 1, 3840) == 0.201  # ...but a nudge still moves
    assert layout.nudged_fraction(0.2, -1, 3840) == 0.199
    assert layout.nudged_fraction(0.2, 10, 1920) == layout.moved_fraction(0.2, 10, 1920)
    assert layout.nudged_fraction(0.2, 0, 1920) == 0.2


def test_guides_are_the_centre_lines_and_the_safe_area() -> None:
    lines = layout.guides(*LANDSCAPE)
    assert lines.xs == pytest.approx((96, 960, 1824))
    assert lines.ys == pytest.approx((54, 540, 1026))


def test_snapping_moves_the_nearest_edge_or_middle_onto_a_guide() -> None:
    lines = layout.guides(*LANDSCAPE)
    near_centre = layout.Rect(760, 300, 405, 540)  # middle 962.5: 2.5 px right of the centre
    snap = layout.snap_box(near_centre, lines, threshold=8)
    assert (snap.dx, snap.guide_x) == pytest.approx((-2.5, 960))
    assert (snap.dy, snap.guide_y) == (0.0, None)  # nothing within 8 px vertically
    near_edge = layout.Rect(100, 50, 200, 100)  # left 4 px right of the safe edge, top 4 px up
    snap = layout.snap_box(near_edge, lines, threshold=8)
    assert (snap.dx, snap.dy, snap.guide_x, snap.guide_y) == pytest.approx((-4, 4, 96, 54))
    assert layout.snap_box(near_edge, lines, threshold=3) == layout.Snap()


def test_a_snapped_avatar_offset_is_exactly_zero() -> None:
    character = Character(scale=0.5, offset=Offset(0.0033, 0))
    box = layout.avatar_rect(character, *LANDSCAPE)
    snap = layout.snap_box(box, layout.guides(*LANDSCAPE), threshold=8)
    assert layout.moved_fraction(0.0033, snap.dx, 1920) == 0.0


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ((300, 200), 1.0),  # the corner, unmoved
        ((400, 250), 1.5),  # half a diagonal further out
        ((250, 300), 1.0),  # across the diagonal: no change
        ((150, 125), 0.25),  # three quarters of the way in
        ((50, 75), 0.05),  # past the centre: the gesture minimum
        ((3000, 1550), 5.0),  # the seed's maximum
    ],
)
def test_the_corner_handle_follows_the_cursor(now, expected) -> None:
    centre, corner = (100, 100), (300, 200)
    assert layout.resized_scale(1.0, centre, corner, now) == pytest.approx(expected)


def test_wheel_steps_are_rounded_and_clamped() -> None:
    assert layout.wheel_scale(Character(), 1) == 1.05
    assert layout.wheel_scale(Character(scale=0.5), -2) == round(0.5 / 1.05**2, 3)
    assert layout.wheel_scale(Character(scale=4.9), 3) == layout.SCALE_MAX
    assert layout.wheel_scale(Character(scale=0.05), -1) == layout.GESTURE_SCALE_MIN
