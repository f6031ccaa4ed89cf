"""The checks that read the disk, beside the pure `model.validate`: local media by content
(a missing, unreadable, mislabelled or oversized file is an error on its field, so "ready
to submit" is never shown for a file HeyGen would refuse) and the plan's length limit (the
billing rule file, the speech cache and the audio files' lengths). Every route's `check`
starts from `checked(project)`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from composer.assets.media import AUDIO, IMAGE, VIDEO, MediaKind, media_problem
from composer.billing.limits import length_problems
from composer.billing.rules import RuleError
from composer.model.enums import BackgroundType
from composer.model.project import LOCAL_FILE_PATHS, Project
from composer.model.scene_walk import walk
from composer.model.validate import ERROR, WARNING, Problem, after_move, label, validate
from composer.routes.rich_checks import project_checks, scene_checks


def checked(project: Project) -> list[Problem]:
    """`validate(project)` with the plan's length limit and every local file checked."""
    rich = [p for i, scene in enumerate(project.scenes) for p in scene_checks(scene, i)]
    whole = [*_length_limit(project), *project_checks(project)]
    return _merged(validate(project), whole, [*_media(project), *rich])


def checked_after_move(
    problems: list[Problem], project: Project, src: int, dst: int
) -> list[Problem]:
    """`checked(project)` once its scene at `src` moved to `dst`, from the problems
    before: the scenes' own (their files included) are renumbered, the project's checked
    again (and the transitions, which depend on their neighbours)."""
    whole = [*_length_limit(project), *project_checks(project)]
    return _merged(after_move(problems, project, src, dst), whole, [])


def _merged(
    pure: list[Problem], project_wide: list[Problem], scenes: list[Problem]
) -> list[Problem]:
    """The project's problems first, then each scene's in scene order (stable)."""
    whole = [p for p in pure if p.scene_index is None] + project_wide
    per_scene = [p for p in pure if p.scene_index is not None] + scenes
    per_scene.sort(key=lambda p: p.scene_index or 0)
    return whole + per_scene


def _length_limit(project: Project) -> list[Problem]:
    try:
        return length_problems(project)
    except RuleError as error:
        return [Problem(WARNING, None, "video_inputs", f"Can't check the video's length: {error}")]


def _media(project: Project) -> list[Problem]:
    found: list[Problem] = []
    for index, scene in enumerate(project.scenes):
        values, inapplicable, _ = walk(scene)
        found += [
            Problem(ERROR, index, path, words) for path, words in _files(values, inapplicable)
        ]
    return found


def _files(values: dict[str, Any], inapplicable: set[str]) -> Iterator[tuple[str, str]]:
    for path in LOCAL_FILE_PATHS:
        value = values.get(path)
        if value and path not in inapplicable:
            problem = media_problem(value, _media_kind(path, values))
            if problem:
                yield path, f"{label(path)}: {problem}"


def _media_kind(path: str, values: dict[str, Any]) -> MediaKind:
    if path.startswith("voice"):
        return AUDIO
    return VIDEO if values.get("background.type") == BackgroundType.VIDEO else IMAGE
