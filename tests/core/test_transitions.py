"""Transitions' timing rules and geometry (composer.model.transitions), the scenes walked
in step (composer.compose.sequence), the voices' crossfade and a blended frame
(composer.media.transition_frames), without Qt."""

from __future__ import annotations

import numpy as np
import pytest

from composer.compose.sequence import in_sequence
from composer.compose.voices import crossfaded, voice_track
from composer.media.audio import RATE
from composer.media.convert import yuv420_frame
from composer.media.transition_frames import blended
from composer.model.rich import Transition, TransitionType
from composer.model.transitions import (
    DEFAULT_SECONDS,
    Moment,
    effective_seconds,
    moment,
    progress,
    timeline,
)

FADE = TransitionType.CROSSFADE


def test_the_first_scenes_transition_is_ignored() -> None:
    line = timeline([Transition(FADE, 1.0), None], [4.0, 4.0])
    assert line.overlaps == [0.0, 0.0]
    assert line.starts == [0.0, 4.0]
    assert line.total == 8.0


def test_a_cut_or_no_seconds_to_speak_of_is_a_hard_cut() -> None:
    assert effective_seconds(Transition(TransitionType.CUT, 1.0), 4.0, 4.0) == 0.0
    assert effective_seconds(Transition(FADE, 0.0), 4.0, 4.0) == 0.0
    assert effective_seconds(Transition(FADE, -2.0), 4.0, 4.0) == 0.0
    assert effective_seconds(None, 4.0, 4.0) == 0.0
    default = effective_seconds(Transition(FADE, None), 4.0, 4.0)
    assert default == pytest.approx(DEFAULT_SECONDS - 0.02)  # 12.5 frames: 12


def test_a_transition_takes_at_most_half_of_either_neighbour_in_whole_frames() -> None:
    assert effective_seconds(Transition(FADE, 1.0), 4.0, 4.0) == 1.0
    assert effective_seconds(Transition(FADE, 2.0), 1.2, 3.0) == pytest.approx(0.6)  # before
    assert effective_seconds(Transition(FADE, 1.0), 3.0, 0.6) == pytest.approx(0.28)  # 7 frames
    assert effective_seconds(Transition(FADE, 0.43), 4.0, 4.0) == pytest.approx(0.4)  # 10.75
    assert effective_seconds(Transition(FADE, 0.43), 4.0, 4.0, fps=50) == pytest.approx(0.42)


def test_the_timeline_overlaps_scenes_by_their_transitions() -> None:
    kinds = [None, Transition(FADE, 0.4), Transition(TransitionType.CUT), Transition(FADE, 9.0)]
    line = timeline(kinds, [2.0, 3.0, 1.2, 4.0])
    assert line.overlaps == pytest.approx([0.0, 0.4, 0.0, 0.6])  # the last: half of 1.2 s
    assert line.starts == pytest.approx([0.0, 1.6, 4.6, 5.2])
    assert line.total == pytest.approx(10.2 - 1.0)


def test_progress_runs_linearly_through_the_transition_only() -> None:
    assert progress(0.0, 0.4) == 0.0
    assert progress(0.2, 0.4) == pytest.approx(0.5)
    assert progress(0.4, 0.4) is None
    assert progress(0.1, 0.0) is None


def test_geometry_at_a_moment() -> None:
    assert moment(FADE, 0.3, 960, 540) == Moment((0, 0), (0, 0), 0.3, 960)
    slide = moment(TransitionType.SLIDE_LEFT, 0.25, 960, 540)
    assert slide == Moment((-240, 0), (720, 0), 1.0, 960)
    odd = moment(TransitionType.SLIDE_LEFT, 0.5 / 960 * 3, 960, 540)  # 1.5 px: even
    assert odd.outgoing == (-2, 0) and odd.incoming == (958, 0)
    assert moment(TransitionType.SLIDE_UP, 0.5, 960, 540) == Moment((0, -270), (0, 270), 1.0, 960)
    assert moment(TransitionType.WIPE, 0.5, 960, 540) == Moment((0, 0), (0, 0), 1.0, 480)
    assert moment(TransitionType.WIPE, 2.0, 960, 540).reveal == 960  # clamped


class _Counted:
    def __init__(self, name: str, log: list[str], opened: list[int]) -> None:
        self.name, self.log, self.opened, self.n = name, log, opened, 0
        opened[0] += 1
        opened[1] = max(opened[1], opened[0])

    def next(self) -> str:
        self.n += 1
        return f"{self.name}{self.n}"

    def close(self) -> None:
        self.opened[0] -= 1
        self.log.append(f"closed {self.name}")


