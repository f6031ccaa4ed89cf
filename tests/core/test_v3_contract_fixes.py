"""Issue 20's mismatches with HeyGen's published v3 API, each tried over real HTTP on the
practice server (which checks every request against HeyGen's vendored schemas): the
account path and balance per billing type, cloned voices and paging, engines from the
look, ElevenLabs settings and speech only with voices that take them, captions, uploads,
and v2's "unlimited mode" refusal of newer photo avatars."""

from __future__ import annotations

import copy
import threading
from pathlib import Path
from typing import Any

import pytest

from composer.heygen.v3 import V3Api
from composer.jobs.history import JobHistory
from composer.jobs.runner import JobRunner
from composer.jobs.state import JobRecord, JobState
from composer.model.enums import CharacterType, ElevenLabsModel
from composer.model.project import Character, ElevenLabsSettings, Project
from composer.projectfile.io import load_any
from composer.rehearsal.voices import scripts_to_fetch, speakable, speech_voices
from composer.resources import example_project, resource
from composer.routes.registry import route_class
from composer.routes.v3_mapping import studio_body
from composer.routes.v3_studio import V3StudioRoute, catalogue_facts
from composer.sandbox.catalogue import PRIVATE_VOICES, VOICES
from composer.sandbox.server import SandboxServer
from tests.support.sandbox_fixture import FAST_POLLS, client_for

RACHEL, PAUL, CLARA = VOICES[0][0], VOICES[1][0], VOICES[2][0]  # starfish+11labs, starfish, 11labs
PHOTO = "tp-5a1c0f2e9d"  # a photo look: Avatar IV only
TWIN = "Tyler-incasualsuit-20220721"  # a digital twin: Avatar III and IV, no Avatar V


def example() -> Project:
    return load_any(example_project())


def api(sandbox: SandboxServer) -> V3Api:
    return V3Api(client_for(sandbox))


def run(sandbox: SandboxServer, tmp_path: Path, project: Project, route: str = "v3") -> JobRecord:
    history = JobHistory(tmp_path / "jobs.json")
    runner = JobRunner(client_for(sandbox), history, schedule=FAST_POLLS, route=route)
    return runner.submit(
        project, "Launch", tmp_path / "out", lambda r: None, lambda f, w: None, threading.Event()
    )


def sent(sandbox: SandboxServer, path: str, method: str = "POST") -> list[dict[str, Any]]:
    return [e for e in sandbox.request_log() if (e["method"], e["path"]) == (method, path)]


# --- the account ---


def test_the_account_is_read_from_users_me(sandbox: SandboxServer) -> None:
    assert api(sandbox).me().amount == 1000.0
    assert sandbox.count("GET", "/v3/users/me") == 1


@pytest.mark.parametrize(
    ("account", "amount", "unit", "words"),
    [
        ("wallet-credits", 1000.0, "credits", "1,000 credits left"),
        ("wallet-usd", 500.0, "usd", "$500.00 left"),
        ("subscription", 1025.0, "credits", "1,025 credits left"),  # premium 1,000 + add-on 25
        ("usage-based", 1000.0, "credits", "1,000 credits left"),
    ],
)
def test_the_balance_follows_the_billing_type_in_its_own_unit(
    sandbox: SandboxServer, account: str, amount: float, unit: str, words: str
) -> None:
    sandbox.faults.update({"account": account})
    balance = V3StudioRoute(client_for(sandbox)).balance()
    assert (balance.amount, balance.unit, balance.words) == (amount, unit, words)
    assert balance.amount_in("usd" if unit == "credits" else "credits") is None


# --- voices ---


def test_cloned_voices_are_listed_and_lists_page_past_a_thousand(sandbox: SandboxServer) -> None:
    sandbox.faults.update({"extra_voices": 1_100})
    voices = api(sandbox).voices()
    assert len(voices) == len(VOICES) + 1_100 + len(PRIVATE_VOICES)
    assert {v.voice_id for v in voices if v.kind == "private"} == {PRIVATE_VOICES[0][0]}
    pages = sent(sandbox, "/v3/voices", "GET")
    assert len(pages) == 12 + 1  # 1,104 public voices at 100 a page, then the clones
    assert len({v.voice_id for v in voices}) == len(voices)


# --- engines and ElevenLabs ---


def _presenter(project: Project, photo: bool, look: str, iv: bool | None) -> Project:
    project = copy.deepcopy(project)
    for scene in project.scenes:
        kind = CharacterType.TALKING_PHOTO if photo else CharacterType.AVATAR
        scene.character = Character(type=kind, use_avatar_iv_model=iv)
        setattr(scene.character, "talking_photo_id" if photo else "avatar_id", look)
    return project


@pytest.mark.parametrize(
    ("photo", "look", "iv", "engine"),
    [
        (True, PHOTO, False, "avatar_iv"),  # never Avatar III on a photo look
        (False, TWIN, False, "avatar_iii"),  # the twin has Avatar III
        (False, TWIN, True, "avatar_iv"),
    ],
)
def test_the_engine_is_one_the_look_supports(
    sandbox: SandboxServer, tmp_path: Path, photo: bool, look: str, iv: bool, engine: str
) -> None:
    project = _presenter(example(), photo, look, iv)
    final = run(sandbox, tmp_path, project)
    assert final.state == JobState.COMPLETED, final.message
    [post] = sent(sandbox, "/v3/videos")
    engines = {
        s["input"].get("engine", {}).get("type")
        for s in post["body"]["scenes"]
        if s["type"] == "avatar_video"
    }
    assert engines == {engine}


