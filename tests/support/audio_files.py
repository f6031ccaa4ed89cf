"""Small real audio files for tests."""

from __future__ import annotations

from pathlib import Path

from composer.sandbox.speech import wav_bytes


def write_wav(path: Path, seconds: float) -> Path:
    path.write_bytes(wav_bytes(seconds, rate=8000))
    return path
