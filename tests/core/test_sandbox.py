"""The sandbox as HeyGen's stand-in: its hand-written schema, shapes, clock, links and controls."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import pytest
import requests
from jsonschema import Draft202012Validator

from composer.sandbox.schema import GENERATE_SCHEMA, check_generate_body
from composer.sandbox.server import SandboxServer
from tests.support.builders import seed_example_request
from tests.support.sandbox_fixture import KEY, control

Body = dict[str, Any]


def post_generate(sandbox: SandboxServer, body: Any, key: str = KEY) -> requests.Response:
    return requests.post(
        sandbox.base_url + "/v2/video/generate", json=body, headers={"x-api-key": key}, timeout=5
    )


def scene(body: Body, index: int = 0) -> Body:
    return body["video_inputs"][index]


def talking_photo(body: Body) -> None:
    scene(body)["character"] = {"type": "talking_photo", "talking_photo_style": "square"}


def audio_voice(body: Body) -> None:
    scene(body)["voice"] = {"type": "audio"}


def image_background(body: Body) -> None:
    scene(body)["background"] = {"type": "image", "fit": "cover"}


def set_path(path: str, value: Any) -> Callable[[Body], None]:
    """A change to the seed's example: "0.voice.speed" is video_inputs[0].voice.speed."""

    def change(body: Body) -> None:
        *parents, last = path.split(".")
        target: Any = body["video_inputs"] if parents and parents[0].isdigit() else body
        for part in parents:
            target = target[int(part)] if part.isdigit() else target.setdefault(part, {})
        if value is DELETE:
            del target[last]
        else:
            target[last] = value

    return change


DELETE = object()

REJECTED = [
    ("speed above 1.5", set_path("1.voice.speed", 1.6), "video_inputs[1].voice.speed"),
    ("speed below 0.5", set_path("0.voice.speed", 0.4), "video_inputs[0].voice.speed"),
    ("pitch above 50", set_path("0.voice.pitch", 51), "video_inputs[0].voice.pitch"),
    ("pitch not whole", set_path("0.voice.pitch", 1.5), "video_inputs[0].voice.pitch"),
    ("scale above 5", set_path("0.character.scale", 5.1), "video_inputs[0].character.scale"),
    ("odd width", set_path("dimension.width", 1921), "dimension.width"),
    ("width below 128", set_path("dimension.width", 126), "dimension.width"),
    ("height above 4096", set_path("dimension.height", 4098), "dimension.height"),
    ("script over 5000", set_path("0.voice.input_text", "a" * 5001), "voice.input_text"),
    ("no scenes", set_path("video_inputs", []), "video_inputs"),
    ("51 scenes", lambda b: b.update(video_inputs=[scene(b)] * 51), "video_inputs"),
    ("avatar without id", set_path("0.character.avatar_id", DELETE), "character.avatar_id"),
    ("photo without id", talking_photo, "video_inputs[0].character.talking_photo_id"),
    ("text voice w/o voice", set_path("1.voice.voice_id", DELETE), "[1].voice.voice_id"),
    ("text voice w/o script", set_path("0.voice.input_text", DELETE), "voice.input_text"),
    ("audio without source", audio_voice, "audio_url or audio_asset_id"),
    ("colour without value", set_path("0.background.value", DELETE), "background.value"),
    ("image without source", image_background, "url or image_asset_id"),
    ("bad colour", set_path("0.background.value", "blue"), "video_inputs[0].background.value"),
    ("unknown emotion", set_path("0.voice.emotion", "Angry"), "voice.emotion"),
    ("unknown avatar style", set_path("0.character.avatar_style", "wide"), "avatar_style"),
    ("unknown voice type", set_path("0.voice.type", "sing"), "video_inputs[0].voice.type"),
    (
        "eleven_v3 stability",
        set_path("0.voice.elevenlabs_settings", {"model": "eleven_v3", "stability": 0.7}),
        "elevenlabs_settings.stability",
    ),
    (
        "silence too short",
        set_path("0.voice", {"type": "silence", "duration": "0.5"}),
        "video_inputs[0].voice.duration",
    ),
    (
        "text without line_height",
        set_path("0.text", {"type": "text", "text": "Hi"}),
        "video_inputs[0].text.line_height",
    ),
    ("no video_inputs", lambda b: b.pop("video_inputs"), "video_inputs"),
]

