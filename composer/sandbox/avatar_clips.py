"""The files of finished v3 `type: "avatar"` renders: real clips made by clipmedia, one per
render (made on first download, then kept). `output_format: "webm"` (studio avatars
only: the create refuses it for the others) gets a transparent VP9 WebM; an MP4 of a
studio avatar stands on the body's background colour, one of a custom look on the look's
own backdrop (catalogue.BACKDROPS). The clip's height is the asked resolution's, its
shape the look's picture's (`aspect_ratio: "auto"`); its length follows the script, the
uploaded audio, or 3 seconds for an audio link the sandbox cannot fetch."""

from __future__ import annotations

import threading
from typing import Any

from composer.sandbox.catalogue import BACKDROPS, LOOK_SIZES, TALKING_PHOTOS
from composer.sandbox.clipmedia import ClipSpec, audio_seconds, render_clip, script_seconds
from composer.sandbox.faults import Faults
from composer.sandbox.renders import Render, RenderStore

AVATAR_CLIP = "avatar-clip"
"""The `finished_file` name of an avatar render (see media.RULES)."""
HEIGHTS = {"720p": 720, "1080p": 1080, "4k": 2160}
DEFAULT_KEY = (0, 177, 64)
UNKNOWN_AUDIO_SECONDS = 3.0
PHOTOS = frozenset(look_id for look_id, _ in TALKING_PHOTOS)


def is_avatar(body: dict[str, Any]) -> bool:
    return body.get("type") == "avatar"


def is_webm(body: dict[str, Any]) -> bool:
    return is_avatar(body) and body.get("output_format") == "webm"


def _key(body: dict[str, Any]) -> tuple[int, int, int]:
    background = body.get("background") or {}
    value = str(background.get("value") or "").lstrip("#")
    if background.get("type") == "color" and len(value) == 6:
        return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))
    return DEFAULT_KEY


class AvatarClips:
    def __init__(self, store: RenderStore, faults: Faults | None = None) -> None:
        self.store = store
        self.faults = faults or Faults()
        self._clips: dict[str, tuple[bytes, str]] = {}
        self._lock = threading.Lock()

    def file(self, render: Render) -> tuple[bytes, str]:
        """The clip's bytes and MIME type (made once per render)."""
        with self._lock:
            if render.video_id not in self._clips:
                self._clips[render.video_id] = self._make(render.body)
            return self._clips[render.video_id]

    def spec(self, body: dict[str, Any]) -> ClipSpec:
        height = HEIGHTS.get(str(body.get("resolution")), 1080)
        width, tall = LOOK_SIZES["talking_photo" if body["avatar_id"] in PHOTOS else "avatar"]
        width = max(2, round(height * width / tall / 2) * 2)
        audio = None
        if body.get("audio_asset_id"):
            asset = self.store.asset(str(body["audio_asset_id"]))
            audio = asset.data if asset else None
        if audio is not None:
            seconds = audio_seconds(audio)
        elif body.get("audio_url"):
            seconds = UNKNOWN_AUDIO_SECONDS
        else:
            speed = (body.get("voice_settings") or {}).get("speed")
            seconds = script_seconds(body.get("script"), speed)
        alpha = is_webm(body) and not self.faults.v3_webm_opaque
        plate = None if alpha else BACKDROPS.get(str(body["avatar_id"]))
        key = None if alpha or plate else _key(body)
        return ClipSpec(width, height, seconds, key=key, audio=audio, plate=plate)

    def _make(self, body: dict[str, Any]) -> tuple[bytes, str]:
        spec = self.spec(body)
        return render_clip(spec), "video/webm" if spec.webm else "video/mp4"
