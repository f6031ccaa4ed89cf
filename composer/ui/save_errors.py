"""What a failed save or autosave says: what failed, in plain words, and what to do."""

from __future__ import annotations

import errno
from pathlib import Path

from composer.projectfile import ProjectFileError
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate

_WHY = {
    errno.EACCES: QT_TRANSLATE_NOOP("SaveErrors", "the file or its folder is read-only"),
    errno.EPERM: QT_TRANSLATE_NOOP("SaveErrors", "the file or its folder is read-only"),
    errno.EROFS: QT_TRANSLATE_NOOP("SaveErrors", "the disk is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("SaveErrors", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("SaveErrors", "your disk quota is used up"),
    errno.ENOENT: QT_TRANSLATE_NOOP("SaveErrors", "its folder no longer exists"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("SaveErrors", "the name is too long"),
}


def _why(error: BaseException) -> str:
    if isinstance(error, ProjectFileError):
        return error.problem
    if isinstance(error, OSError):
        if (error.errno or 0) in _WHY:
            return translate("SaveErrors", _WHY[error.errno or 0])
        return error.strerror or str(error)
    if isinstance(error, RecursionError):
        return translate("SaveErrors", "the project holds a value nested too deeply to be written")
    return translate("SaveErrors", "Scene Composer could not write it ({kind})").format(
        kind=type(error).__name__
    )


def save_failure(path: Path, error: BaseException) -> str:
    return translate(
        "SaveErrors",
        "Can't save {file}: {why}. Your work is still open and nothing was changed on disk: "
        "use File → Save As to save it somewhere else.",
    ).format(file=path.name, why=_why(error))


def autosave_failure(error: BaseException) -> str:
    return translate(
        "SaveErrors", "Autosave failed: {why}. Save your work (Ctrl+S) to keep it safe."
    ).format(why=_why(error))
