"""HeyGen's background removal (`POST /v3/background-removals`, gen/background-removal.go):
any video -> layers `foreground` (the subject on transparency), `mask` (a grayscale
matte) and `background`. Idempotent by the body's `request_id` (the same one returns the
original job, whatever the rest of the body says; the Idempotency-Key header is not
honoured), so a resend after a lost answer makes nothing twice. Polled like a video."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from composer.heygen.v3 import V3Api

REMOVALS_PATH = "/v3/background-removals"
FINISHED = frozenset({"completed", "failed", "deleted"})


@dataclass(frozen=True)
class Removal:
    removal_id: str
    status: str  # pending | processing | completed | failed | deleted
    layers: dict[str, str] = field(default_factory=dict)  # layer name -> download link
    error: str | None = None

    @property
    def finished(self) -> bool:
        return self.status in FINISHED


def parse_removal(data: dict[str, Any], removal_id: str = "") -> Removal:
    layers = data.get("layers")
    links = {
        str(name): url
        for name, url in (layers.items() if isinstance(layers, dict) else ())
        if isinstance(url, str) and url
    }
    error = data.get("error")
    return Removal(
        removal_id=str(data.get("id") or removal_id),
        status=str(data.get("status") or "pending"),
        layers=links,
        error=str(error) if error else None,
    )


class BackgroundRemovals:
    def __init__(self, api: V3Api) -> None:
        self.api = api

    def start(
        self, video_url: str, request_id: str, layers: tuple[str, ...] = ("mask",)
    ) -> Removal:
        """Start (or, for a `request_id` already used, find again) the removal of the
        background of the video at `video_url`."""
        body = {"video": {"type": "url", "url": video_url}, "layers": list(layers),
                "request_id": request_id}  # fmt: skip
        return parse_removal(self.api._idempotent("POST", REMOVALS_PATH, None, json=body))

    def get(self, removal_id: str) -> Removal:
        return parse_removal(self.api._get(f"{REMOVALS_PATH}/{removal_id}"), removal_id)
