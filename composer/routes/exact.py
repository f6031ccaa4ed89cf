"""The exact layout route: HeyGen renders only each scene's talking presenter (v3
`type: "avatar"`), this computer composes every scene exactly as the preview paints it.

1. `prepare`: for each distinct presenter clip the project needs and the clip cache
   (composer/media/clips.py) lacks, a v3 avatar body asking for the first way to alpha
   its look may give (exact_alpha.py: a WebM with alpha, else an MP4 on a key colour chosen
   away from the look's colours, cleaned by HeyGen's background removal);
   `aspect_ratio: "auto"` and the smallest resolution at least as tall as the presenter
   is drawn. Silent scenes get a silent WAV of their length, uploaded once.
2. `send`: one create per clip, each with its Idempotency-Key saved in the job first; a
   refusal of a way to alpha is learnt and the clip asked the next way.
3. `poll`: all clips rendered, and the background removals their MP4s need done?
4. `fetch`: clips (and masks) downloaded into the cache, then the video composed locally
   (progress: scene i of n, % of frames; cancel between frames).
Editing text, backgrounds, positions, sizes or scene order later renders nothing new.
"""

from __future__ import annotations

import copy
import hashlib
import io
import threading
import time
import uuid
import wave
from collections.abc import Collection
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.assets.media import MediaError as UploadRefused
from composer.assets.uploads import files_to_upload, local_media, resolve_uploads
from composer.billing.lengths import silence_length
from composer.heygen.errors import AuthError, Cancelled, HeyGenError
from composer.heygen.v3_errors import V3Rejected
from composer.heygen.v3_models import Look
from composer.media.clips import (
    ClipCache,
    clip_key,
    default_folder,
    resolution_for,
    resolution_rank,
)
from composer.model.enums import BackgroundType, VoiceType
from composer.model.project import Project, Scene, background_of
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
from composer.routes.exact_fetch import Fetched, download_clip
from composer.routes.look_memory import memory_for
from composer.routes.v3_engines import CatalogueFacts
from composer.routes.v3_mapping import has_presenter, presenter_body
from composer.routes.v3_studio import KEY_LIFETIME, V3StudioRoute, _Uploader, catalogue_facts

if TYPE_CHECKING:  # the HTTP and media stacks load when a job runs, not when routes are listed
    from composer.assets.containment import UploadFile
    from composer.assets.online import OnlineMedia
    from composer.heygen.client import HeyGenClient
    from composer.media.keying import RGB

KEY_COLOUR: RGB = (0, 177, 64)
"""The key colour when the look's picture can't be had: studio green (far from skin)."""
SILENCE_RATE = 16_000
UNFETCHABLE = (
    "The exact layout composes backgrounds on this computer and can't fetch one uploaded to "
    "HeyGen: choose its file or give its web address."
)
LOOK_PICTURE_BYTES = 20 * 1024 * 1024
"""A look's catalogue picture is a few hundred KB; more is not kept."""
KEY_SAMPLE_SIDE = 256
"""The look's picture is decoded this small to choose a key colour (never at full size)."""


def clip_folder() -> Path:
    return default_folder()


def clips_to_render(
    project: Project, folder: Path, source: str | None
) -> dict[str, tuple[int, str]]:
    """The presenter clips HeyGen must still render, the one count Submit, the price and
    `prepare` share: one per distinct clip among the scenes with a presenter whose clip
    the cache in `folder` lacks for `source` (the server and account the send goes to,
    HeyGenClient.source: another's clips are not sent on, so they are not counted as
    cached; None, no account known: none is), at the largest size its scenes need. Clip
    key -> (the scene that stands for it, resolution)."""
    cache = ClipCache(folder, source=source)
    needed: dict[str, tuple[int, str]] = {}
    for index, scene in enumerate(project.scenes):
        if not has_presenter(scene.character):
            continue
        if source is not None and cache.find(scene, project.height) is not None:
            continue
        resolution = resolution_for(scene, project.height)
        key = clip_key(scene, cache.route)
        if key not in needed or resolution_rank(resolution) > resolution_rank(needed[key][1]):
            needed[key] = (index, resolution)
    return needed


