"""The sandbox's v3 answers. Every request passes v3_contract first (HeyGen's published
schemas, strictly) and every answer is checked against the response schema on its way out.
Here: videos (create, status), routing to the assets (v3_assets) and the catalogue and
account (v3_library), and `Idempotency-Key` replay (idempotency.py) on the endpoints where
HeyGen honours it: video creates and multipart uploads. The direct-upload steps carry no
such key (HeyGen's CLI documents the header only for batch uploads; `complete` is
idempotent by itself).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from composer.sandbox import v3_rules
from composer.sandbox.alpha import BackgroundRemovals, look_refusal
from composer.sandbox.api import Reply, Request
from composer.sandbox.avatar_clips import AvatarClips
from composer.sandbox.faults import Faults
from composer.sandbox.idempotency import IdempotencyStore
from composer.sandbox.media import finished_file, subtitles
from composer.sandbox.renders import Render, RenderStore
from composer.sandbox.v3_assets import Assets, form_fields
from composer.sandbox.v3_contract import (
    INVALID_CODE,
    Call,
    admit,
    checked,
    v3_error,
    v3_ok,
)
from composer.sandbox.v3_library import Library

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
Work = Callable[[Call], tuple[Reply, float]]


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
        self.assets = Assets(store, faults, base_url)
        self.library = Library(faults, base_url, lambda: self.balance)
        self._handlers: dict[str, Callable[[Call], Reply]] = {
            "POST /v3/videos": lambda call: self._idempotent(call, self._create_video),
            "GET /v3/videos/{video_id}": self.video,
            "POST /v3/assets": lambda call: self._idempotent(call, self.assets.upload),
            "POST /v3/assets/direct-uploads": self.assets.begin,
            "POST /v3/assets/{asset_id}/complete": self.assets.complete,
            "GET /v3/assets/{asset_id}": self.assets.details,
            "GET /v3/assets/statuses": self.assets.statuses,
            "GET /v3/avatars/looks": self.library.looks,
            "GET /v3/avatars/looks/{look_id}": self.library.look,
            "GET /v3/voices": self.library.voices,
            "POST /v3/voices/speech": self.library.speech,
            "GET /v3/users/me": self.library.me,
            "POST /v3/background-removals": self.removals.create,
            "GET /v3/background-removals/{job_id}": self.removals.get,
        }

    def handle(self, request: Request) -> Reply:
        call = admit(request)
        if isinstance(call, Reply):
            return call
        handler = self._handlers.get(call.name)
        if handler is None:
            return v3_error(404, "not_found", f"The sandbox does not offer {call.name}.")
        return checked(call, handler(call))

    def put_upload(self, request: Request) -> Reply:
        return self.assets.put(request)

    # --- videos ---

    def _create_video(self, call: Call) -> tuple[Reply, float]:
        if self.faults.v3_error:
            code = self.faults.v3_error
            status = ERROR_STATUSES.get(code, 400)
            message = f"The sandbox was told to answer {code}."
            return v3_error(status, code, message, self.faults.v3_error_param), 0.0
        body = call.body
        for param, message in v3_rules.problems(body, self.assets.processing):
            return v3_error(400, INVALID_CODE, message, param), 0.0
        refusal = look_refusal(body, self.faults)
        if refusal is not None:
            return refusal, 0.0
        scenes = len(body["scenes"]) if body["type"] == "studio" else 1
        render = self.store.create(body, self.faults.fail_render, scenes)
        self.balance = max(0.0, self.balance - CREDITS_PER_SCENE * scenes)
        output = body.get("output_format") or "mp4"
        reply = v3_ok({"video_id": render.video_id, "status": "waiting", "output_format": output})
        stall = self.faults.stall_seconds if self._take("v3_timeout_after_create_next") else 0.0
        return reply, stall

    def video(self, call: Call) -> Reply:
        video_id = call.params["video_id"]
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
            "folder_id": None,
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
                data["captioned_video_url"] = link.format("captioned", extension)
        return data

    def subtitle_file(self, render: Render) -> Reply:
        return Reply(200, subtitles(render.body).encode("utf-8"), "application/x-subrip")

    # --- idempotency ---

    def _idempotent(self, call: Call, work: Work) -> Reply:
        if self._take("v3_in_progress_next"):
            return self._in_progress()
        request = call.request
        key = request.headers.get("idempotency-key")
        if key is None:
            return work(call)[0]
        if not IdempotencyStore.valid(key):
            message = "Idempotency-Key must be 1-255 characters of A-Z a-z 0-9 _ : . -"
            return v3_error(400, INVALID_CODE, message, "Idempotency-Key")
        content = form_fields(request).get("file") or request.body
        state, replay = self.keys.begin(request.path, key, content)
        if state == "replay":
            return replay
        if state == "in_progress":
            return self._in_progress()
        if state == "mismatch":
            message = "This Idempotency-Key was used with a different request body."
            return v3_error(422, "idempotency_key_reused", message, "Idempotency-Key")
        reply, stall = work(call)
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
