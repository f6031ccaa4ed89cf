"""The job runner against the sandbox: states, history, resume, faults (no Qt here)."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest

from composer.jobs.history import JobHistory
from composer.jobs.runner import JobRunner, file_stem, unique_path
from composer.jobs.schedule import PollSchedule, StopEvent
from composer.jobs.state import JobRecord, JobState
from composer.model.project import Project
from composer.projectfile import load_any
from composer.resources import example_project, resource
from composer.sandbox.server import SandboxServer
from composer.settings.paths import data_dir
from tests.support.builders import valid_project
from tests.support.sandbox_fixture import FAST_POLLS, GENERATE, STATUS_PATH, client_for

SAMPLE = resource("sandbox", "sample.mp4").read_bytes()


class Recorder:
    """Collects what a runner reports; optional hooks run on a given state."""

    def __init__(self, hooks: dict[JobState, Any] | None = None) -> None:
        self.records: list[JobRecord] = []
        self.progress: list[tuple[float | None, str]] = []
        self.hooks = hooks or {}

    def update(self, record: JobRecord) -> None:
        self.records.append(record)
        hook = self.hooks.pop(record.state, None)
        if hook:
            hook(record)

    def on_progress(self, fraction: float | None, words: str) -> None:
        self.progress.append((fraction, words))

    @property
    def states(self) -> list[JobState]:
        states: list[JobState] = []
        for record in self.records:
            if not states or states[-1] != record.state:
                states.append(record.state)
        return states

    @property
    def messages(self) -> list[str]:
        return [r.message for r in self.records]


def run_job(
    sandbox: SandboxServer,
    tmp_path: Path,
    project: Project | None = None,
    recorder: Recorder | None = None,
    *,
    cancel: threading.Event | None = None,
    schedule: PollSchedule = FAST_POLLS,
    follow: bool = True,
    **client_options: Any,
) -> tuple[JobRecord, Recorder]:
    recorder = recorder or Recorder()
    runner = JobRunner(client_for(sandbox, **client_options), JobHistory(), schedule=schedule)
    final = runner.submit(
        project or valid_project(2),
        "Spring launch: teaser/A",
        tmp_path / "videos",
        recorder.update,
        recorder.on_progress,
        cancel or threading.Event(),
        follow=follow,
    )
    return final, recorder


def history_on_disk() -> list[dict[str, Any]]:
    return json.loads((data_dir() / "jobs.json").read_text("utf-8"))["jobs"]


def test_example_project_end_to_end(sandbox: SandboxServer, tmp_path: Path) -> None:
    final, seen = run_job(sandbox, tmp_path, load_any(example_project()))
    assert final.state == JobState.COMPLETED, final.message
    assert seen.states == [
        JobState.VALIDATING,
        JobState.UPLOADING,
        JobState.SUBMITTING,
        JobState.QUEUED,
        JobState.PROCESSING,
        JobState.DOWNLOADING,
        JobState.COMPLETED,
    ] or seen.states == [
        JobState.VALIDATING,
        JobState.UPLOADING,
        JobState.SUBMITTING,
        JobState.QUEUED,
        JobState.DOWNLOADING,
        JobState.COMPLETED,
    ]
    video = Path(final.file or "")
    assert video.parent == tmp_path / "videos"
    assert video.name == f"Spring launch- teaser-A {final.video_id[:8]}.mp4"  # type: ignore[index]
    assert video.read_bytes() == SAMPLE
    assert [p.name for p in video.parent.iterdir()] == [video.name]
    assert sandbox.count(*GENERATE) == 1
    assert sandbox.count("POST", "/v1/asset") == 1  # the example's one local image
    assert any(f is not None and 0 < f <= 1 for f, _ in seen.progress)  # download progress
    saved = history_on_disk()
    assert saved[0]["state"] == "completed" and saved[0]["file"] == str(video)


def test_video_id_is_in_the_history_before_anything_else(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    on_disk: list[dict[str, Any]] = []
    seen = Recorder({JobState.QUEUED: lambda record: on_disk.extend(history_on_disk())})
    sandbox.faults.update({"auth_fail_next": 1, "only_path": STATUS_PATH})
    final, _ = run_job(sandbox, tmp_path, recorder=seen)
    assert on_disk[0]["video_id"] == final.video_id and on_disk[0]["state"] == "queued"
    assert sandbox.count("GET", STATUS_PATH) == 1  # the status call came after the save
    assert final.state == JobState.FAILED and final.failure == "auth"
    assert history_on_disk()[0]["video_id"] == final.video_id


def test_a_job_in_the_history_resumes_after_a_restart(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    sent, _ = run_job(sandbox, tmp_path, follow=False)
    assert sent.state == JobState.QUEUED and sent.resumable
    # "Restart": new history and runner objects that know only the file on disk.
    history = JobHistory()
    [unfinished] = history.unfinished()
    assert unfinished == sent
    seen = Recorder()
    runner = JobRunner(client_for(sandbox), history, schedule=FAST_POLLS)
    final = runner.resume(unfinished, seen.update, seen.on_progress, threading.Event())
    assert final.state == JobState.COMPLETED
    assert Path(final.file or "").read_bytes() == SAMPLE
    assert history.unfinished() == []
    assert sandbox.count(*GENERATE) == 1


def test_invalid_project_is_not_sent(sandbox: SandboxServer, tmp_path: Path) -> None:
    project = valid_project(2)
    project.scenes[1].voice.speed = 3.0
    final, _ = run_job(sandbox, tmp_path, project)
    assert final.state == JobState.FAILED and final.failure == "invalid"
    assert "can't be sent yet" in final.message and "voice.speed" in final.message
    assert sandbox.count(*GENERATE) == 0


def test_missing_local_media_is_not_sent(sandbox: SandboxServer, tmp_path: Path) -> None:
    project = load_any(example_project())
    project.scenes[1].background.local_file = str(tmp_path / "gone.jpg")
    final, _ = run_job(sandbox, tmp_path, project)
    assert final.state == JobState.FAILED
    assert "gone.jpg" in final.message
    assert sandbox.count(*GENERATE) == 0


# --- one test per fault: the state and words the user sees, and the generate POSTs ---


def test_render_failure(sandbox: SandboxServer, tmp_path: Path) -> None:
    sandbox.faults.update({"fail_render": "Blocked words detected in scene 2"})
    final, _ = run_job(sandbox, tmp_path)
    assert final.state == JobState.FAILED and final.state.words == "Failed"
    assert final.message == "HeyGen could not render the video: Blocked words detected in scene 2"
    assert final.failure == "render" and final.video_id
    assert sandbox.count(*GENERATE) == 1


def test_drop_after_sending_is_submission_unknown(sandbox: SandboxServer, tmp_path: Path) -> None:
    sandbox.faults.update({"drop_after_next": 1, "only_path": "/v2/video/generate"})
    final, _ = run_job(sandbox, tmp_path)
    assert final.state == JobState.SUBMISSION_UNKNOWN
    assert final.state.words == "Unknown: check HeyGen"
    assert "check your HeyGen video list" in final.message
    assert sandbox.count(*GENERATE) == 1 and sandbox.store.video_count() == 1
    assert not final.resumable


def test_drop_before_reading_is_submission_unknown(sandbox: SandboxServer, tmp_path: Path) -> None:
    sandbox.faults.update({"drop_before_next": 1})
    final, _ = run_job(sandbox, tmp_path)
    assert final.state == JobState.SUBMISSION_UNKNOWN
    assert sandbox.count(*GENERATE) == 0 and sandbox.store.video_count() == 0


def test_timeout_while_sending_is_submission_unknown(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.faults.update({"latency": 0.5})
    final, _ = run_job(sandbox, tmp_path, read_timeout=0.2)
    assert final.state == JobState.SUBMISSION_UNKNOWN
    assert sandbox.count(*GENERATE) == 1


def test_bad_key(sandbox: SandboxServer, tmp_path: Path) -> None:
    sandbox.faults.update({"auth_fail_next": 1})
    final, _ = run_job(sandbox, tmp_path)
    assert final.state == JobState.FAILED and final.failure == "auth"
    assert final.message.startswith("HeyGen did not accept the API key")
    assert sandbox.count(*GENERATE) == 1


def test_rejected(sandbox: SandboxServer, tmp_path: Path) -> None:
    sandbox.faults.update({"reject_next": 1, "reject_message": "Resolution not supported"})
    final, _ = run_job(sandbox, tmp_path)
    assert final.state == JobState.FAILED and final.failure == "rejected"
    assert final.message == "HeyGen refused the request: Resolution not supported"
    assert sandbox.count(*GENERATE) == 1


def test_no_credit(sandbox: SandboxServer, tmp_path: Path) -> None:
    sandbox.faults.update({"no_credit_next": 1})
    final, _ = run_job(sandbox, tmp_path)
    assert final.state == JobState.FAILED and final.failure == "credit"
    assert "enough credit" in final.message
    assert sandbox.count(*GENERATE) == 1


def test_rate_limited_submission_waits_and_goes_through(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.faults.update(
        {"rate_limit_next": 2, "retry_after": 0, "only_path": "/v2/video/generate"}
    )
    final, _ = run_job(sandbox, tmp_path)
    assert final.state == JobState.COMPLETED
    assert sandbox.count(*GENERATE) == 3 and sandbox.store.video_count() == 1


def test_server_error_on_submit_is_not_resent(sandbox: SandboxServer, tmp_path: Path) -> None:
    sandbox.faults.update({"server_error_next": 1, "server_error_status": 503})
    final, _ = run_job(sandbox, tmp_path)
    assert final.state == JobState.FAILED and final.failure == "server"
    assert "HeyGen had a problem on its side (HTTP 503)" in final.message
    assert sandbox.count(*GENERATE) == 1


def test_status_errors_are_retried_and_shown(sandbox: SandboxServer, tmp_path: Path) -> None:
    sandbox.faults.update({"server_error_next": 2, "only_path": STATUS_PATH})
    final, seen = run_job(sandbox, tmp_path, max_retries=0)
    assert final.state == JobState.COMPLETED
    assert any("HTTP 500" in m and m.endswith("Trying again.") for m in seen.messages)
    assert sandbox.count(*GENERATE) == 1


def test_status_200_with_error_gives_up_after_the_limit(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.faults.update({"ok_with_error_next": 100, "only_path": STATUS_PATH})
    final, _ = run_job(sandbox, tmp_path)
    assert final.state == JobState.FAILED
    assert final.message.startswith("Lost contact with HeyGen: HeyGen refused the request: ")
    assert f"its id is {final.video_id}" in final.message
    assert sandbox.count("GET", STATUS_PATH) == FAST_POLLS.max_failures + 1
    assert sandbox.count(*GENERATE) == 1


def test_expired_link_is_refreshed(sandbox: SandboxServer, tmp_path: Path) -> None:
    seen = Recorder({JobState.DOWNLOADING: lambda record: sandbox.expire_urls()})
    final, _ = run_job(sandbox, tmp_path, recorder=seen)
    assert final.state == JobState.COMPLETED
    assert Path(final.file or "").read_bytes() == SAMPLE
    downloads = [r for r in sandbox.requests if r.path.startswith("/files/video/")]
    assert len(downloads) == 2  # the expired link, then the fresh one
    assert sandbox.count(*GENERATE) == 1


def test_cancel_after_sending(sandbox: SandboxServer, tmp_path: Path) -> None:
    sandbox.store.render_seconds = 30
    cancel = threading.Event()
    seen = Recorder({JobState.QUEUED: lambda record: cancel.set()})
    final, _ = run_job(sandbox, tmp_path, recorder=seen, cancel=cancel)
    assert final.state == JobState.CANCELLED
    assert final.message.startswith("Stopped following the video. HeyGen may still render it")
    assert not (tmp_path / "videos").exists()


def test_quitting_leaves_the_job_to_resume(sandbox: SandboxServer, tmp_path: Path) -> None:
    sandbox.store.render_seconds = 30
    stop = StopEvent()
    seen = Recorder({JobState.QUEUED: lambda record: stop.detach()})
    final, _ = run_job(sandbox, tmp_path, recorder=seen, cancel=stop)
    assert final.state == JobState.QUEUED
    assert JobHistory().unfinished() == [final]


def test_cancel_before_sending(sandbox: SandboxServer, tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    final, _ = run_job(sandbox, tmp_path, cancel=cancel)
    assert final.state == JobState.CANCELLED
    assert final.message == "Cancelled before it was sent to HeyGen."
    assert sandbox.count(*GENERATE) == 0


def test_deprecation_notice_is_kept_with_the_job(sandbox: SandboxServer, tmp_path: Path) -> None:
    sandbox.faults.update({"notice": "This endpoint is legacy"})
    final, _ = run_job(sandbox, tmp_path)
    assert final.notice == "This endpoint is legacy"
    assert history_on_disk()[0]["notice"] == "This endpoint is legacy"


def test_an_unwritable_download_folder_is_explained(sandbox: SandboxServer, tmp_path: Path) -> None:
    (tmp_path / "videos").write_text("a file where the folder should be")
    final, _ = run_job(sandbox, tmp_path)
    assert final.state == JobState.FAILED and final.failure == "disk"
    assert final.message.startswith("The video is ready but could not be saved in")
    assert final.video_id and final.video_id in final.message


# --- history and helpers ---


def test_interrupted_jobs_are_settled_at_start(tmp_path: Path) -> None:
    history = JobHistory()
    sending = JobRecord.new("A", "http://x", tmp_path).moved(JobState.SUBMITTING)
    checking = JobRecord.new("B", "http://x", tmp_path)
    rendering = JobRecord.new("C", "http://x", tmp_path).moved(JobState.PROCESSING, video_id="v")
    for record in (sending, checking, rendering):
        history.save(record)
    states = {r.title: r.state for r in history.settle_interrupted()}
    assert states == {
        "A": JobState.SUBMISSION_UNKNOWN,
        "B": JobState.CANCELLED,
        "C": JobState.PROCESSING,
    }
    assert [r.title for r in history.unfinished()] == ["C"]


def test_damaged_history_falls_back_to_its_backup(tmp_path: Path) -> None:
    history = JobHistory(tmp_path / "jobs.json")
    first = JobRecord.new("first", "http://x", tmp_path)
    history.save(first)
    history.save(first.moved(JobState.QUEUED, video_id="v1"))
    (tmp_path / "jobs.json").write_text('{"version": 1, "jobs": [', "utf-8")
    assert [r.title for r in history.all()] == ["first"]


def test_file_names(tmp_path: Path) -> None:
    assert file_stem('a/b:c*?"<>|', "0123456789") == "a-b-c 01234567"
    assert file_stem("  ", "abcdefgh") == "video abcdefgh"
    (tmp_path / "v.mp4").write_bytes(b"")
    assert unique_path(tmp_path, "v", ".mp4").name == "v (2).mp4"


@pytest.mark.parametrize("start, maximum", [(5.0, 30.0), (0.5, 2.0)])
def test_poll_schedule_grows_to_its_cap(start: float, maximum: float) -> None:
    waits = PollSchedule(start=start, maximum=maximum).intervals()
    first = [next(waits) for _ in range(12)]
    assert first[0] == start and first[-1] == maximum
    assert first == sorted(first)
