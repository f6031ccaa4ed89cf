"""The sandbox's v3 answers: `/v3/videos` (avatar, image and studio bodies, checked by the
hand-written v3_schema), status, assets (multipart and the direct-upload flow), looks,
voices and the account, with HeyGen's `{"data": ...}` / `{"error": {code, message,
param}}` envelopes and `Idempotency-Key` replay (idempotency.py). Shapes follow HeyGen's
CLI (gen/video.go, gen/asset.go, gen/avatar.go, gen/voice.go, gen/user.go).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from composer.sandbox.alpha import BackgroundRemovals, look_refusal
from composer.sandbox.api import Reply, Request, json_reply
from composer.sandbox.avatar_clips import AvatarClips
from composer.sandbox.catalogue import looks_data, v3_voices_data
from composer.sandbox.faults import Faults
from composer.sandbox.idempotency import IdempotencyStore
from composer.sandbox.media import finished_file, subtitles
from composer.sandbox.renders import Render, RenderStore
from composer.sandbox.v3_schema import INVALID_CODE, check_v3_body

MB = 1024 * 1024
MULTIPART_LIMIT = 32 * MB
DIRECT_UPLOAD_LIMIT = 5 * 1024 * MB
UPLOAD_SECONDS = 3600
MAGIC = [
    (b"\x89PNG", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"%PDF", "application/pdf"),
    (b"\x1a\x45\xdf\xa3", "video/webm"),
    (b"ID3", "audio/mpeg"),
    (b"\xff\xfb", "audio/mpeg"),
    (b"\xff\xf3", "audio/mpeg"),
]
STATUS_NAMES = {"pending": "pending", "processing": "processing"}
VIDEO_PATH = re.compile(r"^/v3/videos/([A-Za-z0-9_-]+)$")
COMPLETE_PATH = re.compile(r"^/v3/assets/([A-Za-z0-9_-]+)/complete$")
REMOVAL_PATH = re.compile(r"^/v3/background-removals/([A-Za-z0-9_-]+)$")
ERROR_STATUSES = {
    "rate_limit_exceeded": 429,
    "resource_limit_exceeded": 429,
    "request_in_progress": 409,
    "trial_video_limit_exceeded": 403,
    "insufficient_credit": 402,
}
"""HTTP status of error codes --v3-error may name (HeyGen's docs give 400 for
download_failed and 409 for request_in_progress; the rest are this sandbox's guess)."""
START_BALANCE = 1000.0
CREDITS_PER_SCENE = 1.0


def v3_error(
    status: int, code: str, message: str, param: str | None = None, **headers: str
) -> Reply:
    body = {"error": {"code": code, "message": message, "param": param, "doc_url": None}}
    return json_reply(status, body, headers)


def v3_ok(data: Any, **extra: Any) -> Reply:
    return json_reply(200, {"data": data, **extra})


def detect_mime(data: bytes) -> str | None:
    """The MIME type from the bytes (as HeyGen does), or None when not a supported type."""
    for magic, mime in MAGIC:
        if data.startswith(magic):
            return mime
    if data[4:8] == b"ftyp":
        return "video/mp4"
    if data.startswith(b"RIFF") and data[8:12] == b"WAVE":
        return "audio/wav"
    return None


class V3Api:
    def __init__(
        self,
        store: RenderStore,
        faults: Faults,
        base_url: Callable[[], str],
        clips: AvatarClips,
    ) -> None:
        self.store = store
        self.removals = BackgroundRemovals(store, clips, faults, base_url)
        self.faults = faults
        self._base_url = base_url
        self.keys = IdempotencyStore()
        self.balance = START_BALANCE
        self._pending_uploads: dict[str, dict[str, Any]] = {}
        self._routes: dict[tuple[str, str], Callable[[Request], Reply]] = {
            ("POST", "/v3/videos"): self.create_video,
            ("POST", "/v3/assets"): self.upload,
            ("POST", "/v3/assets/direct-uploads"): self.direct_upload,
            ("GET", "/v3/avatars/looks"): lambda r: self._page(looks_data(self._base_url())),
            ("GET", "/v3/voices"): lambda r: self._page(v3_voices_data(self._base_url())),
            ("GET", "/v3/user/me"): self.me,
            ("POST", "/v3/background-removals"): self.removals.create,
        }

    def handle(self, request: Request) -> Reply:
        route = self._routes.get((request.method, request.path))
        if route is not None:
            return route(request)
        if request.method == "GET" and (match := VIDEO_PATH.match(request.path)):
            return self.video(match.group(1))
        if request.method == "POST" and (match := COMPLETE_PATH.match(request.path)):
            return self.complete(match.group(1))
        if request.method == "GET" and (match := REMOVAL_PATH.match(request.path)):
            return self.removals.get(match.group(1))
        return v3_error(404, "not_found", f"Not found: {request.method} {request.path}")

    # --- videos ---

    def create_video(self, request: Request) -> Reply:
        return self._idempotent(request, self._create_video)

    def _create_video(self, request: Request) -> tuple[Reply, float]:
        if self.faults.v3_error:
            code = self.faults.v3_error
            status = ERROR_STATUSES.get(code, 400)
            message = f"The sandbox was told to answer {code}."
            return v3_error(status, code, message, self.faults.v3_error_param), 0.0
        try:
            body = json.loads(request.body)
        except ValueError:
            return v3_error(400, INVALID_CODE, "The body is not valid JSON."), 0.0
        problem = check_v3_body(body)
        if problem:
            code, message, param = problem
            return v3_error(400, code, message, param), 0.0
        refusal = look_refusal(body, self.faults)
        if refusal is not None:
            return refusal, 0.0
        scenes = len(body["scenes"]) if body["type"] == "studio" else 1
        render = self.store.create(body, self.faults.fail_render, scenes)
        self.balance = max(0.0, self.balance - CREDITS_PER_SCENE * scenes)
        output = body.get("output_format", "mp4")
        reply = v3_ok({"video_id": render.video_id, "status": "waiting", "output_format": output})
        stall = self.faults.stall_seconds if self._take("v3_timeout_after_create_next") else 0.0
        return reply, stall

    def video(self, video_id: str) -> Reply:
        render = self.store.get(video_id)
        if render is None:
            return v3_error(404, "video_not_found", f"Video not found: {video_id}", "video_id")
        return v3_ok(self._video_data(render))

    def _video_data(self, render: Render) -> dict[str, Any]:
        now = time.time()
        status = render.status(now)
        base = self._base_url()
        data: dict[str, Any] = {
            "id": render.video_id,
            "title": render.body.get("title"),
            "status": status,
            "created_at": int(render.created_at),
            "completed_at": None,
            "duration": None,
            "video_url": None,
            "captioned_video_url": None,
            "subtitle_url": None,
            "thumbnail_url": None,
            "gif_url": None,
            "failure_code": None,
            "failure_message": None,
            "folder_id": render.body.get("folder_id"),
            "video_page_url": f"{base}/videos/{render.video_id}",
        }
        if status == "failed":
            data["failure_code"] = "render_failed"
            data["failure_message"] = render.fail_message
        elif status == "completed":
            token = self.store.sign(render.video_id, now)
            extension = finished_file(render.body)[1]
            link = f"{base}/files/{{}}/{render.video_id}.{{}}?token={token}"
            data["completed_at"] = int(render.created_at + render.seconds)
            data["duration"] = 2.0
            data["video_url"] = link.format("video", extension)
            data["thumbnail_url"] = link.format("thumbnail", "jpg")
            data["subtitle_url"] = link.format("subtitle", "srt")
            if (render.body.get("caption") or {}).get("style"):
                data["captioned_video_url"] = data["video_url"]
        return data

    def subtitle_file(self, render: Render) -> Reply:
        return Reply(200, subtitles(render.body).encode("utf-8"), "application/x-subrip")

    # --- assets ---

    def upload(self, request: Request) -> Reply:
        return self._idempotent(request, self._upload)

    def _upload(self, request: Request) -> tuple[Reply, float]:
        if request.length > MULTIPART_LIMIT:
            message = "The file is larger than 32 MB: use POST /v3/assets/direct-uploads."
            return v3_error(413, "file_too_large", message, "file"), 0.0
        data = _multipart_file(request)
        if not data:
            return v3_error(
                400, INVALID_CODE, "Send the file as multipart field 'file'.", "file"
            ), 0.0
        mime = detect_mime(data)
        if mime is None:
            message = "Unsupported file type: use PNG, JPEG, MP4, WebM, MP3, WAV or PDF."
            return v3_error(400, "unsupported_media_type", message, "file"), 0.0
        asset = self.store.add_asset(data, mime)
        return v3_ok(self._asset_data(asset.id, mime, len(data))), 0.0

    def direct_upload(self, request: Request) -> Reply:
        return self._idempotent(request, self._direct_upload)

    def _direct_upload(self, request: Request) -> tuple[Reply, float]:
        try:
            body = json.loads(request.body)
            size = int(body["size_bytes"])
            content_type = str(body["content_type"])
            str(body["filename"])
        except (ValueError, KeyError, TypeError):
            message = "filename, content_type and size_bytes are required."
            return v3_error(400, INVALID_CODE, message), 0.0
        if not 0 < size <= DIRECT_UPLOAD_LIMIT:
            return v3_error(400, INVALID_CODE, "size_bytes is out of range.", "size_bytes"), 0.0
        asset_id = self.store.new_id()
        self._pending_uploads[asset_id] = {"size": size, "content_type": content_type}
        data = {
            "asset_id": asset_id,
            "upload_url": f"{self._base_url()}/_upload/{asset_id}?signature={asset_id[:8]}",
            "upload_headers": {"Content-Type": content_type},
            "expires_in_seconds": UPLOAD_SECONDS,
            "max_bytes": size,
            "status": "pending_upload",
        }
        return v3_ok(data), 0.0

    def put_upload(self, request: Request) -> Reply:
        """The presigned PUT (no API key: the URL is the permission)."""
        asset_id = request.path.rsplit("/", 1)[-1]
        pending = self._pending_uploads.get(asset_id)
        if pending is None:
            return Reply(403, b"<Error><Code>AccessDenied</Code></Error>", "application/xml")
        if len(request.body) != pending["size"]:
            return Reply(400, b"<Error><Code>BadDigest</Code></Error>", "application/xml")
        pending["data"] = request.body
        return Reply(200, b"", "text/plain")

    def complete(self, asset_id: str) -> Reply:
        pending = self._pending_uploads.get(asset_id)
        existing = self.store.asset(asset_id)
        if existing is not None:  # completing twice returns the same asset
            return v3_ok(
                {
                    **self._asset_data(asset_id, existing.content_type, len(existing.data)),
                    "status": "ready",
                }
            )
        if pending is None or "data" not in pending:
            return v3_error(400, "upload_incomplete", "The file was not uploaded yet.", "asset_id")
        data = pending["data"]
        mime = detect_mime(data) or pending["content_type"]
        self.store.add_asset(data, mime, asset_id)
        del self._pending_uploads[asset_id]
        return v3_ok({**self._asset_data(asset_id, mime, len(data)), "status": "ready"})

    def _asset_data(self, asset_id: str, mime: str, size: int) -> dict[str, Any]:
        url = f"{self._base_url()}/files/asset/{asset_id}"
        return {"asset_id": asset_id, "url": url, "mime_type": mime, "size_bytes": size}

    # --- account and catalogue ---

    def me(self, request: Request) -> Reply:
        """Shape guessed: gen/user.go documents the endpoint and `billing_type` (wallet,
        subscription, usage_based) but no response schema."""
        wallet = {"currency": "credits", "remaining_balance": self.balance}
        return v3_ok(
            {
                "username": "sandbox",
                "email": "sandbox@example.com",
                "billing_type": "wallet",
                "wallet": wallet,
            }
        )

    def _page(self, items: list[dict[str, Any]]) -> Reply:
        return v3_ok(items, has_more=False, next_token=None)

    # --- idempotency ---

    def _idempotent(
        self, request: Request, work: Callable[[Request], tuple[Reply, float]]
    ) -> Reply:
        if self._take("v3_in_progress_next"):
            return self._in_progress()
        key = request.headers.get("idempotency-key")
        if key is None:
            return work(request)[0]
        if not IdempotencyStore.valid(key):
            message = "Idempotency-Key must be 1-255 characters of A-Z a-z 0-9 _ : . -"
            return v3_error(400, INVALID_CODE, message, "Idempotency-Key")
        content = _multipart_file(request) or request.body
        state, replay = self.keys.begin(request.path, key, content)
        if state == "replay":
            return replay
        if state == "in_progress":
            return self._in_progress()
        if state == "mismatch":
            message = "This Idempotency-Key was used with a different request body."
            return v3_error(422, "idempotency_key_reused", message, "Idempotency-Key")
        reply, stall = work(request)
        if reply.status >= 400:
            self.keys.forget(request.path, key)
        else:
            self.keys.finish(request.path, key, reply, stall)
        if stall:
            time.sleep(stall)  # created, but the answer comes after the client gave up
        return reply

    def _in_progress(self) -> Reply:
        message = "A request with this Idempotency-Key is still being processed."
        return v3_error(409, "request_in_progress", message)

    def _take(self, name: str) -> bool:
        return self.faults.take(name, None)


def _multipart_file(request: Request) -> bytes:
    """The bytes of form field `file` of a multipart/form-data body (b"" if absent)."""
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        return b""
    head = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=HTTP).parsebytes(head + request.body)
    for part in message.iter_parts():
        if part.get_param("name", header="content-disposition") == "file":
            return part.get_payload(decode=True) or b""
    return b""
