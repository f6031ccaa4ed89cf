"""`scene-composer doctor` as a user runs it (a process) against the practice server: read-only
calls only (the request log shows GETs alone), the account and balance with its unit, the
project's looks and voices with what they support, and what the exact layout will do with
each scene; exit 3 for a refused key, 5 when HeyGen can't be reached; the key never shows."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from composer.compose.clips import default_folder
from composer.projectfile.io import save_project
from composer.routes.look_memory import ACCOUNT_WIDE, memory_for
from composer.sandbox.server import SandboxServer
from tests.support.sandbox_fixture import KEY
from tests.test_exact_real_looks import PHOTO, STUDIO, TWIN, project


def doctor(*args: str, key: str | None = KEY) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HEYGEN_API_KEY"}
    if key:
        env["HEYGEN_API_KEY"] = key
    return subprocess.run([sys.executable, "-m", "composer", "doctor", *args],
                          capture_output=True, text=True, timeout=60, env=env)  # fmt: skip


def exact_project(tmp_path: Path) -> Path:
    path = tmp_path / "looks.scene.json"
    save_project(project((STUDIO, TWIN, PHOTO)), path)
    return path


def test_doctor_reads_only_and_says_what_each_scene_will_get(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    me = {"username": "sandbox"}  # what HeyGen learnt on an earlier send, kept per account
    learnt = memory_for(default_folder(), sandbox.base_url, me)
    learnt.learn(STUDIO, webm=True)
    learnt.learn(TWIN, webm=False, webm_refusal="matting")
    learnt.learn(ACCOUNT_WIDE, background_removal=True)
    result = doctor(str(exact_project(tmp_path)), "--base-url", sandbox.base_url)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Your API key works." in out and "Balance: 1,000 credits left" in out
    assert "Daisy in skirt (HeyGen studio avatar): engines Avatar III, Avatar IV" in out
    assert "Mara (your digital twin): engines Avatar III, Avatar IV, Avatar V" in out
    assert "transparent clip: not for this look" in out
    assert "Rachel (English): HeyGen speech for rehearsals: yes; ElevenLabs tuning: yes" in out
    assert "Scene 1: Daisy in skirt - transparent clip (webm)" in out
    assert "Scene 2: Mara - background removal (+$0.01)" in out
    assert "Scene 3: Outdoor portrait - transparent clip asked first, else background" in out
    assert KEY not in out + result.stderr
    api_calls = [e for e in sandbox.request_log() if not e["path"].startswith("/files/")]
    assert api_calls and {e["method"] for e in api_calls} == {"GET"}  # nothing created
    assert {e["path"] for e in api_calls} == {"/v3/users/me", "/v3/avatars/looks", "/v3/voices"}
    assert sandbox.generate_bodies() == []


def test_brief_leaves_ids_out_and_problems_are_marked(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    path = exact_project(tmp_path)
    text = path.read_text("utf-8").replace(TWIN, "twin-gone-42")
    path.write_text(text, "utf-8")
    result = doctor(str(path), "--base-url", sandbox.base_url, "--brief")
    assert result.returncode == 0, result.stderr
    assert "  ! The presenter of scene(s) 2 is not in this HeyGen account." in result.stdout
    for raw in (STUDIO, "twin-gone-42", "avatar_type", "supported_api_engines", "/v3/"):
        assert raw not in result.stdout


def test_a_refused_key_exits_3_and_no_connection_exits_5(sandbox: SandboxServer) -> None:
    sandbox.faults.update({"auth_fail_next": 1})
    refused = doctor("--base-url", sandbox.base_url)
    assert refused.returncode == 3, refused.stdout + refused.stderr
    assert "API key" in refused.stdout and KEY not in refused.stdout + refused.stderr
    assert doctor("--base-url", sandbox.base_url, key=None).returncode == 3
    with socket.socket() as closed:  # a port nobody listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    unreachable = doctor("--base-url", f"http://127.0.0.1:{port}")
    assert unreachable.returncode == 5, unreachable.stdout + unreachable.stderr
    assert "Couldn't reach HeyGen" in unreachable.stdout
