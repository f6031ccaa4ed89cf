"""What a project file looked like on disk when this window last read or wrote it, so a
change made since by another window or program is found before a save overwrites it.

Size and modification time catch nearly every change cheaply; the content's hash decides
(a copy that rewrote the same bytes, or a clock that moved, is no change)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DiskStamp:
    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, path: Path) -> DiskStamp | None:
        """The file's stamp now; None if it cannot be read (gone, or not a file)."""
        try:
            info = path.stat()
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None
        return cls(info.st_mtime_ns, info.st_size, digest)

    def changed_on_disk(self, path: Path) -> bool:
        """Whether `path` now holds other content than when this stamp was taken. A file
        that is gone is not a conflict: saving puts it back."""
        try:
            info = path.stat()
        except OSError:
            return False
        if (info.st_mtime_ns, info.st_size) == (self.mtime_ns, self.size):
            return False
        now = DiskStamp.of(path)
        return now is not None and now.sha256 != self.sha256
