"""Hostile media through every decode path (tests/trust/media_corpus.py, in a fresh
process): nothing crashes, each file's run stays under 400 MB and a few seconds, a clip
claiming 31 years composes only what its scene needs, and the safety rules refuse what
they must with a message."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from composer.media import safety
from composer.media.audio import AudioTrack
from composer.media.video import MediaError, probe
from tests.support.hostile_media import lying_webm, png_frame_clip, wav_at
from tests.support.media import write_video
from tests.trust import media_corpus

SECONDS_PER_RUN = 10.0


@pytest.mark.timeout(240)
def test_every_decode_path_survives_the_corpus_in_bounded_memory_and_time() -> None:
    rows = media_corpus.run(srt_cues=60_000)
    print(media_corpus.render(rows))
    assert len(rows) == 9 * len(media_corpus.PATHS)
    assert [r for r in rows if r.crashed] == []
    assert [r for r in rows if r.peak_mb > media_corpus.MEMORY_LIMIT_MB] == []
    assert [r for r in rows if r.seconds > SECONDS_PER_RUN] == []
    by = {(r.file, r.path): r.outcome for r in rows}
    assert by["webm-31-years.webm", "compose (clip)"] == "ok: 32.0 s video"  # 1 s scene
    for bomb in ("png-clip-16000.mov", "look-8000.png", "audio-1hz.wav"):
        assert all(by[bomb, p].startswith("refused") for p in ("compose (clip)", "still"))
    assert "larger than" in by["look-8000.png", "look picture"]
    assert by["picture-5700.png", "look picture"].startswith("ok: shown 1024 px")
    assert by["huge.srt", "captions"] == "refused: the captions are larger than 2 MB"


def test_devices_and_pipes_are_refused_before_reading(tmp_path: Path) -> None:
    started = time.monotonic()
    for device in ("/dev/stdin", "/dev/zero", str(tmp_path)):
        with pytest.raises(safety.UnsafeMedia, match="not a regular file"):
            safety.open_media(device, safety.Kind.PICTURE)
    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    with pytest.raises(safety.UnsafeMedia, match="not a regular file"):
        safety.regular_file(fifo, safety.Kind.PICTURE)
    assert time.monotonic() - started < 2


def test_a_clip_is_judged_by_its_packets_not_its_header(tmp_path: Path) -> None:
    liar = lying_webm(tmp_path / "liar.webm")
    assert probe(liar).seconds == safety.MAX_SECONDS  # read no further than the bound
    assert safety.seconds(liar, safety.Kind.VIDEO, bound=3.0) == 3.0
    honest = write_video(tmp_path / "honest.mp4", (10, 20, 30), 64, 48, frames=50)
    assert probe(honest).seconds == pytest.approx(2.0, abs=0.05)


def test_bombs_are_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="png"):
        probe(png_frame_clip(tmp_path / "bomb.mov", side=5000, frames=1))
    with pytest.raises(MediaError, match="1 Hz"):
        AudioTrack(wav_at(tmp_path / "slow.wav"))
    assert safety.decoder_options(safety.Kind.AUDIO)["max_pixels"] == str(4096 * 4096)
    assert safety.decoder_options(safety.Kind.VIDEO)["threads"] == str(safety.THREADS)


def test_a_device_as_a_logo_is_not_read(qapp) -> None:
    from composer.brand.kit import LogoSpec
    from composer.paint.logo import LogoLayer

    started = time.monotonic()
    assert LogoLayer(lambda: LogoSpec("/dev/stdin")).image() is None
    assert LogoLayer(lambda: LogoSpec("/dev/zero")).image() is None
    assert time.monotonic() - started < 2
