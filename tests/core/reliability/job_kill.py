"""Kill `submit --wait` at a random moment in each phase in turn (before sending, during
the POST, while the video renders, during the download), then restart the real command
line (`resume`), as a user would. Every video HeyGen made must be tracked, every tracked
one downloaded exactly once, and nothing sent twice.

The sandbox answers every request after `LATENCY` seconds, so the POST and the download
each last long enough for a kill to land inside them; where each kill really landed is
read from what `submit` printed last, not assumed.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from composer.jobs.history import JobHistory
from composer.jobs.state import JobState
from composer.projectfile import save_project
from composer.sandbox.server import SandboxServer
from tests.core.reliability.figures import Figure
from tests.support.builders import valid_project
from tests.support.sandbox_fixture import GENERATE, KEY

REPO = Path(__file__).resolve().parents[3]
LATENCY = 0.3
PHASES = {  # the last line `submit` printed → where the kill landed
    "": "before sending",
    "Checking the project": "before sending",
    "Sending to HeyGen": "while sending",
    "Waiting in HeyGen's queue": "while rendering",
    "Rendering": "while rendering",
    "Downloading the video": "while downloading",
    "Done": "after it finished",
}


def _cli(args: list[str], server: SandboxServer) -> list[str]:
    base = ["--base-url", server.base_url, "--poll-interval", "0.05"]
    return [sys.executable, "-m", "composer", *args, *base]


TARGETS = [  # (the line that starts the phase, "" for the start; longest random wait in it)
    ("", 0.3),
    ("Sending to HeyGen", LATENCY * 0.9),
    ("Waiting in HeyGen's queue", 0.9),
    ("Downloading the video", LATENCY * 0.9),
]


def _kill_at_random(
    server: SandboxServer,
    project: Path,
    videos: Path,
    env: dict[str, str],
    target: tuple[str, float],
    rng: random.Random,
) -> str:
    """Run `submit --wait`, SIGKILL it at a random moment after it printed `target`'s
    line; where the kill landed."""
    child = subprocess.Popen(
        _cli(["submit", str(project), "--download", str(videos)], server),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(child.stderr), daemon=True)
    reader.start()
    start, longest = target
    deadline = time.monotonic() + 30
    while start and not any(line.startswith(start) for line in lines):
        if time.monotonic() > deadline or child.poll() is not None:
            break
        time.sleep(0.002)
    time.sleep(rng.uniform(0.0, longest))
    with contextlib.suppress(ProcessLookupError):  # it may have finished meanwhile
        os.kill(child.pid, signal.SIGKILL)
    child.wait()
    reader.join(timeout=5)
    last = lines[-1].split(":")[0].strip() if lines else ""
    return PHASES.get(last, "before sending")


def run(jobs: int = 8, seed: int = 11) -> Figure:
    rng = random.Random(seed)
    phases: dict[str, int] = {}
    restarts_failed = 0
    with tempfile.TemporaryDirectory() as folder, SandboxServer(render_seconds=1.0) as server:
        server.faults.update({"latency": LATENCY})
        root = Path(folder)
        env = dict(
            os.environ,
            HEYGEN_API_KEY=KEY,
            PYTHONPATH=str(REPO),
            HOME=str(root / "home"),
            XDG_DATA_HOME=str(root / "data"),
            XDG_CONFIG_HOME=str(root / "config"),
            XDG_CACHE_HOME=str(root / "cache"),
            XDG_STATE_HOME=str(root / "state"),
        )
        project = root / "p.scene.json"
        save_project(valid_project(1), project)
        videos = root / "videos"
        for index in range(jobs):
            target = TARGETS[index % len(TARGETS)]
            phase = _kill_at_random(server, project, videos, env, target, rng)
            phases[phase] = phases.get(phase, 0) + 1
            restart = subprocess.run(
                _cli(["resume"], server), capture_output=True, text=True, env=env, timeout=120
            )  # the next start: follows what HeyGen has, marks what it may not have
            restarts_failed += restart.returncode != 0
        records = JobHistory(root / "data" / "scene-composer" / "jobs.json").all()
        tracked = {r.video_id for r in records if r.video_id}
        unknown = sum(r.state == JobState.SUBMISSION_UNKNOWN for r in records)
        made = set(server.store.video_ids())
        completed = [r for r in records if r.state == JobState.COMPLETED and r.file]
        files = [p for p in videos.glob("*") if p.is_file()] if videos.exists() else []
        downloads = [r for r in server.requests if r.method == "GET" and "/files/" in r.path]
        posts = server.count(*GENERATE)
    figure = Figure(
        "kill during a job",
        {
            "jobs killed": jobs,
            **{f"killed {name}": count for name, count in sorted(phases.items())},
            "restarts": jobs,
            "videos made": len(made),
            "videos downloaded": len(completed),
            "told to check HeyGen": unknown,
            "duplicate generate POSTs": max(0, posts - jobs),
            "videos untracked": max(0, len(made - tracked) - unknown),
            "tracked jobs not completed": sum(
                1 for r in records if r.video_id and r.state != JobState.COMPLETED
            ),
            "files not one per video": abs(len(files) - len(completed)),
            "failed restarts": restarts_failed,
        },
        must_be_zero=(
            "duplicate generate POSTs",
            "videos untracked",
            "tracked jobs not completed",
            "files not one per video",
            "failed restarts",
        ),
    )
    figure.require("kills landed in at least 3 phases", len(phases) >= 3)
    figure.require(
        "only kills during the POST leave a job unknown",
        unknown <= phases.get("while sending", 0),
    )
    figure.notes.append(f"file downloads started: {len(downloads)} (a killed one is redone)")
    return figure
