"""Project ⇄ the exact `POST /v2/video/generate` request body."""

from __future__ import annotations

from typing import Any

from composer.model.codec import in_order, join, remember_order, to_json
from composer.model.decoding import DecodeError, from_json
from composer.model.project import Project, Scene

SCENES_KEY = "video_inputs"
_PROJECT_SKIP = frozenset({"scenes"})


def build_request(project: Project) -> dict[str, Any]:
    """The request body: only fields that are set and apply to their object's type."""
    body = to_json(project, local=False, applicable_only=True, skip=_PROJECT_SKIP)
    scenes = [scene_request(scene) for scene in project.scenes]
    ordered: dict[str, Any] = {}
    for key in ("title", "caption", "dimension"):
        if key in body:
            ordered[key] = body.pop(key)
    ordered[SCENES_KEY] = scenes
    ordered.update(body)
    return in_order(ordered, project)  # an imported body keeps its own key order


def scene_request(scene: Scene) -> dict[str, Any]:
    """One `video_inputs[]` item."""
    return to_json(scene, local=False, applicable_only=True)


def project_from_request(body: Any) -> Project:
    """Import a raw request body (as users have from scripts and HeyGen's docs)."""
    if not isinstance(body, dict):
        raise DecodeError("", "a request body must be a JSON object")
    inputs = body.get(SCENES_KEY)
    if not isinstance(inputs, list):
        raise DecodeError(SCENES_KEY, "is required: the list of scenes")
    rest = {k: v for k, v in body.items() if k != SCENES_KEY}
    project = from_json(Project, rest, "", local=False, skip=_PROJECT_SKIP)
    if "scenes" in rest:
        project.extra["scenes"] = rest["scenes"]
    project.scenes = [
        from_json(Scene, item, join(SCENES_KEY, i), local=False) for i, item in enumerate(inputs)
    ]
    remember_order(project, body)
    return project
