"""An audio track as consecutive chunks of 48 kHz stereo float samples, decoded as they
are needed (memory stays flat however long the track); past its end, silence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import av
import numpy as np

from composer.media.video import MediaError, _reason

RATE = 48_000
CHANNELS = 2


def silence(samples: int) -> np.ndarray:
    return np.zeros((CHANNELS, samples), np.float32)


class AudioTrack:
    """`take(n)` gives the next n samples as a (2, n) float32 array. `path=None`, or a
    file without audio, is silence."""

    def __init__(self, path: Path | None) -> None:
        self.path = Path(path) if path else None
        self._container: av.container.InputContainer | None = None
        self._chunks: Iterator[np.ndarray] = iter(())
        self._buffer = silence(0)
        if self.path is not None:
            try:
                self._container = av.open(str(self.path))
            except (av.FFmpegError, OSError) as exc:
                raise MediaError(f"can't read {self.path.name}: {_reason(exc)}") from exc
            if self._container.streams.audio:
                self._chunks = self._decode(self._container)

    def _decode(self, container: av.container.InputContainer) -> Iterator[np.ndarray]:
        resampler = av.AudioResampler(format="fltp", layout="stereo", rate=RATE)
        for frame in container.decode(container.streams.audio[0]):
            for out in resampler.resample(frame):
                yield out.to_ndarray()
        for out in resampler.resample(None):
            yield out.to_ndarray()

    def take(self, samples: int) -> np.ndarray:
        parts, have = [self._buffer], self._buffer.shape[1]
        while have < samples:
            chunk = next(self._chunks, None)
            if chunk is None:
                parts.append(silence(samples - have))
                break
            parts.append(chunk.astype(np.float32, copy=False))
            have += chunk.shape[1]
        joined = np.concatenate(parts, axis=1) if len(parts) > 1 else parts[0]
        self._buffer = joined[:, samples:]
        return joined[:, :samples]

    def close(self) -> None:
        """Close the file and free the decoder and resampler now (the resampler is an
        FFmpeg filter graph with threads of its own, kept until it is freed)."""
        if self._container is not None:
            self._container.close()
            self._container = None
        self._chunks = iter(())


def audio_seconds(path: Path) -> float:
    """The length of a file's first audio track (0 when it has none)."""
    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                return 0.0
            stream = container.streams.audio[0]
            if stream.duration is not None and stream.time_base is not None:
                return float(stream.duration * stream.time_base)
            return (container.duration or 0) / av.time_base
    except (av.FFmpegError, OSError) as exc:
        raise MediaError(f"can't read {Path(path).name}: {_reason(exc)}") from exc
