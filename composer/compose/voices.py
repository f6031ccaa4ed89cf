"""The video's voice track: each scene's sound (its clip's voice, or its recording, or
silence) from the scene's start on the timeline; during a transition the two voices
overlap, the outgoing one fading out as the incoming one fades in, linearly over the
transition's length. The music is laid under this track by composer/media/mixing.py
(the compositor hands `mix` this function, to read the track twice)."""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from composer.compose.sequence import in_sequence
from composer.media.audio import RATE, AudioTrack
from composer.media.video import probe
from composer.model.project import Scene


class Sound(Protocol):
    """A scene's sound, taken in consecutive chunks (AudioTrack)."""

    def take(self, samples: int) -> np.ndarray: ...

    def close(self) -> None: ...


class _Voice:
    def __init__(self, track: Sound, samples: int) -> None:
        self.track, self.samples = track, samples

    def next(self) -> np.ndarray:
        return self.track.take(self.samples)

    def close(self) -> None:
        self.track.close()


def scene_sound(scene: Scene, clip: Path) -> AudioTrack:
    """The clip's voice, or the scene's recording when the clip has no sound."""
    if probe(clip).has_audio or not scene.voice.local_file:
        return AudioTrack(clip)
    return AudioTrack(Path(scene.voice.local_file))


def crossfaded(outgoing: np.ndarray, incoming: np.ndarray, j: int, k: int) -> np.ndarray:
    """Frame j of k of a transition: the incoming voice's gain rises linearly from 0 to 1
    across the whole transition, the outgoing one's falls with it."""
    n = outgoing.shape[1]
    gain = ((np.arange(n, dtype=np.float32) + j * n + 0.5) / (k * n))[np.newaxis, :]
    return outgoing * (1 - gain) + incoming * gain


def voice_track(
    sounds: Sequence[Callable[[], Sound]],
    counts: Sequence[int],
    overlaps: Sequence[int],
    fps: int,
) -> Generator[np.ndarray, None, None]:
    """The whole video's voices as one (2, RATE // fps) float32 chunk per output frame:
    scene i's sound (`sounds[i]()`, opened when the scene starts) for `counts[i]` frames,
    its first `overlaps[i]` frames crossfaded with the end of scene i - 1."""
    samples = RATE // fps

    def cross(out: np.ndarray, into: np.ndarray, j: int, k: int, _index: int) -> np.ndarray:
        return crossfaded(out, into, j, k)

    steps = in_sequence(counts, overlaps, lambda i: _Voice(sounds[i](), samples), cross)
    try:
        for _index, chunk in steps:
            yield chunk
    finally:
        steps.close()
