"""Small real audio files for tests."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from composer.sandbox.speech import wav_bytes


def write_wav(path: Path, seconds: float) -> Path:
    path.write_bytes(wav_bytes(seconds, rate=8000))
    return path


def write_tone(path: Path, seconds: float, hertz: float, amplitude: float = 0.5) -> Path:
    """A stereo 48 kHz 16-bit WAV of a sine (a music stand-in in a band of its own)."""
    rate = 48_000
    t = np.arange(round(seconds * rate)) / rate
    mono = np.round(amplitude * 32767 * np.sin(2 * np.pi * hertz * t)).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(np.repeat(mono, 2).tobytes())
    return path
