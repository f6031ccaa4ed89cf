"""A sound's waveform as peaks for the Music panel: the loudest sample of each of `buckets`
equal slices of the file, 0 (silence) to 1 (full scale). Qt-free, so the panel computes it
off the GUI thread; the file is opened through composer.media.safety (a regular file, a
sound container and codec, a bounded length) like every other decode.

Decoded to mono at a low rate: a waveform a few hundred pixels wide needs no more, and a
three-minute song is read in a fraction of a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from composer.media import safety
from composer.media.safety import Kind, MediaError

RATE = 8_000
"""Samples a second the peaks are taken from."""
BUCKETS = 400


@dataclass(frozen=True)
class Waveform:
    peaks: np.ndarray  # float32, one per bucket, 0-1
    seconds: float  # the sound's length


def waveform(path: str | Path, buckets: int = BUCKETS) -> Waveform:
    """The peaks of the sound at `path` (MediaError, in plain words, when it can't be read)."""
    levels = _levels(Path(path))
    seconds = len(levels) / RATE
    if not len(levels):
        return Waveform(np.zeros(buckets, np.float32), 0.0)
    edges = np.linspace(0, len(levels), buckets + 1).astype(np.int64)
    edges[1:] = np.maximum(edges[1:], edges[:-1] + 1)  # every slice holds a sample
    edges = np.minimum(edges, len(levels))
    starts = np.minimum(edges[:-1], len(levels) - 1)
    peaks = np.maximum.reduceat(levels, starts)
    return Waveform(np.clip(peaks, 0, 1).astype(np.float32), seconds)


def _levels(path: Path) -> np.ndarray:
    """Every sample's magnitude, mono at RATE, up to safety's longest length."""
    container = safety.open_media(path, Kind.AUDIO)
    try:
        resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
        chunks: list[np.ndarray] = []
        try:
            for frame in container.decode(container.streams.audio[0]):
                if frame.time is not None and frame.time > safety.MAX_SECONDS:
                    break
                chunks.extend(np.abs(out.to_ndarray()).ravel() for out in resampler.resample(frame))
            chunks.extend(np.abs(out.to_ndarray()).ravel() for out in resampler.resample(None))
        except av.FFmpegError as exc:
            raise MediaError(f"{path.name} is damaged") from exc
    finally:
        container.close()
    return np.concatenate(chunks).astype(np.float32) if chunks else np.zeros(0, np.float32)
