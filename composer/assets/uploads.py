"""Turn a project's local media files into uploaded asset ids, each file uploaded once.

The cache lives in the project (`Project.uploads`, saved in the project file), keyed by
the server and the file's SHA-256: the same file used by two scenes is uploaded once, a
file that changed on disk has a new hash and is uploaded again, and asset ids from the
sandbox are never sent to real HeyGen.
"""

from __future__ import annotations

import copy
import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from composer.assets.containment import (
    LOGO_FIELD,
    MUSIC_FIELD,
    UploadFile,
    UploadPolicy,
    refusal,
    upload_files,
)
from composer.assets.media import AUDIO, IMAGE, VIDEO, MediaError, MediaKind, check_media
from composer.model.enums import BackgroundType, VoiceType
from composer.model.project import Project, Scene
from composer.model.rich import OverlayType


class Uploader(Protocol):
    """What the upload step needs from the API client."""

    @property
    def server(self) -> str:
        """Host and port of the API server (keys per-server caches)."""

    def upload_file(self, path: Path, content_type: str) -> str:
        """Upload the file; return the new asset id."""
        ...


@dataclass(frozen=True)
class LocalMedia:
    scene_index: int
    field: str  # "background.local_file" | "voice.local_file"
    path: Path
    kind: MediaKind
    asset_field: str  # where the asset id goes in the request


VOICE_FIELD = "voice.local_file"
"""A scene's voice recording: uploaded on every route (HeyGen speaks it)."""


def local_media(project: Project) -> list[LocalMedia]:
    """Every local file the request needs uploaded, in scene order."""
    found = []
    for index, scene in enumerate(project.scenes):
        found.extend(_scene_media(index, scene))
    return found


def _scene_media(index: int, scene: Scene) -> list[LocalMedia]:
    media = []
    background = scene.background
    if (
        background
        and background.local_file
        and background.type in (BackgroundType.IMAGE, BackgroundType.VIDEO)
    ):
        image = background.type == BackgroundType.IMAGE
        media.append(
            LocalMedia(
                index,
                "background.local_file",
                Path(background.local_file),
                IMAGE if image else VIDEO,
                "image_asset_id" if image else "video_asset_id",
            )
        )
    if scene.voice.local_file and scene.voice.type == VoiceType.AUDIO:
        media.append(
            LocalMedia(index, VOICE_FIELD, Path(scene.voice.local_file), AUDIO, "audio_asset_id")
        )
    return media


def files_to_upload(project: Project) -> list[UploadFile]:
    """Every local file the request needs, with its real path and size (for the user),
    each marked uploaded or not. On the exact layout route only voice recordings are
    uploaded; the backgrounds, the logo of a brand kit saved in the project, the scenes'
    picture overlays and the music are read here and composed into the video (a shared
    project's logo, picture or music is a file like any other)."""
    exact = project.route == "exact"
    items = [
        (m.scene_index, m.field, m.path, not exact or m.field == VOICE_FIELD)
        for m in local_media(project)
    ]
    logo = _embedded_logo(project)
    if logo is not None:
        items.append((0, LOGO_FIELD, logo, False))
    if exact:
        items += _overlay_pictures(project)
    if exact and project.music is not None and project.music.local_file:
        items.append((0, MUSIC_FIELD, Path(project.music.local_file), False))
    return upload_files(items)


def _overlay_pictures(project: Project) -> list[tuple[int, str, Path, bool]]:
    """The picture layers' files the exact route composes (hidden layers are not)."""
    return [
        (index, f"overlays[{k}].local_file", Path(overlay.local_file), False)
        for index, scene in enumerate(project.scenes)
        for k, overlay in enumerate(scene.overlays)
        if overlay.type == OverlayType.IMAGE and overlay.local_file and not overlay.hidden
    ]


def _embedded_logo(project: Project) -> Path | None:
    from composer.brand.kit import embedded_kit

    if project.route != "exact":
        return None
    kit = embedded_kit(project)
    return Path(kit.logo) if kit is not None and kit.logo else None


def check_all(project: Project) -> list[tuple[LocalMedia, str]]:
    """(file, message) for each local file HeyGen would refuse; empty when all are fine."""
    refused = []
    for item in local_media(project):
        try:
            check_media(item.path, item.kind)
        except MediaError as exc:
            refused.append((item, str(exc)))
    return refused


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


Progress = Callable[[int, int, str], None]  # done, total, file name


def resolve_uploads(
    project: Project,
    uploader: Uploader,
    progress: Progress | None = None,
    policy: UploadPolicy | None = None,
) -> Project:
    """A copy of `project` with every local file replaced by its asset id.

    Uploads what the cache does not have and records new uploads in `project.uploads`
    (the caller's project, so they are saved with it). Raises MediaError before any
    upload if a file would be refused, or lies outside the project's folder without the
    user's yes (`policy`; default: no folder, every file allowed).
    """
    outside = (policy or UploadPolicy()).outside(files_to_upload(project))
    if outside:
        raise MediaError(refusal(outside))
    refused = check_all(project)
    if refused:
        item, message = refused[0]
        raise MediaError(f"Scene {item.scene_index + 1}: {message}")
    ready = copy.deepcopy(project)
    items = [replace(item, path=Path(os.path.realpath(item.path))) for item in local_media(project)]
    for done, item in enumerate(items):
        if progress:
            progress(done, len(items), item.path.name)
        asset_id = _asset_for(project, uploader, item)
        part = getattr(ready.scenes[item.scene_index], item.field.split(".")[0])
        part.local_file = None
        setattr(part, item.asset_field, asset_id)
        if item.field == "background.local_file":
            part.url = None
    if progress and items:
        progress(len(items), len(items), "")
    return ready


def _asset_for(project: Project, uploader: Uploader, item: LocalMedia) -> str:
    key = f"{uploader.server}|{file_sha256(item.path)}"
    cached = project.uploads.get(key)
    if cached:
        return cached["asset_id"]
    asset_id = uploader.upload_file(item.path, check_media(item.path, item.kind))
    project.uploads[key] = {
        "asset_id": asset_id,
        "name": item.path.name,
        "kind": item.kind.name,
        "uploaded_at": int(time.time()),
    }
    return asset_id
