"""Project files on disk: atomic saves with a backup, versioned format, clear errors."""

from composer.projectfile.errors import ProjectFileError
from composer.projectfile.format import FORMAT_VERSION, PROJECT_SUFFIX
from composer.projectfile.io import load_any, load_project, save_project

__all__ = [
    "FORMAT_VERSION",
    "PROJECT_SUFFIX",
    "ProjectFileError",
    "load_any",
    "load_project",
    "save_project",
]
