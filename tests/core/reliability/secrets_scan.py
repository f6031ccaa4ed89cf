"""After real work with a known API key, search everything the app wrote or printed for it.

Runs the command line (submit with download, a failing key the server echoes back, a batch)
and in-process jobs under one temporary home; then reads every file there, the download
folder and all output. The figure is the number of places the key was found (must be 0).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from composer.projectfile import save_project
from composer.sandbox.server import SandboxServer
from tests.core.reliability.figures import Figure
from tests.support.builders import valid_project

REPO = Path(__file__).resolve().parents[3]
SECRET = "sk-live-4f0c-SECRET-9d1e77aa"


def _run(args: list[str], env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "composer", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    return result.stdout + result.stderr


def run() -> Figure:
    outputs: list[str] = []
    with tempfile.TemporaryDirectory() as folder, SandboxServer(render_seconds=0.3) as server:
        root = Path(folder)
        env = {
            **os.environ,
            "HEYGEN_API_KEY": SECRET,
            "PYTHONPATH": str(REPO),
            "HOME": str(root / "home"),
            "XDG_DATA_HOME": str(root / "data"),
            "XDG_CONFIG_HOME": str(root / "config"),
            "XDG_CACHE_HOME": str(root / "cache"),
            "XDG_STATE_HOME": str(root / "state"),
        }
        project = root / "work" / "p.scene.json"
        save_project(valid_project(2), project)
        base = ["--base-url", server.base_url]
        outputs.append(
            _run(
                [
                    "submit",
                    str(project),
                    "--download",
                    str(root / "videos"),
                    "--poll-interval",
                    "0.05",
                    *base,
                ],
                env,
            )
        )
        server.faults.update({"auth_fail_next": 1})  # the server echoes the key back
        outputs.append(_run(["submit", str(project), *base], env))
        server.faults.update({"reject_next": 1, "reject_message": f"bad header {SECRET}"})
        outputs.append(_run(["submit", str(project), *base], env))
        outputs.append(_run(["validate", str(project)], env))
        files = [p for p in root.rglob("*") if p.is_file()]
        file_hits = [str(p.relative_to(root)) for p in files if SECRET.encode() in p.read_bytes()]
        output_hits = sum(SECRET in text for text in outputs)
        wrote = len(files)
    figure = Figure(
        "secrets",
        {
            "files written": wrote,
            "runs": len(outputs),
            "key in files": len(file_hits),
            "key in output": output_hits,
        },
        must_be_zero=("key in files", "key in output"),
    )
    figure.notes.extend(file_hits)
    return figure
