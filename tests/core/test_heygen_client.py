"""HeyGenClient against the sandbox over real HTTP: shapes, errors, retries, never two videos."""

from __future__ import annotations

import logging
import socket
import threading
import time
from pathlib import Path

import pytest
import requests

from composer.heygen import errors
from composer.heygen.client import HeyGenClient
from composer.heygen.errors import (
    AuthError,
    DownloadExpired,
    InsufficientCredit,
    NetworkError,
    RateLimited,
    RequestRejected,
    ServerError,
    SubmissionUnknown,
    UnexpectedResponse,
    error_from_reply,
)
from composer.resources import resource
from composer.sandbox.server import SandboxServer
from tests.support.builders import seed_example_request
from tests.support.sandbox_fixture import GENERATE, KEY, STATUS_PATH, client_for

SAMPLE = resource("sandbox", "sample.mp4").read_bytes()


def generate_faults(sandbox: SandboxServer, **switches: object) -> None:
    sandbox.faults.update({"only_path": "/v2/video/generate", **switches})


def wait_until_rendered(client: HeyGenClient, video_id: str) -> None:
    deadline = time.monotonic() + 10
    while client.video_status(video_id).status != "completed":
        assert time.monotonic() < deadline
        time.sleep(0.05)


# --- error bodies: all three styles, and 200 with an error ---


@pytest.mark.parametrize(
    ("status", "body", "expected", "words"),
    [
        (400, {"error": {"code": 400175, "message": "bad speed"}, "data": None}, RequestRejected,
         "bad speed"),
        (400, {"error": {"code": "invalid_parameter", "message": "str code"}}, RequestRejected,
         "str code"),
        (400, {"code": 40039, "message": "invalid text input"}, RequestRejected,
         "invalid text input"),
        (400, {"code": 40044, "msg": "invalid audio format", "message": None}, RequestRejected,
         "invalid audio format"),
        (402, {"error": {"code": "insufficient_credit", "message": "top up", "param": None}},
         InsufficientCredit, "top up"),
        (400, {"error": {"code": "insufficient_credit", "message": "no credit"}},
         InsufficientCredit, "no credit"),
        (401, {"error": {"code": 400112, "message": "Unauthorized"}}, AuthError, "Unauthorized"),
        (403, None, AuthError, "API key"),
        (200, {"code": 40009, "message": "invalid credentials"}, AuthError, "invalid credentials"),
        (429, {"error": {"code": 429, "message": "slow down"}}, RateLimited, "slow down"),
        (503, None, ServerError, "HTTP 503"),
        (200, {"error": {"code": 500, "message": "oops"}, "data": {"video_id": "x"}},
         RequestRejected, "oops"),
        (200, {"error": "plain text error", "data": None}, RequestRejected, "plain text error"),
    ],
)  # fmt: skip
def test_every_error_style_becomes_a_typed_error(
    status: int, body: object, expected: type, words: str
) -> None:
    error = error_from_reply(status, body, secret=KEY)
    assert type(error) is expected
    assert words in str(error)


@pytest.mark.parametrize(
    "body",
    [
        {"error": None, "data": {"video_id": "x"}},
        {"code": 100, "message": "Success", "data": {}},
        {"code": 100, "data": {}, "msg": None, "message": None},
    ],
)
def test_successes_are_not_errors(body: dict) -> None:
    assert error_from_reply(200, body, secret=KEY) is None


def test_an_echoed_key_is_redacted_from_the_message() -> None:
    error = error_from_reply(401, {"code": 40009, "message": f"key {KEY} is invalid"}, secret=KEY)
    assert KEY not in str(error) and KEY not in repr(error) and KEY not in error.detail
    assert errors.REDACTED in str(error)


def test_repr_masks_the_key() -> None:
    client = HeyGenClient(KEY)
    assert KEY not in repr(client) and KEY not in str(client)
    assert "***" in repr(client)


# --- the happy path, shape by shape ---


def test_generate_status_and_download(sandbox: SandboxServer, tmp_path: Path) -> None:
    client = client_for(sandbox)
    result = client.generate_video(seed_example_request())
    assert len(result.video_id) == 32 and result.notice is None
    first = client.video_status(result.video_id)
    assert first.status in ("pending", "processing") and first.video_url is None
    wait_until_rendered(client, result.video_id)
    done = client.video_status(result.video_id)
    assert done.video_url and done.thumbnail_url and done.error is None
    seen: list[tuple[int, int | None]] = []
    path = client.download(
        done.video_url, tmp_path / "out" / "v.mp4", lambda d, t: seen.append((d, t))
    )
    assert path.read_bytes() == SAMPLE
    assert seen[-1] == (len(SAMPLE), len(SAMPLE))
    assert [p.name for p in path.parent.iterdir()] == ["v.mp4"]  # no temporary file left
    downloads = [r for r in sandbox.requests if r.path.startswith("/files/")]
    assert downloads and not any(r.headers_had_key for r in downloads)  # key never leaves the API


