"""Opening and saving project files (and raw request bodies) from and to disk."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from composer.model.decoding import DecodeError
from composer.model.project import Project
from composer.model.request import SCENES_KEY, project_from_request
from composer.projectfile.errors import ProjectFileError
from composer.projectfile.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    NewerVersionError,
    document_to_project,
    project_to_document,
)
from composer.storage.atomic import backup_path, write_json_atomic

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 100
"""Objects and lists nested deeper than this are refused at open: a project is about 6
deep, and a much deeper one (in a key this version keeps unread) could not be saved."""


def save_project(project: Project, path: Path) -> None:
    """Write atomically; the previous version of the file is kept as `NAME.bak`."""
    path = Path(path).absolute()
    write_json_atomic(path, project_to_document(project, path.parent), backup=True)


def load_project(path: Path) -> Project:
    """Open a Scene Composer project file; anything else raises ProjectFileError."""
    path = Path(path).absolute()
    data = _read_json(path)
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ProjectFileError(path, "it is not a Scene Composer project file.")
    return _decode(path, lambda: document_to_project(data, path.parent))


def load_any(path: Path) -> Project:
    """Open a project file or a raw HeyGen `/v2/video/generate` request body."""
    path = Path(path).absolute()
    data = _read_json(path)
    if isinstance(data, dict) and data.get("format") == FORMAT_NAME:
        return _decode(path, lambda: document_to_project(data, path.parent))
    if isinstance(data, dict) and SCENES_KEY in data:
        return _decode(path, lambda: project_from_request(data), advice="Fix that value.")
    raise ProjectFileError(
        path,
        "it is neither a Scene Composer project nor a HeyGen request body "
        f"(a JSON object with {SCENES_KEY!r}).",
    )


def _read_json(path: Path) -> Any:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectFileError(path, f"the file is {size:,} bytes, too large for a project.")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProjectFileError(path, "the file does not exist.") from None
    except IsADirectoryError:
        raise ProjectFileError(path, "it is a folder, not a file.") from None
    except OSError as exc:
        raise ProjectFileError(path, f"it could not be read ({exc.strerror}).") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProjectFileError(
            path, "it is not a text (UTF-8 JSON) file.", where=f"byte {exc.start}"
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        damage = "it ends too early (truncated?)" if exc.pos >= len(text) else exc.msg
        raise ProjectFileError(
            path,
            f"the JSON is damaged: {damage}.",
            where=f"line {exc.lineno}, column {exc.colno}",
            advice=_damaged_advice(path),
        ) from None
    except RecursionError:
        raise ProjectFileError(path, "the JSON is nested too deeply to be a project.") from None
    except ValueError as exc:  # e.g. integers with thousands of digits
        raise ProjectFileError(
            path, f"the JSON holds a value that can't be read ({exc})."
        ) from None
    if _deeper_than(data, MAX_DEPTH):
        raise ProjectFileError(
            path,
            f"it is nested more than {MAX_DEPTH} levels deep, too deep to be saved again.",
            advice="Remove the deeply nested value from the file.",
        )
    return data


def _deeper_than(data: Any, limit: int) -> bool:
    """Whether objects/lists nest more than `limit` deep."""
    return type(data) in _CONTAINERS and _holds_deeper(data, limit)


_CONTAINERS = (dict, list)
"""What `json.loads` nests (exactly these types)."""


def _holds_deeper(container: dict[str, Any] | list[Any], room: int) -> bool:
    """Whether `container`, with `room` levels left for it and what it holds, needs more.
    Recursion at most `room` deep, and only into containers: most values are scalars."""
    if room <= 0:
        return True
    children: Iterable[Any] = container.values() if type(container) is dict else container
    return any(type(child) in _CONTAINERS and _holds_deeper(child, room - 1) for child in children)


def _damaged_advice(path: Path) -> str:
    """Point at the backup only where there is one (a request body has none)."""
    if backup_path(path).exists():
        return "Open the .bak file beside it, or an autosave, to get your work back."
    return "Fix the file in a text editor, or open an autosave to get your work back."


def _decode(
    path: Path, decode: Any, *, advice: str = "Fix that value in the file, or open its .bak."
) -> Project:
    try:
        return decode()
    except NewerVersionError as exc:
        raise ProjectFileError(
            path,
            f"it was saved by a newer Scene Composer (format version {exc.version}; this one "
            f"reads up to {FORMAT_VERSION}).",
            advice="Update Scene Composer to open it.",
        ) from None
    except DecodeError as exc:
        raise ProjectFileError(
            path,
            f"{exc.message}.",
            where=exc.path or "the top level",
            advice=advice,
        ) from None
    except RecursionError:
        raise ProjectFileError(path, "the JSON is nested too deeply to be a project.") from None
