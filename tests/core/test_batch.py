"""Bulk personalisation end to end against the sandbox: one job per row, a bounded number in
flight, each request carrying its row's text, a results CSV; bad tables send nothing."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import threading
from pathlib import Path

from composer.batch.plan import plan_batch
from composer.batch.runner import run_batch
from composer.batch.table import load_table, write_results
from composer.jobs.history import JobHistory
from composer.jobs.runner import JobRunner
from composer.jobs.state import JobState
from composer.projectfile import save_project
from composer.sandbox.server import SandboxServer
from tests.support.batch_data import personal_project, write_table
from tests.support.sandbox_fixture import FAST_POLLS, GENERATE, KEY, client_for

ROWS = 25
LIMIT = 4


def good_table(path: Path) -> Path:
    rows = [["first_name", "company", "discount"]]
    rows += [[f"Name{i}", f"Company {i}", f"{i}%"] for i in range(1, ROWS + 1)]
    return write_table(path, rows)


def test_25_rows_make_25_jobs_within_the_limit(sandbox: SandboxServer, tmp_path: Path) -> None:
    table = load_table(good_table(tmp_path / "customers.csv"))
    plan = plan_batch(personal_project(), table)
    assert plan.ok
    client = client_for(sandbox)
    history = JobHistory()
    active: set[int] = set()
    peak = 0
    lock = threading.Lock()

    def on_update(row, record) -> None:
        nonlocal peak
        with lock:
            if record.state.is_finished:
                active.discard(row.number)
            elif record.state not in (JobState.VALIDATING, JobState.UPLOADING):
                active.add(row.number)
            peak = max(peak, len(active))

    results = run_batch(
        plan,
        lambda: JobRunner(client, history, schedule=FAST_POLLS),
        tmp_path / "videos",
        limit=LIMIT,
        on_update=on_update,
    )
    assert sandbox.count(*GENERATE) == ROWS
    assert 1 < peak <= LIMIT
    assert [r.record.state for r in results] == [JobState.COMPLETED] * ROWS
    bodies = {b["title"]: b for b in sandbox.generate_bodies()}
    assert len(bodies) == ROWS
    for i in range(1, ROWS + 1):
        body = bodies[f"Offer for Company {i}"]
        assert body["video_inputs"][0]["voice"]["input_text"] == (
            f"Hi Name{i}, a video just for Company {i}."
        )
        assert body["video_inputs"][1]["text"]["text"] == f"{i}% off"
    files = {Path(r.record.file).name for r in results}
    assert len(files) == ROWS and all((tmp_path / "videos" / f).is_file() for f in files)
    out = tmp_path / "results.csv"
    write_results(table, [r.columns() for r in results], out)
    written = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [row["status"] for row in written] == ["completed"] * ROWS
    assert all(row["video_id"] and Path(row["file"]).is_file() for row in written)
    assert written[4]["company"] == "Company 5"


def test_a_bad_table_reports_per_row_and_sends_nothing(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    project_path = tmp_path / "offer.scene.json"
    save_project(personal_project(), project_path)
    table = write_table(
        tmp_path / "bad.csv",
        [
            ["first_name", "company"],  # no "discount" column for {{discount}}
            ["Ana", "Acme"],
            ["", "Beta"],
        ],
    )
    result = run_cli(sandbox, "batch", str(project_path), str(table), "--wait")
    assert result.returncode == 1
    assert "The placeholder {{discount}} in scene 2 text.text has no column" in result.stderr
    assert "Row 1: Can't fill this row" in result.stderr
    assert sandbox.count(*GENERATE) == 0

    long_script = write_table(
        tmp_path / "long.csv",
        [
            ["first_name", "company", "discount"],
            ["Ana", "Acme", "5%"],
            ["x" * 5001, "Beta", "10%"],
            ["Bo", "", "1%"],
        ],
    )
    result = run_cli(sandbox, "batch", str(project_path), str(long_script))
    assert result.returncode == 1
    assert "Row 2: scene 1, video_inputs[0].voice.input_text: Script is 5,0" in result.stderr
    assert "Row 3: The cell 'company' is empty." in result.stderr
    assert "Row 1:" not in result.stderr
    assert sandbox.count(*GENERATE) == 0


def test_batch_command_sends_every_row_and_writes_results(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    project_path = tmp_path / "offer.scene.json"
    save_project(personal_project(), project_path)
    table = write_table(
        tmp_path / "few.csv",
        [["first_name", "company", "discount"], ["Ana", "Acme", "5%"], ["Bo", "Beta", "7%"]],
    )
    result = run_cli(
        sandbox,
        "batch",
        str(project_path),
        str(table),
        "--download",
        str(tmp_path / "out"),
        "--poll-interval",
        "0.05",
    )
    assert result.returncode == 0, result.stderr
    first = tmp_path / "few-results.csv"
    rows = list(csv.DictReader(first.open(encoding="utf-8")))
    assert [(r["first_name"], r["status"]) for r in rows] == [
        ("Ana", "completed"),
        ("Bo", "completed"),
    ]
    *ids, said = result.stdout.splitlines()
    assert ids == [r["video_id"] for r in rows]
    assert said == f"Results: {first}"
    assert sandbox.count(*GENERATE) == 2

    written = first.read_bytes()
    again = run_cli(sandbox, "batch", str(project_path), str(table), "--poll-interval", "0.05")
    assert again.returncode == 0, again.stderr
    second = tmp_path / "few-results-2.csv"
    assert again.stdout.splitlines()[-1] == f"Results: {second}"
    assert first.read_bytes() == written  # the first batch's results are kept
    assert [r["video_id"] for r in csv.DictReader(second.open(encoding="utf-8"))] == (
        again.stdout.splitlines()[:2]
    )


def run_cli(sandbox: SandboxServer, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HEYGEN_API_KEY=KEY)
    return subprocess.run(
        [sys.executable, "-m", "composer", *args, "--base-url", sandbox.base_url],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
