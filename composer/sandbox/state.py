"""The practice server's state on disk: the videos it was asked to render and the ports it
listened on, so a practice server started again on the same folder (the window's, after a
restart) still knows its jobs: they finish and download as HeyGen's would.

Uploaded assets are not kept (a job that has been sent no longer needs them)."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from pathlib import Path
from typing import Any

from composer.storage.atomic import write_json_atomic

log = logging.getLogger(__name__)

RENDERS = "renders.json"
SERVER = "server.json"
MAX_PORTS = 20
"""Ports remembered (the newest): a job's server address names one of them."""


class SandboxState:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def load_renders(self) -> tuple[list[dict[str, Any]], int | None]:
        """The renders saved (as plain dicts) and the quota left, if any were saved."""
        data = _read(self.folder / RENDERS)
        renders = [r for r in data.get("renders", []) if isinstance(r, dict)]
        quota = data.get("quota")
        return renders, quota if isinstance(quota, int) else None

    def save_renders(self, renders: list[Any], quota: int) -> None:
        data = {"renders": [asdict(render) for render in renders], "quota": quota}
        write_json_atomic(self.folder / RENDERS, data)

    def ports(self) -> list[int]:
        """The ports it listened on, newest first."""
        ports = _read(self.folder / SERVER).get("ports", [])
        return [p for p in ports if isinstance(p, int) and 0 < p < 65536]

    def remember_port(self, port: int) -> None:
        ports = [port, *(p for p in self.ports() if p != port)][:MAX_PORTS]
        write_json_atomic(self.folder / SERVER, {"ports": ports})


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("practice server state %s unreadable: %s", path.name, exc)
        return {}
    return data if isinstance(data, dict) else {}
