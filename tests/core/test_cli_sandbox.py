"""`scene-composer sandbox` as a real subprocess: prints its URL, serves, stops on Ctrl+C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import requests

from tests.support.builders import seed_example_request


def test_sandbox_command_runs_until_ctrl_c() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "composer", "sandbox", "--port", "0", "--render-seconds", "1",
         "--reject-next", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        line = process.stdout.readline()  # type: ignore[union-attr]
        assert line.startswith("HeyGen sandbox at http://127.0.0.1:"), line
        url = line.split(" at ")[1].split()[0]
        rejected = requests.post(
            url + "/v2/video/generate", json=seed_example_request(), headers={"x-api-key": "k"}
        )
        assert rejected.status_code == 400  # the --reject-next flag took effect
        process.stdout.readline()  # type: ignore[union-attr]
        token = process.stdout.readline().split(": ")[1].strip()  # type: ignore[union-attr]
        faults = requests.get(
            url + "/_sandbox/faults", headers={"X-Sandbox-Token": token}, timeout=5
        ).json()
        assert faults["reject_next"] == 0
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
        assert process.returncode == 0, err
        assert "Stopped." in out
    finally:
        if process.poll() is None:
            process.kill()


def test_sandbox_command_fault_flags() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "composer", "sandbox", "--port", "0", "--render-seconds", "0.2",
         "--latency", "0.05", "--fail-render", "Avatar not available", "--status-error"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        line = process.stdout.readline()  # type: ignore[union-attr]
        url = line.split(" at ")[1].split()[0]
        assert "non-empty API key" in process.stdout.readline()  # type: ignore[union-attr]
        token_line = process.stdout.readline()  # type: ignore[union-attr]
        assert token_line.startswith("Control token (header X-Sandbox-Token for /_sandbox/): ")
        token = token_line.split(": ")[1].strip()
        assert requests.get(url + "/_sandbox/faults", timeout=5).status_code == 403
        faults = requests.get(
            url + "/_sandbox/faults", headers={"X-Sandbox-Token": token}, timeout=5
        ).json()
        assert faults["latency"] == 0.05
        assert faults["fail_render"] == "Avatar not available"
        assert faults["status_error"] is True
        unauthorised = requests.get(url + "/v2/voices", timeout=5)
        assert unauthorised.status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=10)
