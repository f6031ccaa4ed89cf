"""The v2 scenes route: `POST /v2/video/generate` with every scene's layout (legacy).

HeyGen's docs give 31 October 2026 as the last day of the v1/v2 endpoints (end of life
1 November 2026), with Studio users carved out until a v3 equivalent exists. So v2 may
still answer, answer with a notice, or be gone: a 404/410 or a message saying the endpoint
is legacy/retired/removed ends the job with RETIRED_MESSAGE and offers v3 instead.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.assets.media import MediaError
from composer.billing.money import CREDITS, balance_text
from composer.heygen.errors import HeyGenError, RequestRejected
from composer.model.project import Project
from composer.model.request import build_request
from composer.model.tr_noop import QT_TRANSLATE_NOOP
from composer.model.validate import WARNING, Problem
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
from composer.routes.checks import checked, checked_after_move
from composer.routes.progress import download_progress
from composer.routes.rich_losses import all_losses, moot
from composer.routes.v2_refusals import (
    UNLIMITED_MESSAGE,
    is_unlimited_refusal,
    refused_presenters,
    remember_refused,
)
from composer.routes.v3_losses import Loss, summary_lines
from composer.settings import route_state

if TYPE_CHECKING:
    from composer.heygen.client import HeyGenClient
    from composer.heygen.models import VideoStatus

RETIRED_MESSAGE = (
    "HeyGen has retired the v2 scene endpoint, so this video was not made and nothing was "
    "charged. Send it with v3 instead (see what v3 keeps of your layout first)."
)
RETIRED_STATUSES = frozenset({404, 410})
GONE_STATUSES = frozenset({410})
RETIRED_WORDS = ("legacy", "retired", "removed", "deprecated", "sunset", "no longer")


def is_retired(error: HeyGenError, statuses: frozenset[int] = RETIRED_STATUSES) -> bool:
    """True when an error from a v2 call says the endpoint is gone (a status call's 404
    can also mean an unknown video, so status checks pass `statuses={410}`)."""
    if not isinstance(error, RequestRejected):
        return False
    said = f"{error.detail} {error}".lower()
    return error.status in statuses or any(word in said for word in RETIRED_WORDS)


class V2ScenesRoute(RenderRoute):
    name = "v2"
    label = QT_TRANSLATE_NOOP("Routes", "v2 scenes (legacy)")
    summary = QT_TRANSLATE_NOOP(
        "Routes",
        "Keeps your whole layout: avatar size and position, circle styles, text overlays, "
        "images and videos behind the avatar. HeyGen calls it legacy: supported until "
        "31 October 2026, ended 1 November 2026 except for Studio users until v3 replaces it.",
    )
    preview = PreviewMode.LAYOUT
    resend_safe = False  # v2 has no idempotency key: a resent generate bills twice
    pricing = "v2"

    def __init__(self, client: HeyGenClient) -> None:
        super().__init__(client)
        self._ready: dict[str, VideoStatus] = {}

    @classmethod
    def check(cls, project: Project) -> list[Problem]:
        kept = [p for p in checked(project) if not moot(p.field)]
        return [*kept, *refused_presenters(project), *_losses(project)]

    @classmethod
    def check_after_move(
        cls, problems: list[Problem], project: Project, src: int, dst: int
    ) -> list[Problem]:
        """Renumbered, but the rich losses found again: the first scene's transition is
        no loss (it has none), so a move to or from the top changes them."""
        kept = [p for p in problems if not moot(p.field)]
        return [*checked_after_move(kept, project, src, dst), *_losses(project)]

    @classmethod
    def losses_summary(cls, project: Project) -> list[str]:
        return summary_lines([Loss(*loss) for loss in all_losses(project, "v2")])

    @classmethod
    def payload(cls, project: Project) -> Any:
        return build_request(project)

    def prepare(self, project: Project, job: JobContext) -> Ref:
        from composer.assets.uploads import local_media, resolve_uploads  # not at start-up

        if local_media(project):
            try:
                project = resolve_uploads(project, self.client, job.uploading, job.uploads)
            except MediaError as exc:
                raise RouteFailed(str(exc), "invalid") from None
            except HeyGenError as exc:  # the v1 upload endpoint retires with v2
                raise _retired_or(exc) from None
        return {"body": build_request(project), "video_id": None}

    def send(self, ref: Ref, job: JobContext) -> Ref:
        if ref.get("video_id"):
            return ref
        try:
            result = self.client.generate_video(ref["body"])
        except HeyGenError as exc:
            if is_unlimited_refusal(exc):
                remember_refused(ref["body"])
                raise RouteFailed(UNLIMITED_MESSAGE, "unlimited_mode", offer_route="v3") from None
            raise _retired_or(exc) from None
        route_state.v2_answered(retired=False)
        ref = {"video_id": result.video_id}  # the body is not needed any more: keep history small
        job.submitted(result.video_id, route_state.notice_once_a_day(result.notice), ref)
        return ref

    def poll(self, ref: Ref) -> RouteStatus:
        video_id = ref["video_id"]
        try:
            status = self.client.video_status(video_id)
        except HeyGenError as exc:
            raise _retired_or(exc, GONE_STATUSES) from None
        if status.status == "failed":
            return RouteStatus(RouteStatus.FAILED, failure=status.failure_message)
        if status.status == "completed":
            self._ready[video_id] = status
            return RouteStatus(RouteStatus.COMPLETED, 1.0)
        state = RouteStatus.QUEUED if status.is_queued else RouteStatus.PROCESSING
        return RouteStatus(state)

    def fetch(
        self, ref: Ref, target: Path, progress: Progress, cancel: threading.Event
    ) -> list[Path]:
        video_id = ref["video_id"]
        status = self._ready.pop(video_id, None) or self.client.video_status(video_id)
        if not status.video_url:
            raise RouteFailed("HeyGen finished the video but sent no link to it.", "unexpected")
        self.client.download(status.video_url, target, download_progress(progress), cancel)
        files = [target]
        if status.video_url_caption:  # captions on: HeyGen burnt them into a second video
            words = download_progress(progress, "Downloading the captioned video")
            captioned = captioned_path(target)
            files.append(self.client.download(status.video_url_caption, captioned, words, cancel))
        return files

    def balance(self) -> Balance:
        credits = self.client.remaining_quota().credits
        return Balance(credits, balance_text(credits, CREDITS), CREDITS)


def _losses(project: Project) -> list[Problem]:
    """What v2 leaves out of the rich scenes, as warnings naming scene and field."""
    return [
        Problem(WARNING, i, field, message) for i, field, _, message in all_losses(project, "v2")
    ]


def _retired_or(error: HeyGenError, statuses: frozenset[int] = RETIRED_STATUSES) -> Exception:
    if is_retired(error, statuses):
        route_state.v2_answered(retired=True)
        return RouteFailed(RETIRED_MESSAGE, "retired", offer_route="v3")
    return error
