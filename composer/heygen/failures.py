"""What a request that got no answer means: a `requests` exception becomes the typed error
the user reads. A request that provably never reached a server (bad address, no connection)
is a NetworkError, safe to resend; a create that broke after it may have gone out is
SubmissionUnknown, never resent (it could bill a second video)."""

from __future__ import annotations

from urllib.parse import urlsplit

import requests
from urllib3.exceptions import ConnectTimeoutError

from composer.heygen.errors import NetworkError, SubmissionUnknown, redact

BAD_URL_ERRORS = (
    requests.exceptions.MissingSchema,
    requests.exceptions.InvalidSchema,
    requests.exceptions.InvalidURL,
)


def network_error(exc: requests.RequestException, base_url: str, secret: str) -> NetworkError:
    """`exc` as the user reads it, naming the host it was sent to (`base_url`'s when the
    exception carries no request); `secret` is cut out of anything taken from `exc`."""
    url = exc.request.url if exc.request and exc.request.url else base_url
    host = urlsplit(str(url)).netloc
    return NetworkError(
        f"Could not reach HeyGen at {host} ({_reason(exc, secret)}). "
        "Check the internet connection and try again.",
        detail=_reason(exc, secret),
    )


def post_failure(
    exc: requests.RequestException, base_url: str, secret: str
) -> NetworkError | SubmissionUnknown:
    """A create (not idempotent) that broke: a NetworkError only when it was never sent."""
    if _never_sent(exc):
        return network_error(exc, base_url, secret)
    return SubmissionUnknown(
        "The connection to HeyGen broke after the video was sent, so it is not known whether "
        "HeyGen started it. It was not sent again, so you are not charged twice: check your "
        "HeyGen video list before sending it again.",
        detail=_reason(exc, secret),
    )


def _reason(exc: requests.RequestException, secret: str) -> str:
    """Why `exc` happened, in a few words (no server text beyond an exception's name)."""
    if isinstance(exc, requests.Timeout):
        return "no answer in time"
    if isinstance(exc, BAD_URL_ERRORS):
        return "the server address is not valid"
    if _never_sent(exc):
        return "could not connect"
    return redact(type(_root_cause(exc)).__name__, secret)


def _never_sent(exc: requests.RequestException) -> bool:
    """True when the request provably never reached a server: the URL was unusable, or no
    connection was made (refused, DNS failure, connect timeout)."""
    # NewConnectionError and NameResolutionError subclass ConnectTimeoutError in urllib3 2.
    return isinstance(exc, BAD_URL_ERRORS) or isinstance(_root_cause(exc), ConnectTimeoutError)


def _root_cause(exc: BaseException) -> BaseException:
    """The urllib3 error inside requests' wrapper (MaxRetryError.reason), or `exc` itself."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    return getattr(inner, "reason", None) or inner
