"""What a scene and a project hold beyond HeyGen's request, drawn only by the exact-layout
route (the app composes every frame): overlays, the transition into a scene, music under
the whole video and the captions' style. Every field here is project-file-only; v2 and v3
list them as losses.

Positions and sizes are fractions of the frame (top-left corner, like the text overlay's
position); times are seconds into the scene. An overlay's `hidden` and `locked` are the
layer list's eye and lock: a hidden overlay is neither previewed nor composed, a locked
one is drawn but can't be picked in the preview.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from composer.model.enums import FontWeight, TextAlign
from composer.model.fields import FRACTIONS, MAX_SIDE, Position, extra_field, most

MAX_SECONDS = 24 * 3600
"""No time of a scene or transition is read larger (a day)."""


class OverlayType(StrEnum):
    TEXT = "text"
    IMAGE = "image"
    SHAPE = "shape"


class ShapeKind(StrEnum):
    RECT = "rect"
    ROUNDED = "rounded"
    CIRCLE = "circle"


class TransitionType(StrEnum):
    CUT = "cut"
    CROSSFADE = "crossfade"
    SLIDE_LEFT = "slide_left"
    SLIDE_UP = "slide_up"
    WIPE = "wipe"


class CaptionPlace(StrEnum):
    BOTTOM = "bottom"
    TOP = "top"


def new_overlay_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class Size:
    width: float | None = most(FRACTIONS)
    height: float | None = most(FRACTIONS)
    extra: dict[str, Any] = extra_field()


@dataclass
class Overlay:
    """One layer of a scene. Text overlays take the scene text's fields (`text`,
    `font_family`, `font_size` in output pixels, `font_weight`, `color`, `text_align`,
    `line_height`); image overlays `local_file` or `url`; shapes `shape` and `color`."""

    type: OverlayType = OverlayType.TEXT
    id: str = field(default_factory=new_overlay_id)
    name: str | None = None
    position: Position | None = None
    size: Size | None = None
    start: float | None = most(MAX_SECONDS)
    end: float | None = most(MAX_SECONDS)
    opacity: float | None = most(1)
    behind_presenter: bool | None = None
    hidden: bool | None = None
    locked: bool | None = None
    text: str | None = None
    font_family: str | None = None
    font_size: float | None = most(MAX_SIDE)
    font_weight: FontWeight | None = None
    color: str | None = None
    text_align: TextAlign | None = None
    line_height: float | None = most(FRACTIONS)
    local_file: str | None = None
    url: str | None = None
    shape: ShapeKind | None = None
    extra: dict[str, Any] = extra_field()


@dataclass
class Transition:
    """How a scene begins: blended with the end of the scene before it, over `seconds`
    (the video gets shorter by that much; the first scene's is ignored)."""

    type: TransitionType = TransitionType.CUT
    seconds: float | None = most(MAX_SECONDS)
    extra: dict[str, Any] = extra_field()


MUSIC_VOLUME = 0.3
MUSIC_FADE_SECONDS = 2.0
MUSIC_DUCKING = True
"""What a music's unset fields mean: the mix (composer/media/mixing.py) and the Music
panel read the same values."""


@dataclass
class Music:
    """A sound under the whole video, looped or trimmed to its length (unset fields: the
    MUSIC_* values above)."""

    local_file: str | None = None
    volume: float | None = most(1)
    duck_under_speech: bool | None = None
    fade_out_seconds: float | None = most(MAX_SECONDS)
    extra: dict[str, Any] = extra_field()


def music_levels(music: Music) -> tuple[float, bool, float]:
    """(volume 0-1, lowered under speech, fade-out seconds) as the mix takes them: unset
    fields are the MUSIC_* values, a file's volume below 0 reads as 0."""
    volume = MUSIC_VOLUME if music.volume is None else min(1.0, max(0.0, music.volume))
    ducking = MUSIC_DUCKING if music.duck_under_speech is None else music.duck_under_speech
    fade = MUSIC_FADE_SECONDS if music.fade_out_seconds is None else music.fade_out_seconds
    return volume, ducking, max(0.0, fade)


@dataclass
class CaptionsStyle:
    font_family: str | None = None
    font_size: float | None = most(MAX_SIDE)
    color: str | None = None
    background: str | None = None
    position: CaptionPlace | Position | None = None
    highlight_words: bool | None = None
    extra: dict[str, Any] = extra_field()
