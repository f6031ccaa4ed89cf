"""The command line ends cleanly after composing on the exact route: `batch --route exact`
once wrote every video and the results CSV, then died with a segmentation fault (exit
-11) because Qt's application was made on a job's worker thread and destroyed on the main
thread at exit. Run under faulthandler, so a crash prints its stack here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from composer.model.project import Dimension
from composer.projectfile import save_project
from composer.sandbox.server import SandboxServer
from tests.support.batch_data import personal_project, write_table
from tests.support.sandbox_fixture import KEY


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HEYGEN_API_KEY=KEY, PYTHONFAULTHANDLER="1")
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "composer", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )


def test_batch_on_the_exact_route_exits_0_without_a_crash(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    project = personal_project()
    project.dimension = Dimension(320, 180)  # small: the exit is what is checked
    project_path = tmp_path / "offer.scene.json"
    save_project(project, project_path)
    table = write_table(
        tmp_path / "few.csv", [["first_name", "company", "discount"], ["Ana", "Acme", "5%"]]
    )
    result = cli(
        "batch", str(project_path), str(table), "--route", "exact",
        "--download", str(tmp_path / "out"), "--poll-interval", "0.05",
        "--base-url", sandbox.base_url,
    )  # fmt: skip
    assert "Fatal Python error" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "out").glob("*.mp4"))) == 1


def test_painting_first_asked_for_on_a_worker_thread_is_refused_not_a_later_crash() -> None:
    code = (
        "import threading\n"
        "from composer.paint.offscreen import PaintThreadError, ensure_gui\n"
        "seen = []\n"
        "def work():\n"
        "    try:\n"
        "        ensure_gui()\n"
        "    except PaintThreadError as exc:\n"
        "        seen.append(exc)\n"
        "t = threading.Thread(target=work); t.start(); t.join()\n"
        "assert seen, 'a worker made the application'\n"
        "ensure_gui()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", code],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
