"""`scene-composer submit` as a user runs it: a real subprocess against the sandbox."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from composer.resources import example_project, resource
from composer.sandbox.server import SandboxServer
from tests.support.builders import seed_example_request
from tests.support.sandbox_fixture import GENERATE, KEY

SAMPLE = resource("sandbox", "sample.mp4").read_bytes()
FAST = ("--poll-interval", "0.05")


def submit(*args: str, key: str | None = KEY) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("HEYGEN_API_KEY", None)
    if key is not None:
        env["HEYGEN_API_KEY"] = key
    return subprocess.run(
        [sys.executable, "-m", "composer", "submit", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def body_file(tmp_path: Path, body: dict | None = None) -> Path:
    path = tmp_path / "body.json"
    path.write_text(json.dumps(body or seed_example_request()), "utf-8")
    return path


def test_submit_wait_download(sandbox: SandboxServer, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = submit(
        str(example_project()),
        "--wait",
        "--download",
        str(out),
        "--base-url",
        sandbox.base_url,
        *FAST,
    )
    assert result.returncode == 0, result.stderr
    video_id, path = result.stdout.split("\n")[:2]
    assert sandbox.store.get(video_id) is not None
    assert Path(path).parent == out and Path(path).read_bytes() == SAMPLE
    assert "Done: Saved as" in result.stderr
    assert sandbox.count(*GENERATE) == 1
    assert KEY not in result.stdout + result.stderr


def test_submit_without_wait_prints_the_id_and_leaves_the_job_to_follow(
    sandbox: SandboxServer, tmp_path: Path, isolated_app_dirs: Path
) -> None:
    result = submit(str(body_file(tmp_path)), "--base-url", sandbox.base_url)
    assert result.returncode == 0, result.stderr
    video_id = result.stdout.strip()
    jobs = json.loads(next(isolated_app_dirs.rglob("jobs.json")).read_text("utf-8"))["jobs"]
    assert [(j["video_id"], j["state"]) for j in jobs] == [(video_id, "queued")]


def test_unreadable_file_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.scene.json"
    broken.write_text('{"format": "scene-composer-project", ', "utf-8")
    result = submit(str(broken))
    assert result.returncode == 2
    assert "Can't open broken.scene.json" in result.stderr


def test_invalid_project_exits_1_with_its_problems(sandbox: SandboxServer, tmp_path: Path) -> None:
    body = seed_example_request()
    body["video_inputs"][1]["voice"]["speed"] = 2.0
    result = submit(str(body_file(tmp_path, body)), "--base-url", sandbox.base_url)
    assert result.returncode == 1
    assert "video_inputs[1].voice.speed" in result.stderr and "not sent" in result.stderr
    assert sandbox.requests == []


def test_bad_key_exits_3(sandbox: SandboxServer, tmp_path: Path) -> None:
    sandbox.faults.update({"auth_fail_next": 1})
    result = submit(str(body_file(tmp_path)), "--base-url", sandbox.base_url)
    assert result.returncode == 3
    assert "HeyGen did not accept the API key" in result.stderr
    assert KEY not in result.stderr + result.stdout  # the sandbox echoed it; it is redacted


def test_no_key_exits_3(tmp_path: Path) -> None:
    result = submit(str(body_file(tmp_path)), key=None)
    assert result.returncode == 3
    assert "No HeyGen API key" in result.stderr


def test_render_failure_exits_4(sandbox: SandboxServer, tmp_path: Path) -> None:
    sandbox.faults.update({"fail_render": "Avatar IV is required for this photo"})
    result = submit(
        str(body_file(tmp_path)),
        "--wait",
        "--base-url",
        sandbox.base_url,
        *FAST,
    )
    assert result.returncode == 4
    assert "HeyGen could not render the video: Avatar IV is required" in result.stderr


@pytest.mark.parametrize("fault", ["drop_after_next", "server_error_next"])
def test_network_trouble_exits_5(sandbox: SandboxServer, tmp_path: Path, fault: str) -> None:
    sandbox.faults.update({fault: 1, "only_path": GENERATE[1]})
    result = submit(str(body_file(tmp_path)), "--base-url", sandbox.base_url)
    assert result.returncode == 5
    assert sandbox.count(*GENERATE) == 1


def test_help_documents_the_exit_codes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "composer", "submit", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    codes = ("0  sent", "1  invalid input", "2  FILE can't be read", "3  authentication",
             "4  HeyGen did not render", "5  network trouble")  # fmt: skip
    assert all(code in result.stdout for code in codes)
