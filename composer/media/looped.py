"""A sound file played from its start again each time it ends (the music under a video
longer than the music), decoded as it is taken. A file that ends within KEPT_SECONDS is
kept decoded and looped from memory (a 10 ms file looped under a 10-minute video is not
opened 60,000 times); a longer one is opened again at each loop: memory stays flat
however long the file."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from composer.media.audio import RATE, AudioTrack, silence

KEPT_SECONDS = 30.0
"""At most 11.5 MB of decoded 48 kHz stereo float samples."""


class LoopedTrack:
    """`take(n)`: the next n samples (2, n) float32 of the file, looped; a file without
    sound is silence. The file passes composer.media.safety's audio rules each time it is
    opened (a MediaError says why not)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._track = AudioTrack(self.path)
        self._fresh = True  # nothing read since the file was (re)opened
        self._kept: list[np.ndarray] | None = []  # the first pass, while it is short
        self._kept_samples = 0
        self._loop: np.ndarray | None = None  # the whole file, when it is short
        self._at = 0

    def take(self, samples: int) -> np.ndarray:
        if self._loop is not None:
            return self._from_memory(samples)
        parts, need = [], samples
        while need > 0:
            got = self._track.read(need)
            self._keep(got)
            parts.append(got)
            need -= got.shape[1]
            if got.shape[1]:
                self._fresh = False
            if need > 0:  # the file has ended
                if self._fresh:  # a file that gives no sound at all: silence, not a spin
                    parts.append(silence(need))
                    break
                self._track.close()
                if self._kept is not None:
                    self._loop = np.concatenate(self._kept, axis=1)
                    self._kept = None
                    parts.append(self._from_memory(need))
                    break
                self._track = AudioTrack(self.path)
                self._fresh = True
        return np.concatenate(parts, axis=1) if len(parts) > 1 else parts[0]

    def _keep(self, samples: np.ndarray) -> None:
        if self._kept is None:
            return
        self._kept.append(samples.copy())
        self._kept_samples += samples.shape[1]
        if self._kept_samples > KEPT_SECONDS * RATE:
            self._kept = None  # too long to keep: opened again at each loop

    def _from_memory(self, samples: int) -> np.ndarray:
        assert self._loop is not None
        length = self._loop.shape[1]
        index = (self._at + np.arange(samples)) % length
        self._at = (self._at + samples) % length
        return self._loop[:, index]

    def close(self) -> None:
        self._track.close()
        self._loop = self._kept = None
