"""Crash-safe file writes: temp file in the same folder, flush + fsync, `os.replace`.

A reader (or the next start after a crash) sees either the complete old file or the
complete new one, never a mix. With `backup`, the previous file is kept as `NAME.bak`
(hard-linked before the replace, so the backup is also always complete). A symlink is
followed (its target is written, the link stays); a read-only file is refused, not
replaced behind the user's back.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def write_atomic(
    path: Path,
    data: bytes,
    *,
    backup: bool = False,
    verify: Callable[[Path], None] | None = None,
) -> None:
    """`verify(temporary file)` may raise to keep `data` out of `path` (a cache checking
    that the bytes are what it stores)."""
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()
    _refuse_read_only(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if verify is not None:
            verify(tmp)
        if path.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, path.stat().st_mode & 0o777)
            if backup:
                _replace_backup(path)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def _refuse_read_only(path: Path) -> None:
    """A file marked read-only (no write bit: even root is refused) stays as it is."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    if not mode & 0o222 or not os.access(path, os.W_OK):
        raise PermissionError(errno.EACCES, "the file is read-only", str(path))


def write_json_atomic(path: Path, value: Any, *, backup: bool = False) -> None:
    text = json.dumps(value, indent=2, ensure_ascii=False) + "\n"
    write_atomic(path, text.encode("utf-8"), backup=backup)


def compact_json(value: Any) -> bytes:
    """`value` as compact UTF-8 JSON: several times faster to make than the indented
    form (the C encoder), for files people don't read."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _replace_backup(path: Path) -> None:
    """Make `path.bak` the current file's content, atomically (link, then rename)."""
    bak = backup_path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{bak.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.unlink(tmp_name)
    try:
        try:
            os.link(path, tmp_name)
        except OSError:  # file systems without hard links: copy the bytes instead
            Path(tmp_name).write_bytes(path.read_bytes())
        os.replace(tmp_name, bak)
    finally:
        # A rename onto another link of the same file does nothing (POSIX), which happens
        # when a concurrent save already made the backup: the temporary name must go.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Put a rename in `folder` on disk (for writers that rename files of their own)."""
    _fsync_dir(folder)
