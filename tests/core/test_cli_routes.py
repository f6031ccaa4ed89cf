"""`scene-composer validate|payload|submit --route`, as a user runs them (subprocesses),
against the sandbox: the example renders on v3; a retired v2 says so and points to v3."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from composer.projectfile.io import save_project
from composer.resources import example_project, resource
from composer.sandbox.server import SandboxServer
from tests.core.test_batch import run_cli
from tests.core.test_cli_submit import FAST, submit
from tests.support.batch_data import personal_project, write_table

SAMPLE = resource("sandbox", "sample.mp4").read_bytes()


def composer(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "composer", *args], capture_output=True, text=True, timeout=60
    )


def test_submit_on_v3_renders_the_example_with_one_keyed_studio_post(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    args = ("--route", "v3", "--wait", "--download", str(out), "--base-url", sandbox.base_url)
    result = submit(str(example_project()), *args, *FAST)
    assert result.returncode == 0, result.stderr
    video_id, path = result.stdout.split("\n")[:2]
    assert Path(path).read_bytes() == SAMPLE and Path(path).parent == out
    posts = [e for e in sandbox.request_log() if (e["method"], e["path"]) == ("POST", "/v3/videos")]
    assert len(posts) == 1 and posts[0]["body"]["type"] == "studio"
    assert posts[0]["headers"]["idempotency-key"].startswith("scene-composer-")
    assert sandbox.store.get(video_id) is not None


def test_a_retired_v2_fails_in_plain_words_and_names_the_v3_option(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.faults.update({"v2_retired": True})
    args = ("--route", "v2", "--wait", "--download", str(tmp_path), "--base-url", sandbox.base_url)
    result = submit(str(example_project()), *args, *FAST)
    assert result.returncode == 1
    assert "HeyGen has retired the v2 scene endpoint" in result.stderr
    assert "--route v3" in result.stderr


def test_validate_and_payload_speak_for_the_chosen_route() -> None:
    checked = composer("validate", str(example_project()), "--route", "v3")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "The text overlay is left out" in checked.stdout
    body = json.loads(composer("payload", str(example_project()), "--route", "v3").stdout)
    assert body["type"] == "studio" and body["aspect_ratio"] == "16:9"


def test_batch_on_v3_makes_one_keyed_studio_video_per_row(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    project_path = tmp_path / "offer.scene.json"
    save_project(personal_project(), project_path)
    table = write_table(
        tmp_path / "few.csv",
        [["first_name", "company", "discount"], ["Ana", "Acme", "5%"], ["Bo", "Beta", "7%"]],
    )
    out = str(tmp_path / "out")
    result = run_cli(sandbox, "batch", str(project_path), str(table), "--route", "v3",
                     "--download", out, *FAST)  # fmt: skip
    assert result.returncode == 0, result.stderr
    posts = [e for e in sandbox.request_log() if (e["method"], e["path"]) == ("POST", "/v3/videos")]
    scripts = sorted(p["body"]["scenes"][0]["input"]["script"] for p in posts)
    assert scripts == ["Hi Ana, a video just for Acme.", "Hi Bo, a video just for Beta."]
    assert len({p["headers"]["idempotency-key"] for p in posts}) == 2
