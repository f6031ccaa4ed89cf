"""The Music panel's waveform peaks (composer.media.waveform): where a sound is loud and
where it is silent, its length, and a file that is not a sound refused in plain words."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from composer.media.safety import MediaError
from composer.media.waveform import waveform

RATE = 16_000


def quiet_then_loud(path: Path, seconds: float = 2.0, loud: float = 0.8) -> Path:
    """Silence for the first half, a tone at `loud` of full scale for the second."""
    t = np.arange(int(RATE * seconds)) / RATE
    samples = np.where(t < seconds / 2, 0.0, loud * np.sin(2 * np.pi * 440 * t))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes((samples * 32767).astype("<i2").tobytes())
    return path


def test_peaks_follow_the_sound_and_its_length(tmp_path: Path) -> None:
    shape = waveform(quiet_then_loud(tmp_path / "bed.wav"), buckets=100)
    assert len(shape.peaks) == 100
    assert shape.seconds == pytest.approx(2.0, abs=0.02)
    assert shape.peaks[:45].max() < 0.01  # the silent half
    assert np.all(np.abs(shape.peaks[55:] - 0.8) < 0.05)  # the tone's amplitude


def test_a_file_that_is_not_a_sound_is_refused_in_words(tmp_path: Path) -> None:
    fake = tmp_path / "song.wav"
    fake.write_text("not a sound")
    with pytest.raises(MediaError, match=r"song\.wav"):
        waveform(fake)
    with pytest.raises(MediaError, match="not a regular file"):
        waveform(tmp_path)
