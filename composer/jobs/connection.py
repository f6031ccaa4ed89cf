"""Which server the app talks to, with which key: HeyGen, a custom URL, or the built-in
sandbox (started on first use). One client per server and key, shared by all jobs.

The client module (and `requests` with it) is imported when the first client is made, so
that opening the window does not wait for the HTTP stack.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.heygen.errors import AuthError
from composer.heygen.hosts import DEFAULT_BASE_URL, DEFAULT_UPLOAD_URL
from composer.model.tr_noop import QT_TRANSLATE_NOOP
from composer.settings.paths import data_dir
from composer.settings.preferences import SANDBOX, Preferences

if TYPE_CHECKING:
    from composer.heygen.client import HeyGenClient
    from composer.sandbox.server import SandboxServer
    from composer.settings.credentials import CredentialStore

SANDBOX_KEY = "sandbox"
"""Used with the sandbox when no key is set: it only checks that there is one."""
NO_KEY = QT_TRANSLATE_NOOP(
    "Jobs", "No HeyGen API key is set yet. Add it in Settings (or set HEYGEN_API_KEY)."
)


class Connections:
    def __init__(
        self,
        credentials: CredentialStore,
        preferences: Preferences,
        *,
        sandbox: SandboxServer | None = None,
        client_options: dict[str, Any] | None = None,
    ) -> None:
        """`sandbox`: an already running one to use (tests); else one is started when the
        sandbox endpoint is first used, and stopped by `close`."""
        self.credentials = credentials
        self.preferences = preferences
        self._sandbox = sandbox
        self._owns_sandbox = sandbox is None
        self._client_options = client_options or {}
        self._clients: dict[tuple[str, str], HeyGenClient] = {}
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        """The server new jobs go to."""
        if self.preferences.endpoint == SANDBOX:
            return self.sandbox().base_url
        return (self.preferences.custom_base_url or DEFAULT_BASE_URL).rstrip("/")

    def sandbox(self) -> SandboxServer:
        with self._lock:
            if self._sandbox is None:
                from composer.sandbox.server import SandboxServer  # only when chosen

                self._sandbox = SandboxServer(state_dir=practice_state_dir()).start()
            return self._sandbox

    def _practice(self, base_url: str) -> str | None:
        """The practice server's address now, if `base_url` is one it has had (a job sent
        to it before a restart): that job is followed there, with no HeyGen key needed."""
        if self._sandbox is not None and base_url in self._sandbox.known_urls():
            return self._sandbox.base_url
        if self._owns_sandbox and base_url in _remembered_practice_urls():
            return self.sandbox().base_url  # started on its old port when it is free
        return None

    def client(self, base_url: str | None = None) -> HeyGenClient:
        """A client for `base_url` (default: the chosen server). AuthError without a key."""
        base_url = (base_url or self.base_url).rstrip("/")
        practice = self._practice(base_url)
        is_sandbox = practice is not None
        base_url = practice or base_url
        key = self.credentials.api_key() or (SANDBOX_KEY if is_sandbox else None)
        if not key:
            raise AuthError(NO_KEY)
        with self._lock:
            client = self._clients.get((base_url, key))
            if client is None:
                from composer.heygen.client import HeyGenClient

                client = HeyGenClient(
                    key,
                    base_url=base_url,
                    upload_url=self._upload_url(base_url),
                    **self._client_options,
                )
                self._clients[(base_url, key)] = client
            return client

    def close(self) -> None:
        with self._lock:
            for client in self._clients.values():
                client.close()
            self._clients.clear()
            if self._owns_sandbox and self._sandbox is not None:
                self._sandbox.stop()
                self._sandbox = None

    def _upload_url(self, base_url: str) -> str:
        if base_url == DEFAULT_BASE_URL:
            return DEFAULT_UPLOAD_URL
        custom = self.preferences.custom_base_url
        if custom and base_url == custom.rstrip("/") and self.preferences.custom_upload_url:
            return self.preferences.custom_upload_url.rstrip("/")
        return base_url  # the sandbox and most proxies serve uploads on the same host


def practice_state_dir() -> Path:
    """Where the window's practice server keeps its jobs between runs."""
    return data_dir() / "practice-server"


def _remembered_practice_urls() -> list[str]:
    from composer.sandbox.state import SandboxState

    return [f"http://127.0.0.1:{port}" for port in SandboxState(practice_state_dir()).ports()]
