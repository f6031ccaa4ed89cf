"""What HeyGen's upload endpoint accepts, checked before a byte is sent."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024


@dataclass(frozen=True)
class MediaKind:
    name: str  # "image" | "video" | "audio"
    types: dict[str, str]  # file suffix → MIME type sent as Content-Type
    max_bytes: int

    @property
    def a_name(self) -> str:
        return f"{'an' if self.name[0] in 'aeiou' else 'a'} {self.name}"

    def describe(self) -> str:
        suffixes = ", ".join(sorted({s.lstrip(".").upper() for s in self.types}))
        return f"{suffixes} up to {self.max_bytes // MB} MB"


IMAGE = MediaKind(
    "image", {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}, 50 * MB
)
VIDEO = MediaKind("video", {".mp4": "video/mp4", ".webm": "video/webm"}, 100 * MB)
AUDIO = MediaKind("audio", {".mp3": "audio/mpeg", ".wav": "audio/wav"}, 50 * MB)
KINDS = {kind.name: kind for kind in (IMAGE, VIDEO, AUDIO)}


class MediaError(ValueError):
    """A local file HeyGen would refuse; the message says why and what is accepted."""


def check_media(path: Path, kind: MediaKind) -> str:
    """The MIME type to upload `path` with, or MediaError if HeyGen would refuse it."""
    suffix = path.suffix.lower()
    mime = kind.types.get(suffix)
    if mime is None:
        guessed = mimetypes.guess_type(path.name)[0] or "an unknown type"
        raise MediaError(f"{path.name} is {guessed}; {kind.a_name} must be {kind.describe()}.")
    try:
        size = path.stat().st_size
    except OSError:
        raise MediaError(f"{path.name} can't be found or read; pick the file again.") from None
    if size > kind.max_bytes:
        raise MediaError(
            f"{path.name} is {size / MB:.1f} MB; {kind.a_name} may be at most "
            f"{kind.max_bytes // MB} MB."
        )
    if size == 0:
        raise MediaError(f"{path.name} is empty.")
    return mime
