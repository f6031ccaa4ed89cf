"""How long an audio file plays, read from its packets through composer.media.safety
(memoised per file version there); PyAV is imported on first use: validating a project
without audio files never pays for it."""

from __future__ import annotations

from pathlib import Path


def audio_seconds(path: str | Path) -> float | None:
    """The file's duration in seconds; None when it is missing, not audio, or refused as
    unsafe to decode (a 1 Hz WAV, a device such as /dev/stdin)."""
    from composer.media.safety import Kind, MediaError, seconds

    try:
        return seconds(path, Kind.AUDIO)
    except (MediaError, OSError):
        return None
