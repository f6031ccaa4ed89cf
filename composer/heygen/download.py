"""Streaming a download to disk so that a file under its final name is always complete,
no larger than a cap, and given up when it stalls."""

from __future__ import annotations

import contextlib
import os
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import requests

from composer.heygen.errors import Cancelled, NetworkError, UnexpectedResponse
from composer.heygen.transport import body_chunks

CHUNK = 256 * 1024
MB = 1024 * 1024
STALL_BYTES = 64 * 1024
Progress = Callable[[int, int | None], None]  # bytes done, total bytes (None when unknown)


@dataclass(frozen=True)
class DownloadLimits:
    """`max_bytes`: the largest file accepted. `stall_seconds`: a download that brings
    less than 64 KB in that long has stalled (a trickle defeats a plain read timeout).
    `too_large`: what to say when it is bigger ({mb}: the cap in MB)."""

    max_bytes: int = 8 * 1024 * MB
    stall_seconds: float = 60.0
    too_large: str = (
        "The video is larger than {mb:,} MB, more than any HeyGen video; it was not saved."
    )


class _Watch:
    """Counts bytes: too many, or too few for too long, ends the download."""

    def __init__(self, limits: DownloadLimits, total: int | None) -> None:
        self.limits = limits
        if total is not None and total > limits.max_bytes:
            raise _too_large(limits)
        self.done = 0
        self.mark_bytes, self.mark_time = 0, time.monotonic()

    def add(self, size: int) -> None:
        self.done += size
        if self.done > self.limits.max_bytes:
            raise _too_large(self.limits)
        now = time.monotonic()
        if self.done - self.mark_bytes >= STALL_BYTES:
            self.mark_bytes, self.mark_time = self.done, now
        elif now - self.mark_time > self.limits.stall_seconds:
            raise NetworkError(
                f"The download stalled (almost nothing arrived for "
                f"{self.limits.stall_seconds:g} seconds)."
            )


def _too_large(limits: DownloadLimits) -> UnexpectedResponse:
    return UnexpectedResponse(limits.too_large.format(mb=limits.max_bytes // MB))


def stream_to_file(
    response: requests.Response,
    dest: Path,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    limits: DownloadLimits | None = None,
) -> Path:
    """Write the body to a temporary file in `dest`'s folder, fsync it, then rename it to
    `dest`. On any failure (or `cancel`) the temporary file is removed and `dest` untouched."""
    length = response.headers.get("Content-Length")
    total = int(length) if length and length.isdigit() else None
    watch = _Watch(limits or DownloadLimits(), total)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp_name = dest.parent / f".{dest.name}.{secrets.token_hex(4)}.part"
    # os.open with 0o666 (not mkstemp's 0o600): the video gets the user's usual permissions.
    fd = os.open(tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            done = 0
            for chunk in body_chunks(response, CHUNK):
                if cancel is not None and cancel.is_set():
                    raise Cancelled("The download was cancelled.")
                watch.add(len(chunk))
                handle.write(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return dest


def fetch_to_file(
    url: str,
    dest: Path,
    *,
    limits: DownloadLimits,
    deadline: float,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    timeout: tuple[float, float] = (10.0, 30.0),
) -> Path:
    """`url` (http or https only; no key or cookie is sent) streamed into `dest` by
    `stream_to_file`, within `deadline` seconds in all. HTTP errors, refused connections
    and a late answer raise NetworkError or UnexpectedResponse in plain words."""
    from urllib.parse import urlsplit

    from composer.heygen.deadline import Deadline, DeadlineAdapter, DeadlinePassed

    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
        raise UnexpectedResponse("Only web addresses (http or https) can be downloaded.")
    with requests.Session() as session, Deadline(deadline) as watchdog:
        session.mount("http://", DeadlineAdapter(max_retries=1))
        session.mount("https://", DeadlineAdapter(max_retries=1))
        try:
            with session.get(url, stream=True, timeout=timeout) as response:
                if response.status_code >= 400:
                    raise UnexpectedResponse(
                        f"the server answered HTTP {response.status_code}",
                        status=response.status_code,
                    )
                return stream_to_file(response, dest, progress, cancel, limits)
        except (requests.RequestException, DeadlinePassed, OSError) as exc:
            if watchdog.expired:
                raise NetworkError(f"it took longer than {deadline:g} seconds") from None
            if isinstance(exc, OSError) and not isinstance(exc, requests.RequestException):
                raise
            raise NetworkError("the server could not be reached") from None
