"""The v3 studio route: one `POST /v3/videos` of `type: "studio"`, whole-frame scenes.

Never a duplicate: the create carries an `Idempotency-Key` that is saved in the job
history (in `ref`) before the POST goes out; a lost answer is resent with the same key
(composer/heygen/v3.py), and a job cut short while sending is resent with it on resume.
HeyGen keeps keys for 24 hours, so an older unsent job is not resent but reported.
"""

from __future__ import annotations

import threading
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.assets.media import MediaError
from composer.assets.uploads import file_sha256, local_media, resolve_uploads
from composer.billing.money import balance_text
from composer.compose import captions
from composer.heygen.errors import HeyGenError, SubmissionUnknown
from composer.heygen.v3_errors import V3Rejected
from composer.heygen.v3_models import V3Video
from composer.model.project import Project
from composer.model.tr_noop import QT_TRANSLATE_NOOP
from composer.model.validate import Problem
from composer.routes import v3_losses
from composer.routes.base import (
    Balance,
    JobContext,
    PreviewMode,
    Progress,
    Ref,
    RenderRoute,
    RouteFailed,
    RouteStatus,
    captioned_path,
)
from composer.routes.progress import download_progress
from composer.routes.v3_catalogue import V3Catalogue
from composer.routes.v3_engines import CatalogueFacts
from composer.routes.v3_mapping import NotMappable, studio_body, unused_media_dropped
from composer.routes.v3_params import where

if TYPE_CHECKING:
    from composer.heygen.client import HeyGenClient
    from composer.heygen.v3 import V3Api

KEY_LIFETIME = 23 * 3600  # HeyGen replays a key for 24 h; keep an hour's margin


class V3StudioRoute(RenderRoute):
    name = "v3"
    label = QT_TRANSLATE_NOOP("Routes", "v3 studio")
    summary = QT_TRANSLATE_NOOP(
        "Routes",
        "HeyGen's current API. Each scene fills the whole frame: HeyGen places the presenter "
        "itself, so size and position, circle styles, text overlays and pictures behind the "
        "presenter are left out (the problems list says what, scene by scene).",
    )
    preview = PreviewMode.WHOLE_FRAME
    resend_safe = True

    def __init__(self, client: HeyGenClient) -> None:
        from composer.heygen.v3 import V3Api  # the HTTP stack, only when a job runs

        super().__init__(client)
        self.api = V3Api(client)
        self._ready: dict[str, V3Video] = {}

    @classmethod
    def check(cls, project: Project) -> list[Problem]:
        return v3_losses.check(project)

    @classmethod
    def losses_summary(cls, project: Project) -> list[str]:
        return v3_losses.summary_lines(v3_losses.losses(project))

    @classmethod
    def payload(cls, project: Project) -> Any:
        return studio_body(unused_media_dropped(project))

    def prepare(self, project: Project, job: JobContext) -> Ref:
        project = unused_media_dropped(project)
        if local_media(project):
            try:
                project = resolve_uploads(project, _Uploader(self.api), job.uploading, job.uploads)
            except MediaError as exc:
                raise RouteFailed(str(exc), "invalid") from None
        try:
            body = studio_body(project, catalogue_facts(self.api, project))
        except NotMappable as exc:
            raise RouteFailed(f"Scene {exc.scene_index + 1}: {exc}", "invalid") from None
        key = f"scene-composer-{uuid.uuid4().hex}"
        return {"body": body, "key": key, "keyed_at": time.time(), "video_id": None}

    def send(self, ref: Ref, job: JobContext) -> Ref:
        if ref.get("video_id"):
            return ref
        if time.time() - float(ref.get("keyed_at") or 0) > KEY_LIFETIME:
            raise SubmissionUnknown(
                "This video was being sent more than a day ago, so sending it again could make "
                "a second one. Check your HeyGen video list, then send it again if needed."
            )
        try:
            video_id = self.api.create_video(ref["body"], ref["key"])
        except V3Rejected as exc:
            place = where(exc.param)
            raise RouteFailed(
                f"HeyGen refused the video{f' ({place})' if place else ''}: {exc}", "rejected"
            ) from None
        # Sent: the body is not needed any more (it keeps the history small).
        ref = {"key": ref["key"], "video_id": video_id, "caption": bool(ref["body"].get("caption"))}
        job.submitted(video_id, None, ref)
        return ref

    def poll(self, ref: Ref) -> RouteStatus:
        video = self.api.video(ref["video_id"])
        if video.status == "failed":
            reason = video.failure_message or "no reason given"
            code = f" ({video.failure_code})" if video.failure_code else ""
            return RouteStatus(RouteStatus.FAILED, failure=f"{reason}{code}")
        if video.status == "completed":
            self._ready[video.video_id] = video
            return RouteStatus(RouteStatus.COMPLETED, 1.0)
        return RouteStatus(RouteStatus.QUEUED if video.is_queued else RouteStatus.PROCESSING)

    def fetch(
        self, ref: Ref, target: Path, progress: Progress, cancel: threading.Event
    ) -> list[Path]:
        video_id = ref["video_id"]
        video = self._ready.pop(video_id, None) or self.api.video(video_id)
        if not video.video_url:
            raise RouteFailed("HeyGen finished the video but sent no link to it.", "unexpected")
        files = [self.api.download(video.video_url, target, download_progress(progress), cancel)]
        if ref.get("caption") and video.captioned_video_url:
            captioned = captioned_path(target)
            words = download_progress(progress, "Downloading the captioned video")
            files.append(self.api.download(video.captioned_video_url, captioned, words, cancel))
        if ref.get("caption") and video.subtitle_url:
            srt = target.with_suffix(".srt")
            words = download_progress(progress, "Downloading the captions")
            try:  # bounded text with cues, or no captions file at all
                self.api.download(
                    video.subtitle_url, srt, words, cancel, max_bytes=captions.MAX_SRT_BYTES,
                    verify=captions.verify_srt,
                )  # fmt: skip
            except captions.CaptionError:
                return files
            files.append(captions.merge([(srt, 0.0)], srt) or srt)  # control characters out
        return files

    def catalogue(self) -> V3Catalogue:
        return V3Catalogue(self.api)

    def balance(self) -> Balance:
        account = self.api.me()
        if account.amount is None:
            return Balance(None, "HeyGen did not say how much is left.", account.unit)
        return Balance(account.amount, balance_text(account.amount, account.unit), account.unit)


def catalogue_facts(api: V3Api, project: Project) -> CatalogueFacts:
    """The account's looks (engines) and, when a scene has ElevenLabs settings, the voices
    that take them. What HeyGen does not answer stays unknown (the safe choices)."""
    try:
        looks = {look.look_id: look for look in api.looks()}
    except HeyGenError:
        looks = {}
    eleven: frozenset[str] | None = None
    if any(scene.voice.elevenlabs_settings is not None for scene in project.scenes):
        try:
            eleven = frozenset(api.voice_ids("elevenlabs"))
        except HeyGenError:
            eleven = None
    return CatalogueFacts(looks, eleven)


class _Uploader:
    """composer.assets.uploads.Uploader on v3 assets: each file's key is its content hash,
    so a resent or resumed upload of the same file replays instead of storing it twice."""

    def __init__(self, api: V3Api) -> None:
        self.api = api
        self.server = f"{api.server}/v3"  # v3 asset ids are cached apart from v2's

    def upload_file(self, path: Path, content_type: str) -> str:
        key = f"scene-composer-asset-{file_sha256(path)}"
        return self.api.upload_file(path, content_type, key).asset_id
