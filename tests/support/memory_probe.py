"""Ask a (hostile) server for a video's status in a fresh process and report how it ended
and the process's peak memory: `python -m tests.support.memory_probe BASE_URL`.

Run as a subprocess so the peak is the client's own (not the test runner's)."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from composer.heygen.client import HeyGenClient
from composer.heygen.errors import HeyGenError

KEY = "sk-probe-5d1c9e7a3b2f4086"


def peak_kib(pid: int | str = "self") -> int:
    """A process's own peak resident memory (this one by default). VmHWM belongs to the
    address space, which exec replaces; ru_maxrss does not reset on exec, so a child of a
    450 MB pytest process would report 450 MB before doing anything."""
    status = Path(f"/proc/{pid}/status")
    if not status.exists():  # not Linux
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for line in status.read_text("ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise ValueError(f"no VmHWM in {status}")


def main(base_url: str) -> None:
    client = HeyGenClient(
        KEY, base_url=base_url, upload_url=base_url, read_timeout=5.0, max_retries=0
    )
    start = time.monotonic()
    try:
        client.video_status("v-1")
        outcome: dict[str, Any] = {"kind": "ok", "error": ""}
    except HeyGenError as exc:
        outcome = {"kind": exc.kind, "error": str(exc)}
    outcome["seconds"] = round(time.monotonic() - start, 2)
    outcome["peak_mb"] = round(peak_kib() / 1024, 1)
    print(json.dumps(outcome))


def probe(base_url: str, timeout: float = 120) -> dict[str, Any]:
    """Run the probe in a subprocess; its JSON outcome."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.memory_probe", base_url],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode != 0:
        raise AssertionError(done.stderr)
    return json.loads(done.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
