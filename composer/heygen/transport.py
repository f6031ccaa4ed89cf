"""Reading answers from a server that may misbehave: a size cap and an overall deadline for
every answer, no redirects with the API key, and only http(s) links to download.

An endless or gigabyte-sized answer is cut off at the cap (memory stays flat), a server that
trickles bytes is cut off at the deadline (not only between bytes), and a redirect is
reported instead of followed, so the key never reaches another host.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import requests
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.exceptions import ReadTimeoutError

from composer.heygen.errors import SubmissionUnknown, UnexpectedResponse

MB = 1024 * 1024
JSON_LIMIT = 4 * MB
"""An API answer (status, generate, quota, upload) is a few KB; 4 MB is generous."""
CATALOGUE_LIMIT = 64 * MB
"""Avatar and voice lists run to a few MB for big accounts."""
READ_CHUNK = 64 * 1024
TRUSTED_VIDEO_HOSTS = ("heygen.com", "heygen.ai")
"""Where real HeyGen serves videos (files2.heygen.ai, resource2.heygen.ai, …)."""


class AnswerTooLarge(UnexpectedResponse):
    kind = "too_large"


class AnswerTooSlow(UnexpectedResponse):
    kind = "too_slow"


class Redirected(UnexpectedResponse):
    """The server sent the request elsewhere; it is not followed (it would carry the key)."""

    kind = "redirected"


class UntrustedLink(UnexpectedResponse):
    """A video link that is not http(s), or not HeyGen's when talking to real HeyGen."""

    kind = "untrusted_link"


def read_bounded(response: requests.Response, limit: int, deadline: float) -> bytes:
    """The body of a streamed `response`, at most `limit` bytes, read before `deadline`
    (time.monotonic). Raises AnswerTooLarge / AnswerTooSlow; a broken read raises the
    `requests` exception it stands for, so callers handle it like any network error."""
    host = urlsplit(response.url).netloc
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large(host, response.status_code, limit)
    body = bytearray()
    for chunk in body_chunks(response, READ_CHUNK):
        body += chunk
        if len(body) > limit:
            raise too_large(host, response.status_code, limit)
        if time.monotonic() > deadline:
            raise too_slow(host, response.status_code)
    return bytes(body)


def body_chunks(response: requests.Response, size: int) -> Iterator[bytes]:
    """The (decoded) body of a streamed response as it arrives: each chunk is whatever came
    in, up to `size` bytes, so a caller can watch the clock even when a server trickles
    (`iter_content` waits for `size` bytes). urllib3 errors become `requests` ones."""
    try:
        while chunk := response.raw.read1(size, decode_content=True):
            yield chunk
    except ReadTimeoutError as exc:
        raise requests.exceptions.ReadTimeout(exc, request=response.request) from None
    except Urllib3Error as exc:
        raise requests.exceptions.ConnectionError(exc, request=response.request) from None


def too_large(host: str, status: int, limit: int) -> AnswerTooLarge:
    return AnswerTooLarge(
        f"The server at {host} sent an answer larger than {limit // MB} MB, far more than "
        "HeyGen sends; it was cut off. Check the server address in Settings.",
        status=status,
    )


def too_slow(host: str, status: int | None) -> AnswerTooSlow:
    return AnswerTooSlow(
        f"The server at {host} took too long to send its answer; it was cut off.",
        status=status,
    )


def unreadable_create(reason: str) -> SubmissionUnknown:
    """A create whose answer can't be read: HeyGen may have the video, so never resend."""
    return SubmissionUnknown(
        "It is not known whether HeyGen started this video: its answer could not be read. "
        "It was not sent again, so you are not charged twice: check your HeyGen video list "
        "before sending it again.",
        detail=reason,
    )


def redirect_error(response: requests.Response, clean: Callable[[str], str]) -> Redirected:
    """`clean`: the redaction for server text (the Location header is the server's)."""
    target = clean(urlsplit(response.headers.get("Location", "")).netloc) or "another address"
    host = urlsplit(response.url).netloc
    return Redirected(
        f"The server at {host} sent the request on to {target} (HTTP {response.status_code}). "
        "Scene Composer does not follow that with your API key; check the server address "
        "in Settings.",
        status=response.status_code,
    )


def check_video_link(url: str, api_host: str) -> None:
    """UntrustedLink unless `url` is http(s) and, when the API is real HeyGen's, on one of
    HeyGen's own hosts (a custom server or the sandbox may serve videos itself)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UntrustedLink(
            "The server's answer had a video link that is not a web address, so nothing was "
            "downloaded."
        )
    if _is_heygen(api_host) and not _is_heygen(parts.hostname):
        raise UntrustedLink(
            f"HeyGen's answer links the video to another site ({parts.hostname}), so it was "
            "not downloaded. Download it from your HeyGen video list instead."
        )


def _is_heygen(host: str) -> bool:
    host = (host or "").lower().split(":")[0]
    return any(host == name or host.endswith("." + name) for name in TRUSTED_VIDEO_HOSTS)
