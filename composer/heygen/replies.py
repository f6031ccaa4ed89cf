"""Reading a HeyGen answer that has arrived (whole and bounded: composer.heygen.transport):
its `data` or the typed error it stands for, a notice it carries, how long it asks us to
wait. Server text is untrusted: every string handed on is redacted of the key and of
control characters."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests

from composer.heygen.errors import UnexpectedResponse, error_from_reply
from composer.heygen.untrusted import clean_tree

log = logging.getLogger(__name__)

NOTICE_KEYS = ("notice", "warning", "deprecation", "message", "msg")
NOTICE_HEADERS = ("Deprecation-Notice", "Warning", "Sunset")
QUIET_MESSAGES = frozenset({"", "success", "ok"})

T = TypeVar("T")


def reply_data(response: requests.Response, secret: str) -> Any:
    """The reply's `data` (every string in it redacted of `secret` and control
    characters: server text is untrusted), or the typed error the reply stands for."""
    try:
        body = response.json()
    except ValueError:
        body = None
    error = error_from_reply(
        response.status_code, body, secret=secret, retry_after=retry_after(response)
    )
    if error is not None:
        log.info("%s answered HTTP %s: %s", urlsplit(response.url).path, error.status, error)
        raise error
    if not isinstance(body, dict):
        raise UnexpectedResponse(
            f"HeyGen sent an answer Scene Composer does not understand "
            f"(HTTP {response.status_code}, not JSON).",
            status=response.status_code,
        )
    return clean_tree(body.get("data"), secret)


def retry_after(response: requests.Response) -> float | None:
    """The answer's Retry-After in seconds, or None (absent, or an HTTP date)."""
    value = response.headers.get("Retry-After")
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:  # an HTTP date: rare; wait the default
        return None


def notice(response: requests.Response) -> str | None:
    """A deprecation or other notice in the answer (body keys or headers), if any."""
    try:
        body = response.json()
    except ValueError:
        body = {}
    for key in NOTICE_KEYS:
        value = body.get(key) if isinstance(body, dict) else None
        if isinstance(value, str) and value.strip().lower() not in QUIET_MESSAGES:
            return value.strip()
    for header in NOTICE_HEADERS:
        if response.headers.get(header):
            return f"{header}: {response.headers[header]}"
    return None


def data_object(data: Any) -> dict[str, Any]:
    """`data` when it is a JSON object; UnexpectedResponse otherwise."""
    if not isinstance(data, dict):
        raise UnexpectedResponse("HeyGen's answer had no data.")
    return data


def catalogue_items(items: Any, parse: Callable[[dict[str, Any]], T]) -> list[T]:
    """Parse each well-formed item; skip the odd malformed one rather than losing the list."""
    parsed = []
    for item in items if isinstance(items, list) else []:
        try:
            parsed.append(parse(item))
        except (KeyError, TypeError, AttributeError):
            log.warning("skipped a malformed catalogue item")
    return parsed
