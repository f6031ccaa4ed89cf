"""The command line says where it sends before sending, and honours the window's endpoint
choice: with the practice server chosen in Settings it runs one itself (and waits, since
that server ends with the command)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from composer.projectfile import save_project
from composer.sandbox.server import SandboxServer
from composer.settings.preferences import SANDBOX, Preferences, save_preferences
from tests.support.builders import valid_project


def cli(*args: str, key: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HEYGEN_API_KEY"}
    if key:
        env["HEYGEN_API_KEY"] = key
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "composer", *args],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip


def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "hello.scene.json"
    save_project(valid_project(1), path)
    return path


def test_the_practice_server_chosen_in_settings_is_used_and_named(tmp_path: Path) -> None:
    videos = tmp_path / "videos"
    save_preferences(Preferences(endpoint=SANDBOX, download_dir=str(videos)))
    result = cli("submit", str(project_file(tmp_path)), "--poll-interval", "0.05")
    assert result.returncode == 0, result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith("Sending to 127.0.0.1:") and "practice server" in first, first
    assert "chosen in Settings" in first
    assert "stops when this command ends, so it waits" in result.stderr
    _video_id, downloaded = result.stdout.splitlines()[:2]
    assert Path(downloaded).parent == videos and Path(downloaded).stat().st_size > 0


def test_a_base_url_on_this_computer_is_called_a_practice_server(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    result = cli(
        "submit", str(project_file(tmp_path)), "--base-url", sandbox.base_url, key="any"
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    host = sandbox.base_url.removeprefix("http://")
    assert result.stderr.splitlines()[0] == (
        f"Sending to {host} (practice server on this computer, no credits; chosen by --base-url)"
    )


def test_heygen_is_named_before_anything_is_sent(tmp_path: Path) -> None:
    result = cli("submit", str(project_file(tmp_path)))  # no key: stops before sending
    assert result.returncode == 3
    assert result.stderr.splitlines()[0] == "Sending to api.heygen.com (HeyGen)"
