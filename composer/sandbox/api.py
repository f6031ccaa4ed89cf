"""The sandbox's answers, request by request: HeyGen's endpoints, shapes and error bodies,
the files it links to, and the /_sandbox/ control endpoints. No sockets here (see server.py).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from composer.resources import resource
from composer.sandbox.avatar_clips import AVATAR_CLIP, AvatarClips
from composer.sandbox.catalogue import avatars_data, voices_data
from composer.sandbox.faults import Faults
from composer.sandbox.media import finished_file
from composer.sandbox.renders import RenderStore
from composer.sandbox.schema import INVALID_CODE, MISSING_CODE, check_generate_body

MB = 1024 * 1024
TOKEN_HEADER = "X-Sandbox-Token"
UPLOAD_LIMITS = {"image": 50 * MB, "video": 100 * MB, "audio": 50 * MB}
UPLOAD_TYPES = {
    "image/jpeg": "image",
    "image/png": "image",
    "video/mp4": "video",
    "video/webm": "video",
    "audio/mpeg": "audio",
    "audio/wav": "audio",
    "audio/x-wav": "audio",
}
MAX_BODY = max(UPLOAD_LIMITS.values())
AUTH_CODE = 400112
CREDIT_CODE = "insufficient_credit"
SHIPPED_FILES = {
    "sample.mp4": ("sample.mp4", "video/mp4"),
    "thumbnail.jpg": ("thumbnail.jpg", "image/jpeg"),
    "avatar.jpg": ("avatar-preview.jpg", "image/jpeg"),
    "voice.mp3": ("voice-preview.mp3", "audio/mpeg"),
}
V3_CODES = {
    401: "unauthorized",
    402: "insufficient_credit",
    429: "rate_limit_exceeded",
    500: "internal_error",
    502: "internal_error",
    503: "internal_error",
}
UNLIMITED = (
    "This avatar does not support unlimited mode. Please use a different avatar, or use "
    "Avatar IV or Avatar V."
)
"""HeyGen's v2 answer (HTTP 400) to newer photo avatars, as users reported it in 2026."""
RETIRED_MESSAGE = "This v2 endpoint is Legacy and was removed on 2026-10-31. Use /v3/videos."
EXPIRED_XML = (
    b"<?xml version='1.0' encoding='UTF-8'?><Error><Code>AccessDenied</Code>"
    b"<Message>Request has expired</Message></Error>"
)


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]  # names in lower case
    body_file: BinaryIO  # spooled: small bodies in memory, uploads on disk
    length: int  # the declared Content-Length (the body is empty when over MAX_BODY)

    @property
    def api_key(self) -> str:
        return (self.headers.get("x-api-key") or "").strip()

    @property
    def body(self) -> bytes:
        """The whole body (JSON endpoints; uploads use `body_file`)."""
        self.body_file.seek(0)
        return self.body_file.read()

    @property
    def is_json(self) -> bool:
        return self.headers.get("content-type", "").split(";")[0].strip() == "application/json"


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


def json_reply(status: int, value: Any, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, json.dumps(value).encode("utf-8"), headers=headers or {})


def error_reply(path: str, status: int, code: Any, message: str, **headers: str) -> Reply:
    """An error in the body style HeyGen uses on that endpoint."""
    if path.startswith("/v3/"):
        v3_code = V3_CODES.get(status, str(code))
        body: dict[str, Any] = {
            "error": {"code": v3_code, "message": message, "param": None, "doc_url": None}
        }
    elif status == 402:  # the newer style
        body = {"error": {"code": code, "message": message, "param": None}}
    elif path == "/v1/asset":
        body = {"code": code, "data": None, "msg": message, "message": None}
    elif path.startswith("/v1/"):
        body = {"code": code, "message": message, "data": None}
    else:
        body = {"error": {"code": code, "message": message}, "data": None}
    return json_reply(status, body, headers)


def shipped_files() -> dict[str, tuple[bytes, str]]:
    """The sample video, thumbnail and previews shipped in resources/sandbox/."""
    return {
        name: (resource("sandbox", file).read_bytes(), mime)
        for name, (file, mime) in SHIPPED_FILES.items()
    }


