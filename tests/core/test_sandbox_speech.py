"""The sandbox's text-to-speech: a WAV whose length follows the words, over real HTTP."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.heygen.errors import HeyGenError
from composer.heygen.speech import synthesize
from composer.media.audio_length import audio_seconds
from composer.sandbox.server import SandboxServer
from tests.support.sandbox_fixture import client_for


def test_speech_length_follows_the_words(sandbox: SandboxServer, tmp_path: Path) -> None:
    client = client_for(sandbox)
    short = synthesize(client, "voice-1", " ".join(["word"] * 10))
    long = synthesize(client, "voice-1", " ".join(["word"] * 20), speed=0.5)
    assert short.duration == pytest.approx(4.0)
    assert long.duration == pytest.approx(16.0)
    assert short.word_timestamps[-1]["end"] == pytest.approx(4.0)
    wav = client.download(short.audio_url, tmp_path / "short.wav")
    assert audio_seconds(wav) == pytest.approx(4.0, abs=0.01)
    assert sandbox.count("POST", "/v3/voices/speech") == 2


def test_speech_refuses_an_empty_script(sandbox: SandboxServer) -> None:
    with pytest.raises(HeyGenError, match="text must be"):
        synthesize(client_for(sandbox), "voice-1", "   ")
