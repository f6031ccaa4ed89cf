"""The voice track of the whole video: each scene's sound (its clip's voice, its
recording, or silence) for exactly as long as the scene lasts, one after the other,
decoded as it is taken (one scene's decoder open at a time)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from composer.media.audio import AudioTrack, silence

Part = tuple[Callable[[], AudioTrack], int]
"""How to open a scene's sound, and how many samples of it the scene plays."""


class VoiceTrack:
    def __init__(self, parts: Sequence[Part]) -> None:
        self._parts = list(parts)
        self._index = 0
        self._left = 0
        self._track: AudioTrack | None = None

    def take(self, samples: int) -> np.ndarray:
        pieces = []
        while samples > 0:
            if self._left == 0 and not self._next():
                pieces.append(silence(samples))
                break
            assert self._track is not None
            count = min(samples, self._left)
            pieces.append(self._track.take(count))
            self._left -= count
            samples -= count
        return np.concatenate(pieces, axis=1) if len(pieces) > 1 else pieces[0]

    def _next(self) -> bool:
        """The next scene's sound opened (the last one's closed); False after the last."""
        self.close()
        while self._index < len(self._parts):
            opener, self._left = self._parts[self._index]
            self._index += 1
            if self._left > 0:
                self._track = opener()
                return True
        return False

    def close(self) -> None:
        if self._track is not None:
            self._track.close()
            self._track = None
