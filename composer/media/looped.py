"""A sound file played from its start again each time it ends (the music under a
video longer than the music), decoded as it is taken: memory stays flat however often it
loops."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from composer.media.audio import AudioTrack, silence


class LoopedTrack:
    """`take(n)`: the next n samples (2, n) float32 of the file, looped; a file without
    sound is silence. The file passes composer.media.safety's audio rules each time it is
    opened (a MediaError says why not)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._track = AudioTrack(self.path)
        self._fresh = True  # nothing read since the file was (re)opened

    def take(self, samples: int) -> np.ndarray:
        parts, need = [], samples
        while need > 0:
            got = self._track.read(need)
            parts.append(got)
            need -= got.shape[1]
            if got.shape[1]:
                self._fresh = False
            if need > 0:
                if self._fresh:  # a file that gives no sound at all: silence, not a spin
                    parts.append(silence(need))
                    break
                self._track.close()
                self._track = AudioTrack(self.path)
                self._fresh = True
        return np.concatenate(parts, axis=1) if len(parts) > 1 else parts[0]

    def close(self) -> None:
        self._track.close()
