"""Typed HeyGen errors. `str(error)` is the plain-words message for the user; never the API key.

HeyGen answers errors in three body styles:
v2 `{"error": {"code", "message"}, "data": null}`, v1 `{"code": <not 100>, "message"|"msg"}`
and the newer `{"error": {"code": "insufficient_credit", "message", "param"}}`. A 200 can carry
an error too. `error_from_reply` turns any of them into one of the classes below.
"""

from __future__ import annotations

from typing import Any, ClassVar

from composer.heygen.untrusted import REDACTED as REDACTED  # re-exported for callers
from composer.heygen.untrusted import redact as redact

SUCCESS_CODE = 100
AUTH_CODES = frozenset({40009, 400112, "40009", "400112", "unauthorized", "invalid_api_key"})
CREDIT_CODES = frozenset({"insufficient_credit", "insufficient_credits"})


class HeyGenError(Exception):
    """Base class. `kind` names the failure for callers that map errors to outcomes."""

    kind: ClassVar[str] = "error"

    def __init__(
        self, message: str, *, status: int | None = None, code: Any = None, detail: str = ""
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.detail = detail  # HeyGen's own message, redacted

    @property
    def user_message(self) -> str:
        return str(self)


class AuthError(HeyGenError):
    kind = "auth"


class RequestRejected(HeyGenError):
    kind = "rejected"


class InsufficientCredit(HeyGenError):
    kind = "credit"


class RateLimited(HeyGenError):
    kind = "rate_limited"

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(HeyGenError):
    kind = "server"


class NetworkError(HeyGenError):
    kind = "network"


class SubmissionUnknown(HeyGenError):
    """The connection broke after the POST may have reached HeyGen: it is never resent."""

    kind = "submission_unknown"


class UnexpectedResponse(HeyGenError):
    kind = "unexpected"


class DownloadExpired(HeyGenError):
    """The video URL no longer works (403/404/410): ask for the status again for a fresh one."""

    kind = "expired"


class Cancelled(HeyGenError):
    kind = "cancelled"


def parse_error(body: Any) -> tuple[Any, str] | None:
    """(code, message) when `body` carries an error in any of HeyGen's styles, else None."""
    if not isinstance(body, dict):
        return None
    error = body.get("error")
    if isinstance(error, dict):
        return error.get("code"), str(error.get("message") or error.get("msg") or "")
    if error:  # a bare string (or anything else that is set)
        return None, str(error)
    code = body.get("code")
    if code is not None and code != SUCCESS_CODE:
        return code, str(body.get("message") or body.get("msg") or "")
    return None


def error_from_reply(
    status: int,
    body: Any,
    *,
    secret: str | None,
    retry_after: float | None = None,
) -> HeyGenError | None:
    """The error an HTTP reply stands for, or None when it is a success."""
    parsed = parse_error(body)
    if 200 <= status < 300 and parsed is None:
        return None
    code, raw = parsed or (None, "")
    detail = redact(raw.strip(), secret)
    said = f": {detail}" if detail else ""
    common: dict[str, Any] = {"status": status, "code": code, "detail": detail}
    if code in AUTH_CODES or status in (401, 403):
        return AuthError(
            f"HeyGen did not accept the API key{said}. Check the key in Settings.", **common
        )
    if code in CREDIT_CODES or status == 402:
        return InsufficientCredit(
            f"Your HeyGen account does not have enough credit for this{said}.", **common
        )
    if status == 429:
        wait = f" Try again in {retry_after:g} seconds." if retry_after else " Try again later."
        return RateLimited(
            f"HeyGen is busy (too many requests or videos rendering at once){said}.{wait}",
            retry_after=retry_after,
            **common,
        )
    if status >= 500:
        return ServerError(
            f"HeyGen had a problem on its side (HTTP {status}){said}. Try again in a few minutes.",
            **common,
        )
    return RequestRejected(f"HeyGen refused the request{said or ' (no reason given)'}", **common)
