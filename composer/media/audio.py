"""An audio track as consecutive chunks of 48 kHz stereo float samples, decoded as they
are needed (memory stays flat however long the track); past its end, silence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import av
import numpy as np

from composer.media import safety
from composer.media.safety import Kind, MediaError, NoTrack

RATE = 48_000
CHANNELS = 2


def silence(samples: int) -> np.ndarray:
    return np.zeros((CHANNELS, samples), np.float32)


class Chunks:
    """Consecutive (2, n) float32 chunks of any size, taken a given number of samples at
    a time: `take(n)` the next n (silence past the end), `read(n)` the same without the
    silence; `close()` closes the chunks' generator (and what it holds open)."""

    def __init__(self, chunks: Iterator[np.ndarray]) -> None:
        self._chunks = chunks
        self._buffer = silence(0)

    def take(self, samples: int) -> np.ndarray:
        got = self.read(samples)
        if got.shape[1] < samples:
            got = np.concatenate([got, silence(samples - got.shape[1])], axis=1)
        return got

    def read(self, samples: int) -> np.ndarray:
        """Up to `samples` next samples: fewer only once the chunks have ended."""
        parts, have = [self._buffer], self._buffer.shape[1]
        while have < samples:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            parts.append(chunk.astype(np.float32, copy=False))
            have += chunk.shape[1]
        joined = np.concatenate(parts, axis=1) if len(parts) > 1 else parts[0]
        self._buffer = joined[:, samples:]
        return joined[:, :samples]

    def close(self) -> None:
        close = getattr(self._chunks, "close", None)
        if close is not None:
            close()
        self._chunks, self._buffer = iter(()), silence(0)


class AudioTrack(Chunks):
    """The file's sound as chunks (Chunks' `take` and `read`). `path=None`, or a file
    without audio, is silence."""

    def __init__(self, path: Path | None) -> None:
        super().__init__(iter(()))
        self.path = Path(path) if path else None
        self._container: av.container.InputContainer | None = None
        if self.path is not None:
            try:
                self._container = safety.open_media(self.path, Kind.AUDIO)
            except NoTrack:
                return
            self._chunks = self._decode(self._container)

    def _decode(self, container: av.container.InputContainer) -> Iterator[np.ndarray]:
        """Decoded as far as it is taken (and no further than composer.media.safety's
        bound); a damaged stream ends in a MediaError."""
        resampler = av.AudioResampler(format="fltp", layout="stereo", rate=RATE)
        try:
            for frame in container.decode(container.streams.audio[0]):
                if frame.time is not None and frame.time > safety.MAX_SECONDS:
                    break
                for out in resampler.resample(frame):
                    yield out.to_ndarray()
            for out in resampler.resample(None):
                yield out.to_ndarray()
        except av.FFmpegError as exc:
            raise MediaError(f"{self.path.name if self.path else 'the sound'} is damaged") from exc

    def close(self) -> None:
        """Close the file and free the decoder and resampler now (the resampler is an
        FFmpeg filter graph with threads of its own, kept until it is freed)."""
        super().close()
        if self._container is not None:
            self._container.close()
            self._container = None
