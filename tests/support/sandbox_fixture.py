"""The `sandbox` fixture and fast settings for tests that talk HTTP to it (no mocking)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from composer.heygen.client import HeyGenClient
from composer.jobs.schedule import PollSchedule
from composer.sandbox.server import SandboxServer

KEY = "sk-test-7f3a9c0d5e2b41a8"
GENERATE = ("POST", "/v2/video/generate")
STATUS_PATH = "/v1/video_status.get"
FAST_POLLS = PollSchedule(start=0.05, growth=1.5, maximum=0.2, max_failures=3)
FAST_CLIENT: dict[str, Any] = {
    "connect_timeout": 2.0,
    "read_timeout": 5.0,
    "backoff_factor": 0.01,
    "max_retries": 3,
}


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    """A sandbox on an ephemeral 127.0.0.1 port; videos render in 0.3 s."""
    with SandboxServer(render_seconds=0.3) as server:
        yield server


def client_for(server: SandboxServer, key: str = KEY, **options: Any) -> HeyGenClient:
    urls = {"base_url": server.base_url, "upload_url": server.upload_url}
    return HeyGenClient(key, **{**urls, **FAST_CLIENT, **options})


def control(server: SandboxServer, method: str, path: str, body: Any = None) -> requests.Response:
    """Call a /_sandbox/ control endpoint over HTTP with the run's token."""
    return requests.request(
        method, server.base_url + path, json=body, headers=server.control_headers, timeout=5
    )
