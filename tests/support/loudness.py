"""An independent measure of a composed video's sound: FFmpeg's own EBU R128 meter
(`ebur128` through a PyAV filter graph of its own, sharing no code with
composer/media/mixing.py), and the level of one frequency band (a music stand-in tone)."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np

RATE = 48_000


def integrated_lufs(path: Path) -> float:
    """The integrated loudness of the file's first sound track, as ebur128 measures it."""
    graph = av.filter.Graph()
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        source = graph.add_abuffer(template=stream)
        meter = graph.add("ebur128", "metadata=1")
        sink = graph.add("abuffersink")
        source.link_to(meter)
        meter.link_to(sink)
        graph.configure()
        last: dict[str, str] = {}
        for frame in container.decode(stream):
            source.push(frame)
            last = _drain(sink, last)
        source.push(None)
        last = _drain(sink, last)
    return float(last["lavfi.r128.I"])


def _drain(sink: av.filter.context.FilterContext, last: dict[str, str]) -> dict[str, str]:
    while True:
        try:
            metadata = dict(sink.pull().metadata)
            last = metadata if "lavfi.r128.I" in metadata else last  # not the flush's
        except (av.BlockingIOError, av.EOFError):
            return last


def samples_of(path: Path) -> np.ndarray:
    """The file's sound as mono float at 48 kHz (the channels averaged)."""
    resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
    parts = []
    with av.open(str(path)) as container:
        for frame in container.decode(audio=0):
            parts += [f.to_ndarray()[0] for f in resampler.resample(frame)]
        parts += [f.to_ndarray()[0] for f in resampler.resample(None)]
    return np.concatenate(parts)


def band_db(samples: np.ndarray, hertz: float, start: float, end: float) -> float:
    """The amplitude (dBFS) of the `hertz` sine in samples[start s : end s]."""
    part = samples[round(start * RATE) : round(end * RATE)]
    t = np.arange(part.size) / RATE
    amplitude = 2 * abs(np.mean(part * np.exp(-2j * np.pi * hertz * t)))
    return float(20 * np.log10(amplitude + 1e-12))
