"""The sandbox's v3 endpoints and the v3 client over real HTTP: assets (multipart and the
direct-upload flow), looks with real sizes and matting, voices, the account, idempotent
replay, and the request log (which never shows the key)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests

from composer.heygen.v3 import V3Api
from composer.resources import resource
from composer.sandbox.server import SandboxServer
from tests.support.sandbox_fixture import KEY, client_for

JPEG = resource("sandbox", "thumbnail.jpg")
STUDIO = {
    "type": "studio",
    "scenes": [
        {
            "type": "image",
            "source": {"type": "url", "url": "https://media.example/a.jpg"},
            "duration": 3,
        }
    ],
}


def api(sandbox: SandboxServer, **options: object) -> V3Api:
    return V3Api(client_for(sandbox), **options)  # type: ignore[arg-type]


def post(sandbox: SandboxServer, body: object, key: str | None) -> requests.Response:
    headers = {"x-api-key": KEY, **({"Idempotency-Key": key} if key else {})}
    return requests.post(f"{sandbox.base_url}/v3/videos", json=body, headers=headers, timeout=5)


def test_a_repeated_key_replays_the_first_answer(sandbox: SandboxServer) -> None:
    first = post(sandbox, STUDIO, "k-1").json()
    again = post(sandbox, STUDIO, "k-1").json()
    assert first == again and first["data"]["status"] == "waiting"
    assert sandbox.store.video_count() == 1
    other = post(sandbox, {**STUDIO, "title": "other"}, "k-1")
    assert other.status_code == 422 and other.json()["error"]["code"] == "idempotency_key_reused"
    bad = post(sandbox, STUDIO, "no spaces allowed")
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "Idempotency-Key"


def test_an_invalid_body_names_the_field_as_heygen_does(sandbox: SandboxServer) -> None:
    body = json.loads(json.dumps(STUDIO))
    body["scenes"][0]["duration"] = 400
    error = post(sandbox, body, "k-2").json()["error"]
    assert error["param"] == "scenes[0].duration" and error["code"] == "invalid_parameter"


def test_small_files_upload_as_multipart_and_large_ones_directly(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    small = api(sandbox).upload_file(JPEG, "image/jpeg", "a-1")
    assert small.mime_type == "image/jpeg" and small.size_bytes == JPEG.stat().st_size
    big_file = tmp_path / "big.jpg"
    big_file.write_bytes(JPEG.read_bytes() * 4)
    big = api(sandbox, direct_upload_above=JPEG.stat().st_size).upload_file(
        big_file, "image/jpeg", "a-2"
    )
    assert big.size_bytes == big_file.stat().st_size
    assert sandbox.store.asset(big.asset_id).data == big_file.read_bytes()
    paths = [(e["method"], e["path"].split("/")[1]) for e in sandbox.request_log()]
    assert ("PUT", "_upload") in paths
    assert sandbox.count("POST", "/v3/assets/direct-uploads") == 1
    again = api(sandbox).upload_file(JPEG, "image/jpeg", "a-1")
    assert again.asset_id == small.asset_id  # same key: replayed, not stored twice


def test_looks_carry_real_sizes_and_matting(sandbox: SandboxServer) -> None:
    looks = {look.look_id: look for look in api(sandbox).looks()}
    daisy = looks["Daisy-inskirt-20220818"]
    assert (daisy.image_width, daisy.image_height) == (1080, 1920)
    assert daisy.avatar_type == "studio_avatar" and "avatar_iv" in daisy.supported_api_engines
    photo = looks["tp-5a1c0f2e9d"]
    assert photo.avatar_type == "photo_avatar"


def test_voices_and_account(sandbox: SandboxServer) -> None:
    voices = api(sandbox).voices()
    assert {v.support_locale for v in voices} == {True, False}
    account = api(sandbox).me()
    assert account.billing_type == "wallet" and account.amount == 1000.0


def test_the_request_log_shows_bodies_and_headers_but_never_the_key(
    sandbox: SandboxServer,
) -> None:
    post(sandbox, STUDIO, "k-3")
    log = requests.get(
        f"{sandbox.base_url}/_sandbox/requests", headers=sandbox.control_headers, timeout=5
    ).json()
    [entry] = [e for e in log if e["path"] == "/v3/videos"]
    assert entry["body"] == STUDIO and entry["headers"]["idempotency-key"] == "k-3"
    assert KEY not in json.dumps(log)


@pytest.mark.parametrize("path", ["/v2/video/generate", "/v1/video_status.get", "/v2/avatars"])
def test_v2_retired_answers_410_with_a_legacy_message(sandbox: SandboxServer, path: str) -> None:
    sandbox.faults.update({"v2_retired": True})
    answer = requests.get(sandbox.base_url + path, headers={"x-api-key": KEY}, timeout=5)
    assert answer.status_code == 410 and "Legacy" in answer.text


def test_the_v3_route_lists_looks_and_voices_for_the_pickers(sandbox: SandboxServer) -> None:
    from composer.catalogue.store import fetch
    from composer.routes.registry import make_route

    catalogue = fetch(make_route("v3", client_for(sandbox)).catalogue())
    assert {a.id for a in catalogue.avatars} >= {"Daisy-inskirt-20220818"}
    assert {p.id for p in catalogue.talking_photos} == {"tp-5a1c0f2e9d", "tp-8b7e44c1aa"}
    assert len(catalogue.voices) == 5 and catalogue.server.endswith("/v3")
    assert "My voice (clone)" in {v.name for v in catalogue.voices}  # type=private too
    assert sandbox.count("GET", "/v3/avatars/looks") == 1
