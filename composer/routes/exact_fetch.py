"""Bringing one rendered presenter clip into the clip cache, by the way it got its alpha
(composer/routes/exact_alpha.py): a WebM as it is; an MP4 with the mask of its background
removal beside it (mask first: a clip is found only once it is whole); or an MP4 whose own
backdrop is measured and kept only when it is one plain colour, to be keyed out here."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.compose.clips import ClipCache, mask_of
from composer.model.project import Scene
from composer.routes.base import RouteFailed
from composer.routes.exact_alpha import KEY, REMOVAL, WEBM

if TYPE_CHECKING:
    from composer.heygen.v3 import V3Api
    from composer.heygen.v3_models import BackgroundRemoval


def way_of(clip: dict[str, Any]) -> str:
    """The clip's way (jobs sent before ways existed: by what their body asked)."""
    return clip.get("way") or (WEBM if clip["body"].get("output_format") == "webm" else KEY)


def no_cutout(clip: dict[str, Any], scene: Scene) -> str:
    title = f"Scene {clip['scene'] + 1}" + (f" ({scene.name})" if scene.name else "")
    who = clip.get("look_name") or "this presenter"
    failed = clip.get("removal_error")
    removal = (
        f"HeyGen's background removal failed ({failed})"
        if failed
        else "background removal is not available on this HeyGen account or plan"
    )
    return (
        f"{title}: HeyGen gives no transparent clip of {who} (not for this look, or not on "
        f"your plan), {removal}, and the backdrop it was filmed in front of is not one plain "
        "colour, so it can't be cut out on this computer either. Choose one of HeyGen's "
        "studio avatars for this scene, or a look filmed in front of a plain wall."
    )


def download_clip(
    api: V3Api,
    cache: ClipCache,
    scene: Scene,
    clip: dict[str, Any],
    removal: BackgroundRemoval | None,
    cancel: threading.Event,
    opaque: Callable[[dict[str, Any]], None],
) -> None:
    """`opaque(clip)`: told when a WebM came without alpha (the look can't give one)."""
    from composer.media.backdrop import plain_backdrop

    video = api.video(clip["video_id"])
    if not video.video_url:
        raise RouteFailed("HeyGen finished a presenter clip but sent no link to it.",
                          "unexpected")  # fmt: skip
    resolution, way = clip["resolution"], way_of(clip)
    measured = cache.folder / f"{clip['clip']}-measuring.mp4"
    if way == WEBM:
        dest = cache.path_for(scene, resolution, None)
        api.download(video.video_url, dest, None, cancel)
        if not _has_alpha(dest):  # HeyGen took webm but sent no alpha: like a refusal
            dest.replace(measured)
            opaque(clip)
            way = KEY
    elif way == REMOVAL and removal is not None and "mask" in removal.layers:
        dest = cache.path_for(scene, resolution, None, matte=True)
        api.download(removal.layers["mask"], mask_of(dest), None, cancel)
        api.download(video.video_url, dest, None, cancel)
    else:  # a key colour, or a removal that gave no mask
        api.download(video.video_url, measured, None, cancel)
        way = KEY
    if way == KEY:
        colour = plain_backdrop(measured)
        if colour is None:
            measured.unlink(missing_ok=True)
            raise RouteFailed(no_cutout(clip, scene), "render")
        dest = cache.path_for(scene, resolution, colour)
        measured.replace(dest)
    if video.subtitle_url:
        api.download(video.subtitle_url, dest.with_suffix(".srt"), None, cancel)


def _has_alpha(path: Path) -> bool:
    """Whether a WebM keeps alpha (a damaged file is the compositor's to name)."""
    from composer.media.video import MediaError, probe

    try:
        return probe(path).alpha
    except MediaError:
        return True
