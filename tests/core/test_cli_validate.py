"""`scene-composer validate` and `payload` as a user runs them (a real subprocess, no display)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from composer.resources import example_project
from tests.support.builders import seed_example_request


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["QT_QPA_PLATFORM"] = "minimal-does-not-exist"  # proves no Qt is needed
    return subprocess.run(
        [sys.executable, "-m", "composer", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_validate_the_example_exits_0() -> None:
    result = run("validate", str(example_project()))
    assert result.returncode == 0, result.stderr
    assert "ready to send (3 scenes)" in result.stderr


def test_validate_a_bad_body_lists_each_problem_and_exits_1(tmp_path: Path) -> None:
    body = seed_example_request()
    body["video_inputs"][1]["voice"]["speed"] = 2.0
    del body["video_inputs"][0]["character"]["avatar_id"]
    path = tmp_path / "body.json"
    path.write_text(json.dumps(body))
    result = run("validate", str(path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines == [
        "error: Scene 1, video_inputs[0].character.avatar_id: Presenter is missing: choose the "
        "avatar who presents this scene.",
        "error: Scene 2, video_inputs[1].voice.speed: Voice speed must be between 0.5 and 1.5; "
        "it is 2.",
    ]
    assert "Traceback" not in result.stderr


def test_validate_an_unreadable_file_exits_2_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "broken.scene.json"
    path.write_text('{"video_inputs": [')
    result = run("validate", str(path))
    assert result.returncode == 2
    assert "Can't open broken.scene.json at line 1" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_51_scenes_exits_1(tmp_path: Path) -> None:
    body = seed_example_request()
    body["video_inputs"] = body["video_inputs"][:1] * 51
    path = tmp_path / "many.json"
    path.write_text(json.dumps(body))
    result = run("validate", str(path))
    assert result.returncode == 1
    assert "at most 50 scenes; this one has 51" in result.stdout


def test_payload_prints_the_exact_body(tmp_path: Path) -> None:
    path = tmp_path / "body.json"
    path.write_text(json.dumps(seed_example_request()))
    result = run("payload", str(path))
    assert result.returncode == 0
    assert json.loads(result.stdout) == seed_example_request()


def test_payload_of_the_example_names_files_to_upload() -> None:
    result = run("payload", str(example_project()))
    assert result.returncode == 0
    body = json.loads(result.stdout)
    assert [s["background"]["type"] for s in body["video_inputs"]] == ["color", "image", "video"]
    assert "scene 2 background.local_file" in result.stderr
