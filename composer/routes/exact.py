"""The exact layout route: HeyGen renders only each scene's talking presenter (v3
`type: "avatar"`), this computer composes every scene exactly as the preview paints it.

1. `prepare`: for each distinct presenter clip the project needs and the clip cache
   (composer/media/clips.py) lacks (exact_plan.py), a v3 avatar body (exact_bodies.py)
   asking for the first way to alpha its look may give (exact_alpha.py: a WebM with alpha,
   else an MP4 on a key colour chosen away from the look's colours (exact_key_colour.py),
   cleaned by HeyGen's background removal); `aspect_ratio: "auto"` and the smallest
   resolution at least as tall as the presenter is drawn. Silent scenes get a silent WAV
   of their length, uploaded once.
2. `send`: one create per clip, each with its Idempotency-Key saved in the job first; a
   refusal of a way to alpha is learnt and the clip asked the next way.
3. `poll`: all clips rendered, and the background removals their MP4s need done?
4. `fetch`: clips (and masks) downloaded into the cache (exact_fetch.py), then the video
   composed locally (exact_compose.py; progress: scene i of n, % of frames; cancel
   between frames).
Editing text, backgrounds, positions, sizes or scene order later renders nothing new.
"""

from __future__ import annotations

import copy
import threading
import time
import uuid
from collections.abc import Collection
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.assets.media import MediaError as UploadRefused
from composer.assets.uploads import files_to_upload, local_media, resolve_uploads
from composer.heygen.errors import AuthError, HeyGenError
from composer.heygen.v3_errors import V3Rejected
from composer.media.clips import ClipCache
from composer.model.enums import BackgroundType
from composer.model.project import Project, background_of
from composer.model.tr_noop import QT_TRANSLATE_NOOP
from composer.model.validate import ERROR, Problem
from composer.projectfile.format import document_to_project, project_to_document
from composer.routes.base import (
    JobContext,
    PreviewMode,
    Progress,
    Ref,
    RenderRoute,
    RouteFailed,
    RouteStatus,
)
from composer.routes.checks import checked
from composer.routes.exact_alpha import KEY, REMOVAL, Alpha, request_id, scenes_needing_removal
from composer.routes.exact_bodies import ClipBodies
from composer.routes.exact_compose import compose, fetch_online_media
from composer.routes.exact_fetch import Fetched, download_clip
from composer.routes.exact_key_colour import key_colour
from composer.routes.exact_plan import clip_folder, clips_to_render, renders_needed
from composer.routes.look_memory import memory_for
from composer.routes.v3_mapping import has_presenter
from composer.routes.v3_studio import KEY_LIFETIME, V3StudioRoute, _Uploader, catalogue_facts

if TYPE_CHECKING:  # the HTTP stack loads when a job runs, not when routes are listed
    from composer.assets.containment import UploadFile
    from composer.heygen.client import HeyGenClient

UNFETCHABLE = (
    "The exact layout composes backgrounds on this computer and can't fetch one uploaded to "
    "HeyGen: choose its file or give its web address."
)


