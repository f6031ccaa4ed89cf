"""Speech is keyed by the server and account that spoke it (composer.heygen.hosts.source_of,
as clips are): audio one practice server returned for one key is never used for another
key on it, nor for another practice server, in the rehearsal's list of scripts to fetch,
in a scene's length or in a voice's pace; an entry kept before speech was keyed is
removed, never reused; an estimate that knows no account reads no speech. Real HTTP to
two practice servers on loopback."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from composer.billing.lengths import scene_length, speech_for, use_source
from composer.billing.speech import SpeechCache
from composer.heygen.client import HeyGenClient
from composer.heygen.hosts import source_of
from composer.model.project import Project
from composer.projectfile.io import load_any
from composer.rehearsal.voices import fetch_speech, scripts_to_fetch
from composer.resources import example_project
from composer.sandbox.server import SandboxServer
from composer.sandbox.speech import speech_seconds, wav_bytes
from tests.support.sandbox_fixture import KEY, client_for

SPEECH = ("POST", "/v3/voices/speech")


def example() -> Project:
    project = load_any(example_project())
    for scene, script in zip(project.scenes, ("Hello there.", "Second one.", "Bye."), strict=True):
        scene.voice.input_text = script
    return project


def spoken(server: SandboxServer) -> int:
    return sum((e["method"], e["path"]) == SPEECH for e in server.request_log())


def fetched(client: HeyGenClient, project: Project, speech: SpeechCache) -> int:
    return fetch_speech(client, scripts_to_fetch(project, speech), speech)


def test_speech_one_account_fetched_is_not_used_for_another_account_or_server(
    tmp_path: Path,
) -> None:
    folder, project = tmp_path / "speech", example()
    scene, voice = project.scenes[0], project.scenes[0].voice
    with SandboxServer(render_seconds=0.2) as first, SandboxServer(render_seconds=0.2) as second:
        mine = client_for(first)
        assert fetched(mine, project, SpeechCache(folder, mine.source)) == 3
        again = SpeechCache(folder, mine.source)  # read back from the disk
        assert scripts_to_fetch(project, again) == []
        seconds = speech_seconds(voice.input_text or "", 1.0)
        assert scene_length(scene, speech=again).seconds == pytest.approx(seconds, abs=0.01)
        assert again.words_per_minute(voice.voice_id or "") is not None
        for other, server in ((client_for(first, KEY + "-b"), first), (client_for(second), second)):
            theirs = SpeechCache(folder, other.source)
            assert len(scripts_to_fetch(project, theirs)) == 3, other.base_url
            assert not scene_length(scene, speech=theirs).exact  # an estimate, not my audio
            assert theirs.words_per_minute(voice.voice_id or "") is None
            before = spoken(server)
            assert fetched(other, project, theirs) == 3
            assert spoken(server) - before == 3  # asked of that server, for that account
    names = {p.stem for p in folder.glob("*.json")}
    assert len(names) == 9  # three sources' speech, side by side
    assert all(KEY not in p.read_text("utf-8") for p in folder.glob("*.json"))


def test_speech_kept_before_it_was_keyed_is_removed_not_reused(tmp_path: Path) -> None:
    """An entry as the cache wrote it before it was keyed: no source in its sidecar."""
    folder, text = tmp_path / "speech", "Hello there."
    folder.mkdir()
    old = hashlib.sha256(json.dumps(["voice-1", 1.0, text]).encode()).hexdigest()[:32]
    (folder / f"{old}.wav").write_bytes(wav_bytes(1.5))
    meta = {"file": f"{old}.wav", "voice_id": "voice-1", "speed": 1.0, "words": 2}
    (folder / f"{old}.json").write_text(json.dumps(meta), "utf-8")
    source = source_of("http://127.0.0.1:8765", KEY)
    assert SpeechCache(folder, source).get("voice-1", 1.0, text) is None
    assert SpeechCache(folder, source).words_per_minute("voice-1") is None
    assert list(folder.iterdir()) == []  # dropped: never used for any account


def test_lengths_read_only_the_configured_accounts_speech(sandbox: SandboxServer) -> None:
    """The window says which server and account it is set to (use_source); lengths made
    without a client read that one's speech, and none while no account is known (the
    command line's estimates)."""
    project = example()
    scene = project.scenes[0]
    mine, other = client_for(sandbox), client_for(sandbox, KEY + "-b")
    assert fetched(mine, project, speech_for(mine.source)) == 3
    assert not scene_length(scene).exact  # no account configured: no speech read
    use_source(other.source)
    assert not scene_length(scene).exact  # another account's: not its speech
    use_source(mine.source)
    assert scene_length(scene).exact
    use_source(None)
