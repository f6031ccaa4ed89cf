"""Music under the voices (composer/media/mixing.py), on short sounds made here: looped and
cut to the video's length, at its volume, faded out, ducked while a voice speaks, and the
whole at -16 LUFS by FFmpeg's own meter; a music file that can't be used is named."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from composer.assets.uploads import files_to_upload
from composer.media import looped
from composer.media.mixing import Mixer, MusicPlan, mix, music_plan
from composer.media.safety import MediaError
from composer.model.rich import Music
from tests.support.audio_files import write_tone
from tests.support.builders import valid_project
from tests.support.loudness import band_db

RATE = 48_000
MUSIC_HZ = 2000.0


def speech(
    seconds: float, spoken: tuple[float, float] = (0, 0), level: float = 0.1
) -> Iterator[np.ndarray]:
    """`seconds` of a 200 Hz voice stand-in on both channels, speaking from spoken[0] to
    spoken[1] s, a video frame (1920 samples) a chunk, as the compositor's voice track."""
    t = np.arange(round(seconds * RATE)) / RATE
    on = (t >= spoken[0]) & (t < spoken[1])
    mono = (level * np.sin(2 * np.pi * 200 * t) * on).astype(np.float32)
    stereo = np.repeat(mono[None, :], 2, axis=0)
    for start in range(0, stereo.shape[1], 1920):
        yield stereo[:, start : start + 1920]


