"""Kill the command line after HeyGen accepted the video, before it finished; the next
start must find the job in the history, resume following it and download the video,
without ever sending it again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from composer.jobs.history import JobHistory
from composer.jobs.runner import JobRunner
from composer.jobs.state import JobState
from composer.projectfile import save_project
from composer.sandbox.server import SandboxServer
from tests.reliability.figures import Figure
from tests.support.builders import valid_project
from tests.support.sandbox_fixture import FAST_POLLS, GENERATE, KEY, client_for

REPO = Path(__file__).resolve().parents[2]


def _kill_after_post(server: SandboxServer, project: Path, downloads: Path, env: dict) -> str:
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "composer",
            "submit",
            str(project),
            "--wait",
            "--download",
            str(downloads),
            "--base-url",
            server.base_url,
            "--poll-interval",
            "0.05",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    video_id = child.stdout.readline().strip()  # printed as soon as the POST returned
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    return video_id


def run(jobs: int = 5) -> Figure:
    killed = resumed = downloaded = 0
    with tempfile.TemporaryDirectory() as folder, SandboxServer(render_seconds=1.5) as server:
        root = Path(folder)
        env = dict(
            os.environ,
            HEYGEN_API_KEY=KEY,
            PYTHONPATH=str(REPO),
            XDG_DATA_HOME=str(root / "data"),
            XDG_CONFIG_HOME=str(root / "config"),
            XDG_CACHE_HOME=str(root / "cache"),
        )
        project = root / "p.scene.json"
        save_project(valid_project(1), project)
        ids = []
        for _ in range(jobs):
            video_id = _kill_after_post(server, project, root / "videos", env)
            killed += bool(video_id)
            ids.append(video_id)
        history = JobHistory(root / "data" / "scene-composer" / "jobs.json")
        waiting = history.unfinished()
        runner = JobRunner(client_for(server), history, schedule=FAST_POLLS)
        for record in waiting:
            final = runner.resume(record, lambda _r: None, lambda *_a: None, threading.Event())
            resumed += 1
            downloaded += final.state == JobState.COMPLETED and Path(final.file).is_file()
        posts = server.count(*GENERATE)
        missing = len(set(ids) - {r.video_id for r in waiting})
    return Figure(
        "kill during a job",
        {
            "jobs killed": killed,
            "jobs resumed": resumed,
            "videos downloaded": downloaded,
            "duplicate generate POSTs": posts - jobs,
            "jobs missing from history": missing,
            "jobs not completed": jobs - downloaded,
        },
        must_be_zero=(
            "duplicate generate POSTs",
            "jobs missing from history",
            "jobs not completed",
        ),
    )
