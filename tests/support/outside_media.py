"""What the containment tests of a project's media, logo and music share: the CLI run as a
process with the practice key, an exact send that must be refused with nothing sent, and
a small project composed after an edit."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from composer.projectfile import load_project, save_project
from composer.sandbox.server import SandboxServer
from tests.support.sandbox_fixture import KEY


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "composer", *args], capture_output=True, text=True,
        timeout=timeout, stdin=subprocess.PIPE,
        env={**os.environ, "HEYGEN_API_KEY": KEY, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


def assert_exact_send_refused(project: Path, sandbox: SandboxServer, named: str) -> None:
    """`submit --route exact` stops with exit 1, names `named` as a file it would put into
    the video here (never as one uploaded to HeyGen: it is not), and sends nothing."""
    before = len(sandbox.request_log())
    done = run_cli("submit", str(project), "--route", "exact", "--base-url", sandbox.base_url)
    assert done.returncode == 1, done.stderr
    listed, refused = done.stderr.split(
        "1 file outside the project's folder would be put into the video on this computer "
        "(not uploaded); nothing was sent:\n"
    )
    assert "Files put into the video on this computer (" in listed and f"  {named} (" in listed
    [line] = [line for line in refused.splitlines() if named in line]
    assert line.endswith(" KB) — put into the video on this computer, not uploaded"), line
    assert "uploaded to HeyGen" not in done.stderr and "Files to upload" not in done.stderr
    assert len(sandbox.request_log()) == before


def compose_small(folder: Path, edit: Callable[[Path], object]) -> subprocess.CompletedProcess[str]:
    """Compose a one-scene 320×180 project after `edit(project_file)`, its clip cached."""
    from tests.support.builders import valid_project
    from tests.support.clips import fill_cache

    project = valid_project(1)
    project.dimension.width, project.dimension.height = 320, 180
    path = folder / "p.scene.json"
    save_project(project, path)
    edit(path)
    fill_cache(load_project(path), folder / "clips")
    return run_cli("compose", str(path), "-o", str(folder / "v.mp4"), "--clips",
                   str(folder / "clips"), timeout=120)  # fmt: skip
