"""The exact layout's composing on this computer: the online backgrounds downloaded
before anything is sent (a failure sends nothing), and at the end the video composed from
the cached presenter clips by the preview's painter (composer/compose/compositor.py)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from composer.heygen.errors import Cancelled
from composer.media.clips import ClipCache
from composer.model.project import Project
from composer.routes.base import JobContext, Progress, RouteFailed

if TYPE_CHECKING:  # the download stack loads when a job runs
    from composer.assets.online import OnlineMedia


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


def compose(
    project: Project, cache: ClipCache, target: Path, progress: Progress, cancel: threading.Event
) -> list[Path]:
    """The video of `project` written at `target` from the clips in `cache`, saying how far
    (scene i of n, % of frames); cancelled between frames."""
    # The compositor paints with Qt (composer.paint): imported only when a video is composed.
    from composer.compose import compositor

    def report(state: compositor.Progress) -> None:
        progress(state.percent / 100, f"Composing: {state}")

    try:
        return compositor.compose(project, cache, target, progress=report, cancel=cancel.is_set)
    except compositor.Cancelled:
        raise Cancelled("cancelled") from None
    except compositor.ComposeError as exc:
        raise RouteFailed(str(exc), "compose") from None
