"""Bringing one rendered presenter clip into the clip cache, by the way it got its alpha
(composer/routes/exact_alpha.py): a WebM as it is; an MP4 with the mask of its background
removal beside it (mask first: a clip is found only once it is whole); or an MP4 whose own
backdrop is measured and kept only when it is one plain colour, to be keyed out here.
Every file is checked before it is kept (`verify_clip`: composer.media.safety's rules,
the right kind, a frame that decodes, a sane length)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.compose import captions
from composer.compose.clips import MP4, VIDEO, ClipCache, mask_of, verify_clip
from composer.heygen.errors import UnexpectedResponse
from composer.model.project import Scene
from composer.routes.base import RouteFailed
from composer.routes.exact_alpha import KEY, REMOVAL, WEBM

if TYPE_CHECKING:
    from composer.heygen.v3 import V3Api
    from composer.heygen.v3_models import BackgroundRemoval


@dataclass(frozen=True)
class Fetched:
    """One clip of the job to bring in: its record in the job, its scene, its background
    removal (None: none asked), and whether the project wants captions."""

    clip: dict[str, Any]
    scene: Scene
    removal: BackgroundRemoval | None
    captions: bool


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
    item: Fetched,
    cancel: threading.Event,
    opaque: Callable[[dict[str, Any]], None],
) -> None:
    """`opaque(clip)`: told when a WebM came without alpha (the look can't give one)."""
    from composer.media.backdrop import plain_backdrop

    clip, scene = item.clip, item.scene
    video = api.video(clip["video_id"])
    if not video.video_url:
        raise RouteFailed("HeyGen finished a presenter clip but sent no link to it.",
                          "unexpected")  # fmt: skip

    def keep(url: str, dest: Path, kind: str, whose: Scene | None = scene) -> None:
        _verified(api, url, dest, kind, whose, cancel)

    resolution, way = clip["resolution"], way_of(clip)
    measured = cache.folder / f"{clip['clip']}-measuring.mp4"
    if way == WEBM:
        dest = cache.path_for(scene, resolution, None)
        keep(video.video_url, dest, VIDEO)
        if not _has_alpha(dest):  # HeyGen took webm but sent no alpha: like a refusal
            dest.replace(measured)
            opaque(clip)
            way = KEY
    elif way == REMOVAL and item.removal is not None and "mask" in item.removal.layers:
        dest = cache.path_for(scene, resolution, None, matte=True)
        keep(item.removal.layers["mask"], mask_of(dest), MP4, None)  # a matte has no voice
        keep(video.video_url, dest, MP4)
    else:  # a key colour, or a removal that gave no mask
        keep(video.video_url, measured, MP4)
        way = KEY
    if way == KEY:
        colour = plain_backdrop(measured)
        if colour is None:
            measured.unlink(missing_ok=True)
            raise RouteFailed(no_cutout(clip, scene), "render")
        dest = cache.path_for(scene, resolution, colour)
        measured.replace(dest)
    if video.subtitle_url and item.captions:  # captions off: never fetched
        _captions(api, video.subtitle_url, dest.with_suffix(".srt"), cancel)


def _verified(
    api: V3Api, url: str, dest: Path, kind: str, scene: Scene | None, cancel: threading.Event
) -> None:
    """A clip (or mask) into the cache, kept only when `verify_clip` accepts it."""
    from composer.media.safety import MediaError

    try:
        api.download(url, dest, None, cancel,
                     verify=lambda tmp: verify_clip(tmp, None, scene, kind=kind))  # fmt: skip
    except MediaError as exc:
        raise RouteFailed(
            f"HeyGen sent a presenter clip that can't be used ({exc}); it was not kept, "
            "and sending again renders it again.",
            "unexpected",
        ) from None


def _captions(api: V3Api, url: str, dest: Path, cancel: threading.Event) -> None:
    """The clip's SRT, kept only when it is bounded text with cues (else the video goes
    without those captions, as when HeyGen sends none)."""
    try:
        api.download(url, dest, None, cancel, max_bytes=captions.MAX_SRT_BYTES,
                     verify=captions.verify_srt)  # fmt: skip
    except (captions.CaptionError, UnexpectedResponse):
        return


def _has_alpha(path: Path) -> bool:
    """Whether a WebM keeps alpha (a damaged file is the compositor's to name)."""
    from composer.media.video import MediaError, probe

    try:
        return probe(path).alpha
    except MediaError:
        return True
