"""Which local files a project may upload or compose: those inside its own folder, unless
the user said yes to each one outside it.

A shared project (or request body) can name any file: `../../.ssh/id_rsa`, an absolute
path, or `media/photo.jpg` as a symlink to a secret. Every path is resolved (symlinks
included) and compared with the project's real folder; files outside it are listed with
their real paths for the user to approve (window) or refused (`--allow-outside-files` on the
command line).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from composer.assets.media import MB

KB = 1024
LOGO_FIELD = "brand_kit.logo"
"""The field an embedded brand kit's logo is listed under (composed on the exact route)."""
MUSIC_FIELD = "music.local_file"
"""The field the project's music is listed under (mixed in on the exact route)."""


@dataclass(frozen=True)
class UploadFile:
    """One local file a submit would read, as named and as it really is on disk: uploaded
    to HeyGen, or (`uploaded` False: the exact route's backgrounds, logo, picture layers
    and music) only put into the video composed on this computer."""

    scene_index: int
    field: str
    path: Path  # as the project names it
    real_path: Path  # symlinks resolved
    size: int | None  # None: it can't be read
    uploaded: bool = True

    def describe(self) -> str:
        """'/home/ana/shared/media/bg.jpg (1.2 MB)'."""
        return f"{self.real_path} ({size_words(self.size)})"

    @property
    def where(self) -> str:
        """'scene 2', 'brand kit logo' or 'music'."""
        words = {LOGO_FIELD: "brand kit logo", MUSIC_FIELD: "music"}
        return words.get(self.field, f"scene {self.scene_index + 1}")

    @property
    def fate(self) -> str:
        """What sending does with it, in the CLI's words."""
        if self.uploaded:
            return "uploaded to HeyGen"
        return "put into the video on this computer, not uploaded"


def size_words(size: int | None) -> str:
    if size is None:
        return "can't be read"
    if size >= MB:
        return f"{size / MB:.1f} MB"
    return f"{max(1, round(size / KB))} KB" if size else "0 KB"


def real_file(path: Path) -> tuple[Path, int | None]:
    """`path` with every symlink resolved, and its size (None when it can't be read)."""
    real = Path(os.path.realpath(path))
    try:
        return real, real.stat().st_size
    except OSError:
        return real, None


def upload_files(items: Iterable[tuple[int, str, Path, bool]]) -> list[UploadFile]:
    """(scene index, field, path, uploaded) → the files as they are on disk."""
    return [
        UploadFile(index, name, path, *real_file(path), uploaded)
        for index, name, path, uploaded in items
    ]


@dataclass(frozen=True)
class UploadPolicy:
    """`folder`: the project's folder (or the folder of the request body it came from);
    None when every file was chosen in this app (a new project). `approved`: real paths
    outside the folder the user allowed."""

    folder: Path | None = None
    approved: frozenset[Path] = field(default_factory=frozenset)
    allow_all: bool = False  # `--allow-outside-files`

    def allows(self, real_path: Path) -> bool:
        if self.folder is None or self.allow_all or real_path in self.approved:
            return True
        return real_path.is_relative_to(Path(os.path.realpath(self.folder)))

    def outside(self, files: Iterable[UploadFile]) -> list[UploadFile]:
        """The files this policy does not allow, each once."""
        seen: dict[Path, UploadFile] = {}
        for item in files:
            if not self.allows(item.real_path):
                seen.setdefault(item.real_path, item)
        return list(seen.values())

    def approving(self, files: Iterable[UploadFile]) -> UploadPolicy:
        """This policy with `files` allowed too (the user said yes to them)."""
        extra = frozenset(item.real_path for item in files)
        return UploadPolicy(self.folder, self.approved | extra, self.allow_all)


def refusal(outside: list[UploadFile]) -> str:
    """Why nothing was sent, listing each file outside the project's folder and what
    sending would have done with it."""
    uploaded = sum(item.uploaded for item in outside)
    composed = len(outside) - uploaded
    if not composed:
        fate = "would be uploaded to HeyGen"
    elif not uploaded:
        fate = "would be put into the video on this computer (not uploaded)"
    else:
        fate = (
            f"would be used: {uploaded} uploaded to HeyGen, {composed} put into the video on "
            "this computer"
        )
    lines = [f"{files_words(len(outside))} outside the project's folder {fate}; nothing was sent:"]
    lines += [f"  {item.where}: {item.describe()} — {item.fate}" for item in outside]
    return "\n".join(lines)


def files_words(count: int) -> str:
    """'1 file', '3 files'."""
    return f"{count} file{'s' if count != 1 else ''}"
