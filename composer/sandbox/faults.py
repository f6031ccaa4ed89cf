"""Fault switches: how the sandbox misbehaves, set in-process, by POST /_sandbox/faults or
by the `sandbox` command's flags (one flag per switch, generated from this dataclass).

Counters named `*_next` apply to the next N API requests (limited to one path with
`only_path`); `drop_before_next` applies to the next N connections of any kind, since the
path is not known before the request is read. Files (videos, thumbnails, previews) are
only affected by `latency` and `drop_before_next`. `status_error` holds while set;
`expire_urls` is used up at once: links handed out so far answer 403, the next status
call hands out fresh ones.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, fields
from typing import Any

ACCEPTED_TYPES: dict[str, tuple[type, ...]] = {
    "bool": (bool,),
    "float": (int, float),
    "int": (int,),
    "str | None": (str, type(None)),
}


def _switch(default: Any, help_text: str) -> Any:
    return field(default=default, metadata={"help": help_text})


@dataclass
class Faults:
    latency: float = _switch(0.0, "seconds added before every answer")
    rate_limit_next: int = _switch(0, "answer 429 with Retry-After")
    retry_after: int = _switch(1, "the Retry-After seconds sent with a 429")
    server_error_next: int = _switch(0, "answer 500 (or --server-error-status)")
    server_error_status: int = _switch(500, "the status sent by --server-error-next")
    auth_fail_next: int = _switch(0, "answer 401, echoing the key as careless servers do")
    reject_next: int = _switch(0, "answer 400 with --reject-message")
    reject_message: str | None = _switch(
        "Invalid parameter: the sandbox was told to reject this request",
        "HeyGen's message in a --reject-next answer",
    )
    no_credit_next: int = _switch(0, "answer 402 insufficient_credit")
    ok_with_error_next: int = _switch(0, "answer HTTP 200 with a non-null error")
    drop_before_next: int = _switch(0, "close the connection before reading the request")
    drop_after_next: int = _switch(
        0, "carry out the request (a generate creates the video), then close unanswered"
    )
    status_error: bool = _switch(False, "status answers HTTP 200 with a non-null error")
    fail_render: str | None = _switch(None, "videos submitted while set fail with this message")
    expire_urls: bool = _switch(
        False, "video links handed out so far answer 403 until status is asked again"
    )
    notice: str | None = _switch(None, "a (deprecation) notice added to generate answers")
    v2_retired: bool = _switch(False, "every v1/v2 endpoint answers 410 with a legacy message")
    v3_timeout_after_create_next: int = _switch(
        0, "v3 creates: make the video, then answer only after --stall-seconds (a read timeout)"
    )
    stall_seconds: float = _switch(3.0, "how long --v3-timeout-after-create-next holds the answer")
    v3_in_progress_next: int = _switch(0, "v3 creates and uploads answer 409 request_in_progress")
    v3_error: str | None = _switch(
        None, "v3 creates answer with this error code (e.g. download_failed) while set"
    )
    v3_error_param: str | None = _switch(None, "the `param` sent with --v3-error")
    v3_webm_plan_refusal: bool = _switch(
        False, "v3 avatar creates asking output_format webm are refused as not on the plan"
    )
    v3_webm_opaque: bool = _switch(
        False, "v3 avatar creates asking webm are taken, but the clip comes without alpha"
    )
    v3_no_background_removal: bool = _switch(
        False, "POST /v3/background-removals answers 403 (not on the plan)"
    )
    account: str | None = _switch(
        None,
        "how GET /v3/users/me bills: wallet-credits (default), wallet-usd, subscription, "
        "usage-based",
    )
    extra_voices: int = _switch(0, "this many more public voices (to page past 1,000)")
    asset_processing_polls: int = _switch(
        1, "a completed direct upload stays 'processing' for this many status asks"
    )
    v2_unlimited_mode: bool = _switch(
        False, "v2 generates with a talking photo answer 400 'does not support unlimited mode'"
    )
    only_path: str | None = _switch(None, "limit the *-next switches to this path")
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def take(self, name: str, path: str | None) -> bool:
        """Use up one of counter `name` for a request to `path` (None: any connection)."""
        with self._lock:
            if path is not None and self.only_path and path != self.only_path:
                return False
            left = getattr(self, name)
            if left <= 0:
                return False
            setattr(self, name, left - 1)
            return True

    def update(self, values: dict[str, Any]) -> None:
        """Set switches (e.g. from JSON); ValueError names an unknown switch or a wrong type."""
        known = {f.name: f for f in switches()}
        for key, value in values.items():
            if key not in known:
                raise ValueError(f"unknown fault {key!r}; known: {', '.join(sorted(known))}")
            accepted = ACCEPTED_TYPES[str(known[key].type)]
            wrong_bool = isinstance(value, bool) and bool not in accepted
            if wrong_bool or not isinstance(value, accepted):
                raise ValueError(f"fault {key!r} must be {known[key].type}, not {value!r}")
        with self._lock:
            for key, value in values.items():
                setattr(self, key, value)

    def reset(self) -> None:
        self.update(Faults().as_dict())

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in switches()}


def switches() -> list[Any]:
    """The public switch fields (name, type, default, metadata["help"])."""
    return [f for f in fields(Faults) if not f.name.startswith("_")]
