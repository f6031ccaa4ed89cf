"""The practice server's memory and open files under what another local user could send
(no token needed for API paths): `python -m tests.trust.sandbox_memory` prints the
figures; `measure()` gives them. The sandbox runs as its own process
(`scene-composer sandbox`), so its resident memory (VmRSS, VmHWM) and open files are its
own.

- three 10 MB JSON bodies on an API path (the request log once kept them: +700 MB);
- `uploads` v1 uploads just over the in-memory spool size (each once kept a file open);
- `pending` direct uploads whose bytes are sent but never completed (once kept in memory);
- 1,500 small requests (the log is a ring of 1,000)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import requests

from tests.support.sandbox_fixture import KEY

MB = 1024 * 1024
HEADERS = {"x-api-key": KEY}
TOKEN = "sandbox-memory-figures"


def _status(pid: int, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text("ascii").splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise ValueError(field)


def _fds(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def _settled_fds(pid: int, seconds: float = 2.0) -> int:
    """The fewest open files seen within `seconds`: a handler thread may still be closing the
    last connection's socket when the count is first read (a leak of one file per upload
    stays in every reading)."""
    deadline, fewest = time.monotonic() + seconds, _fds(pid)
    while time.monotonic() < deadline:
        time.sleep(0.1)
        fewest = min(fewest, _fds(pid))
    return fewest


def measure(uploads: int = 300, pending: int = 10) -> dict[str, Any]:
    process = subprocess.Popen(
        [sys.executable, "-m", "composer", "sandbox", "--port", "0", "--token", TOKEN],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        url = process.stdout.readline().split(" at ")[1].split()[0]  # type: ignore[union-attr]
        session = requests.Session()
        session.get(url + "/v2/voices", headers=HEADERS, timeout=10)
        pid, figures = process.pid, {}
        figures["start MB"] = round(_status(pid, "VmRSS"), 1)
        start_fds = _fds(pid)
        big = json.dumps({"video_inputs": [], "pad": "x" * (10 * MB)})
        for _ in range(3):
            session.post(url + "/v2/video/generate", data=big, timeout=60,
                         headers={**HEADERS, "Content-Type": "application/json"})  # fmt: skip
        figures["after 3 x 10 MB JSON MB"] = round(_status(pid, "VmRSS"), 1)
        body = b"\0\0\0\x18ftypisom" + bytes(MB + 64 * 1024)
        for _ in range(uploads):
            session.post(url + "/v1/asset", data=body, timeout=30,
                         headers={**HEADERS, "Content-Type": "video/mp4"})  # fmt: skip
        figures[f"after {uploads} uploads MB"] = round(_status(pid, "VmRSS"), 1)
        figures[f"open files added by {uploads} uploads"] = _settled_fds(pid) - start_fds
        chunk = bytes(5 * MB)
        for _ in range(pending):
            begun = session.post(url + "/v3/assets/direct-uploads", timeout=10, headers=HEADERS,
                                 json={"filename": "a.mp4", "content_type": "video/mp4",
                                       "size_bytes": len(chunk)}).json()["data"]  # fmt: skip
            session.put(begun["upload_url"], data=chunk, timeout=30,
                        headers={"Content-Type": "video/mp4"})  # fmt: skip
        figures[f"after {pending} x 5 MB unfinished uploads MB"] = round(_status(pid, "VmRSS"), 1)
        for _ in range(1500):
            session.get(url + "/v2/voices", headers=HEADERS, timeout=10)
        log = requests.get(url + "/_sandbox/requests", timeout=10,
                           headers={"X-Sandbox-Token": TOKEN}).json()  # fmt: skip
        figures["request log entries"] = len(log) if isinstance(log, list) else len(log["data"])
        figures["peak MB"] = round(_status(pid, "VmHWM"), 1)
        figures["end MB"] = round(_status(pid, "VmRSS"), 1)
        return figures
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    for name, value in measure().items():
        print(f"{name}: {value}")
