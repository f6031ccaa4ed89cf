"""The HTTP session every HeyGen request shares, and its retry policy: urllib3 retries GETs
(connection errors, 429 with Retry-After, 5xx) and a POST only when no connection was made
(it never sees a read error for a POST as retryable), so a create is never resent after it
may have gone out. Every request is bounded by a deadline (composer.heygen.deadline)."""

from __future__ import annotations

import requests
from urllib3.util.retry import Retry

from composer import __version__
from composer.heygen.deadline import DeadlineAdapter

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def api_session(max_retries: int, backoff_factor: float) -> requests.Session:
    """A session with no key (the client adds it to each API request, so downloads from
    other hosts never carry it), our User-Agent, and the retry policy above."""
    session = requests.Session()
    session.headers["User-Agent"] = f"scene-composer/{__version__}"
    retry = Retry(
        total=max_retries,
        connect=max_retries,
        read=max_retries,
        status=max_retries,
        other=0,
        backoff_factor=backoff_factor,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET"}),
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    adapter = DeadlineAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
