"""The project file format: JSON with a format name, a version and the project.

    {"format": "scene-composer-project", "version": 2,
     "project": {title, caption, dimension, ... as in the request, music, captions_style},
     "scenes": [{"id", "name", "character", "voice", "background", "text",
                 "overlays", "transition_in"}],
     ...keys a newer minor version added are kept on round trip}

Older versions are brought up to date by `MIGRATIONS` (version n → n + 1), one step
at a time, and are written in the current version when saved. Version 2 added the
exact-layout route's overlays, transitions, music and caption style (composer.model.rich);
a version-1 file has none of them. Local media paths beside the project are stored
relative to it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from composer import __version__
from composer.brand.kit import PROJECT_KEY as KIT_KEY
from composer.brand.kit import kit_from_document, kit_to_document
from composer.model.codec import join, to_json
from composer.model.decoding import DecodeError, from_json
from composer.model.paths import get_path, path_steps, set_path
from composer.model.project import Project, Scene, local_file_paths

FORMAT_NAME = "scene-composer-project"
FORMAT_VERSION = 2
PROJECT_SUFFIX = ".scene.json"
_RESERVED = frozenset({"format", "version", "generator", "project", "scenes", "uploads"})

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _added_rich_layers(document: dict[str, Any]) -> dict[str, Any]:
    """Version 2 only added optional keys: a version-1 document reads as it is."""
    return {**document, "version": 2}


MIGRATIONS: dict[int, Migration] = {1: _added_rich_layers}
"""`MIGRATIONS[n]` turns a version-n document into version n + 1."""
MUSIC_FILE = "music.local_file"


class NewerVersionError(ValueError):
    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


def project_to_document(project: Project, folder: Path) -> dict[str, Any]:
    body = to_json(project, local=True, applicable_only=False, skip=frozenset({"scenes"}))
    _store_relative(body, project, MUSIC_FILE, folder)
    scenes = [_scene_to_document(scene, folder) for scene in project.scenes]
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "generator": f"scene-composer {__version__}",
        "project": body,
        "scenes": scenes,
    }
    if project.uploads:
        document["uploads"] = project.uploads
    for key, value in project.file_extra.items():
        document.setdefault(key, kit_to_document(value, folder) if key == KIT_KEY else value)
    return document


def _scene_to_document(scene: Scene, folder: Path) -> dict[str, Any]:
    data = to_json(scene, local=True, applicable_only=False)
    for path in local_file_paths(scene):
        _store_relative(data, scene, path, folder)
    return data


def _store_relative(data: dict[str, Any], obj: Any, path: str, folder: Path) -> None:
    """Write the local file at `path` of `obj` into its JSON `data` relative to `folder`
    when it lies beside the project."""
    value = get_path(obj, path)
    if not value:
        return
    *parents, leaf = path_steps(path)
    node: Any = data
    for step in parents:
        node = node[step]
    node[leaf] = _relative_if_beside(value, folder)


def _resolve_relative(obj: Any, path: str, folder: Path) -> None:
    value = get_path(obj, path)
    if value and not Path(value).is_absolute():
        set_path(obj, path, str(folder / Path(*PurePosixPath(value).parts)))


def document_to_project(document: dict[str, Any], folder: Path) -> Project:
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise DecodeError("version", "must be a whole number (1 or more)")
    if version > FORMAT_VERSION:
        raise NewerVersionError(version)
    while version < FORMAT_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
    project = from_json(
        Project, document.get("project", {}), "project", local=True, skip=frozenset({"scenes"})
    )
    scenes = document.get("scenes", [])
    if not isinstance(scenes, list):
        raise DecodeError("scenes", "must be a list of scenes")
    project.scenes = [
        _scene_from_document(item, join("scenes", i), folder) for i, item in enumerate(scenes)
    ]
    project.file_extra = {k: v for k, v in document.items() if k not in _RESERVED}
    if KIT_KEY in project.file_extra:
        project.file_extra[KIT_KEY] = kit_from_document(project.file_extra[KIT_KEY], folder)
    project.uploads = _uploads(document.get("uploads", {}))
    _resolve_relative(project, MUSIC_FILE, folder)
    return project


def _uploads(value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict) or not all(
        isinstance(entry, dict) and isinstance(entry.get("asset_id"), str)
        for entry in value.values()
    ):
        raise DecodeError("uploads", "must map files to their uploaded asset ids")
    return value


def _scene_from_document(data: Any, where: str, folder: Path) -> Scene:
    scene = from_json(Scene, data, where, local=True)
    for path in local_file_paths(scene):
        _resolve_relative(scene, path, folder)
    return scene


def _relative_if_beside(value: str, folder: Path) -> str:
    try:
        return Path(value).relative_to(folder).as_posix()
    except ValueError:
        return value
