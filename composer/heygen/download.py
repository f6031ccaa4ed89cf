"""The one guarded downloader: every file fetched from a link a server gave (videos,
clips, captions, speech, catalogue previews) comes through `fetch`, which

- checks the link's host against the allowlist, and again at every redirect hop (a
  HeyGen host redirecting elsewhere is refused like a direct link elsewhere would be);
- streams to a temporary file beside the target, no larger than a cap, given up when it
  stalls, fsynced and renamed into place, so a file under its final name is complete;
- lets the caller verify the bytes before they are renamed into place (a cache keeps
  nothing it can't use)."""

from __future__ import annotations

import contextlib
import os
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import requests

from composer.heygen.errors import Cancelled, NetworkError, UnexpectedResponse
from composer.heygen.transport import body_chunks
from composer.storage.atomic import fsync_folder

MAX_HOPS = 5
"""Redirects followed (each one's host checked) before a download is given up."""
LinkCheck = Callable[[str], None]
"""Raises (UntrustedLink) when a link's host is not allowed."""
Verify = Callable[[Path], None]
"""Raises when the downloaded file (still under its temporary name) is not what was
asked for; nothing is then kept."""

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
    verify: Verify | None = None,
) -> Path:
    """Write the body to a temporary file in `dest`'s folder, fsync it, `verify` it, then
    rename it to `dest`. On any failure (or `cancel`) the temporary file is removed and
    `dest` untouched."""
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
        if verify is not None:
            verify(tmp_name)
        os.replace(tmp_name, dest)
        fsync_folder(dest.parent)  # the rename too is on disk before the job says done
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return dest


def open_checked(
    session: requests.Session,
    url: str,
    check: LinkCheck,
    timeout: float | tuple[float, float],
    headers: dict[str, str] | None = None,
) -> requests.Response:
    """GET `url` (streamed; the caller closes the answer), following at most MAX_HOPS
    redirects by hand: `check` is called on the first link and on every hop's target."""
    for _hop in range(MAX_HOPS + 1):
        check(url)
        response = session.get(
            url, stream=True, timeout=timeout, allow_redirects=False, headers=headers
        )
        if not response.is_redirect:
            return response
        response.close()
        url = urljoin(url, response.headers.get("Location", ""))
    raise UnexpectedResponse(f"The download was redirected more than {MAX_HOPS} times.")


def fetch(
    session: requests.Session,
    url: str,
    dest: Path,
    check: LinkCheck,
    *,
    timeout: float | tuple[float, float] = (10.0, 60.0),
    limits: DownloadLimits | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    verify: Verify | None = None,
) -> requests.Response:
    """Download `url` to `dest` through every guard above; returns the (closed) final
    answer so the caller can read its status when it is not 2xx (nothing is written
    then)."""
    with open_checked(session, url, check, timeout) as response:
        if response.status_code < 400:
            stream_to_file(response, Path(dest), progress, cancel, limits, verify)
        return response


def web_address(url: str) -> None:
    """The LinkCheck for a link a user gave (an online background): any http(s) host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnexpectedResponse("Only web addresses (http or https) can be downloaded.")


def fetch_to_file(
    url: str,
    dest: Path,
    *,
    limits: DownloadLimits,
    deadline: float,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    verify: Verify | None = None,
    timeout: tuple[float, float] = (10.0, 30.0),
) -> Path:
    """`fetch` of a user's http(s) link (no key or cookie is sent) on its own session,
    within `deadline` seconds in all. HTTP errors, refused connections and a late answer
    raise NetworkError or UnexpectedResponse in plain words."""
    from composer.heygen.deadline import Deadline, DeadlineAdapter, DeadlinePassed

    with requests.Session() as session, Deadline(deadline) as watchdog:
        session.mount("http://", DeadlineAdapter(max_retries=1))
        session.mount("https://", DeadlineAdapter(max_retries=1))
        try:
            response = fetch(
                session, url, dest, web_address, timeout=timeout, limits=limits,
                progress=progress, cancel=cancel, verify=verify,
            )  # fmt: skip
        except (requests.RequestException, DeadlinePassed) as exc:
            if watchdog.expired or isinstance(exc, DeadlinePassed):
                raise NetworkError(f"it took longer than {deadline:g} seconds") from None
            raise NetworkError("the server could not be reached") from None
    if response.status_code >= 400:
        raise UnexpectedResponse(
            f"the server answered HTTP {response.status_code}", status=response.status_code
        )
    return dest
