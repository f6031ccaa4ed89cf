"""Music under the voices in the composed video, measured on the file the user gets: its
integrated loudness by FFmpeg's own EBU R128 meter (tests/support/loudness.py shares no
code with the mixer) is -16 LUFS ±1, with and without music, and the music (a 2 kHz tone,
a band no voice reaches) is at least 6 dB lower while the presenter speaks than in the
silent scene between."""

from __future__ import annotations

import dataclasses
import io
import wave
from pathlib import Path

import pytest

from composer.compose.compositor import compose
from composer.media.clips import ClipCache, resolution_for
from composer.media.video import probe
from composer.model.enums import VoiceType
from composer.model.project import Project
from composer.model.rich import Music
from composer.sandbox.clipmedia import render_clip
from tests.support.audio_files import write_tone
from tests.support.builders import valid_project
from tests.support.clips import clip_spec, fill_cache
from tests.support.loudness import band_db, integrated_lufs, samples_of

MUSIC_HZ = 2000.0
SCRIPT = "Our spring range is here, with new colours and a better fit for every day."


def silent_wav(seconds: float) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(48_000)
        out.writeframes(b"\0\0" * round(seconds * 48_000))
    return buffer.getvalue()


def speech_silence_speech(folder: Path) -> tuple[Project, ClipCache]:
    """Three scenes: the presenter speaks, a 2 s pause (its clip's voice is silent, as
    HeyGen renders a silence voice), speaks again; clips from the practice server's
    renderer."""
    project = valid_project(3)
    project.dimension.width, project.dimension.height = 320, 180
    for scene in project.scenes:
        scene.voice.input_text = SCRIPT
    pause = project.scenes[1]
    pause.voice.type, pause.voice.input_text, pause.voice.duration = VoiceType.SILENCE, None, "2"
    cache = fill_cache(project, folder / "clips")
    resolution = resolution_for(pause, project.height)
    spec = dataclasses.replace(clip_spec(pause, resolution, None, 2.0), audio=silent_wav(2.0))
    cache.store(pause, resolution, render_clip(spec), None)
    return project, cache


def test_music_is_ducked_under_speech_and_the_video_is_at_minus_16_lufs(qapp, tmp_path):
    project, cache = speech_silence_speech(tmp_path)
    lengths = [probe(cache.find(s, project.height).path).seconds for s in project.scenes]
    music = write_tone(tmp_path / "music.wav", 1.5, MUSIC_HZ, amplitude=0.5)  # looped
    project.music = Music(local_file=str(music), volume=0.3, duck_under_speech=True,
                          fade_out_seconds=1.0)  # fmt: skip
    [video] = compose(project, cache, tmp_path / "with-music.mp4")
    lufs = integrated_lufs(video)
    sound = samples_of(video)
    first, pause = lengths[0], lengths[1]
    speaking = band_db(sound, MUSIC_HZ, 0.5, first - 0.3)
    paused = band_db(sound, MUSIC_HZ, first + 0.8, first + pause)  # after the release
    print(f"with music: {lufs:.2f} LUFS; music {speaking:.1f} dBFS under speech, "
          f"{paused:.1f} dBFS in the pause: ducked {paused - speaking:.1f} dB")  # fmt: skip
    assert lufs == pytest.approx(-16, abs=1)
    assert paused - speaking >= 6
    end = sum(lengths)
    assert band_db(sound, MUSIC_HZ, end - 0.1, end) < paused - 12  # faded out at the end

    project.music = None
    [voices] = compose(project, cache, tmp_path / "voices-only.mp4")
    alone = integrated_lufs(voices)
    print(f"voices only: {alone:.2f} LUFS")
    assert alone == pytest.approx(-16, abs=1)
