"""Streaming a download to disk so that a file under its final name is always complete."""

from __future__ import annotations

import contextlib
import os
import secrets
import threading
from collections.abc import Callable
from pathlib import Path

import requests

from composer.heygen.errors import Cancelled

CHUNK = 256 * 1024
Progress = Callable[[int, int | None], None]  # bytes done, total bytes (None when unknown)


def stream_to_file(
    response: requests.Response,
    dest: Path,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Write the body to a temporary file in `dest`'s folder, fsync it, then rename it to
    `dest`. On any failure (or `cancel`) the temporary file is removed and `dest` untouched."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    length = response.headers.get("Content-Length")
    total = int(length) if length and length.isdigit() else None
    tmp_name = dest.parent / f".{dest.name}.{secrets.token_hex(4)}.part"
    # os.open with 0o666 (not mkstemp's 0o600): the video gets the user's usual permissions.
    fd = os.open(tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            done = 0
            for chunk in response.iter_content(CHUNK):
                if cancel is not None and cancel.is_set():
                    raise Cancelled("The download was cancelled.")
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