ACCEPTED = [
    ("the seed's example", lambda b: None),
    ("smallest dimension", set_path("dimension", {"width": 128, "height": 128})),
    ("largest dimension", set_path("dimension", {"width": 4096, "height": 4096})),
    ("script of 5000", set_path("0.voice.input_text", "a" * 5000)),
    ("slowest speed", set_path("0.voice.speed", 0.5)),
    ("fastest speed", set_path("1.voice.speed", 1.5)),
    ("silence of 100", set_path("0.voice", {"type": "silence", "duration": "100"})),
    ("audio asset", set_path("0.voice", {"type": "audio", "audio_asset_id": "asset-1"})),
    ("square photo", set_path("0.character", {"type": "talking_photo", "talking_photo_id": "t",
                                              "talking_photo_style": "square"})),
    ("video bg once", set_path("0.background", {"type": "video", "url": "https://x/v.mp4",
                                                "play_style": "once"})),
    ("50 scenes", lambda b: b.update(video_inputs=[scene(b)] * 50)),
    ("unknown extra key", set_path("0.voice.future_option", True)),
]  # fmt: skip


@pytest.mark.parametrize(("case", "change", "field"), REJECTED, ids=[r[0] for r in REJECTED])
def test_schema_rejects_with_a_message_naming_the_field(
    sandbox: SandboxServer, case: str, change: Callable[[Body], None], field: str
) -> None:
    body = seed_example_request()
    change(body)
    reply = post_generate(sandbox, body)
    assert reply.status_code == 400, case
    error = reply.json()["error"]
    assert reply.json()["data"] is None
    assert error["code"] in (40001, 400175)
    assert field in error["message"], error["message"]
    assert sandbox.store.video_count() == 0


@pytest.mark.parametrize(("case", "change"), ACCEPTED, ids=[a[0] for a in ACCEPTED])
def test_schema_accepts(case: str, change: Callable[[Body], None]) -> None:
    body = seed_example_request()
    change(body)
    assert check_generate_body(body) is None, case


def test_the_seed_example_is_accepted_over_http(sandbox: SandboxServer) -> None:
    reply = post_generate(sandbox, seed_example_request())
    assert reply.status_code == 200
    assert reply.json()["error"] is None and reply.json()["data"]["video_id"]


def test_the_schema_is_a_valid_json_schema() -> None:
    Draft202012Validator.check_schema(GENERATE_SCHEMA)


