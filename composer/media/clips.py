"""The clip cache: one presenter clip per distinct (presenter, voice, route), kept on disk.

A clip's key hashes exactly the fields that change what HeyGen renders: who presents
(avatar or photo and how it moves), what they say and how (the whole voice, a local
recording's bytes), and the route. Layout (scale, offset, avatar_style, circle colour),
background, text and scene order are applied locally, so editing them renders nothing
new. Clips come in resolution classes; a cached clip of the class the scene needs, or a
bigger one, is used (a picture is only ever scaled down).

A clip is also keyed by where it came from (composer.heygen.hosts.source_of: the
server's host and the account, hashed), so a clip one server or account rendered is never
sent on, nor counted as cached, for another (a route that sends passes its source; the
preview and offline `compose` take any). It is checked (`verify_clip`:
composer.media.safety's rules, the right kind, a first frame that decodes, a sane length)
before it is kept, and `drop` removes one found damaged later.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from composer.model import layout
from composer.model.codec import to_json
from composer.model.project import Project, Scene
from composer.storage.atomic import write_atomic

RGB = tuple[int, int, int]
CLIP_VERSION = 1
PRESENTER_FIELDS = (
    "type",
    "avatar_id",
    "talking_photo_id",
    "talking_style",
    "expression",
    "use_avatar_iv_model",
    "prompt",
    "keep_original_prompt",
    "super_resolution",
)
RESOLUTIONS = (("720p", 720), ("1080p", 1080), ("4k", 2160))
"""HeyGen's v3 resolutions by the picture's SHORT edge they give: with `aspect_ratio:
"auto"` the clip keeps the look's shape, so a portrait look at 1080p is 1080 wide and
taller than that. The smallest whose short edge covers what the presenter needs is asked."""
NAME = re.compile(
    r"^(?P<key>[0-9a-f]{24})-(?P<res>720p|1080p|4k)(?:-s(?P<src>[0-9a-f]{12}))?"
    r"(?:-key(?P<rgb>[0-9a-f]{6})|(?P<matte>-matte))?\.(webm|mp4)$"
)
MASK_SUFFIX = ".mask.mp4"


@dataclass(frozen=True)
class ClipFile:
    """A rendered presenter clip: a WebM with alpha, a video shot on the colour `key`, or
    an MP4 with its `mask` (HeyGen's background removal: a grayscale matte)."""

    path: Path
    key: RGB | None = None
    mask: Path | None = None

    @property
    def resolution(self) -> str:
        match = NAME.match(self.path.name)
        return match["res"] if match else RESOLUTIONS[0][0]


def _digest(path: str | None) -> str | None:
    """A recording's content hash (read again only when the file changes)."""
    if not path:
        return None
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    return _file_digest(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=256)
def _file_digest(path: str, _mtime: int, _size: int) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def clip_key(scene: Scene, route: str) -> str:
    """24 hex digits naming the clip `scene` needs on `route`."""
    character = scene.character
    fields = {
        "version": CLIP_VERSION,
        "route": route,
        "presenter": {name: str(getattr(character, name)) for name in PRESENTER_FIELDS},
        "voice": to_json(scene.voice, local=True, applicable_only=True),
        "recording": _digest(scene.voice.local_file),
    }
    text = json.dumps(fields, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def affects_clip(path: str) -> bool:
    """Whether an edit of a scene at `path` ("": the whole scene) can change its clip key:
    a voice or presenter field can, a placement (offset, scale) or background can't."""
    first, _, rest = path.partition(".")
    if not path or first == "voice":
        return True
    return first == "character" and (not rest or rest.split(".")[0] in PRESENTER_FIELDS)


def resolution_for(scene: Scene, frame_height: int) -> str:
    """The smallest resolution whose picture is at least as tall as the presenter is drawn:
    its short edge (the width of a portrait presenter, shaped as the layout draws it)
    must cover the drawn picture's short edge."""
    tall = layout.presenter_height(scene.character, frame_height)
    needed = tall * min(layout.SILHOUETTE_ASPECT, 1.0)
    for name, short_edge in RESOLUTIONS:
        if short_edge >= needed - 0.5:
            return name
    return RESOLUTIONS[-1][0]


def resolution_rank(resolution: str) -> int:
    """0 for the smallest resolution class, growing with the size."""
    return [name for name, _ in RESOLUTIONS].index(resolution)


class ClipCache:
    def __init__(self, folder: Path, route: str = "exact", source: str | None = None) -> None:
        self.folder = Path(folder)
        self.route = route
        self.source = source
        """Only clips from this source are found (None: from any)."""

    def find(self, scene: Scene, frame_height: int) -> ClipFile | None:
        """The smallest cached clip for `scene` that is big enough, or None."""
        key, needed = (
            clip_key(scene, self.route),
            resolution_rank(resolution_for(scene, frame_height)),
        )
        found: list[tuple[int, ClipFile]] = []
        for path in self.folder.glob(f"{key}-*"):
            match = NAME.match(path.name)
            if self.source is not None and (match is None or match["src"] != self.source):
                continue
            if match and resolution_rank(match["res"]) >= needed and not path.name.endswith(".tmp"):
                rgb = match["rgb"]
                colour = tuple(int(rgb[i : i + 2], 16) for i in (0, 2, 4)) if rgb else None
                mask = mask_of(path) if match["matte"] else None
                if mask is None or mask.exists():
                    found.append((resolution_rank(match["res"]), ClipFile(path, colour, mask)))  # type: ignore[arg-type]
        return min(found, key=lambda item: item[0])[1] if found else None

    def path_for(
        self, scene: Scene, resolution: str, key_colour: RGB | None, *, matte: bool = False
    ) -> Path:
        """Where the clip goes (write it there atomically: a half-written clip must never
        be found; a matted clip's mask, at mask_of(path), first)."""
        name = f"{clip_key(scene, self.route)}-{resolution}"
        if self.source is not None:
            name += f"-s{self.source}"
        if matte:
            return self.folder / f"{name}-matte.mp4"
        if key_colour is None:
            return self.folder / f"{name}.webm"
        return self.folder / f"{name}-key{''.join(f'{c:02x}' for c in key_colour)}.mp4"

    def store(
        self,
        scene: Scene,
        resolution: str,
        data: bytes,
        key_colour: RGB | None,
        longest: float = math.inf,
    ) -> ClipFile:
        """Keep a clip's bytes (checked by `verify_clip` first: MediaError, nothing kept)."""
        path = self.path_for(scene, resolution, key_colour)
        write_atomic(path, data, verify=lambda tmp: verify_clip(tmp, key_colour, longest))
        return ClipFile(path, key_colour)

    @staticmethod
    def drop(clip: ClipFile) -> None:
        """Remove a clip found damaged (and its captions): the next send renders it again."""
        for path in (clip.path, clip.path.with_suffix(".srt"), clip.mask):
            if path is not None:
                path.unlink(missing_ok=True)

    def missing(self, project: Project) -> list[int]:
        """Indexes of the scenes with no usable cached clip."""
        return [
            index
            for index, scene in enumerate(project.scenes)
            if self.find(scene, project.height) is None
        ]


def mask_of(path: Path) -> Path:
    """Where a matted clip's mask is kept (beside it)."""
    return path.with_name(path.name.removesuffix(".mp4") + MASK_SUFFIX)


WEBM, MP4, VIDEO = "webm", "mp4", "video"
"""What `verify_clip` wants: a WebM (alpha), not a WebM (an MP4 on a key colour, or with a
mask beside it), or any video (a WebM that may have come without alpha)."""


def verify_clip(
    path: Path, key_colour: RGB | None, longest: float = math.inf, *, kind: str | None = None
) -> None:
    """MediaError unless `path` is a clip worth keeping: allowed by composer.media.safety
    as a video, of the `kind` wanted (default: a WebM when `key_colour` is None, else an
    MP4), a first frame that decodes, and a length above 0 and at most `longest` seconds
    (what its scene can need: composer.compose.lengths.needed_seconds)."""
    from composer.media.safety import Kind, MediaError, open_media
    from composer.media.video import VideoFrames, probe

    wanted = kind if kind is not None else (WEBM if key_colour is None else MP4)
    with open_media(path, Kind.VIDEO) as container:
        found = container.format.name
    webm = found == "matroska,webm"
    if (wanted == WEBM and not webm) or (wanted == MP4 and webm):
        name = "a WebM with transparency" if wanted == WEBM else "an MP4"
        raise MediaError(f"the presenter clip is not {name}")
    seconds = probe(path).seconds
    if not 0 < seconds <= longest:
        raise MediaError(f"the presenter clip lasts {seconds:.0f} s, not what the scene needs")
    with VideoFrames(path, (64, 64)) as frames:
        frames.at(0.0)


def default_folder() -> Path:
    """Where clips are kept between runs (the user's cache folder)."""
    import platformdirs

    return platformdirs.user_cache_path("scene-composer") / "clips"