@pytest.mark.parametrize(("voice", "kept"), [(RACHEL, True), (PAUL, False)])
def test_elevenlabs_settings_go_only_with_voices_that_take_them(
    sandbox: SandboxServer, tmp_path: Path, voice: str, kept: bool
) -> None:
    project = example()
    for scene in project.scenes:
        scene.voice.voice_id = voice
        scene.voice.elevenlabs_settings = ElevenLabsSettings(
            model=ElevenLabsModel.MULTILINGUAL_V2, stability=0.5
        )
    final = run(sandbox, tmp_path, project)
    assert final.state == JobState.COMPLETED, final.message
    [post] = sent(sandbox, "/v3/videos")
    settings = [
        (s["input"].get("voice_settings") or {}).get("engine_settings")
        for s in post["body"]["scenes"]
        if s["type"] == "avatar_video"
    ]
    assert all((entry is not None) == kept for entry in settings), settings
    asked = [e["path"] for e in sandbox.request_log() if e["path"] == "/v3/voices"]
    assert asked, "the elevenlabs voice list was asked"


def test_a_catalogue_that_cannot_be_had_sends_no_elevenlabs_settings(
    sandbox: SandboxServer,
) -> None:
    project = example()
    project.scenes[0].voice.elevenlabs_settings = ElevenLabsSettings(stability=0.4)
    sandbox.faults.update({"server_error_next": 50})
    facts = catalogue_facts(V3Api(client_for(sandbox, max_retries=0)), project)
    assert facts.elevenlabs_voices is None and not facts.looks
    body = studio_body(project, facts)
    assert "engine_settings" not in str(body)


# --- speech ---


def test_speech_only_with_starfish_voices_and_with_the_scene_locale(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    from composer.billing.speech import SpeechCache
    from composer.rehearsal.voices import fetch_speech

    project = example()
    voices = [RACHEL, CLARA, PRIVATE_VOICES[0][0]]
    for scene, voice in zip(project.scenes, voices, strict=True):
        scene.voice.voice_id, scene.voice.locale = voice, "en-GB"
    client = client_for(sandbox)
    speech = SpeechCache(tmp_path / "speech", client.source)
    scripts = speakable(scripts_to_fetch(project, speech), speech_voices(client))
    assert {s.voice_id for s in scripts} == {RACHEL, PRIVATE_VOICES[0][0]}  # not Clara
    assert fetch_speech(client, scripts, speech) == 2
    bodies = [e["body"] for e in sent(sandbox, "/v3/voices/speech")]
    assert [(b["locale"], b["language"]) for b in bodies] == [("en-GB", "en")] * 2


# --- captions ---


@pytest.mark.parametrize("route", ["v2", "v3"])
def test_captions_on_fetch_the_captioned_video(
    sandbox: SandboxServer, tmp_path: Path, route: str
) -> None:
    project = example()
    project.caption = True
    project.route = route
    final = run(sandbox, tmp_path, project, route)
    assert final.state == JobState.COMPLETED, final.message
    captioned = Path(final.file).with_name(f"{Path(final.file).stem}-captioned.mp4")
    assert captioned.read_bytes() == resource("sandbox", "sample.mp4").read_bytes()
    if route == "v3":
        [post] = sent(sandbox, "/v3/videos")
        assert post["body"]["caption"] == {"file_format": "srt", "style": "default"}


# --- uploads ---


def test_direct_uploads_carry_no_key_and_wait_until_processed(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.faults.update({"asset_processing_polls": 2})
    audio = tmp_path / "voice.wav"
    audio.write_bytes(resource("sandbox", "voice-preview.mp3").read_bytes())
    v3 = V3Api(client_for(sandbox), direct_upload_above=0, sleep=lambda s: None)
    asset = v3.upload_file(audio, "audio/mpeg", "scene-composer-asset-1")
    for path in ("/v3/assets/direct-uploads", f"/v3/assets/{asset.asset_id}/complete"):
        [entry] = sent(sandbox, path)
        assert "idempotency-key" not in entry["headers"], path
    assert len(sent(sandbox, "/v3/assets/statuses", "GET")) == 3  # processing twice, then done
    body = {"type": "avatar", "avatar_id": "Daisy-inskirt-20220818",
            "audio_asset_id": asset.asset_id}  # fmt: skip
    assert v3.create_video(body, "k-upload")  # the sandbox refuses an asset still processing


# --- v2's "unlimited mode" ---


def test_v2_unlimited_mode_refusal_is_explained_beside_the_scene_with_v3_offered(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.faults.update({"v2_unlimited_mode": True})
    project = _presenter(example(), True, PHOTO, None)
    project.route = "v2"
    final = run(sandbox, tmp_path, project, "v2")
    assert final.state == JobState.FAILED and final.offer_route == "v3"
    assert "Avatar IV or V" in final.message and "v3 or the exact layout" in final.message
    problems = route_class("v2").check(project)
    beside = [p for p in problems if p.field == "character.talking_photo_id"]
    assert [p.scene_index for p in beside] == list(range(len(project.scenes)))
    assert all(p.is_error and "exact layout" in p.message for p in beside)
    assert not [p for p in route_class("v3").check(project) if "Avatar IV" in p.message]
    other = _presenter(example(), False, "Daisy-inskirt-20220818", None)
    assert not [p for p in route_class("v2").check(other) if p.is_error]
