"""Small real audio files for tests."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from composer.sandbox.speech import wav_bytes


def write_wav(path: Path, seconds: float) -> Path:
    path.write_bytes(wav_bytes(seconds, rate=8000))
    return path


STEREO_RATE = 48_000


def write_stereo(path: Path, mono: np.ndarray) -> Path:
    """`mono` (samples in -1..1 at 48 kHz) as a 16-bit stereo WAV, the same on both sides."""
    samples = np.round(32767 * mono).clip(-32767, 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(STEREO_RATE)
        out.writeframes(np.repeat(samples, 2).tobytes())
    return path


def write_tone(path: Path, seconds: float, hertz: float, amplitude: float = 0.5) -> Path:
    """A stereo 48 kHz 16-bit WAV of a sine (a music stand-in in a band of its own)."""
    t = np.arange(round(seconds * STEREO_RATE)) / STEREO_RATE
    return write_stereo(path, amplitude * np.sin(2 * np.pi * hertz * t))
