"""v3 error answers in plain words. v3 answers `{"error": {"code", "message", "param",
"doc_url"}}`; `param` names the offending field ("scenes[2].input.voice_id"), which the
v3 route maps back to a scene and field. Codes without their own words fall back to
`errors.error_from_reply` (key, credit, busy, HeyGen's side)."""

from __future__ import annotations

from typing import Any

from composer.heygen.errors import (
    HeyGenError,
    InsufficientCredit,
    RateLimited,
    RequestRejected,
    error_from_reply,
    redact,
)


class V3Rejected(RequestRejected):
    """HeyGen refused a v3 request; `param` is the field it names, if any."""

    def __init__(self, message: str, *, param: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.param = param


class RequestInProgress(HeyGenError):
    """409 `request_in_progress`: the first request with this Idempotency-Key is still being
    answered. Ask again with the same key after a moment."""

    kind = "in_progress"


class PlanLimit(HeyGenError):
    kind = "limit"


WORDS: dict[str, tuple[type[HeyGenError], str]] = {
    "download_failed": (
        V3Rejected,
        "HeyGen could not download a file the video links to. Links must be public (not "
        "behind a login or on your own computer); choose the file itself so it is uploaded.",
    ),
    "trial_video_limit_exceeded": (
        InsufficientCredit,
        "Your HeyGen trial has made all the videos it allows. Upgrade the HeyGen plan to "
        "make more.",
    ),
    "rate_limit_exceeded": (
        RateLimited,
        "HeyGen is busy: too many requests in a short time.",
    ),
    "resource_limit_exceeded": (
        PlanLimit,
        "Your HeyGen plan's limit is reached (too many videos rendering at once, or the "
        "video is longer than the plan allows). Wait for other videos to finish, shorten "
        "this one, or upgrade the plan.",
    ),
    "request_in_progress": (
        RequestInProgress,
        "HeyGen is still working on the first try of this request.",
    ),
}


def v3_error_from_reply(
    status: int, body: Any, *, secret: str | None, retry_after: float | None = None
) -> HeyGenError | None:
    """The error a v3 reply stands for, or None when it is a success."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return error_from_reply(status, body, secret=secret, retry_after=retry_after)
    code = str(error.get("code") or "")
    detail = redact(str(error.get("message") or "").strip(), secret)
    param = error.get("param") if isinstance(error.get("param"), str) else None
    common: dict[str, Any] = {"status": status, "code": code, "detail": detail}
    if code in WORDS:
        kind, words = WORDS[code]
        if kind is RateLimited:
            wait = f" Trying again in {retry_after:g} s." if retry_after else ""
            return RateLimited(words + wait, retry_after=retry_after, **common)
        if kind is V3Rejected:
            return V3Rejected(f"{words} ({detail})" if detail else words, param=param, **common)
        return kind(words, **common)
    generic = error_from_reply(status, body, secret=secret, retry_after=retry_after)
    if isinstance(generic, RequestRejected) and type(generic) is RequestRejected:
        return V3Rejected(str(generic), param=param, **common)
    return generic
