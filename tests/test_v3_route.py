"""The v3 studio route over real HTTP to the sandbox: one studio POST with an
Idempotency-Key saved before it goes out, no duplicate after a read timeout or a 409,
resume after a crash, captions, v2 retirement and the v3 error codes."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from composer.jobs.history import JobHistory
from composer.jobs.runner import JobRunner
from composer.jobs.state import JobRecord, JobState
from composer.model.project import Project
from composer.model.request import build_request
from composer.projectfile.io import load_any
from composer.resources import example_project, resource
from composer.sandbox.server import SandboxServer
from tests.support.builders import valid_project
from tests.support.sandbox_fixture import FAST_POLLS, client_for

CREATE = ("POST", "/v3/videos")
SAMPLE = resource("sandbox", "sample.mp4").read_bytes()


def project() -> Project:
    return load_any(example_project())


def runner(sandbox: SandboxServer, tmp_path: Path, route: str = "v3", **options: Any) -> JobRunner:
    history = JobHistory(tmp_path / "jobs.json")
    return JobRunner(client_for(sandbox, **options), history, schedule=FAST_POLLS, route=route)


def run(job_runner: JobRunner, tmp_path: Path, the_project: Project | None = None) -> JobRecord:
    records: list[JobRecord] = []
    final = job_runner.submit(
        the_project or project(),
        "Launch",
        tmp_path / "out",
        records.append,
        lambda fraction, words: None,
        threading.Event(),
    )
    assert all(r.state != JobState.SUBMISSION_UNKNOWN for r in records)
    return final


def creates(sandbox: SandboxServer) -> list[dict[str, Any]]:
    return [e for e in sandbox.request_log() if (e["method"], e["path"]) == CREATE]


def test_the_example_renders_on_v3_with_one_keyed_studio_post(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    job_runner = runner(sandbox, tmp_path)
    final = run(job_runner, tmp_path)
    assert final.state == JobState.COMPLETED, final.message
    assert Path(final.file).read_bytes() == SAMPLE
    [post] = creates(sandbox)
    assert post["body"]["type"] == "studio"
    assert len(post["body"]["scenes"]) == len(project().scenes)
    key = post["headers"]["idempotency-key"]
    assert final.ref["key"] == key and final.route == "v3"
    assert "x-api-key" not in post["headers"]
    assert job_runner.history.get(final.job_id).ref["key"] == key


def test_the_key_is_in_the_history_before_the_post_goes_out(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    seen: list[tuple[str, str | None]] = []
    job_runner = runner(sandbox, tmp_path)

    def on_update(record: JobRecord) -> None:
        stored = job_runner.history.get(record.job_id)
        posts = len(creates(sandbox))
        seen.append((str(stored.state), (stored.ref or {}).get("key") if posts == 0 else None))

    job_runner.submit(project(), "t", tmp_path, on_update, lambda f, w: None, threading.Event())
    saved_first = [key for state, key in seen if state == "submitting" and key]
    assert saved_first and saved_first[0] == creates(sandbox)[0]["headers"]["idempotency-key"]


def test_a_read_timeout_after_the_video_is_made_is_resent_with_the_same_key(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.faults.update({"v3_timeout_after_create_next": 1, "stall_seconds": 1.5})
    final = run(runner(sandbox, tmp_path, read_timeout=0.5), tmp_path)
    assert final.state == JobState.COMPLETED, final.message
    assert sandbox.store.video_count() == 1
    posts = creates(sandbox)
    assert len(posts) >= 2
    assert len({p["headers"]["idempotency-key"] for p in posts}) == 1


def test_409_request_in_progress_waits_and_asks_again(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.faults.update({"v3_in_progress_next": 2})
    final = run(runner(sandbox, tmp_path), tmp_path)
    assert final.state == JobState.COMPLETED, final.message
    assert len(creates(sandbox)) == 3 and sandbox.store.video_count() == 1


@pytest.mark.parametrize("reached_heygen", [False, True])
def test_a_job_cut_short_while_sending_resumes_without_a_second_video(
    sandbox: SandboxServer, tmp_path: Path, reached_heygen: bool
) -> None:
    job_runner = runner(sandbox, tmp_path)
    ref = job_runner.route.prepare(project(), _NoJob())
    record = JobRecord.new("t", sandbox.base_url, tmp_path / "out", "v3").moved(
        JobState.SUBMITTING, ref=ref, resend_safe=True
    )
    job_runner.history.save(record)
    if reached_heygen:  # the POST arrived, the app died before the answer
        job_runner.route.api.create_video(ref["body"], ref["key"])
    history = JobHistory(tmp_path / "jobs.json")
    [found] = [r for r in history.settle_interrupted() if r.job_id == record.job_id]
    assert found.state == JobState.SUBMITTING and found in history.unfinished()
    final = runner(sandbox, tmp_path).resume(
        found, lambda r: None, lambda f, w: None, threading.Event()
    )
    assert final.state == JobState.COMPLETED, final.message
    assert sandbox.store.video_count() == 1


def test_captions_download_the_srt_beside_the_mp4(sandbox: SandboxServer, tmp_path: Path) -> None:
    captioned = project()
    captioned.caption = True
    final = run(runner(sandbox, tmp_path), tmp_path, captioned)
    srt = Path(final.file).with_suffix(".srt")
    assert srt.exists() and "Aurora X" in srt.read_text("utf-8")
    assert creates(sandbox)[0]["body"]["caption"] == {"file_format": "srt", "style": "default"}


def test_v2_retired_fails_in_plain_words_and_offers_v3(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.faults.update({"v2_retired": True})
    failed = run(runner(sandbox, tmp_path, route="v2"), tmp_path)
    assert failed.state == JobState.FAILED
    assert failed.message.startswith("HeyGen has retired the v2 scene endpoint")
    assert (failed.failure, failed.offer_route) == ("retired", "v3")
    assert sandbox.store.video_count() == 0
    again = run(runner(sandbox, tmp_path, route=failed.offer_route), tmp_path)
    assert again.state == JobState.COMPLETED and sandbox.store.video_count() == 1


ERROR_CASES = [
    ("download_failed", "scenes[1].source", "Scene 2, Background URL", "must be public"),
    ("invalid_parameter", "scenes[0].input.voice_id", "Scene 1, Voice", "refused"),
    ("invalid_parameter", "aspect_ratio", "Video size", "refused"),
    ("trial_video_limit_exceeded", None, "", "trial"),
    ("resource_limit_exceeded", None, "", "plan's limit"),
    ("rate_limit_exceeded", None, "", "busy"),
    ("request_in_progress", None, "", "still working"),
    ("insufficient_credit", None, "", "enough credit"),
]


@pytest.mark.parametrize(("code", "param", "place", "words"), ERROR_CASES)
def test_every_v3_error_code_is_explained(
    sandbox: SandboxServer, tmp_path: Path, code: str, param: str | None, place: str, words: str
) -> None:
    sandbox.faults.update({"v3_error": code, "v3_error_param": param})
    final = run(runner(sandbox, tmp_path, backoff_factor=0.01, max_retry_after=0.05), tmp_path)
    # Still in progress after every try: the job waits to ask again (same key), not failed.
    waits = code == "request_in_progress"
    assert final.state == (JobState.SUBMITTING if waits else JobState.FAILED)
    assert words in final.message
    assert place in final.message
    assert sandbox.store.video_count() == 0


def test_balance_comes_from_the_v3_account(sandbox: SandboxServer, tmp_path: Path) -> None:
    balance = runner(sandbox, tmp_path).route.balance()
    assert balance.amount == 1000.0 and balance.unit == "credits"
    assert "1,000 credits" in balance.words


class _NoJob:
    """A JobContext for preparing a ref outside a run (nothing to upload here)."""

    cancel = threading.Event()

    def uploading(self, done: int, total: int, name: str) -> None: ...

    def remember(self, ref: dict[str, Any]) -> None: ...

    def submitted(self, video_id: str, notice: str | None, ref: dict[str, Any]) -> None: ...

    def note(self, words: str) -> None: ...

    def check_cancel(self) -> None: ...


def test_a_notice_from_heygen_is_shown_once_a_day(sandbox: SandboxServer, tmp_path: Path) -> None:
    notice = "This v2 endpoint is Legacy and will be removed on 2026-10-31"
    sandbox.faults.update({"notice": notice})
    first = run(runner(sandbox, tmp_path, route="v2"), tmp_path)
    second = run(runner(sandbox, tmp_path, route="v2"), tmp_path)
    assert (first.notice, second.notice) == (notice, None)
    assert second.state == JobState.COMPLETED


def test_new_projects_start_on_the_route_that_works(sandbox: SandboxServer, tmp_path: Path) -> None:
    from composer.settings.route_state import default_route

    assert default_route() == "v2"
    sandbox.faults.update({"v2_retired": True})
    run(runner(sandbox, tmp_path, route="v2"), tmp_path)
    assert default_route() == "v3"
    sandbox.faults.update({"v2_retired": False})
    assert run(runner(sandbox, tmp_path, route="v2"), tmp_path).state == JobState.COMPLETED
    assert default_route() == "v2"


def test_no_answer_after_every_try_keeps_the_job_to_ask_again_not_unknown(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    job_runner = runner(sandbox, tmp_path)
    sandbox.faults.update({"drop_before_next": 1000})  # every connection closes unanswered
    waiting = run(job_runner, tmp_path, valid_project(2))
    sandbox.faults.reset()
    assert waiting.state == JobState.SUBMITTING and waiting.resumable
    assert "asks again" in waiting.message and "same request key" in waiting.message
    assert sandbox.store.video_count() == 0
    assert waiting in job_runner.history.unfinished()
    final = job_runner.resume(waiting, lambda r: None, lambda f, w: None, threading.Event())
    assert final.state == JobState.COMPLETED and sandbox.store.video_count() == 1


def test_a_job_from_before_routes_resumes_on_v2(sandbox: SandboxServer, tmp_path: Path) -> None:
    old_runner = runner(sandbox, tmp_path, route="v2")
    body = build_request(valid_project(1))
    video_id = old_runner.client.generate_video(body).video_id
    record = JobRecord.new("old", sandbox.base_url, tmp_path / "out").to_json()
    for key in ("route", "ref", "resend_safe", "offer_route"):
        record.pop(key)
    record.update(state="processing", video_id=video_id)
    final = old_runner.resume(
        JobRecord.from_json(record), lambda r: None, lambda f, w: None, threading.Event()
    )
    assert final.state == JobState.COMPLETED, final.message