def test_an_expired_link_raises_and_a_fresh_status_works(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    client = client_for(sandbox)
    video_id = client.generate_video(seed_example_request()).video_id
    wait_until_rendered(client, video_id)
    old = client.video_status(video_id).video_url
    sandbox.expire_urls()
    with pytest.raises(DownloadExpired):
        client.download(old, tmp_path / "v.mp4")
    assert not list(tmp_path.iterdir())
    fresh = client.video_status(video_id).video_url
    assert fresh != old
    assert client.download(fresh, tmp_path / "v.mp4").read_bytes() == SAMPLE


def test_links_expire_on_their_own(tmp_path: Path) -> None:
    with SandboxServer(render_seconds=0, url_ttl_seconds=0.2) as sandbox:
        client = client_for(sandbox)
        video_id = client.generate_video(seed_example_request()).video_id
        url = client.video_status(video_id).video_url
        time.sleep(0.3)
        with pytest.raises(DownloadExpired):
            client.download(url, tmp_path / "v.mp4")


def test_catalogue_quota_and_previews(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    avatars = {a.avatar_id: a for a in client.list_avatars()}
    assert avatars["Daisy-inskirt-20220818"].name == "Daisy in skirt"
    assert any(a.preview_video_url is None for a in avatars.values())
    photos = client.list_talking_photos()
    assert photos and all(p.preview_image_url for p in photos)
    voices = client.list_voices()
    assert any(v.preview_audio is None for v in voices)
    assert "2d5b0e6cf36f460aa7fc47e3eee4ba54" in {v.voice_id for v in voices}
    preview = requests.get(avatars["Daisy-inskirt-20220818"].preview_image_url, timeout=5)
    assert preview.status_code == 200 and preview.content[:2] == b"\xff\xd8"
    audio = requests.get(next(v.preview_audio for v in voices if v.preview_audio), timeout=5)
    assert audio.headers["Content-Type"] == "audio/mpeg"
    quota = client.remaining_quota()
    client.generate_video(seed_example_request())
    after = client.remaining_quota()
    assert after.remaining < quota.remaining and after.credits == after.remaining / 60


def test_upload_bytes_and_files(sandbox: SandboxServer, tmp_path: Path) -> None:
    client = client_for(sandbox)
    image = resource("examples", "media", "launch-stage.jpg")
    asset = client.upload_asset(image, "image/jpeg")
    assert asset.file_type == "image" and asset.url
    assert requests.get(asset.url, timeout=5).content == image.read_bytes()
    assert client.upload_file(image, "image/jpeg") != asset.id
    audio = client.upload_asset(b"ID3" + bytes(100), "audio/mpeg")
    assert audio.file_type == "audio"
    assert sandbox.count("POST", "/v1/asset") == 3


def test_upload_refusals_carry_heygens_message(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    with pytest.raises(RequestRejected, match="Unsupported Content-Type image/gif"):
        client.upload_asset(b"GIF89a", "image/gif")
    with pytest.raises(RequestRejected, match="at most 50 MB"):
        client.upload_asset(bytes(50 * 1024 * 1024 + 1), "image/png")


# --- faults: what the user sees, and how many generate POSTs arrived ---


def test_429_on_generate_is_retried_after_retry_after(sandbox: SandboxServer) -> None:
    slept: list[float] = []
    client = client_for(sandbox, sleep=slept.append)
    generate_faults(sandbox, rate_limit_next=2, retry_after=7)
    assert client.generate_video(seed_example_request()).video_id
    assert slept == [7, 7]
    assert sandbox.count(*GENERATE) == 3  # two refused with 429, one accepted
    assert sandbox.store.video_count() == 1


def test_429_for_too_long_gives_up_with_the_wait(sandbox: SandboxServer) -> None:
    client = client_for(sandbox, sleep=lambda _s: None, max_retries=2)
    generate_faults(sandbox, rate_limit_next=10, retry_after=3)
    with pytest.raises(RateLimited, match="Try again in 3 seconds") as caught:
        client.generate_video(seed_example_request())
    assert caught.value.retry_after == 3
    assert sandbox.count(*GENERATE) == 3 and sandbox.store.video_count() == 0


def test_429_on_get_honours_retry_after(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    sandbox.faults.update({"rate_limit_next": 1, "retry_after": 1, "only_path": "/v2/voices"})
    start = time.monotonic()
    assert client.list_voices()
    assert time.monotonic() - start >= 0.9
    assert sandbox.count("GET", "/v2/voices") == 2


@pytest.mark.parametrize("status", [500, 503])
def test_server_error_on_generate_is_not_resent(sandbox: SandboxServer, status: int) -> None:
    generate_faults(sandbox, server_error_next=1, server_error_status=status)
    with pytest.raises(ServerError, match=f"HTTP {status}"):
        client_for(sandbox).generate_video(seed_example_request())
    assert sandbox.count(*GENERATE) == 1


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors_on_status_are_retried(sandbox: SandboxServer, status: int) -> None:
    client = client_for(sandbox)
    video_id = client.generate_video(seed_example_request()).video_id
    sandbox.faults.update({"server_error_next": 2, "server_error_status": status})
    assert client.video_status(video_id).video_id == video_id
    assert sandbox.count("GET", STATUS_PATH) == 3


def test_connection_dropped_before_reading_a_generate_is_submission_unknown(
    sandbox: SandboxServer,
) -> None:
    sandbox.faults.update({"drop_before_next": 1})
    with pytest.raises(SubmissionUnknown, match="not sent again") as caught:
        client_for(sandbox).generate_video(seed_example_request())
    assert "check your HeyGen video list" in str(caught.value)
    # Not resent: a resend would have been read and would have created a video.
    assert sandbox.count(*GENERATE) == 0 and sandbox.store.video_count() == 0


def test_connection_dropped_after_the_generate_arrived_is_submission_unknown(
    sandbox: SandboxServer,
) -> None:
    generate_faults(sandbox, drop_after_next=1)
    with pytest.raises(SubmissionUnknown):
        client_for(sandbox).generate_video(seed_example_request())
    assert sandbox.count(*GENERATE) == 1 and sandbox.store.video_count() == 1


def test_read_timeout_on_generate_is_submission_unknown(sandbox: SandboxServer) -> None:
    sandbox.faults.update({"latency": 0.6})
    with pytest.raises(SubmissionUnknown):
        client_for(sandbox, read_timeout=0.2).generate_video(seed_example_request())
    time.sleep(0.7)  # the sandbox finishes the request it got
    assert sandbox.count(*GENERATE) == 1 and sandbox.store.video_count() == 1


def test_dropped_connections_on_get_are_retried(sandbox: SandboxServer) -> None:
    sandbox.faults.update({"drop_before_next": 2})
    assert client_for(sandbox).list_avatars()
    assert sandbox.count("GET", "/v2/avatars") == 1  # the dropped two were never read


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_connection_refused_is_a_network_error(tmp_path: Path) -> None:
    client = HeyGenClient(KEY, base_url=f"http://127.0.0.1:{free_port()}", backoff_factor=0.01)
    with pytest.raises(NetworkError, match=r"Could not reach HeyGen at 127\.0\.0\.1") as caught:
        client.generate_video(seed_example_request())
    assert "could not connect" in str(caught.value)


def test_an_unusable_server_address_is_a_network_error() -> None:
    with pytest.raises(NetworkError, match="server address is not valid"):
        HeyGenClient(KEY, base_url="localhost:8765").generate_video(seed_example_request())


def test_generate_is_resent_when_the_connection_was_refused() -> None:
    """Refused means the server never saw it: safe to retry, and exactly one video results."""
    port = free_port()
    client = HeyGenClient(
        KEY, base_url=f"http://127.0.0.1:{port}", backoff_factor=0.2, max_retries=5
    )
    outcome: list[object] = []
    worker = threading.Thread(
        target=lambda: outcome.append(client.generate_video(seed_example_request()))
    )
    worker.start()
    time.sleep(0.3)  # the first attempts are refused
    with SandboxServer(port=port) as sandbox:
        worker.join(10)
        assert outcome and outcome[0].video_id  # type: ignore[attr-defined]
        assert sandbox.count(*GENERATE) == 1 and sandbox.store.video_count() == 1


def test_bad_key_is_an_auth_error_without_the_key(
    sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    generate_faults(sandbox, auth_fail_next=1)
    with pytest.raises(AuthError, match="did not accept the API key") as caught:
        client_for(sandbox).generate_video(seed_example_request())
    assert KEY not in str(caught.value) and KEY not in repr(caught.value)
    assert KEY not in caplog.text
    assert sandbox.count(*GENERATE) == 1


def test_missing_key_is_refused(sandbox: SandboxServer) -> None:
    with pytest.raises(AuthError, match="missing x-api-key"):
        client_for(sandbox, key="").list_voices()


def test_rejection_shows_heygens_message(sandbox: SandboxServer) -> None:
    message = "This avatar requires Avatar IV; use the v3 API"
    generate_faults(sandbox, reject_next=1, reject_message=message)
    with pytest.raises(RequestRejected) as caught:
        client_for(sandbox).generate_video(seed_example_request())
    assert str(caught.value) == f"HeyGen refused the request: {message}"
    assert sandbox.count(*GENERATE) == 1


def test_no_credit(sandbox: SandboxServer) -> None:
    generate_faults(sandbox, no_credit_next=1)
    with pytest.raises(InsufficientCredit, match="enough credit"):
        client_for(sandbox).generate_video(seed_example_request())
    assert sandbox.count(*GENERATE) == 1 and sandbox.store.video_count() == 0


def test_200_with_an_error_is_an_error(sandbox: SandboxServer) -> None:
    generate_faults(sandbox, ok_with_error_next=1)
    with pytest.raises(RequestRejected, match="Temporary failure"):
        client_for(sandbox).generate_video(seed_example_request())
    assert sandbox.count(*GENERATE) == 1


def test_notice_is_surfaced(sandbox: SandboxServer) -> None:
    sandbox.faults.update({"notice": "v2/video/generate is deprecated; move to v3 by June"})
    result = client_for(sandbox).generate_video(seed_example_request())
    assert result.notice == "v2/video/generate is deprecated; move to v3 by June"


def test_failed_render_reports_heygens_reason(sandbox: SandboxServer) -> None:
    sandbox.faults.update({"fail_render": "Video is too long (over 30 minutes)"})
    client = client_for(sandbox)
    video_id = client.generate_video(seed_example_request()).video_id
    deadline = time.monotonic() + 5
    while (status := client.video_status(video_id)).status != "failed":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert status.failure_message == "Video is too long (over 30 minutes)"
    assert status.error and status.error.code == 40119


def test_unknown_video_is_refused(sandbox: SandboxServer) -> None:
    with pytest.raises(RequestRejected, match="Video not found"):
        client_for(sandbox).video_status("nope")


def test_non_json_answer_is_unexpected(sandbox: SandboxServer) -> None:
    client = client_for(sandbox, base_url=sandbox.base_url + "/files/preview/avatar.jpg?")
    with pytest.raises(UnexpectedResponse, match="not JSON"):
        client.list_voices()


def test_status_error_switch_gives_a_typed_error(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    video_id = client.generate_video(seed_example_request()).video_id
    sandbox.faults.update({"status_error": True})
    with pytest.raises(RequestRejected, match="Temporary failure") as caught:
        client.video_status(video_id)
    assert KEY not in str(caught.value)
    sandbox.faults.update({"status_error": False})
    assert client.video_status(video_id).video_id == video_id
    assert sandbox.count(*GENERATE) == 1


def test_expire_urls_switch_then_a_fresh_status_downloads(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    client = client_for(sandbox)
    video_id = client.generate_video(seed_example_request()).video_id
    wait_until_rendered(client, video_id)
    old = client.video_status(video_id).video_url
    assert old
    sandbox.faults.update({"expire_urls": True})
    with pytest.raises(DownloadExpired, match="expired") as caught:
        client.download(old, tmp_path / "v.mp4")
    assert KEY not in str(caught.value)
    fresh = client.video_status(video_id).video_url
    assert fresh and fresh != old
    assert client.download(fresh, tmp_path / "v.mp4").read_bytes() == SAMPLE
    with pytest.raises(DownloadExpired):
        client.download(old, tmp_path / "again.mp4")
    assert sandbox.count(*GENERATE) == 1


def test_an_echoed_key_over_http_never_reaches_the_user(sandbox: SandboxServer) -> None:
    """The sandbox's auth fault echoes the key in its body, as careless servers do."""
    client = client_for(sandbox)
    sandbox.faults.update({"auth_fail_next": 1})
    with pytest.raises(AuthError) as caught:
        client.list_voices()
    error = caught.value
    assert KEY not in str(error) and KEY not in repr(error) and KEY not in error.user_message
    assert KEY not in repr(client) and KEY not in repr(error.__dict__)
