"""The sandbox's state: videos "rendering" on a clock, expiring video links, uploaded assets."""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

PENDING_SHARE = 0.3  # the first 30% of the render time a video is "pending", then "processing"
START_QUOTA = 600_000
QUOTA_PER_SCENE = 60
RENDER_FAILED_CODE = 40119


@dataclass(frozen=True)
class Render:
    video_id: str
    created_at: float
    seconds: float
    fail_message: str | None
    callback_id: str | None
    caption: bool
    body: dict[str, Any]  # as received, for tests that check what was sent

    def status(self, now: float) -> str:
        elapsed = now - self.created_at
        if elapsed >= self.seconds:
            return "failed" if self.fail_message else "completed"
        return "pending" if elapsed < self.seconds * PENDING_SHARE else "processing"


@dataclass(frozen=True)
class Link:
    video_id: str
    expires_at: float


@dataclass(frozen=True)
class UploadedAsset:
    id: str
    content_type: str
    path: Path  # the upload, on disk in the store's folder (no file is kept open)
    size: int
    created_at: int

    @property
    def data(self) -> bytes:
        return self.path.read_bytes()


class RenderStore:
    """Thread-safe; the HTTP handlers share one."""

    def __init__(self, render_seconds: float, url_ttl_seconds: float) -> None:
        self.render_seconds = render_seconds
        self.url_ttl_seconds = url_ttl_seconds
        self.quota = START_QUOTA
        self._renders: dict[str, Render] = {}
        self._links: dict[str, Link] = {}
        self._assets: dict[str, UploadedAsset] = {}
        self._lock = threading.Lock()
        self._folder = tempfile.TemporaryDirectory(prefix="heygen-sandbox-")
        self.folder = Path(self._folder.name)
        """Uploaded files and unfinished direct uploads (removed by `close`)."""

    def close(self) -> None:
        self._folder.cleanup()

    def create(self, body: dict[str, Any], fail_message: str | None, scenes: int = 0) -> Render:
        """A new render of `body` (`scenes`: how many to bill; default the v2 scene count)."""
        render = Render(
            video_id=self.new_id(),
            created_at=time.time(),
            seconds=self.render_seconds,
            fail_message=fail_message,
            callback_id=body.get("callback_id"),
            caption=bool(body.get("caption")),
            body=body,
        )
        with self._lock:
            self._renders[render.video_id] = render
            if body.get("test") is not True:  # drafts are free
                billed = scenes or len(body["video_inputs"])
                self.quota = max(0, self.quota - QUOTA_PER_SCENE * billed)
        return render

    def video_count(self) -> int:
        with self._lock:
            return len(self._renders)

    def video_ids(self) -> list[str]:
        with self._lock:
            return list(self._renders)

    def bodies(self) -> list[dict[str, Any]]:
        """The body of every video created, oldest first."""
        with self._lock:
            return [render.body for render in self._renders.values()]

    def get(self, video_id: str) -> Render | None:
        with self._lock:
            return self._renders.get(video_id)

    def status_data(self, render: Render, base_url: str) -> dict[str, Any]:
        """`data` of a video_status.get answer; finished videos get freshly signed links."""
        now = time.time()
        status = render.status(now)
        data: dict[str, Any] = {
            "id": render.video_id,
            "status": status,
            "video_url": None,
            "video_url_caption": None,
            "caption_url": None,
            "thumbnail_url": None,
            "gif_url": None,
            "duration": None,
            "created_at": int(render.created_at),
            "callback_id": render.callback_id,
            "error": None,
        }
        if status == "failed":
            message = render.fail_message or ""
            data["error"] = {"code": RENDER_FAILED_CODE, "message": message, "detail": message}
        elif status == "completed":
            signed = f"{render.video_id}.{{}}?token={self.sign(render.video_id, now)}"
            data["video_url"] = f"{base_url}/files/video/" + signed.format("mp4")
            data["thumbnail_url"] = f"{base_url}/files/thumbnail/" + signed.format("jpg")
            data["duration"] = 2.0
            if render.caption:
                data["video_url_caption"] = data["video_url"]
        return data

    def link_is_valid(self, video_id: str, token: str) -> bool:
        with self._lock:
            link = self._links.get(token)
        return link is not None and link.video_id == video_id and time.time() < link.expires_at

    def expire_links(self) -> None:
        """Every link handed out so far stops working; the next status call gives fresh ones."""
        with self._lock:
            self._links.clear()

    @staticmethod
    def new_id() -> str:
        return secrets.token_hex(16)

    def add_asset(
        self, file: BinaryIO | bytes | Path, content_type: str, asset_id: str | None = None
    ) -> UploadedAsset:
        """Keep an upload on disk: the body a request was read into (copied; the caller
        closes it), bytes, or a file of this store's folder (moved)."""
        asset_id = asset_id or self.new_id()
        path = self.folder / f"asset-{asset_id}"
        if isinstance(file, Path):
            os.replace(file, path)
        else:
            with path.open("wb") as out:
                if isinstance(file, bytes):
                    out.write(file)
                else:
                    file.seek(0)
                    shutil.copyfileobj(file, out, 1024 * 1024)
        asset = UploadedAsset(asset_id, content_type, path, path.stat().st_size, int(time.time()))
        with self._lock:
            self._assets[asset.id] = asset
        return asset

    def asset_bytes(self) -> int:
        """Bytes of every asset uploaded so far (tests: what left the client)."""
        with self._lock:
            return sum(asset.size for asset in self._assets.values())

    def asset(self, asset_id: str) -> UploadedAsset | None:
        with self._lock:
            return self._assets.get(asset_id)

    def sign(self, video_id: str, now: float) -> str:
        """A fresh token for the links of `video_id` (valid for `url_ttl_seconds`)."""
        token = secrets.token_urlsafe(16)
        with self._lock:
            self._links[token] = Link(video_id, now + self.url_ttl_seconds)
        return token