def _walk(counts: list[int], overlaps: list[int]) -> tuple[list[tuple[int, str]], list[int]]:
    log: list[str] = []
    opened = [0, 0]  # open now, most open at once
    steps = in_sequence(
        counts,
        overlaps,
        lambda i: _Counted("abc"[i], log, opened),
        lambda out, into, j, k, _i: f"{out}+{into}@{j}/{k}",
    )
    items = list(steps)
    assert opened[0] == 0 and len(log) == len(counts)  # every scene closed
    return items, opened


def test_scenes_are_crossed_in_step_during_a_transition() -> None:
    items, opened = _walk([3, 4, 2], [0, 2, 0])
    assert [item for _i, item in items] == ["a1", "a2+b1@0/2", "a3+b2@1/2", "b3", "b4", "c1", "c2"]
    assert [index for index, _item in items] == [0, 1, 1, 1, 1, 2, 2]
    assert opened[1] == 2


def test_hard_cuts_keep_one_scene_open() -> None:
    items, opened = _walk([2, 1, 2], [0, 0, 0])
    assert [item for _i, item in items] == ["a1", "a2", "b1", "c1", "c2"]
    assert opened[1] == 1


def test_the_voices_crossfade_linearly_over_the_transition() -> None:
    ones, zeros = np.ones((2, 4), np.float32), np.zeros((2, 4), np.float32)
    incoming = np.concatenate([crossfaded(zeros, ones, j, 3) for j in range(3)], axis=1)
    assert np.all(np.diff(incoming[0]) > 0) and incoming[0, 0] < 0.1 and incoming[0, -1] > 0.9
    both = np.concatenate([crossfaded(ones, ones, j, 3) for j in range(3)], axis=1)
    assert np.allclose(both, 1.0)  # the gains add up to one


class _Level:
    """A voice holding one level (what AudioTrack.take gives: (2, n) float32)."""

    def __init__(self, level: float) -> None:
        self.level = level

    def take(self, samples: int) -> np.ndarray:
        return np.full((2, samples), self.level, np.float32)

    def close(self) -> None:
        pass


def test_each_voice_starts_at_its_scene_on_the_timeline() -> None:
    sounds = [lambda: _Level(1.0), lambda: _Level(0.5)]
    chunks = list(voice_track(sounds, [4, 4], [0, 2], 25))
    assert len(chunks) == 6 and all(c.shape == (2, RATE // 25) for c in chunks)
    levels = np.concatenate(chunks, axis=1)[0]
    n = RATE // 25
    assert np.all(levels[: 2 * n] == 1.0) and np.all(levels[4 * n :] == 0.5)
    overlap = levels[2 * n : 4 * n]  # both voices, the first fading into the second
    assert overlap[0] > 0.99 and overlap[-1] < 0.51 and np.all(np.diff(overlap) < 0)


def _frames() -> tuple[np.ndarray, np.ndarray]:
    out = np.zeros((64, 96, 3), np.uint8)
    out[..., 0] = 200
    into = np.zeros((64, 96, 3), np.uint8)
    into[..., 2] = 200
    return out, into


@pytest.mark.parametrize(
    ("at", "red_cols", "blue_cols"),
    [
        (Moment((-24, 0), (72, 0), 1.0, 96), slice(0, 70), slice(74, 96)),  # slide left
        (Moment((0, 0), (0, 0), 1.0, 48), slice(50, 96), slice(0, 46)),  # wipe
    ],
)
def test_a_blended_frame_places_the_scenes_as_the_moment_says(
    at: Moment, red_cols: slice, blue_cols: slice
) -> None:
    out, into = _frames()
    picture = blended(yuv420_frame(out), yuv420_frame(into), at).to_ndarray(format="rgb24")
    assert np.abs(picture[:, red_cols].astype(int) - out[:, red_cols]).max() <= 3
    assert np.abs(picture[:, blue_cols].astype(int) - into[:, blue_cols]).max() <= 3


def test_a_crossfaded_frame_mixes_by_the_moments_alpha() -> None:
    out, into = _frames()
    at = Moment((0, 0), (0, 0), 0.25, 96)
    picture = blended(yuv420_frame(out), yuv420_frame(into), at).to_ndarray(format="rgb24")
    expected = 0.75 * out.astype(float) + 0.25 * into.astype(float)
    assert np.abs(picture - expected).max() <= 3


def test_a_slide_up_moves_the_outgoing_scene_up() -> None:
    out, into = _frames()
    at = Moment((0, -16), (0, 48), 1.0, 96)
    picture = blended(yuv420_frame(out), yuv420_frame(into), at).to_ndarray(format="rgb24")
    assert np.abs(picture[:46].astype(int) - out[:46]).max() <= 3
    assert np.abs(picture[50:].astype(int) - into[50:]).max() <= 3