class ExactRoute(RenderRoute):
    name = "exact"
    label = QT_TRANSLATE_NOOP("Routes", "Exact layout (composed on this computer)")
    summary = QT_TRANSLATE_NOOP(
        "Routes",
        "HeyGen renders only the talking presenter of each scene; this computer puts every "
        "scene together exactly as the preview shows it. Later changes to text, backgrounds, "
        "sizes or positions need no new HeyGen render.",
    )
    preview = PreviewMode.EXACT
    resend_safe = True
    pricing = "exact"

    def __init__(self, client: HeyGenClient, folder: Path | None = None) -> None:
        from composer.heygen.v3 import V3Api
        from composer.heygen.v3_removals import BackgroundRemovals

        super().__init__(client)
        self.api = V3Api(client)
        self.removals = BackgroundRemovals(self.api)
        self.folder = folder or clip_folder()
        self._ladder: Alpha | None = None
        self.source = client.source
        """Clips this server and account rendered: the only ones sent on."""

    @classmethod
    def check(cls, project: Project) -> list[Problem]:
        problems = checked(project)
        for index, scene in enumerate(project.scenes):
            if not has_presenter(scene.character):
                problems.append(Problem(ERROR, index, "character.avatar_id",
                    "The exact layout needs a presenter in every scene: choose one."))  # fmt: skip
            background = background_of(scene)
            asset = background.image_asset_id or background.video_asset_id
            hidden = background.type != BackgroundType.COLOR and asset
            if hidden and not (background.local_file or background.url):
                field = "background.video_asset_id"
                if background.image_asset_id:
                    field = "background.image_asset_id"
                problems.append(Problem(ERROR, index, field, UNFETCHABLE))
        return problems

    @classmethod
    def clips_to_bill(cls, project: Project, source: str | None) -> list[int]:
        return [index for index, _ in clips_to_render(project, clip_folder(), source).values()]

    @classmethod
    def removals_to_bill(cls, project: Project, scenes: Collection[int]) -> set[int]:
        return scenes_needing_removal(project, scenes, clip_folder())

    @classmethod
    def submit_note(cls, project: Project, source: str | None) -> str:
        count = renders_needed(project, source)
        if not count:
            return "0 new HeyGen renders, composing locally"
        removals = len(cls.removals_to_bill(project, cls.clips_to_bill(project, source)))
        cut = f" ({removals} with HeyGen's background removal)" if removals else ""
        return f"{count} new HeyGen render{'s' if count != 1 else ''}{cut}, then composing locally"

    # --- prepare and send ---

    def prepare(self, project: Project, job: JobContext) -> Ref:
        fetch_online_media(project, job)  # before any HeyGen call: a failure sends nothing
        needed = clips_to_render(project, self.folder, self.source)
        clips = []
        if needed:
            facts = catalogue_facts(self.api, project)  # engines, looks' kinds, pictures
            alpha = self._alpha()
            sendable = self._uploaded(project, {index for index, _ in needed.values()}, job)
            bodies = ClipBodies(self.api, self.folder, facts, job)
            for name, (index, resolution) in needed.items():
                body = bodies.body(sendable.scenes[index], resolution)
                look = facts.looks.get(body["avatar_id"])
                rgb = key_colour(self.api, self.folder, look)
                colour = "#" + "".join(f"{c:02X}" for c in rgb)
                look_type = look.avatar_type if look else ""
                way = alpha.ask(body, colour, look_type)
                clips.append({"scene": index, "resolution": resolution, "body": body,
                              "way": way, "clip": name, "key_colour": colour,
                              "look_type": look_type, "look_name": look.name if look else "",
                              "video_id": None, "removal_id": None,
                              "idempotency": f"scene-composer-{uuid.uuid4().hex}"})  # fmt: skip
        return {
            "project": project_to_document(project, self.folder),
            "folder": str(self.folder),
            "clips": clips,
            "keyed_at": time.time(),
        }

    def _alpha(self) -> Alpha:
        """The ladder, with what was learnt before on this host and account (made once)."""
        from composer.heygen.v3 import ME_PATH

        if self._ladder is None:
            try:
                me = self.api._get(ME_PATH)
            except HeyGenError:
                me = {}
            self._ladder = Alpha(memory_for(self.folder, self.api.client.base_url, me))
        return self._ladder

    @classmethod
    def uploaded_part(cls, project: Project) -> Project:
        """Only voice recordings are uploaded: backgrounds are composed here."""
        copied = copy.deepcopy(project)
        for scene in copied.scenes:
            if scene.background is not None:
                scene.background.local_file = None
        return copied

    @classmethod
    def files_used(cls, project: Project) -> list[UploadFile]:
        """Its backgrounds too: not uploaded, but read here and composed."""
        return files_to_upload(replace(project, route=cls.name))

    def _uploaded(self, project: Project, scenes: set[int], job: JobContext) -> Project:
        """A copy whose voice recordings of `scenes` (those to render) are uploaded."""
        copied = self.uploaded_part(project)
        for index, scene in enumerate(copied.scenes):
            if index not in scenes:
                scene.voice.local_file = None
        if not local_media(copied):
            return copied
        try:
            return resolve_uploads(copied, _Uploader(self.api), job.uploading, job.uploads)
        except UploadRefused as exc:
            raise RouteFailed(str(exc), "invalid") from None
        finally:
            project.uploads.update(copied.uploads)

    def send(self, ref: Ref, job: JobContext) -> Ref:
        if time.time() - float(ref.get("keyed_at") or 0) > KEY_LIFETIME and any(
            not clip["video_id"] for clip in ref["clips"]
        ):
            raise RouteFailed("These presenter clips were being sent more than a day ago; "
                              "send the video again.", "unknown")  # fmt: skip
        for clip in ref["clips"]:
            if clip["video_id"]:
                continue
            job.check_cancel()
            if self._alpha().refresh(clip):  # a refusal learnt from an earlier clip
                clip["idempotency"] = f"scene-composer-{uuid.uuid4().hex}"
            while not clip["video_id"]:  # each refusal steps down a way: at most three
                try:
                    clip["video_id"] = self.api.create_video(clip["body"], clip["idempotency"])
                except V3Rejected as exc:
                    if not self._alpha().step_down(clip, exc):
                        scene = clip["scene"] + 1
                        message = f"HeyGen refused the presenter of scene {scene}: {exc}"
                        raise RouteFailed(message, "rejected") from None
                    clip["idempotency"] = f"scene-composer-{uuid.uuid4().hex}"
                    job.remember(ref)
            self._alpha().accepted(clip)
            job.remember(ref)
        ids = [clip["video_id"] for clip in ref["clips"]]
        job.submitted(ids[0] if ids else f"local-{uuid.uuid4().hex[:12]}", None, ref)
        return ref

    # --- poll and fetch ---

    def poll(self, ref: Ref) -> RouteStatus:
        total, done = len(ref["clips"]), 0
        for clip in ref["clips"]:
            video = self.api.video(clip["video_id"])
            if video.status == "failed":
                reason = video.failure_message or "no reason given"
                return RouteStatus(
                    RouteStatus.FAILED, failure=f"Scene {clip['scene'] + 1}: {reason}"
                )
            if video.status == "completed" and clip.get("way") == REMOVAL:
                done += self._removal_done(clip, video.video_url)
            else:
                done += video.status == "completed"
        if done == total:
            return RouteStatus(RouteStatus.COMPLETED, 1.0, "Presenters rendered")
        return RouteStatus(RouteStatus.PROCESSING, done / total,
                           f"{done} of {total} presenter clips rendered")  # fmt: skip

    def _removal_done(self, clip: dict[str, Any], video_url: str | None) -> bool:
        """Start (once) and follow the background removal of a rendered MP4; when HeyGen
        can't remove backgrounds for this account, the clip falls back to a key colour."""
        alpha = self._alpha()
        if not clip.get("removal_id") and alpha.removal_known_refused():
            clip["way"] = KEY  # another clip of this job just learnt it
            return True
        try:
            if not clip.get("removal_id"):
                if not video_url:
                    return False
                started = self.removals.start(video_url, request_id(clip))
                clip["removal_id"] = started.job_id
            removal = self.removals.get(clip["removal_id"])
        except (AuthError, V3Rejected) as exc:
            if not alpha.removal_refused(exc):
                raise
            clip["way"] = KEY
            return True
        if removal.status == "completed" and "mask" in removal.layers:
            alpha.removal_worked()
            return True
        if removal.status in ("failed", "deleted", "completed"):  # completed without a mask too
            clip["way"], clip["removal_error"] = KEY, removal.error or removal.status
            return True
        return False

    def fetch(
        self, ref: Ref, target: Path, progress: Progress, cancel: threading.Event
    ) -> list[Path]:
        folder = Path(ref["folder"])
        project = document_to_project(ref["project"], folder)
        cache = ClipCache(folder, source=self.source)
        for number, clip in enumerate(ref["clips"], 1):
            scene = project.scenes[clip["scene"]]
            if cache.find(scene, project.height) is not None:
                continue
            progress(None, f"Downloading presenter clip {number} of {len(ref['clips'])}")
            removal = self.removals.get(clip["removal_id"]) if clip.get("removal_id") else None
            fetched = Fetched(clip, scene, removal, project.caption is True)
            download_clip(self.api, cache, fetched, cancel, self._alpha().opaque)

        return compose(project, cache, target, progress, cancel)

    balance = V3StudioRoute.balance  # the same account and catalogue, the same v3 calls
    catalogue = V3StudioRoute.catalogue
