"""One job history shared by several processes: no lost update, no state moving backwards,
no job resumed (or marked interrupted) while another process runs it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from composer.jobs.connection import Connections
from composer.jobs.history import JobHistory
from composer.jobs.state import JobRecord, JobState
from composer.projectfile import save_project
from composer.sandbox.server import SandboxServer
from composer.settings.credentials import CredentialStore
from composer.settings.preferences import SANDBOX, Preferences
from composer.ui.controllers.jobs import JobController
from tests.support.batch_data import personal_project, write_table
from tests.support.builders import valid_project
from tests.support.sandbox_fixture import FAST_CLIENT, FAST_POLLS, GENERATE, KEY

ROWS_EACH = 15


def _batch(sandbox: SandboxServer, project: Path, table: Path, videos: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "composer",
            "batch",
            str(project),
            str(table),
            "--download",
            str(videos),
            "--limit",
            "5",
            "--poll-interval",
            "0.1",
            "--base-url",
            sandbox.base_url,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, HEYGEN_API_KEY=KEY),  # the same data folder: one history
    )


def test_two_concurrent_cli_batches_share_one_history(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    project = tmp_path / "offer.scene.json"
    save_project(personal_project(), project)
    videos = tmp_path / "videos"
    runs = []
    for name in ("a", "b"):
        rows = [["first_name", "company", "discount"]]
        rows += [[f"{name}{i}", f"Company {name}{i}", f"{i}%"] for i in range(ROWS_EACH)]
        runs.append(_batch(sandbox, project, write_table(tmp_path / f"{name}.csv", rows), videos))
    for run in runs:
        _out, err = run.communicate(timeout=240)
        assert run.returncode == 0, err

    records = JobHistory().all()
    assert len(records) == 2 * ROWS_EACH
    assert {r.state for r in records} == {JobState.COMPLETED}
    files = sorted(videos.glob("*.mp4"))
    assert len(files) == 2 * ROWS_EACH
    assert sorted(Path(r.file) for r in records) == files  # each job its own file, no copies
    assert sandbox.count(*GENERATE) == 2 * ROWS_EACH
    downloads = [r for r in sandbox.requests if r.method == "GET" and r.path.startswith("/files/")]
    assert len(downloads) == 2 * ROWS_EACH
    assert JobHistory().unfinished() == []  # a restart finds nothing left to download


def _record(state: JobState, **changes: object) -> JobRecord:
    return JobRecord.new("T", "http://127.0.0.1:1", Path("/tmp")).moved(state, **changes)


def test_a_state_never_moves_backwards(tmp_path: Path) -> None:
    history = JobHistory(tmp_path / "jobs.json")
    queued = _record(JobState.QUEUED, video_id="v1")
    done = queued.moved(JobState.COMPLETED, file="/tmp/v1.mp4")
    history.save(done)
    late = history.save(queued.moved(JobState.DOWNLOADING))  # a slower process's news
    assert late.state == JobState.COMPLETED
    assert history.get(queued.job_id) == done
    assert history.save(done.moved(JobState.CANCELLED)).state == JobState.COMPLETED


CLAIMER = """
import sys, time
from pathlib import Path
from pytestqt.qtbot import QtBot

from composer.jobs.connection import Connections
from composer.jobs.history import JobHistory
from composer.jobs.state import JobRecord, JobState
history = JobHistory(Path(sys.argv[1]))
for state, video in ((JobState.SUBMITTING, None), (JobState.PROCESSING, "v9")):
    record = JobRecord.new(state.value, "http://127.0.0.1:1", Path("/tmp"))
    history.save(record.moved(state, video_id=video))
print("claimed", flush=True)
time.sleep(60)
"""


def test_jobs_another_process_runs_are_neither_resumed_nor_settled(tmp_path: Path) -> None:
    path = tmp_path / "jobs.json"
    other = subprocess.Popen(
        [sys.executable, "-c", CLAIMER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "claimed"
        history = JobHistory(path)
        assert history.unfinished() == []
        states = {r.title: r.state for r in history.settle_interrupted()}
        assert states == {"submitting": JobState.SUBMITTING, "processing": JobState.PROCESSING}
    finally:
        other.kill()
        other.wait()
    time.sleep(0.05)
    history = JobHistory(path)  # the other process is gone: its jobs are ours to settle
    assert [r.title for r in history.unfinished()] == ["processing"]
    states = {r.title: r.state for r in history.settle_interrupted()}
    assert states["submitting"] == JobState.SUBMISSION_UNKNOWN


def test_finished_jobs_leave_no_claim_files(tmp_path: Path) -> None:
    history = JobHistory(tmp_path / "jobs.json")
    record = _record(JobState.PROCESSING, video_id="v1")
    history.save(record)
    claims = tmp_path / "jobs.json.claims"
    assert [p.name for p in claims.iterdir()] == [f"{record.job_id}.lock"]
    history.save(record.moved(JobState.COMPLETED, file="/tmp/v1.mp4"))
    assert list(claims.iterdir()) == []


def test_two_windows_and_a_cli_batch_at_once_lose_nothing(
    qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path
) -> None:
    """Two windows' job controllers (each its own JobHistory on the one file, as two app
    processes have) send videos while a `batch` runs on the command line."""
    project = tmp_path / "offer.scene.json"
    save_project(personal_project(), project)
    rows = [["first_name", "company", "discount"]]
    rows += [[f"c{i}", f"Company {i}", f"{i}%"] for i in range(6)]
    cli = _batch(sandbox, project, write_table(tmp_path / "c.csv", rows), tmp_path / "videos")
    credentials = CredentialStore()
    credentials.save(KEY)
    prefs = Preferences(endpoint=SANDBOX, download_dir=str(tmp_path / "videos"))
    windows = []
    for _ in range(2):
        connections = Connections(credentials, prefs, sandbox=sandbox, client_options=FAST_CLIENT)
        windows.append(JobController(connections, JobHistory(), schedule=FAST_POLLS))
    try:
        for number in range(3):
            for index, controller in enumerate(windows):
                controller.submit(valid_project(1), f"window {index} video {number}")
        qtbot.waitUntil(
            lambda: sum(r.state.is_finished for r in JobHistory().all()) >= 6, timeout=60_000
        )
        _out, err = cli.communicate(timeout=120)
        assert cli.returncode == 0, err
        qtbot.waitUntil(lambda: all(r.state.is_finished for r in JobHistory().all()))
    finally:
        for controller in windows:
            controller.shutdown()
    records = JobHistory().all()
    assert len(records) == 12 and {r.state for r in records} == {JobState.COMPLETED}
    assert len({r.file for r in records}) == 12 == len(list((tmp_path / "videos").glob("*.mp4")))
    assert sandbox.count(*GENERATE) == 12