def played(mixer: Mixer, seconds: float, channel: int | None = 0) -> np.ndarray:
    """What the mixer gives for `seconds`, taken a video frame (1920 samples) at a time:
    one channel, or (None) both."""
    count = round(seconds * RATE)
    out = np.concatenate([mixer.take(1920) for _ in range(-(-count // 1920))], axis=1)
    mixer.close()
    return out[:, :count] if channel is None else out[channel, :count]


@pytest.fixture
def tone(tmp_path: Path) -> Path:
    return write_tone(tmp_path / "music.wav", 0.5, MUSIC_HZ, amplitude=0.5)


def plan(path: Path, volume: float = 1.0, duck: bool = False, fade: float = 0.0) -> MusicPlan:
    return MusicPlan(path, volume, duck, fade)


@pytest.mark.parametrize("kept", [True, False], ids=["kept-decoded", "opened-again"])
def test_music_is_looped_and_cut_to_the_video_length(
    tone: Path, kept: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not kept:  # as a music file longer than looped.KEPT_SECONDS is
        monkeypatch.setattr(looped, "KEPT_SECONDS", 0.1)
    samples = round(1.31 * RATE)  # not a whole number of any block the mixer may use
    out = played(Mixer(speech(1.31), plan(tone), samples), 1.5)
    music = out[: round(0.5 * RATE)]
    assert np.abs(music).max() == pytest.approx(0.5, abs=0.01)
    for loop in (1, 2):  # played again from its start, twice, then cut off
        again = out[loop * music.size : (loop + 1) * music.size][: samples - loop * music.size]
        np.testing.assert_allclose(again, music[: again.size], atol=1e-3)
    assert np.abs(out[samples - 480 : samples]).max() > 0.4  # up to the last moment...
    assert not out[samples:].any()  # ...and nothing after it


def test_a_tiny_music_file_loops_without_a_spin(tmp_path: Path) -> None:
    blip = write_tone(tmp_path / "blip.wav", 0.001, 1000)  # 48 samples
    track = looped.LoopedTrack(blip)
    start = time.perf_counter()
    minute = np.concatenate([track.take(4800) for _ in range(600)], axis=1)
    spent = time.perf_counter() - start
    track.close()
    assert minute.shape == (2, 60 * RATE) and spent < 2.0  # not 60,000 openings
    np.testing.assert_array_equal(minute[:, 48:96], minute[:, :48])
    assert np.abs(minute[:, -48:]).max() > 0


def test_volume_scales_the_music(tone: Path) -> None:
    loud = played(Mixer(speech(1), plan(tone, volume=1.0), RATE), 1)
    soft = played(Mixer(speech(1), plan(tone, volume=0.25), RATE), 1)
    difference = band_db(loud, MUSIC_HZ, 0, 1) - band_db(soft, MUSIC_HZ, 0, 1)
    assert difference == pytest.approx(20 * np.log10(4), abs=0.1)  # 25 %: 12 dB lower


def test_the_music_fades_out_over_the_last_seconds(tone: Path) -> None:
    out = played(Mixer(speech(3), plan(tone, fade=1.0), 3 * RATE), 3)
    before = band_db(out, MUSIC_HZ, 1.5, 2.0)
    assert before == pytest.approx(20 * np.log10(0.5), abs=0.2)  # untouched before the fade
    levels = [10 ** (band_db(out, MUSIC_HZ, 2 + i / 10, 2.1 + i / 10) / 20) for i in range(10)]
    assert all(a > b for a, b in itertools.pairwise(levels))  # down all the way
    assert levels[4] == pytest.approx(0.5 * 0.55, abs=0.03)  # linear: halfway, half as loud
    assert np.abs(out[-48:]).max() < 0.01  # silent at the very end


def test_music_is_ducked_while_the_voice_speaks(tone: Path) -> None:
    for duck in (True, False):
        out = played(Mixer(speech(4, spoken=(0, 2)), plan(tone, 0.3, duck), 4 * RATE), 4)
        under_voice = band_db(out, MUSIC_HZ, 0.5, 2.0)
        alone = band_db(out, MUSIC_HZ, 3.0, 4.0)  # after the release
        if duck:
            assert alone - under_voice >= 6, (under_voice, alone)
        else:
            assert abs(alone - under_voice) < 0.5


def test_the_whole_mix_is_brought_to_minus_16_lufs(tone: Path) -> None:
    from tests.support.loudness import integrated_lufs

    project = valid_project(1)
    for volume, level in ((1.0, 0.02), (0.1, 0.5)):  # quiet voice, loud music; and back
        project.music = Music(local_file=str(tone), volume=volume)
        out = mix(lambda level=level: speech(6, (0, 4), level), project, 6 * RATE)
        mixed = played(out, 6, channel=None)
        path = write_wav(tone.with_name(f"mixed-{volume}.wav"), mixed)
        assert integrated_lufs(path) == pytest.approx(-16, abs=0.5)
        assert np.abs(mixed).max() <= 0.85  # peaks held under -1.5 dBFS


def test_silence_stays_silent_and_the_voices_are_read_twice_then_closed() -> None:
    opened, closed = [], []

    def voices() -> Iterator[np.ndarray]:
        opened.append(1)
        try:
            yield from speech(2)
        finally:
            closed.append(1)

    out = played(mix(voices, valid_project(1), RATE), 1)  # the video ends before the voice
    assert not out.any() and len(opened) == len(closed) == 2


def test_a_music_file_that_cannot_be_used_is_named(tmp_path: Path) -> None:
    project = valid_project(1)
    for bad in ("/dev/zero", str(tmp_path / "gone.mp3"), __file__):
        project.music = Music(local_file=bad)
        with pytest.raises(MediaError, match="The music can't be used: "):
            mix(lambda: speech(1), project, RATE)


def test_defaults_and_the_music_file_is_one_the_exact_route_checks(tone: Path) -> None:
    project = valid_project(1)
    assert music_plan(project) is None
    project.music = Music(local_file=str(tone))
    assert music_plan(project) == MusicPlan(tone, 0.3, True, 2.0)
    project.music = Music(local_file=str(tone), volume=-1, fade_out_seconds=-2)  # a file's
    assert music_plan(project) == MusicPlan(tone, 0.0, True, 0.0)
    project.music = Music(local_file=str(tone))
    project.route = "exact"
    [music] = [f for f in files_to_upload(project) if f.field == "music.local_file"]
    assert music.where == "music" and music.real_path == tone.resolve()
    project.route = "v2"  # HeyGen's routes don't get the music: nothing of it is read
    assert all(f.field != "music.local_file" for f in files_to_upload(project))


def write_wav(path: Path, samples: np.ndarray) -> Path:
    """(2, n) float samples as a 32-bit stereo WAV."""
    import wave

    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(4)
        out.setframerate(RATE)
        out.writeframes(np.round(samples.T * (2**31 - 1)).astype("<i4").tobytes())
    return path
