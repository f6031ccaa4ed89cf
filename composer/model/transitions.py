"""Transitions between scenes, Qt-free: how long each one really lasts, where each scene
starts on the video's timeline, and where the two scenes are drawn at a moment of it.
The preview (composer/paint/transition.py), the scene strip and the compositor all ask
here, so they agree to the pixel.

Timing rules (`effective_seconds`):
- the first scene's `transition_in` is ignored (there is nothing before it);
- `cut`, no transition, or seconds ≤ 0 is a hard cut (0 s);
- a transition without seconds lasts DEFAULT_SECONDS;
- a transition never takes more than half of either neighbour's length (so two
  transitions around a scene never overlap, and every scene shows alone for a moment);
- the result is rounded down to whole frames (the video has no half frames).

During a transition the two scenes overlap: the incoming scene starts `seconds` before
the outgoing one ends, so the video is the scenes' lengths summed minus the overlaps.

Geometry (`moment`): progress p runs 0 → 1 over the transition, linearly (no easing: a
frame at time t into the incoming scene has p = t / seconds). Offsets are whole output
pixels, rounded to EVEN pixels in one place (`_even`): the composed video is 4:2:0, whose
colour is stored per 2×2 pixels, so an even offset lands exactly where the preview draws.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from composer.model.rich import Transition, TransitionType

DEFAULT_SECONDS = 0.5
FPS = 25


def _whole_frames(seconds: float, fps: int) -> float:
    return math.floor(seconds * fps + 1e-6) / fps


def effective_seconds(
    transition: Transition | None, before: float, after: float, fps: int = FPS
) -> float:
    """How long the transition into a scene lasts (0: a hard cut), given the lengths of
    the scene before (`before`) and of the scene it leads into (`after`), in seconds."""
    if transition is None or transition.type == TransitionType.CUT:
        return 0.0
    wanted = DEFAULT_SECONDS if transition.seconds is None else transition.seconds
    if wanted <= 0:
        return 0.0
    return max(0.0, _whole_frames(min(wanted, before / 2, after / 2), fps))


def all_effective_seconds(
    transitions: Sequence[Transition | None], lengths: Sequence[float], fps: int = FPS
) -> list[float]:
    """The effective seconds of the transition into each scene (the first's is 0)."""
    return [0.0] + [
        effective_seconds(transitions[i], lengths[i - 1], lengths[i], fps)
        for i in range(1, len(lengths))
    ]


@dataclass(frozen=True)
class Timeline:
    starts: list[float]
    """Each scene's start on the video's timeline, seconds."""
    overlaps: list[float]
    """The effective seconds of the transition into each scene (the first's is 0)."""
    total: float
    """The video's length: the scenes' summed lengths minus the overlaps."""


def timeline(
    transitions: Sequence[Transition | None], lengths: Sequence[float], fps: int = FPS
) -> Timeline:
    overlaps = all_effective_seconds(transitions, lengths, fps)
    starts, at = [], 0.0
    for length, overlap in zip(lengths, overlaps, strict=True):
        at -= overlap
        starts.append(at)
        at += length
    return Timeline(starts, overlaps, max(0.0, at))


def progress(seconds_in: float, seconds: float) -> float | None:
    """Where a moment `seconds_in` into the incoming scene is in its transition lasting
    `seconds` (0-1, linear), or None when the transition is over (or is a cut)."""
    if seconds <= 0 or seconds_in >= seconds - 1e-9 or seconds_in < 0:
        return None
    return seconds_in / seconds


@dataclass(frozen=True)
class Moment:
    """Where the two scenes are drawn mid-transition, in output pixels: the outgoing
    scene fully opaque at its corner, then the incoming one over it at its corner, with
    `alpha` (0-1), showing only left of column `reveal`."""

    outgoing: tuple[int, int]
    incoming: tuple[int, int]
    alpha: float
    reveal: int


def _even(value: float) -> int:
    """The one rounding rule: to the nearest even whole pixel."""
    return 2 * round(value / 2)


def moment(kind: TransitionType, p: float, width: int, height: int) -> Moment:
    """The transition `kind` at progress p (0: all outgoing, 1: all incoming) in a frame
    width×height: crossfade — the incoming scene fades in over the outgoing (alpha p);
    slide_left — it enters from the right edge, pushing the outgoing scene left; slide_up
    — from the bottom, pushing it up; wipe — a hard vertical edge moving left to right at
    x = p·width, the incoming scene left of it. A cut shows the incoming scene."""
    p = min(1.0, max(0.0, p))
    if kind == TransitionType.CROSSFADE:
        return Moment((0, 0), (0, 0), p, width)
    if kind == TransitionType.SLIDE_LEFT:
        shift = _even(p * width)
        return Moment((-shift, 0), (width - shift, 0), 1.0, width)
    if kind == TransitionType.SLIDE_UP:
        shift = _even(p * height)
        return Moment((0, -shift), (0, height - shift), 1.0, width)
    if kind == TransitionType.WIPE:
        return Moment((0, 0), (0, 0), 1.0, min(width, _even(p * width)))
    return Moment((0, 0), (0, 0), 1.0, width)
