"""Matted clips (an MP4 and HeyGen's grayscale mask) read as RGBA with the mask as alpha,
matching the same clip's true alpha; a matted clip is found in the cache only with its
mask; a backdrop is measured plain or not (the sandbox's clips as material)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np

from composer.compose.clips import ClipCache, mask_of, resolution_for
from composer.media.backdrop import plain_backdrop
from composer.media.video import VideoFrames
from composer.sandbox.clipmedia import ClipSpec, render_clip
from tests.support.builders import valid_scene

SPEC = ClipSpec(216, 384, 1.0, plate="room")


def write(path: Path, spec: ClipSpec) -> Path:
    path.write_bytes(render_clip(spec))
    return path


def test_the_mask_is_the_clips_alpha(tmp_path: Path) -> None:
    clip = write(tmp_path / "clip.mp4", SPEC)
    mask = write(tmp_path / "clip.mask.mp4", dataclasses.replace(SPEC, matte=True))
    truth = write(tmp_path / "truth.webm", dataclasses.replace(SPEC, plate=None))
    with VideoFrames(clip, mask=mask) as matted, VideoFrames(truth, rgba=True) as alpha:
        got, want = matted.at(0.5), alpha.at(0.5)
    difference = np.abs(got[..., 3].astype(int) - want[..., 3].astype(int))
    assert difference.mean() < 1.0 and np.percentile(difference, 99.9) <= 24
    inside = want[..., 3] == 255
    colour = np.abs(got[..., :3].astype(int) - want[..., :3].astype(int))[inside]
    assert colour.mean() < 4  # the presenter's own colours, untouched
    outside = got[..., 3][want[..., 3] == 0]
    assert np.percentile(outside, 99.9) < 8 and outside.max() < 32  # the room is gone


def test_a_matted_clip_is_found_only_with_its_mask(tmp_path: Path) -> None:
    scene, cache = valid_scene(), ClipCache(tmp_path)
    path = cache.path_for(scene, resolution_for(scene, 1080), None, matte=True)
    write(path, SPEC)
    assert cache.find(scene, 1080) is None  # the mask comes first: half a clip is no clip
    write(mask_of(path), dataclasses.replace(SPEC, matte=True))
    found = cache.find(scene, 1080)
    assert found is not None and found.path == path and found.mask == mask_of(path)
    assert found.key is None


def test_a_backdrop_measures_plain_only_when_it_is_one_colour(tmp_path: Path) -> None:
    assert plain_backdrop(write(tmp_path / "room.mp4", SPEC)) is None
    assert (
        plain_backdrop(write(tmp_path / "sky.mp4", dataclasses.replace(SPEC, plate="outdoor")))
        is None
    )
    wall = plain_backdrop(write(tmp_path / "wall.mp4", dataclasses.replace(SPEC, plate="plain")))
    assert (
        wall is not None
        and max(abs(a - b) for a, b in zip(wall, (196, 192, 184), strict=True)) <= 4
    )
    green = dataclasses.replace(SPEC, plate=None, key=(0, 177, 64))
    keyed = plain_backdrop(write(tmp_path / "green.mp4", green))
    assert (
        keyed is not None and max(abs(a - b) for a, b in zip(keyed, (0, 177, 64), strict=True)) <= 6
    )
