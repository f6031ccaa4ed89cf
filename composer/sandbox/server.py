"""A HeyGen-compatible HTTP server on 127.0.0.1 for trying the app (and testing it) without
an account: `with SandboxServer(render_seconds=1) as sandbox: ... sandbox.base_url ...`.

This module is the HTTP plumbing: reading requests, the request log, latency and dropped
connections. What each endpoint answers is in api.py.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import socket
import sys
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, BinaryIO
from urllib.parse import parse_qsl, urlsplit

from composer.sandbox.api import MAX_BODY, TOKEN_HEADER, Reply, Request, SandboxApi
from composer.sandbox.faults import Faults
from composer.sandbox.renders import RenderStore

HOST = "127.0.0.1"
CONTROL_PREFIX = "/_sandbox/"
FILES_PREFIX = "/files/"
UPLOAD_PREFIX = "/_upload/"  # presigned direct uploads (PUT)
SECRET_HEADERS = frozenset({"x-api-key", "authorization"})
DISCARD_CHUNK = 1024 * 1024
SPOOL_MEMORY = 1024 * 1024  # larger bodies (uploads) go to a temporary file
SOCKET_TIMEOUT = 30.0
BACKLOG = 200  # connections waiting to be accepted: 200 clients at once are all served
POLL_SECONDS = 0.02  # how soon `stop` takes effect
LOG_ENTRIES = 1000
"""The request log keeps the last this many requests (a ring: another local user can send
any number)."""
LOG_BODY_BYTES = 64 * 1024
"""JSON bodies up to this size are logged parsed; a larger one is logged as its size and
first KB (three 10 MB bodies once grew the sandbox by 700 MB)."""


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    time: float
    headers_had_key: bool
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names, never the key
    body: Any = None  # the JSON body, or None (uploads and bodiless requests)
    query: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "time": self.time,
            "headers": self.headers,
            "body": self.body,
        }


class SandboxServer:
    def __init__(
        self,
        port: int = 0,
        render_seconds: float = 3.0,
        url_ttl_seconds: float = 3600.0,
        token: str | None = None,
        socket_timeout: float = SOCKET_TIMEOUT,
    ) -> None:
        """`token`: what /_sandbox/ control calls must send in X-Sandbox-Token (default: a
        new random one per run; see `token` and `control_headers`). `socket_timeout`: how long
        a connection may stay silent before it is closed."""
        self.port = port
        self.token = token or secrets.token_urlsafe(16)
        self.socket_timeout = socket_timeout
        self.faults = Faults()
        self.store = RenderStore(render_seconds, url_ttl_seconds)
        self.api = SandboxApi(
            self.store, self.faults, lambda: self.base_url, self.token, lambda: self.request_log()
        )
        self._log: deque[LoggedRequest] = deque(maxlen=LOG_ENTRIES)
        self._log_lock = threading.Lock()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- life cycle ---

    def start(self) -> SandboxServer:
        httpd = _HTTPServer((HOST, self.port), _Handler)
        httpd.sandbox = self
        self._httpd = httpd
        self.port = httpd.server_address[1]
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": POLL_SECONDS}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        self._httpd = None
        self.store.close()

    def serve_forever(self) -> None:
        """Block until stopped (Ctrl+C raises KeyboardInterrupt in the caller)."""
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(0.5)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- what tests and the app use ---

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def upload_url(self) -> str:
        return self.base_url

    @property
    def control_headers(self) -> dict[str, str]:
        """Headers for calling /_sandbox/ endpoints over HTTP (with a JSON body for POSTs)."""
        return {TOKEN_HEADER: self.token}

    @property
    def requests(self) -> list[LoggedRequest]:
        with self._log_lock:
            return list(self._log)

    def request_log(self) -> list[dict[str, Any]]:
        """`GET /_sandbox/requests`: the last LOG_ENTRIES API and file requests received,
        oldest first."""
        return [entry.to_json() for entry in self.requests]

    def count(self, method: str, path: str) -> int:
        return sum(1 for r in self.requests if r.method == method and r.path == path)

    def generate_bodies(self) -> list[dict[str, Any]]:
        """The request body of every video created, oldest first."""
        return self.store.bodies()

    def reset_faults(self) -> None:
        self.faults.reset()

    def expire_urls(self) -> None:
        """Every video link handed out so far answers 403; a new status call gives fresh ones."""
        self.store.expire_links()

    def record(self, entry: LoggedRequest) -> None:
        with self._log_lock:
            self._log.append(entry)


def _log_entry(request: Request) -> LoggedRequest:
    headers = {k: v for k, v in request.headers.items() if k not in SECRET_HEADERS}
    body: Any = None
    if request.headers.get("content-type", "").startswith("application/json"):
        if request.length > LOG_BODY_BYTES:
            request.body_file.seek(0)
            head = request.body_file.read(1024).decode("utf-8", errors="replace")
            body = {"truncated": True, "bytes": request.length, "first_kb": head}
        else:
            try:
                body = json.loads(request.body)
            except ValueError:
                body = None
    had_key = bool(request.api_key)
    query = dict(request.query)
    return LoggedRequest(request.method, request.path, time.time(), had_key, headers, body, query)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = BACKLOG
    sandbox: SandboxServer

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients that hang up are part of the game (timeouts, fault tests): stay quiet."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Handler(BaseHTTPRequestHandler):
    server_version = "HeyGenSandbox/1.0"

    server: _HTTPServer

    @property
    def sandbox(self) -> SandboxServer:
        return self.server.sandbox

    def setup(self) -> None:
        self.timeout = self.sandbox.socket_timeout  # a silent client can't hold a thread
        super().setup()

    def handle(self) -> None:
        if self.sandbox.faults.take("drop_before_next", None):
            self._drop()
            return
        super().handle()

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the request log is `SandboxServer.requests`."""

    def _serve(self) -> None:
        url = urlsplit(self.path)
        path = url.path
        api_call = not path.startswith((CONTROL_PREFIX, FILES_PREFIX, UPLOAD_PREFIX))
        logged = not path.startswith(CONTROL_PREFIX)
        length = _content_length(self.headers.get("Content-Length"))
        if length is None or "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            if logged:  # logged before the answer goes out, so a client sees it at once
                self.sandbox.record(self._unread_entry(path))
            self.close_connection = True
            self._send(Reply(400, b'{"error": "a valid Content-Length is required"}'))
            return
        request = self._read(path, dict(parse_qsl(url.query)), length)
        with request.body_file:  # closed once answered: what is kept was copied to disk
            if logged:
                self.sandbox.record(_log_entry(request))
            faults = self.sandbox.faults
            if faults.latency and not path.startswith(CONTROL_PREFIX):
                time.sleep(faults.latency)
            reply = self.sandbox.api.handle(request)
        if api_call and faults.take("drop_after_next", path):
            self._drop()
            return
        self._send(reply)

    def _unread_entry(self, path: str) -> LoggedRequest:
        """The log entry of a request refused before its body was read."""
        headers = {k.lower(): v for k, v in self.headers.items() if k.lower() not in SECRET_HEADERS}
        had_key = bool(self.headers.get("x-api-key", "").strip())
        return LoggedRequest(self.command, path, time.time(), had_key, headers)

    def _read(self, path: str, query: dict[str, str], length: int) -> Request:
        """The request with its body spooled (memory up to SPOOL_MEMORY, then a temporary
        file); a body over MAX_BODY is read and dropped."""
        body = tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY)  # noqa: SIM115 (closed by _serve)
        if length <= MAX_BODY:
            self._copy(length, body)
        else:
            self._copy(length, None)  # read and dropped: the client gets the answer
        headers = {name.lower(): value for name, value in self.headers.items()}
        return Request(self.command, path, query, headers, body, length)

    def _copy(self, length: int, into: BinaryIO | None) -> None:
        left = length
        while left > 0:
            chunk = self.rfile.read(min(DISCARD_CHUNK, left))
            if not chunk:
                break
            if into is not None:
                into.write(chunk)
            left -= len(chunk)

    def _send(self, reply: Reply) -> None:
        with contextlib.suppress(OSError):  # the client may have given up (read timeout)
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.body)

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)


def _content_length(value: str | None) -> int | None:
    """The declared body length (0 when none), or None when it is not a plain number."""
    if value is None:
        return 0
    value = value.strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 12 else None
