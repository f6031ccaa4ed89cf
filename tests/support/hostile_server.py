"""A small HTTP server on loopback that misbehaves as an attacker's (or a broken proxy's)
would: redirects elsewhere, endless or gigabyte answers, trickles, echoes the API key,
hands out hostile video ids and links. Every request it gets is logged with its headers."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from composer.resources import resource

GB = 1024**3
SAMPLE = resource("sandbox", "sample.mp4").read_bytes()


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class HostileServer:
    """`mode` picks the misbehaviour; `answers` can override any path's JSON answer (a list:
    one per request, in order)."""

    def __init__(self, mode: str = "ok") -> None:
        self.mode = mode
        self.answers: dict[str, Any] = {}
        self.redirect_to = ""
        self.trickle_files = False  # video downloads come one byte at a time
        self.seen: list[Seen] = []
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.hostile = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def bytes_with(self, needle: str) -> int:
        """How many requests carried `needle` anywhere (headers or body)."""
        low = needle.lower().encode()
        return sum(
            low in (json.dumps(s.headers) + s.path).lower().encode() or low in s.body.lower()
            for s in self.seen
        )


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    @property
    def hostile(self) -> HostileServer:
        return self.server.hostile  # type: ignore[attr-defined]

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = urlsplit(self.path).path
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.hostile.seen.append(Seen(self.command, self.path, headers, body))
        behaviour = BEHAVIOURS.get(self.hostile.mode) if not path.startswith("/files/") else None
        with contextlib.suppress(OSError):
            if behaviour is not None:
                behaviour(self)
            else:
                self._answer(path)

    def _answer(self, path: str) -> None:
        if path.startswith("/files/") and self.hostile.trickle_files:
            _trickle(self, SAMPLE)
            return
        if path.startswith("/files/"):
            self.send_bytes(200, SAMPLE, "video/mp4")
            return
        answer = self.hostile.answers.get(path) or DEFAULTS.get(path, {"data": None})
        if isinstance(answer, list):  # one answer per request, the last one repeated
            answer = answer.pop(0) if len(answer) > 1 else answer[0]
        self.send_bytes(200, json.dumps(answer).encode(), "application/json")

    def send_bytes(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _redirect(handler: _Handler) -> None:
    handler.send_response(307)
    handler.send_header("Location", handler.hostile.redirect_to + handler.path)
    handler.send_header("Content-Length", "0")
    handler.end_headers()


def _huge_json(handler: _Handler) -> None:
    """A 1 GB JSON answer (declared and sent), as fast as the client takes it."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(GB))
    handler.end_headers()
    _pour(handler, b'{"data": {"status": "', GB)


def _huge_json_undeclared(handler: _Handler) -> None:
    """1 GB of JSON with no Content-Length: the end is the connection closing."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Connection", "close")
    handler.end_headers()
    _pour(handler, b'{"data": {"status": "', GB)


def _endless_chunked(handler: _Handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    chunk = b"a" * 65536
    start = b'{"data": {"status": "'
    handler.wfile.write(b"%x\r\n%s\r\n" % (len(start), start))
    while True:
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))


def _trickle(handler: _Handler, body: bytes = b"") -> None:
    """An answer sent one byte every 0.2 s: never idle long enough for a read timeout."""
    body = body or json.dumps({"data": {"status": "processing", "pad": "x" * 200}}).encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "application/octet-stream")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    for byte in body:
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(0.2)


def _trickle_headers(handler: _Handler) -> None:
    """Headers that never end, one byte every 0.2 s."""
    handler.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    handler.wfile.flush()
    for _ in range(1000):
        handler.wfile.write(b"a")
        handler.wfile.flush()
        time.sleep(0.2)


def _not_json(handler: _Handler) -> None:
    handler.send_bytes(200, b"<html><body>Service temporarily moved</body></html>", "text/html")


def _pour(handler: _Handler, start: bytes, total: int) -> None:
    handler.wfile.write(start)
    chunk = b"a" * (1024 * 1024)
    sent = len(start)
    while sent < total:
        handler.wfile.write(chunk[: total - sent])
        sent += len(chunk)


BEHAVIOURS: dict[str, Callable[[_Handler], None]] = {
    "redirect": _redirect,
    "huge_json": _huge_json,
    "huge_json_undeclared": _huge_json_undeclared,
    "endless_chunked": _endless_chunked,
    "trickle": _trickle,
    "trickle_headers": _trickle_headers,
    "not_json": _not_json,
}
DEFAULTS: dict[str, Any] = {
    "/v2/video/generate": {"error": None, "data": {"video_id": "v-hostile-1"}},
    "/v1/video_status.get": {"code": 100, "data": {"status": "processing"}},
    "/v1/asset": {"code": 100, "data": {"id": "asset-1"}},
}
