"""A server that misbehaves can't take the API key elsewhere, exhaust memory or hang a
job: real HTTP against a hostile server on loopback (tests/support/hostile_server.py)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from composer.heygen.client import HeyGenClient
from composer.heygen.errors import NetworkError, SubmissionUnknown, UnexpectedResponse
from composer.heygen.transport import AnswerTooSlow, Redirected, UntrustedLink
from composer.jobs.history import JobHistory
from composer.jobs.runner import JobRunner
from composer.jobs.schedule import PollSchedule
from composer.jobs.state import JobState
from composer.sandbox.server import SandboxServer
from tests.support.builders import valid_project
from tests.support.hostile_server import SAMPLE, HostileServer
from tests.support.memory_probe import probe
from tests.support.sandbox_fixture import FAST_CLIENT, KEY, client_for

MEMORY_LIMIT_MB = 300


def client(server: HostileServer, **options) -> HeyGenClient:
    urls = {"base_url": server.base_url, "upload_url": server.base_url}
    return HeyGenClient(KEY, **{**urls, **FAST_CLIENT, "max_retries": 0, **options})


def test_a_redirect_is_reported_and_the_other_host_gets_no_key(tmp_path: Path) -> None:
    with HostileServer() as elsewhere, HostileServer("redirect") as api:
        api.redirect_to = elsewhere.base_url
        heygen = client(api)
        with pytest.raises(Redirected, match=r"sent the request on to 127\.0\.0\.1:"):
            heygen.video_status("v-1")
        with pytest.raises(Redirected):
            heygen.generate_video({"video_inputs": []})
        with pytest.raises(Redirected):
            heygen.upload_asset(b"\xff\xd8\xff\xe0", "image/jpeg")
        assert len(api.seen) == 3 and api.bytes_with(KEY) == 3  # the configured host only
        assert elsewhere.seen == [] and elsewhere.bytes_with(KEY) == 0


@pytest.mark.parametrize("mode", ["huge_json", "huge_json_undeclared", "endless_chunked"])
def test_huge_and_endless_answers_end_in_a_clear_error_with_flat_memory(mode: str) -> None:
    with HostileServer(mode) as api:
        outcome = probe(api.base_url)
    assert outcome["kind"] == "too_large"
    assert "larger than 4 MB" in outcome["error"] and "cut off" in outcome["error"]
    assert outcome["peak_mb"] < MEMORY_LIMIT_MB, outcome


@pytest.mark.parametrize("mode", ["trickle", "trickle_headers"])
def test_a_trickling_answer_is_cut_off_at_the_deadline(mode: str) -> None:
    with HostileServer(mode) as api:
        heygen = client(api, answer_deadline=1.0, read_timeout=5.0, max_retries=2)
        start = time.monotonic()
        with pytest.raises(AnswerTooSlow, match="took too long"):
            heygen.video_status("v-1")
        assert time.monotonic() - start < 2.0  # every byte came within the read timeout
        with pytest.raises(SubmissionUnknown):  # a create cut off may have started a video
            heygen.generate_video({"video_inputs": []})
        assert sum(seen.method == "POST" for seen in api.seen) == 1  # never resent


def test_a_create_answered_with_a_web_page_is_unknown_not_failed() -> None:
    with HostileServer("not_json") as api:
        with pytest.raises(SubmissionUnknown, match="check your HeyGen video list"):
            client(api).generate_video({"video_inputs": []})
        assert len(api.seen) == 1  # never resent


@pytest.mark.parametrize(
    "link", ["file:///etc/passwd", "ftp://127.0.0.1/v.mp4", "javascript:alert(1)"]
)
def test_video_links_must_be_web_addresses(tmp_path: Path, link: str) -> None:
    with HostileServer() as api, pytest.raises(UntrustedLink, match="not a web address"):
        client(api).download(link, tmp_path / "v.mp4")
    assert list(tmp_path.iterdir()) == []


def test_with_real_heygen_a_link_to_another_host_is_reported_not_downloaded(
    tmp_path: Path,
) -> None:
    heygen = HeyGenClient(KEY, base_url="https://api.heygen.com", **FAST_CLIENT)
    with HostileServer() as elsewhere:
        with pytest.raises(UntrustedLink, match=r"another site \(127\.0\.0\.1\)"):
            heygen.download(elsewhere.base_url + "/files/v.mp4", tmp_path / "v.mp4")
        assert elsewhere.seen == []


def test_downloads_carry_no_key_are_capped_and_stalls_end(tmp_path: Path) -> None:
    with HostileServer() as api:
        heygen = client(api)
        heygen.download(api.base_url + "/files/v.mp4", tmp_path / "ok.mp4")
        assert (tmp_path / "ok.mp4").read_bytes() == SAMPLE
        assert [s.headers.get("x-api-key") for s in api.seen] == [None]
        capped = client(api, max_download_bytes=len(SAMPLE) // 2)
        with pytest.raises(UnexpectedResponse, match="larger than"):
            capped.download(api.base_url + "/files/v.mp4", tmp_path / "big.mp4")
        api.trickle_files = True
        stalled = client(api, stall_seconds=0.6)
        with pytest.raises(NetworkError, match="stalled"):
            stalled.download(api.base_url + "/files/v.mp4", tmp_path / "slow.mp4")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.mp4"]  # nothing half-written


def test_polling_stops_after_its_limit_saying_still_rendering(tmp_path: Path) -> None:
    with SandboxServer(render_seconds=60) as sandbox:
        schedule = PollSchedule(start=0.05, maximum=0.1, give_up_after=0.5)
        runner = JobRunner(
            client_for(sandbox), JobHistory(tmp_path / "jobs.json"), schedule=schedule
        )
        final = runner.submit(
            valid_project(),
            "Long one",
            tmp_path,
            on_update=lambda record: None,
            on_progress=lambda fraction, text: None,
            cancel=threading.Event(),
        )
    assert final.state in (JobState.QUEUED, JobState.PROCESSING)
    assert final.message.startswith("Still rendering at HeyGen — check again later")
    assert final.resumable and final.failure is None
