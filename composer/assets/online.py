"""Online backgrounds (an image or video URL) for the exact layout, which composes them on
this computer: downloaded before anything is sent to HeyGen, kept in the user cache by
URL, and shown by the preview once they are there.

A download is http(s) only, bounded in size (the kind's upload limit) and time, and
accepted only for what its bytes are (composer/assets/media.py's magic numbers; a video
must also open in PyAV), never for its name or Content-Type. It goes through the one
guarded downloader (composer/heygen/download.py) and reaches its cache name only once
checked, so a half or a wrong file is never painted.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from composer.assets.media import IMAGE, MB, VIDEO, MediaError, MediaKind, check_media
from composer.model.enums import BackgroundType
from composer.model.project import Background, Project, Scene
from composer.model.rich import Overlay, OverlayType
from composer.settings.paths import cache_dir

STALL_SECONDS = 20.0
DEADLINE_SECONDS = {"image": 60.0, "video": 300.0}
Progress = Callable[[int, int, "OnlineMedia", float | None], None]
"""(number, count, item, fraction of that item done or None)."""


@dataclass(frozen=True)
class OnlineMedia:
    scene_index: int
    url: str
    kind: MediaKind

    def where(self) -> str:
        return f"Scene {self.scene_index + 1}: the online {self.kind.name} {self.url}"


class OnlineMediaError(Exception):
    """One line per online background that could not be had, naming scene and URL."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def online_media(project: Project) -> list[OnlineMedia]:
    """The image and video backgrounds and the picture layers given only by a URL, scene
    by scene."""
    found = []
    for index, scene in enumerate(project.scenes):
        background = scene.background
        kind = _kind(background)
        if background is not None and kind and background.url and not background.local_file:
            found.append(OnlineMedia(index, background.url, kind))
        found += [
            OnlineMedia(index, o.url, IMAGE) for o in _pictures(scene) if o.url and not o.local_file
        ]
    return found


def _pictures(scene: Scene) -> list[Overlay]:
    """The scene's picture layers that show (not hidden)."""
    return [o for o in scene.overlays if o.type == OverlayType.IMAGE and not o.hidden]


def overlay_file(overlay: Overlay) -> str | None:
    """The file that shows a picture layer: its own, or its URL's download once cached."""
    if overlay.local_file:
        return overlay.local_file
    return cached_file(overlay.url) if overlay.url else None


def _kind(background: Background | None) -> MediaKind | None:
    if background is None:
        return None
    return {BackgroundType.IMAGE: IMAGE, BackgroundType.VIDEO: VIDEO}.get(background.type)


def cache_path(url: str) -> Path:
    return cache_dir() / "online-media" / hashlib.sha256(url.encode()).hexdigest()[:40]


def media_file(background: Background) -> str | None:
    """The file that shows `background`: its own file, else its URL's download once it is
    in the cache (None: nothing to show yet)."""
    if background.local_file:
        return background.local_file
    if background.url and _kind(background) is not None:
        return cached_file(background.url)
    return None


def cached_file(url: str) -> str | None:
    """The download of `url` once it is in the cache (None: not fetched)."""
    path = cache_path(url)
    return str(path) if path.is_file() else None


def fetch(
    item: OnlineMedia,
    progress: Callable[[float | None], None] | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """The cached download of `item` (fetched now if it isn't cached). OnlineMediaError
    names the scene, the URL and why."""
    from composer.heygen.download import DownloadLimits, fetch_to_file
    from composer.heygen.errors import Cancelled, HeyGenError

    final = cache_path(item.url)
    if final.is_file():
        return final
    limits = DownloadLimits(
        max_bytes=item.kind.max_bytes,
        stall_seconds=STALL_SECONDS,
        too_large=f"it is larger than {item.kind.max_bytes // MB} MB",
    )

    def report(done: int, total: int | None) -> None:
        if progress is not None:
            progress(done / total if total else None)

    try:  # checked under its temporary name: only what passes reaches the cache's name
        fetch_to_file(
            item.url, final, limits=limits, deadline=DEADLINE_SECONDS[item.kind.name],
            progress=report, cancel=cancel, verify=lambda path: check_content(path, item.kind),
        )  # fmt: skip
    except Cancelled:
        raise
    except (HeyGenError, MediaError) as exc:
        raise OnlineMediaError([f"{item.where()} could not be used: {exc}"]) from None
    except OSError as exc:  # the connection broke mid-way, or the cache can't be written
        reason = exc.strerror or type(exc).__name__
        raise OnlineMediaError([f"{item.where()} could not be downloaded: {reason}"]) from None
    return final


def check_content(path: Path, kind: MediaKind) -> None:
    """MediaError unless the bytes are `kind`: its magic numbers, then the media safety
    rules and PyAV reading it (a picture or a video that can be played)."""
    try:
        check_media(path, kind)
    except MediaError:
        raise MediaError(f"what arrived is not {kind.words}") from None
    from composer.media.video import Kind, probe
    from composer.media.video import MediaError as VideoError

    try:
        info = probe(path, Kind.VIDEO if kind is VIDEO else Kind.PICTURE)
    except VideoError:
        raise MediaError(f"what arrived is not {kind.a_name} that can be shown") from None
    if info.width <= 0 or info.height <= 0:
        raise MediaError(f"what arrived is not {kind.a_name} that can be shown")


def download_all(
    project: Project,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> None:
    """Every online background of `project` into the cache (where `media_file` finds it).
    Every one is tried; OnlineMediaError lists all that failed, scene and URL each."""
    items = online_media(project)
    failures: list[str] = []
    for number, item in enumerate(items, 1):

        def step(fraction: float | None, number: int = number, item: OnlineMedia = item) -> None:
            if progress is not None:
                progress(number, len(items), item, fraction)

        step(None)
        try:
            fetch(item, step, cancel)
        except OnlineMediaError as exc:
            failures.extend(exc.lines)
    if failures:
        raise OnlineMediaError(failures)


def missing_media(project: Project) -> list[str]:
    """The scenes whose image or video background has no file to show (a URL not yet
    downloaded, an uploaded asset, a missing file): composed, they would show a
    placeholder."""
    return [
        f"Scene {index + 1}"
        for index, scene in enumerate(project.scenes)
        if _kind(scene.background) is not None and not _is_file(media_file(scene.background))  # type: ignore[arg-type]
    ]


def missing_pictures(project: Project) -> list[str]:
    """The picture layers with no file to show, as "Scene 2 (Logo)": composed, they would
    show a placeholder."""
    return [
        f"Scene {index + 1}" + (f" ({overlay.name})" if overlay.name else "")
        for index, scene in enumerate(project.scenes)
        for overlay in _pictures(scene)
        if not _is_file(overlay_file(overlay))
    ]


def _is_file(path: str | None) -> bool:
    return bool(path) and Path(path).is_file()  # type: ignore[arg-type]
