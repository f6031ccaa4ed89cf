"""A transition's moment painted from two scene pictures (composer/paint/transition.py,
what the transitions strip's thumbnails can use): where each picture lands, checked on
the painted pixels."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from composer.model.rich import TransitionType
from composer.model.transitions import moment
from composer.paint.arrays import rgb
from composer.paint.transition import scene_picture, transition_picture

RED, BLUE, GREEN = (200, 0, 0), (0, 0, 200), (0, 160, 0)


def plain(colour: tuple[int, int, int], other: tuple[int, int, int] | None = None) -> QImage:
    """A 96×54 scene picture of one colour (`other`: everywhere but its top left
    quarter)."""

    def draw(painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, QColor(*colour))
        if other is not None:
            painter.fillRect(rect.adjusted(rect.width() / 2, 0, 0, 0), QColor(*other))
            painter.fillRect(
                rect.adjusted(0, rect.height() / 2, -rect.width() / 2, 0), QColor(*other)
            )

    return scene_picture(draw, QSize(96, 54))


def painted(kind: TransitionType, p: float) -> np.ndarray:
    """The moment in a 96×54 thumbnail of a 1920×1080 video; the scene before is red in
    its top left quarter, green elsewhere."""
    at = moment(kind, p, 1920, 1080)
    return rgb(transition_picture(plain(RED, GREEN), plain(BLUE), at, 1920)).astype(int)


def test_a_slide_left_pushes_the_scene_before_out_to_the_left() -> None:
    picture = painted(TransitionType.SLIDE_LEFT, 0.25)[:26]  # a quarter: 24 of 96 px
    assert np.all(picture[:, :23] == RED) and np.all(picture[:, 25:71] == GREEN)
    assert np.all(picture[:, 73:] == BLUE)


def test_a_slide_up_comes_in_from_the_bottom() -> None:
    picture = painted(TransitionType.SLIDE_UP, 0.5)
    assert np.all(picture[:26] == GREEN)  # the bottom half of the scene before
    assert np.all(picture[28:] == BLUE)


def test_a_wipe_shows_the_incoming_scene_left_of_its_edge() -> None:
    picture = painted(TransitionType.WIPE, 0.75)
    assert np.all(picture[:, :71] == BLUE) and np.all(picture[:, 73:] == GREEN)


def test_a_crossfade_mixes_the_two_pictures() -> None:
    picture = painted(TransitionType.CROSSFADE, 0.25)[:26, :47]
    assert np.abs(picture - (0.75 * np.array(RED) + 0.25 * np.array(BLUE))).max() <= 2
