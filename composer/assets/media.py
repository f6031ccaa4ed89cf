"""What HeyGen's upload endpoint accepts, checked by content before a byte is sent.

A file's name says nothing about what it holds (a shared project can name `notes.txt`, or a
private key, as `photo.jpg`), so a file is accepted by its first bytes ("magic bytes") and
uploaded with the MIME type its content has.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024
HEAD_BYTES = 16


@dataclass(frozen=True)
class MediaKind:
    name: str  # "image" | "video" | "audio"
    words: str  # "a JPEG or PNG image": what the content must be
    types: frozenset[str]  # MIME types (from the content) HeyGen accepts for this kind
    max_bytes: int

    @property
    def a_name(self) -> str:
        return f"{'an' if self.name[0] in 'aeiou' else 'a'} {self.name}"


IMAGE = MediaKind("image", "a JPEG or PNG image", frozenset({"image/jpeg", "image/png"}), 50 * MB)
VIDEO = MediaKind("video", "an MP4 or WebM video", frozenset({"video/mp4", "video/webm"}), 100 * MB)
AUDIO = MediaKind(
    "audio", "an MP3 or WAV audio file", frozenset({"audio/mpeg", "audio/wav"}), 50 * MB
)
KINDS = {kind.name: kind for kind in (IMAGE, VIDEO, AUDIO)}


class MediaError(ValueError):
    """A local file HeyGen would refuse (or that can't be read); the message says why."""


def sniff(head: bytes) -> str | None:
    """The MIME type the first bytes of a file stand for, among those HeyGen accepts."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[4:8] == b"ftyp":
        return "video/mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "audio/wav"
    return None


def check_media(path: Path, kind: MediaKind) -> str:
    """The MIME type to upload `path` with (from its content), or MediaError if HeyGen would
    refuse it or it can't be read. Symlinks are followed: the content is what counts."""
    name = Path(path).name
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise MediaError(f"{name} is not a file; pick the file again.")
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        raise MediaError(f"{name} can't be found or read; pick the file again.") from None
    if info.st_size == 0:
        raise MediaError(f"{name} is empty.")
    if info.st_size > kind.max_bytes:
        raise MediaError(
            f"{name} is {info.st_size / MB:.1f} MB; {kind.a_name} may be at most "
            f"{kind.max_bytes // MB} MB."
        )
    mime = sniff(head)
    if mime not in kind.types:
        raise MediaError(f"{name} is not {kind.words}.")
    return mime


_checked: dict[tuple[str, str], tuple[tuple[int, int, int], str | None]] = {}


def media_problem(value: str, kind: MediaKind) -> str | None:
    """`check_media`'s complaint about the file at `value`, or None when it is fine.

    Validation runs on every edit: the verdict is kept while the file's size, change time
    and inode stay the same, so an unchanged file is only `stat`ed again."""
    try:
        info = os.stat(value)
    except OSError:
        return f"{Path(value).name} can't be found or read; pick the file again."
    version = (info.st_mtime_ns, info.st_size, info.st_ino)
    key = (value, kind.name)
    known = _checked.get(key)
    if known is not None and known[0] == version:
        return known[1]
    try:
        check_media(Path(value), kind)
        verdict = None
    except MediaError as exc:
        verdict = str(exc)
    _checked[key] = (version, verdict)
    return verdict
