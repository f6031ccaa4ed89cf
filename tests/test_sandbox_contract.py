"""The practice server holds itself to HeyGen's published v3 contract: every request is
checked strictly against the vendored request schema and query flags (an unlisted field
is a 400 in HeyGen's envelope naming it), and every answer of every v3 endpoint it offers
validates against the vendored response schema, checked here with jsonschema directly."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import requests
from jsonschema import Draft202012Validator

from composer.heygen import schemas
from composer.resources import resource
from composer.sandbox import catalogue
from composer.sandbox.server import SandboxServer
from tests.support.sandbox_fixture import KEY

HEADERS = {"x-api-key": KEY}
IMAGE_SCENE = {
    "type": "image",
    "source": {"type": "url", "url": "https://m.example/a.jpg"},
    "duration": 3,
}
STUDIO = {"type": "studio", "scenes": [IMAGE_SCENE]}
AVATAR = {
    "type": "avatar",
    "avatar_id": "Daisy-inskirt-20220818",
    "script": "Hello.",
    "voice_id": catalogue.VOICES[0][0],
}


def call(sandbox: SandboxServer, method: str, path: str, **kwargs: Any) -> requests.Response:
    return requests.request(method, sandbox.base_url + path, headers=HEADERS, timeout=10, **kwargs)


def answers_of(sandbox: SandboxServer) -> dict[str, list[requests.Response]]:
    """One or more answers of every v3 endpoint the sandbox offers, by contract name."""
    sandbox.faults.update({"asset_processing_polls": 1})
    video = call(sandbox, "POST", "/v3/videos", json=STUDIO)
    captioned = call(
        sandbox, "POST", "/v3/videos", json={**AVATAR, "caption": {"style": "default"}}
    )
    jpeg = resource("sandbox", "thumbnail.jpg").read_bytes()
    upload = call(sandbox, "POST", "/v3/assets", files={"file": ("a.jpg", jpeg, "image/jpeg")})
    begun = call(
        sandbox,
        "POST",
        "/v3/assets/direct-uploads",
        json={"filename": "a.jpg", "content_type": "image/jpeg", "size_bytes": len(jpeg)},
    )
    asset_id = begun.json()["data"]["asset_id"]
    requests.put(begun.json()["data"]["upload_url"], data=jpeg, timeout=10)
    complete = call(sandbox, "POST", f"/v3/assets/{asset_id}/complete", json={})
    statuses = [
        call(sandbox, "GET", "/v3/assets/statuses", params={"asset_ids": asset_id})
        for _ in range(2)
    ]
    time.sleep(0.4)  # rendered (0.3 s)
    found: dict[str, list[requests.Response]] = {
        "POST /v3/videos": [video, captioned],
        "GET /v3/videos/{video_id}": [
            call(sandbox, "GET", f"/v3/videos/{r.json()['data']['video_id']}")
            for r in (video, captioned)
        ],
        "POST /v3/assets": [upload],
        "POST /v3/assets/direct-uploads": [begun],
        "POST /v3/assets/{asset_id}/complete": [complete],
        "GET /v3/assets/statuses": statuses,
        "GET /v3/assets/{asset_id}": [call(sandbox, "GET", f"/v3/assets/{asset_id}")],
        "GET /v3/avatars/looks": [
            call(sandbox, "GET", "/v3/avatars/looks", params={"limit": 2}),
            call(sandbox, "GET", "/v3/avatars/looks"),
        ],
        "GET /v3/avatars/looks/{look_id}": [
            call(sandbox, "GET", f"/v3/avatars/looks/{look['id']}")
            for look in catalogue.looks_data("")
        ],
        "GET /v3/voices": [
            call(sandbox, "GET", "/v3/voices", params=q)
            for q in ({}, {"type": "private"}, {"engine": "starfish", "limit": 1})
        ],
        "POST /v3/voices/speech": [
            call(
                sandbox,
                "POST",
                "/v3/voices/speech",
                json={
                    "text": "Hi there",
                    "voice_id": catalogue.VOICES[0][0],
                    "locale": "en-US",
                    "language": "en",
                },
            )
        ],
        "GET /v3/users/me": [],
    }
    for account in ("wallet-credits", "wallet-usd", "subscription", "usage-based"):
        sandbox.faults.update({"account": account})
        found["GET /v3/users/me"].append(call(sandbox, "GET", "/v3/users/me"))
    return found


def test_every_answer_of_every_endpoint_validates_against_heygens_schema(
    sandbox: SandboxServer,
) -> None:
    found = answers_of(sandbox)
    for name, replies in found.items():
        validator = Draft202012Validator(schemas.closed(schemas.endpoint(name)["response"]))
        for answer in replies:
            assert answer.status_code == 200, (name, answer.text)
            errors = [e.message for e in validator.iter_errors(answer.json())]
            assert not errors, (name, errors)
    completed = [r.json()["data"] for r in found["GET /v3/videos/{video_id}"]]
    assert all(v["status"] == "completed" for v in completed)
    assert completed[1]["captioned_video_url"] and not completed[0]["captioned_video_url"]


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({**STUDIO, "folder_id": "f-1"}, "folder_id"),
        (
            {
                **STUDIO,
                "scenes": [
                    {
                        "type": "video",
                        "source": {"type": "url", "url": "x"},
                        "script": "Hi",
                        "voice_id": "v",
                    }
                ],
            },
            "scenes[0].script",
        ),
        (
            {
                **STUDIO,
                "scenes": [
                    {
                        "type": "video",
                        "source": {"type": "url", "url": "x"},
                        "playback": {"mode": "loop"},
                    }
                ],
            },
            "scenes[0].playback.mode",
        ),
        ({**AVATAR, "supports_matting": True}, "supports_matting"),
        ({**AVATAR, "resolution": "8k"}, "resolution"),
        ({**AVATAR, "engine": {"type": "avatar_vi"}}, "engine.type"),
        ({**AVATAR, "voice_settings": {"speed": "fast"}}, "voice_settings.speed"),
        ({**AVATAR, "engine": {"type": "avatar_v"}, "avatar_id": "tp-5a1c0f2e9d"}, "engine.type"),
    ],
)
def test_what_the_schema_does_not_list_is_a_400_naming_it(
    sandbox: SandboxServer, body: dict[str, Any], param: str
) -> None:
    answer = call(sandbox, "POST", "/v3/videos", json=body)
    assert answer.status_code == 400, answer.text
    error = answer.json()["error"]
    assert error["param"] == param and error["code"] == "invalid_parameter"
    assert set(answer.json()) == {"error"} and error["message"]
    assert sandbox.store.video_count() == 0


@pytest.mark.parametrize(
    ("path", "query", "param"),
    [
        ("/v3/voices", {"limit": 101}, "limit"),
        ("/v3/voices", {"limit": 0}, "limit"),
        ("/v3/voices", {"type": "mine"}, "type"),
        ("/v3/voices", {"page": 2}, "page"),
        ("/v3/voices", {"token": "not-a-token"}, "token"),
        ("/v3/avatars/looks", {"limit": 51}, "limit"),
        ("/v3/avatars/looks", {"avatar_type": "cartoon"}, "avatar_type"),
        ("/v3/users/me", {"verbose": "1"}, "verbose"),
    ],
)
def test_query_flags_are_checked_too(
    sandbox: SandboxServer, path: str, query: dict[str, Any], param: str
) -> None:
    answer = call(sandbox, "GET", path, params=query)
    assert answer.status_code == 400 and answer.json()["error"]["param"] == param


def test_a_multipart_upload_with_an_unlisted_field_is_refused(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    jpeg = resource("sandbox", "thumbnail.jpg").read_bytes()
    answer = call(
        sandbox,
        "POST",
        "/v3/assets",
        files={"file": ("a.jpg", jpeg, "image/jpeg")},
        data={"folder_id": "f-1"},
    )
    assert answer.status_code == 400 and answer.json()["error"]["param"] == "folder_id"


def test_an_answer_of_the_sandbox_that_breaks_the_schema_is_caught(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gate is not a formality: a look with a field HeyGen's looks don't have (the old
    `supports_matting`) goes out as a 500 naming it, so any test meeting it fails."""
    from composer.sandbox import v3_library

    real = v3_library.looks_data
    monkeypatch.setattr(
        v3_library, "looks_data", lambda base: [{**x, "supports_matting": True} for x in real(base)]
    )
    answer = call(sandbox, "GET", "/v3/avatars/looks")
    assert answer.status_code == 500
    assert answer.json()["error"]["param"] == "data[0].supports_matting"
