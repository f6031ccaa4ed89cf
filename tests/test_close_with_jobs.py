"""Closing the window while videos render says what becomes of them; they are followed
again at the next start, practice-server jobs included (the practice server keeps its
state on disk); a second window shows another window's job as followed there, not as its
own download."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from composer.jobs.connection import NO_KEY, practice_state_dir
from composer.jobs.history import JobHistory
from composer.jobs.state import JobRecord, JobState
from composer.model.request import build_request
from composer.sandbox.server import SandboxServer
from composer.settings.preferences import SANDBOX, Preferences
from composer.ui.i18n import translate
from composer.ui.main_window import MainWindow
from tests.support.builders import valid_project
from tests.support.editor_window import shown_window
from tests.support.message_boxes import answer
from tests.support.sandbox_fixture import FAST_POLLS, GENERATE

REAL_QUESTION = MainWindow.ask_close_with_jobs  # before conftest answers it for every test


def practice_window(qtbot: QtBot, downloads: Path) -> MainWindow:
    """A window sending to its own practice server (no HeyGen key anywhere)."""
    preferences = Preferences(endpoint=SANDBOX, download_dir=str(downloads))
    window = shown_window(qtbot, MainWindow(preferences=preferences))
    window.job_controller.schedule = FAST_POLLS
    return window


def the_job(window: MainWindow) -> JobRecord:
    [record] = window.job_controller.jobs()
    return record


def rendering(window: MainWindow) -> bool:
    jobs = window.job_controller.jobs()
    return bool(jobs) and jobs[0].state in (JobState.QUEUED, JobState.PROCESSING)


def test_closing_while_rendering_asks_and_practice_jobs_finish_after_a_restart(
    qtbot: QtBot, tmp_path: Path, artifacts_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "ask_close_with_jobs", REAL_QUESTION)
    first = practice_window(qtbot, tmp_path / "videos")
    first.jobs.submit(valid_project(1), "Launch")
    qtbot.waitUntil(lambda: rendering(first), timeout=10_000)
    seen: list[str] = []
    answer("Don't close", seen)
    first.close()
    assert first.isVisible(), "closed although the user said not to"
    assert seen[0].startswith("closeWithJobsBox: 1 video is still rendering.")
    assert "The practice server stops with the window" in seen[0]
    assert "next time Scene Composer starts" in seen[0] and "HeyGen" not in seen[0]
    answer("Keep rendering and close", seen, artifacts_dir / "close-with-jobs.png")
    first.close()
    assert not first.isVisible()
    job = the_job(first)
    assert job.state in (JobState.QUEUED, JobState.PROCESSING)  # not cancelled or failed

    second = practice_window(qtbot, tmp_path / "videos")  # the app started again
    qtbot.waitUntil(lambda: the_job(second).state.is_finished, timeout=20_000)
    done = the_job(second)
    assert done.job_id == job.job_id
    assert done.state == JobState.COMPLETED, done.message
    assert "API key" not in done.message
    assert done.file and Path(done.file).stat().st_size > 0
    assert not second.job_controller.running_jobs()
    second.close()  # nothing rendering: no question
    assert not second.isVisible() and len(seen) == 2


def test_a_second_window_shows_the_job_as_followed_elsewhere_until_it_finishes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = practice_window(qtbot, tmp_path / "videos")
    first.jobs.submit(valid_project(1), "Launch")
    qtbot.waitUntil(lambda: rendering(first), timeout=10_000)
    second = shown_window(qtbot, MainWindow())
    job_id = the_job(first).job_id
    row = second.jobs.rows[job_id]
    assert "followed in another window" in row.state.text()
    assert not row.progress.isVisibleTo(row)  # no progress of its own to show
    assert not second.job_controller.is_running(job_id)
    qtbot.waitUntil(lambda: the_job(first).state == JobState.COMPLETED, timeout=20_000)
    qtbot.waitUntil(lambda: row.state.text().startswith("Done"), timeout=5_000)
    assert "another window" not in row.state.text()
    assert not second.job_controller.is_running(job_id)  # never downloaded twice


def test_a_practice_job_that_failed_for_want_of_a_key_can_be_tried_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The walk-through's state: a practice job whose window closed, found again without its
    server and failed "No HeyGen API key". Try again follows it on the practice server
    (started again on its kept state) to the downloaded video."""
    with SandboxServer(render_seconds=0.2, state_dir=practice_state_dir()) as server:
        created = requests.post(
            server.base_url + GENERATE[1],
            json=build_request(valid_project(1)),
            headers={"X-Api-Key": "any"},
            timeout=5,
        )
        video_id = created.json()["data"]["video_id"]
        record = JobRecord.new("Launch", server.base_url, tmp_path / "videos")
    failed = replace(record, video_id=video_id, ref={"video_id": video_id}).moved(
        JobState.FAILED, translate("Jobs", NO_KEY), failure="auth"
    )
    JobHistory().save(failed)
    window = shown_window(qtbot, MainWindow())  # HeyGen chosen, no key anywhere
    window.job_controller.schedule = FAST_POLLS
    row = window.jobs.rows[failed.job_id]
    assert row.retry_button.isVisibleTo(row)
    qtbot.mouseClick(row.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: the_job(window).state.is_finished, timeout=20_000)
    done = the_job(window)
    assert done.state == JobState.COMPLETED, done.message
    assert done.file and Path(done.file).stat().st_size > 0
    assert JobHistory().get(failed.job_id).state == JobState.COMPLETED