def renders_needed(project: Project, source: str | None, folder: Path | None = None) -> int:
    """How many presenter clips Submit would have HeyGen render on the server and account
    `source` (the rest are cached)."""
    return len(clips_to_render(project, folder or clip_folder(), source))


def _silent_wav(seconds: float) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SILENCE_RATE)
        out.writeframes(b"\0\0" * round(seconds * SILENCE_RATE))
    return buffer.getvalue()


def fetch_online_media(project: Project, job: JobContext) -> None:
    """The online backgrounds downloaded (composer/assets/online.py), saying how far; if
    one can't be had, RouteFailed names each scene and URL and nothing is sent."""
    from composer.assets.online import OnlineMediaError, download_all

    def report(number: int, count: int, item: OnlineMedia, fraction: float | None) -> None:
        done = f": {int(fraction * 10) * 10} %" if fraction is not None else ""  # in tens
        job.note(f"Downloading the online {item.kind.name} of scene {item.scene_index + 1} "
                 f"({number} of {count}){done}")  # fmt: skip

    try:
        download_all(project, report, job.cancel)
    except OnlineMediaError as exc:
        raise RouteFailed(str(exc), "invalid") from None


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
            silences: dict[float, str] = {}
            for name, (index, resolution) in needed.items():
                body = self._body(sendable.scenes[index], resolution, facts, silences, job)
                look = facts.looks.get(body["avatar_id"])
                colour = "#" + "".join(f"{c:02X}" for c in self._key_colour(look))
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

    def _key_colour(self, look: Look | None) -> RGB:
        """A key colour far from the colours of the look's picture (studio green when the
        picture can't be had)."""
        from composer.media.keying import choose_key
        from composer.media.video import MediaError, first_frame

        if look is None or not look.preview_image_url:
            return KEY_COLOUR
        # Named by a hash of the link, never by the server's id (`../` in an id would
        # write anywhere); checked as a picture before it is kept, dropped when damaged.
        digest = hashlib.sha256(look.preview_image_url.encode("utf-8")).hexdigest()[:32]
        picture = self.folder / "looks" / f"{digest}.img"
        try:
            if not picture.exists():
                self.api.download(
                    look.preview_image_url, picture, max_bytes=LOOK_PICTURE_BYTES,
                    verify=lambda tmp: first_frame(tmp, KEY_SAMPLE_SIDE),
                )  # fmt: skip
            return choose_key(first_frame(picture, KEY_SAMPLE_SIDE))
        except MediaError:
            picture.unlink(missing_ok=True)
            return KEY_COLOUR
        except (HeyGenError, OSError):
            return KEY_COLOUR

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

    def _body(
        self,
        scene: Scene,
        resolution: str,
        facts: CatalogueFacts,
        silences: dict[float, str],
        job: JobContext,
    ) -> dict[str, Any]:
        spoken = copy.deepcopy(scene)
        if scene.voice.type == VoiceType.SILENCE:
            seconds = silence_length(scene.voice.duration)
            if seconds not in silences:
                silences[seconds] = self._upload_silence(seconds, job)
            spoken.voice.type = VoiceType.AUDIO
            spoken.voice.audio_asset_id, spoken.voice.audio_url = silences[seconds], None
        body = presenter_body(spoken, facts)
        body.pop("background", None)
        body.update(aspect_ratio="auto", resolution=resolution, caption={"file_format": "srt"})
        return body

    def _upload_silence(self, seconds: float, job: JobContext) -> str:
        job.check_cancel()
        path = self.folder / "silence" / f"silence-{seconds:g}s.wav"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.write_bytes(_silent_wav(seconds))
        key = f"scene-composer-silence-{seconds:g}s-{SILENCE_RATE}"
        return self.api.upload_file(path, "audio/wav", key).asset_id

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
        from composer.compose import compositor

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

        def report(state: compositor.Progress) -> None:
            progress(state.percent / 100, f"Composing: {state}")

        try:
            return compositor.compose(project, cache, target, progress=report, cancel=cancel.is_set)
        except compositor.Cancelled:
            raise Cancelled("cancelled") from None
        except compositor.ComposeError as exc:
            raise RouteFailed(str(exc), "compose") from None

    balance = V3StudioRoute.balance  # the same account and catalogue, the same v3 calls
    catalogue = V3StudioRoute.catalogue
