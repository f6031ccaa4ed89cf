"""How long an audio file plays, read from the file with PyAV (memoised per file version)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


def audio_seconds(path: str | Path) -> float | None:
    """The file's duration in seconds; None when it is missing or not audio PyAV can read."""
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    return _read_seconds(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=512)
def _read_seconds(path: str, _mtime_ns: int, _size: int) -> float | None:
    import av  # imported on first use: validating a project without audio files never pays for it

    try:
        with av.open(path) as container:
            streams = container.streams.audio
            if not streams:
                return None
            stream = streams[0]
            if stream.duration is not None and stream.time_base is not None:
                return float(stream.duration * stream.time_base)
            if container.duration is not None:
                return container.duration / av.time_base
            return _decoded_seconds(container)
    except (av.error.FFmpegError, OSError, ValueError):
        return None


def _decoded_seconds(container: object) -> float | None:
    """Decode to the end when the header does not say (some MP3s)."""
    last = None
    for frame in container.decode(audio=0):  # type: ignore[attr-defined]
        if frame.time is not None:
            last = frame.time + frame.samples / frame.sample_rate
    return last
