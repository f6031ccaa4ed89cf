"""HeyGen's background removal (`POST /v3/background-removals`, gen/background-removal.go):
any video -> layers `foreground` (the subject on transparency), `mask` (a grayscale
matte) and `background`. Idempotent by the body's `request_id` (the same one returns the
original job, whatever the rest of the body says; the Idempotency-Key header is not
honoured), so a resend after a lost answer makes nothing twice. Polled like a video."""

from __future__ import annotations

from composer.heygen.v3 import V3Api
from composer.heygen.v3_models import BackgroundRemoval, parse_background_removal

REMOVALS_PATH = "/v3/background-removals"


class BackgroundRemovals:
    def __init__(self, api: V3Api) -> None:
        self.api = api

    def start(
        self, video_url: str, request_id: str, layers: tuple[str, ...] = ("mask",)
    ) -> BackgroundRemoval:
        """Start (or, for a `request_id` already used, find again) the removal of the
        background of the video at `video_url`."""
        body = {"video": {"type": "url", "url": video_url}, "layers": list(layers),
                "request_id": request_id}  # fmt: skip
        return parse_background_removal(
            self.api._idempotent("POST", REMOVALS_PATH, None, json=body)
        )

    def get(self, job_id: str) -> BackgroundRemoval:
        return parse_background_removal(self.api._get(f"{REMOVALS_PATH}/{job_id}"))
