"""What a failed save or autosave says: what failed, in plain words, and what to do."""

from __future__ import annotations

import errno
from pathlib import Path

from composer.projectfile import ProjectFileError

_WHY = {
    errno.EACCES: "the file or its folder is read-only",
    errno.EPERM: "the file or its folder is read-only",
    errno.EROFS: "the disk is read-only",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "your disk quota is used up",
    errno.ENOENT: "its folder no longer exists",
    errno.ENAMETOOLONG: "the name is too long",
}


def _why(error: BaseException) -> str:
    if isinstance(error, ProjectFileError):
        return error.problem
    if isinstance(error, OSError):
        return _WHY.get(error.errno or 0, error.strerror or str(error))
    if isinstance(error, RecursionError):
        return "the project holds a value nested too deeply to be written"
    return f"Scene Composer could not write it ({type(error).__name__})"


def save_failure(path: Path, error: BaseException) -> str:
    return (
        f"Can't save {path.name}: {_why(error)}. Your work is still open and nothing was "
        "changed on disk: use File → Save As to save it somewhere else."
    )


def autosave_failure(error: BaseException) -> str:
    return f"Autosave failed: {_why(error)}. Save your work (Ctrl+S) to keep it safe."
