"""Transparency in the sandbox, as HeyGen documents it (gen/video.go,
gen/background-removal.go) and its users report it:

- `output_format: "webm"` and `remove_background: true` need an avatar trained with
  matting: studio avatars are; custom looks (digital twins, photo looks) are refused
  with a 400 in v3's error envelope naming the field. `--v3-webm-plan-refusal` refuses
  webm for every look with the plan wording a HeyGen user got.
- `POST /v3/background-removals` {video, layers, request_id, title}: a job on the
  render clock; once completed its `layers` link the sandbox's own loopback files: the
  `mask` (grayscale matte of the very clip rendered), the `foreground` (WebM with alpha)
  and the `background` (the backdrop alone). `request_id` is the idempotency key: the
  same one returns the original job; the Idempotency-Key header is ignored.
  `--v3-no-background-removal` refuses the endpoint (plan).
"""

from __future__ import annotations

import dataclasses
import re
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from composer.sandbox.api import Reply
from composer.sandbox.avatar_clips import AvatarClips, is_avatar
from composer.sandbox.catalogue import look_type
from composer.sandbox.clipmedia import render_clip
from composer.sandbox.faults import Faults
from composer.sandbox.renders import RenderStore
from composer.sandbox.v3_contract import Call, v3_ok
from composer.sandbox.v3_contract import v3_error as error

INVALID = "invalid_parameter"
MATTING_WEBM = (
    "This avatar does not support matting: output_format 'webm' needs an avatar trained "
    "with matting."
)
MATTING_REMOVE = "This avatar was not trained with matting: remove_background is not available."
PLAN_WEBM = "Please subscribe to higher plan to generate transparent videos - WebM not allowed."
PLAN_REMOVAL = "Please subscribe to higher plan to use background removal."
LAYERS = ("foreground", "mask", "background")
VIDEO_LINK = re.compile(r"^/files/video/([A-Za-z0-9_-]+)\.(mp4|webm)$")
REMOVAL_FILE = re.compile(r"^([0-9a-f]+)-(foreground|mask|background)\.(mp4|webm)$")


def look_refusal(body: dict[str, Any], faults: Faults) -> Reply | None:
    """The 400 HeyGen gives an avatar create its look can't render, or None."""
    if not is_avatar(body):
        return None
    matted = look_type(str(body.get("avatar_id"))) == "studio_avatar"
    if body.get("output_format") == "webm":
        if faults.v3_webm_plan_refusal:
            return error(400, INVALID, PLAN_WEBM, "output_format")
        if not matted:
            return error(400, INVALID, MATTING_WEBM, "output_format")
    if body.get("remove_background") and not matted:
        return error(400, INVALID, MATTING_REMOVE, "remove_background")
    return None


@dataclass(frozen=True)
class Removal:
    id: str
    created_at: float
    seconds: float
    layers: tuple[str, ...]
    render_id: str | None  # the sandbox render the video link names (None: not ours)
    title: str | None

    def status(self, now: float) -> str:
        if now - self.created_at < self.seconds:
            return "pending" if now - self.created_at < self.seconds / 3 else "processing"
        return "completed" if self.render_id else "failed"


class BackgroundRemovals:
    def __init__(self, store: RenderStore, clips: AvatarClips, faults: Faults, base_url) -> None:
        self.store, self.clips, self.faults = store, clips, faults
        self._base_url = base_url
        self._jobs: dict[str, Removal] = {}
        self._by_request: dict[str, str] = {}
        self._files: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def create(self, call: Call) -> Reply:
        """The body is already checked against HeyGen's schema (v3_contract); its prose
        names the layers."""
        if self.faults.v3_no_background_removal:
            return error(403, "forbidden", PLAN_REMOVAL)
        body = call.body
        if any(layer not in LAYERS for layer in body.get("layers") or ()):
            return error(400, INVALID, "layers may hold foreground, mask and background.", "layers")
        with self._lock:
            request_id = body.get("request_id")
            known = self._by_request.get(request_id) if request_id else None
            if known is not None:  # the original job, whatever this body says
                return self._answer(self._jobs[known])
            job = Removal(
                id=self.store.new_id(),
                created_at=time.time(),
                seconds=self.store.render_seconds,
                layers=tuple(body.get("layers") or LAYERS),
                render_id=self._render_of(body["video"]),
                title=body.get("title"),
            )
            self._jobs[job.id] = job
            if request_id:
                self._by_request[request_id] = job.id
        return self._answer(job)

    def get(self, call: Call) -> Reply:
        job_id = call.params["job_id"]
        with self._lock:
            job = self._jobs.get(job_id)
        if job is None:
            return error(404, "not_found", f"Background removal not found: {job_id}", "job_id")
        return self._answer(job)

    def file(self, name: str) -> Reply | None:
        """A produced layer (made on first download, then kept), or None."""
        match = REMOVAL_FILE.match(name)
        with self._lock:
            job = self._jobs.get(match[1]) if match else None
        if match is None or job is None or job.render_id is None or match[2] not in job.layers:
            return None
        with self._lock:
            if name not in self._files:
                self._files[name] = self._make(job.render_id, match[2])
        mime = "video/webm" if name.endswith(".webm") else "video/mp4"
        return Reply(200, self._files[name], mime)

    def _make(self, render_id: str, layer: str) -> bytes:
        render = self.store.get(render_id)
        assert render is not None
        spec = self.clips.spec(render.body)
        if layer == "mask":
            spec = dataclasses.replace(spec, matte=True)
        elif layer == "foreground":
            spec = dataclasses.replace(spec, key=None, plate=None)
        else:
            spec = dataclasses.replace(spec, backdrop_only=True)
        return render_clip(spec)

    def _render_of(self, video: dict[str, Any]) -> str | None:
        """The sandbox render a `url` source links to (its own signed video link)."""
        if video.get("type") != "url":
            return None
        url = urlsplit(str(video.get("url")))
        match = VIDEO_LINK.match(url.path)
        token = (parse_qs(url.query).get("token") or [""])[0]
        if match is None or not self.store.link_is_valid(match[1], token):
            return None
        render = self.store.get(match[1])
        return render.video_id if render is not None and is_avatar(render.body) else None

    def _answer(self, job: Removal) -> Reply:
        now = time.time()
        status = job.status(now)
        data: dict[str, Any] = {
            "id": job.id,
            "status": status,
            "created_at": int(job.created_at),
            "completed_at": None,
            "duration": None,
            "error": None,
            "layers": {},
        }
        if status == "completed":
            base = f"{self._base_url()}/files/removal/{job.id}"
            ext = {"foreground": "webm", "mask": "mp4", "background": "mp4"}
            data["layers"] = {layer: f"{base}-{layer}.{ext[layer]}" for layer in job.layers}
            data["completed_at"] = int(job.created_at + job.seconds)
            render = self.store.get(job.render_id or "")
            data["duration"] = self.clips.spec(render.body).seconds if render else None
        elif status == "failed":
            data["error"] = "The video could not be downloaded (the sandbox fetches its own links)."
        return v3_ok(data)