def test_the_sandbox_is_independent_of_the_model() -> None:
    """Its schema must catch what the app's own validator misses, so it may not reuse it."""
    code = (
        "import sys, composer.sandbox.server; "
        "sys.exit(any(m.startswith('composer.model') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_missing_key_gets_heygens_401(sandbox: SandboxServer) -> None:
    reply = post_generate(sandbox, seed_example_request(), key="")
    assert reply.status_code == 401
    assert reply.json() == {
        "error": {"code": 400112, "message": "Unauthorized: missing x-api-key header"},
        "data": None,
    }
    assert sandbox.store.video_count() == 0


def test_error_styles_per_endpoint(sandbox: SandboxServer) -> None:
    headers = {"x-api-key": KEY}
    status = requests.get(
        sandbox.base_url + "/v1/video_status.get", params={"video_id": "x"}, headers=headers
    )
    assert status.status_code == 404 and status.json()["code"] == 404  # v1 style
    upload = requests.post(
        sandbox.base_url + "/v1/asset", data=b"x", headers={**headers, "Content-Type": "text/plain"}
    )
    assert upload.status_code == 400 and "Unsupported" in upload.json()["msg"]
    sandbox.faults.update({"no_credit_next": 1})
    credit = post_generate(sandbox, seed_example_request())
    assert credit.status_code == 402
    assert credit.json()["error"]["code"] == "insufficient_credit"  # the newer style


def test_render_clock_and_links() -> None:
    with SandboxServer(render_seconds=0.6) as sandbox:
        video_id = post_generate(sandbox, seed_example_request()).json()["data"]["video_id"]
        seen = []
        deadline = time.monotonic() + 5
        while not seen or seen[-1]["status"] != "completed":
            assert time.monotonic() < deadline
            reply = requests.get(
                sandbox.base_url + "/v1/video_status.get",
                params={"video_id": video_id},
                headers={"x-api-key": KEY},
            ).json()
            assert reply["code"] == 100
            seen.append(reply["data"])
            time.sleep(0.05)
        order = [s["status"] for s in seen]
        assert order[0] == "pending" and "processing" in order
        assert order.index("processing") > order.index("pending")
        done = seen[-1]
        assert done["video_url"] and done["thumbnail_url"] and done["error"] is None
        video = requests.get(done["video_url"], timeout=5)
        assert video.headers["Content-Type"] == "video/mp4"
        assert video.content[4:8] == b"ftyp"
        assert requests.get(done["thumbnail_url"], timeout=5).content[:2] == b"\xff\xd8"
        forged = done["video_url"].split("?")[0] + "?token=forged"
        assert requests.get(forged, timeout=5).status_code == 403


def test_the_shipped_sample_is_a_small_real_mp4() -> None:
    from composer.resources import resource

    data = resource("sandbox", "sample.mp4").read_bytes()
    assert len(data) < 100 * 1024
    assert data[4:8] == b"ftyp" and b"moov" in data and b"mdat" in data


def test_request_log_counts_and_skips_control_calls(sandbox: SandboxServer) -> None:
    post_generate(sandbox, seed_example_request())
    post_generate(sandbox, seed_example_request(), key="")
    control(sandbox, "GET", "/_sandbox/faults")
    assert sandbox.count("POST", "/v2/video/generate") == 2
    assert [r.headers_had_key for r in sandbox.requests] == [True, False]
    assert all(r.time <= time.time() for r in sandbox.requests)


def test_faults_over_http(sandbox: SandboxServer) -> None:
    url = "/_sandbox/faults"
    reply = control(sandbox, "POST", url, {"rate_limit_next": 1, "retry_after": 9})
    assert reply.json()["rate_limit_next"] == 1
    limited = post_generate(sandbox, seed_example_request())
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "9"
    assert post_generate(sandbox, seed_example_request()).status_code == 200
    assert control(sandbox, "POST", url, {"no_such_fault": 1}).status_code == 400
    assert control(sandbox, "POST", url, {"latency": "slow"}).status_code == 400
    control(sandbox, "POST", url, {"reject_next": 5, "reset": True})
    assert control(sandbox, "GET", url).json()["reject_next"] == 5
    control(sandbox, "POST", url, {"reset": True})
    assert sandbox.faults.reject_next == 0


def test_expire_urls_over_http(sandbox: SandboxServer) -> None:
    sandbox.store.render_seconds = 0
    video_id = post_generate(sandbox, seed_example_request()).json()["data"]["video_id"]
    status = requests.get(
        sandbox.base_url + "/v1/video_status.get",
        params={"video_id": video_id},
        headers={"x-api-key": KEY},
        timeout=5,
    ).json()["data"]
    control(sandbox, "POST", "/_sandbox/faults", {"expire_urls": True})
    assert requests.get(status["video_url"], timeout=5).status_code == 403


def test_only_path_limits_the_counters(sandbox: SandboxServer) -> None:
    sandbox.faults.update({"server_error_next": 1, "only_path": "/v2/video/generate"})
    voices = requests.get(sandbox.base_url + "/v2/voices", headers={"x-api-key": KEY}, timeout=5)
    assert voices.status_code == 200
    assert post_generate(sandbox, seed_example_request()).status_code == 500


def test_invalid_json_body(sandbox: SandboxServer) -> None:
    reply = requests.post(
        sandbox.base_url + "/v2/video/generate",
        data=b"{not json",
        headers={"x-api-key": KEY, "Content-Type": "application/json"},
        timeout=5,
    )
    assert reply.status_code == 400 and "Invalid JSON" in reply.json()["error"]["message"]


def test_generate_keeps_the_body_it_got(sandbox: SandboxServer) -> None:
    body = seed_example_request()
    body["callback_id"] = "crm-42"
    sent = copy.deepcopy(body)
    video_id = post_generate(sandbox, body).json()["data"]["video_id"]
    assert body == sent
    status = requests.get(
        sandbox.base_url + "/v1/video_status.get",
        params={"video_id": video_id},
        headers={"x-api-key": KEY},
        timeout=5,
    ).json()["data"]
    assert status["callback_id"] == "crm-42"


def test_faults_are_json_serialisable(sandbox: SandboxServer) -> None:
    assert json.loads(json.dumps(sandbox.faults.as_dict()))["latency"] == 0.0