class SandboxApi:
    def __init__(
        self,
        store: RenderStore,
        faults: Faults,
        base_url: Callable[[], str],
        token: str,
        request_log: Callable[[], list[dict[str, Any]]] = list,
    ) -> None:
        """`token`: the per-run secret the /_sandbox/ control endpoints require (header
        X-Sandbox-Token), so a web page can't switch faults on a sandbox it can reach."""
        from composer.sandbox.v3_api import V3Api  # it builds on this module's replies

        self.store = store
        self.faults = faults
        self.token = token
        self._base_url = base_url
        self.avatar_clips = AvatarClips(store, faults)
        self.v3 = V3Api(store, faults, base_url, self.avatar_clips)
        self._files = shipped_files()
        self._routes: dict[tuple[str, str], Callable[[Request], Reply]] = {
            ("POST", "/v2/video/generate"): self.generate,
            ("GET", "/v1/video_status.get"): self.status,
            ("GET", "/v2/avatars"): lambda r: self._ok(avatars_data(self._base_url())),
            ("GET", "/v2/voices"): lambda r: self._ok(voices_data(self._base_url())),
            ("GET", "/v2/user/remaining_quota"): self.quota,
            ("POST", "/v1/asset"): self.upload,
            ("GET", "/_sandbox/faults"): lambda r: json_reply(200, self.faults.as_dict()),
            ("POST", "/_sandbox/faults"): self.set_faults,
            ("GET", "/_sandbox/requests"): lambda r: json_reply(200, request_log()),
        }

    def handle(self, request: Request) -> Reply:
        if request.path.startswith("/files/"):
            return self.file(request)
        if request.method == "PUT" and request.path.startswith("/_upload/"):
            return self.v3.put_upload(request)
        if request.path.startswith("/v3/") and (request.method, request.path) not in self._routes:
            return self._refusal(request) or self.v3.handle(request)
        if self.faults.v2_retired and request.path.startswith(("/v1/", "/v2/")):
            return error_reply(request.path, 410, "endpoint_retired", RETIRED_MESSAGE)
        route = self._routes.get((request.method, request.path))
        if route is None:
            return error_reply(request.path, 404, 404, f"Not found: {request.path}")
        if request.path.startswith("/_sandbox/"):
            return self._control_refusal(request) or route(request)
        return self._refusal(request) or route(request)

    def _control_refusal(self, request: Request) -> Reply | None:
        """Control calls need the run's token, and a JSON body type for POSTs (which a web
        page can only send after a CORS preflight the sandbox never grants)."""
        given = request.headers.get(TOKEN_HEADER.lower(), "")
        if not secrets.compare_digest(given.encode(), self.token.encode()):
            return json_reply(403, {"error": f"send the sandbox's token in {TOKEN_HEADER}"})
        if request.method == "POST" and not request.is_json:
            return json_reply(415, {"error": "send Content-Type: application/json"})
        return None

    def _refusal(self, request: Request) -> Reply | None:
        """The answer when the key is missing or a fault switch says to refuse."""
        path, faults = request.path, self.faults
        if not request.api_key:
            return error_reply(path, 401, AUTH_CODE, "Unauthorized: missing x-api-key header")
        if faults.take("auth_fail_next", path):
            return error_reply(
                path, 401, AUTH_CODE, f"Unauthorized: the API key {request.api_key} is invalid"
            )
        if faults.take("rate_limit_next", path):
            message = "Rate limit exceeded: too many concurrent requests"
            return error_reply(path, 429, 429, message, **{"Retry-After": str(faults.retry_after)})
        if faults.take("server_error_next", path):
            status = faults.server_error_status
            return error_reply(path, status, status, "Internal server error")
        if faults.take("no_credit_next", path):
            return error_reply(path, 402, CREDIT_CODE, "Insufficient credit to generate video")
        if faults.take("reject_next", path):
            return error_reply(path, 400, INVALID_CODE, faults.reject_message or "Bad request")
        if faults.take("ok_with_error_next", path) or (
            faults.status_error and path == "/v1/video_status.get"
        ):
            error = {"code": 500, "message": "Temporary failure, please try again later"}
            return json_reply(200, {"error": error, "data": None})
        return None

    def _ok(self, data: Any, **extra: Any) -> Reply:
        return json_reply(200, {"error": None, "data": data, **extra})

    def generate(self, request: Request) -> Reply:
        try:
            body = json.loads(request.body)
        except ValueError:
            return error_reply(request.path, 400, INVALID_CODE, "Invalid JSON body")
        problem = check_generate_body(body)
        if problem:
            return error_reply(request.path, 400, *problem)
        if self.faults.v2_unlimited_mode and _has_talking_photo(body):
            return json_reply(400, {"error": {"code": "internal_error", "message": UNLIMITED}})
        render = self.store.create(body, self.faults.fail_render)
        notice = {"message": self.faults.notice} if self.faults.notice else {}
        return self._ok({"video_id": render.video_id}, **notice)

    def status(self, request: Request) -> Reply:
        video_id = request.query.get("video_id", "")
        if not video_id:
            return error_reply(request.path, 400, MISSING_CODE, "Missing parameter: video_id")
        render = self.store.get(video_id)
        if render is None:
            return error_reply(request.path, 404, 404, f"Video not found: {video_id}")
        self._expire_if_asked()  # old links stay expired; this answer gives fresh ones
        data = self.store.status_data(render, self._base_url())
        return json_reply(200, {"code": 100, "message": "Success", "data": data})

    def quota(self, request: Request) -> Reply:
        remaining = self.store.quota
        details = {"api": remaining, "seat": 0}
        return self._ok({"remaining_quota": remaining, "details": details})

    def upload(self, request: Request) -> Reply:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        kind = UPLOAD_TYPES.get(content_type)
        if kind is None:
            accepted = ", ".join(sorted(UPLOAD_TYPES))
            message = f"Unsupported Content-Type {content_type or '(none)'}; use one of {accepted}"
            return error_reply(request.path, 400, 40044, message)
        limit = UPLOAD_LIMITS[kind]
        if request.length > limit:
            message = f"File too large: {kind} uploads may be at most {limit // MB} MB"
            return error_reply(request.path, 400, 400, message)
        if not request.length:
            return error_reply(request.path, 400, MISSING_CODE, "Empty file")
        asset = self.store.add_asset(request.body_file, content_type)
        data = {
            "id": asset.id,
            "name": asset.id,
            "file_type": kind,
            "folder_id": "",
            "meta": None,
            "created_ts": asset.created_at,
            "url": f"{self._base_url()}/files/asset/{asset.id}",
        }
        return json_reply(200, {"code": 100, "data": data, "msg": None, "message": None})

    def set_faults(self, request: Request) -> Reply:
        """Body: switch values; `"expire_urls": true` expires every link handed out so far,
        `"reset": true` switches everything off first."""
        try:
            values = json.loads(request.body or b"{}")
            if not isinstance(values, dict):
                raise ValueError("send a JSON object of fault switches")
            if values.pop("reset", False):
                self.faults.reset()
            self.faults.update(values)
            self._expire_if_asked()
        except ValueError as exc:
            return json_reply(400, {"error": str(exc)})
        return json_reply(200, self.faults.as_dict())

    def _expire_if_asked(self) -> None:
        """`faults.expire_urls`: expire every link handed out so far, once."""
        if self.faults.expire_urls:
            self.store.expire_links()
            self.faults.update({"expire_urls": False})

    def file(self, request: Request) -> Reply:
        """Signed video and thumbnail links (403 when expired, like S3), previews, assets."""
        parts = request.path.split("/")  # "", "files", kind, name
        if len(parts) != 4:
            return Reply(404, b"Not found", "text/plain")
        _, _, kind, name = parts
        if kind in ("video", "captioned", "thumbnail", "subtitle"):
            self._expire_if_asked()
            video_id = name.rsplit(".", 1)[0]
            render = self.store.get(video_id)
            if render is None or not self.store.link_is_valid(
                video_id, request.query.get("token", "")
            ):
                return Reply(403, EXPIRED_XML, "application/xml")
            if kind == "subtitle":
                return self.v3.subtitle_file(render)
            name = finished_file(render.body)[0] if kind != "thumbnail" else "thumbnail.jpg"
            if name == AVATAR_CLIP:
                return Reply(200, *self.avatar_clips.file(render))
            return self._shipped(name)
        if kind == "preview" and name in self._files:
            return self._shipped(name)
        if kind == "asset" and (asset := self.store.asset(name)):
            return Reply(200, asset.data, asset.content_type)
        clips = self.v3.library.speech_clips
        if kind == "speech" and (clip := clips.get(name.removesuffix(".wav"))):
            return Reply(200, clip, "audio/wav")
        if kind == "removal" and (layer := self.v3.removals.file(name)):
            return layer
        return Reply(404, b"Not found", "text/plain")

    def _shipped(self, name: str) -> Reply:
        data, mime = self._files[name]
        return Reply(200, data, mime)


def _has_talking_photo(body: Any) -> bool:
    scenes = body.get("video_inputs") if isinstance(body, dict) else None
    return any(
        isinstance(scene, dict) and (scene.get("character") or {}).get("type") == "talking_photo"
        for scene in scenes or []
    )
