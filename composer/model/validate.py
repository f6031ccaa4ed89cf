"""Validation of a Project against the seed's rules: one pure function, plain-words problems.
It reads no file: what needs the disk (local media by content, the plan's length limit from
the billing rule file, the speech cache and audio files) is checked in the route layer
(composer/routes/checks.py), beside this.

Errors are what `/v2/video/generate` would refuse (or what cannot be sent at all);
warnings are what HeyGen accepts but is likely not what the user wants. Each rule is a
row in a table (composer/model/validation_rules.py), so the tests can walk the same tables;
one walk over each scene (composer/model/scene_walk.py) gathers what the rules read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlparse

from composer.model import colours
from composer.model.enums import (
    ElevenLabsModel,
    VoiceType,
)
from composer.model.placeholders import message as placeholder_message
from composer.model.placeholders import scene_placeholders, unfilled
from composer.model.placement import placement_problems
from composer.model.project import MAX_SCENES, Project, Scene, silence_seconds
from composer.model.scene_walk import walk
from composer.model.unknown_values import unknown_keys
from composer.model.validate_rich import project_rich_problems, scene_rich_problems
from composer.model.validation_rules import (
    DIMENSION_MAX,
    DIMENSION_MIN,
    HEX_PATHS,
    ONE_OF,
    POSITIVE_PATHS,
    RANGES,
    REQUIRED,
    SCRIPT_ADVISED,
    SCRIPT_MAX,
    SILENCE_RANGE,
    URL_PATHS,
    V3_STABILITY,
    RangeRule,
)
from composer.model.wording import ERROR, WARNING, Found, label

TRANSITION = "transition_in"


@dataclass(frozen=True)
class Problem:
    severity: str
    scene_index: int | None  # 0-based; None for the project itself
    field: str  # below the scene (or project): "voice.speed", "dimension.width"
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    @property
    def scene_number(self) -> int | None:
        return None if self.scene_index is None else self.scene_index + 1

    @property
    def json_path(self) -> str:
        if self.scene_index is None:
            return self.field
        return f"video_inputs[{self.scene_index}].{self.field}"

    def __str__(self) -> str:
        where = "Project" if self.scene_index is None else f"Scene {self.scene_number}"
        return f"{self.severity}: {where}, {self.json_path}: {self.message}"


def validate(project: Project) -> list[Problem]:
    """Every problem in the project, in scene order; an empty list means ready to send."""
    problems = list(_project_problems(project))
    width, height = project.width, project.height
    for index, scene in enumerate(project.scenes):
        problems.extend(
            Problem(severity, index, path, message)
            for severity, path, message in _scene_problems(scene, width, height)
        )
        problems.extend(Problem(s, index, p, m) for s, p, m in scene_rich_problems(scene, index))
    return problems


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def after_move(problems: list[Problem], project: Project, src: int, dst: int) -> list[Problem]:
    """`validate(project)` once its scene at `src` has moved to `dst`, given `problems`, the
    result before the move. A scene's own problems do not depend on where it is, so they
    are renumbered; the project's are checked again (they name scenes by number). Much
    cheaper than validating all 50 scenes again after a drag in the scene list."""

    def moved(index: int) -> int:
        if index == src:
            return dst
        if src < index <= dst:
            return index - 1
        if dst <= index < src:
            return index + 1
        return index

    scenes = [
        replace(p, scene_index=moved(p.scene_index))
        for p in problems
        if p.scene_index is not None and not p.field.startswith(TRANSITION)
    ]
    for index, scene in enumerate(project.scenes):  # the first scene's transition is moot
        if scene.transition_in is not None:
            found = scene_rich_problems(scene, index)
            scenes += [Problem(s, index, p, m) for s, p, m in found if p.startswith(TRANSITION)]
    scenes.sort(key=lambda p: p.scene_index or 0)  # stable: a scene keeps its problems' order
    return [*_project_problems(project), *scenes]


def _project_problems(project: Project) -> Iterator[Problem]:
    count = len(project.scenes)
    if count == 0:
        yield Problem(ERROR, None, "video_inputs", "A video needs at least one scene.")
    elif count > MAX_SCENES:
        yield Problem(
            ERROR,
            None,
            "video_inputs",
            f"A video can have at most {MAX_SCENES} scenes; this one has {count}.",
        )
    if project.dimension is not None:
        for side in ("width", "height"):
            value = getattr(project.dimension, side)
            message = _dimension_message(value)
            if message:
                yield Problem(
                    ERROR, None, f"dimension.{side}", f"{label('dimension.' + side)} {message}"
                )
    left = unfilled(project.title)
    if left:
        yield Problem(ERROR, None, "title", placeholder_message("title", left))
    if project.callback_url is not None and not _is_http_url(project.callback_url):
        yield Problem(ERROR, None, "callback_url", _url_message("callback_url"))
    for part, obj in (("", project), ("dimension", project.dimension)):
        if obj is not None:
            yield from (Problem(s, None, p, m) for s, p, m in unknown_keys(part, obj))
    yield from (Problem(s, None, p, m) for s, p, m in project_rich_problems(project))
    if project.extra.get("test") is True:
        yield Problem(
            WARNING,
            None,
            "test",
            "This is sent as a test video: HeyGen renders it with a watermark.",
        )
    if project.caption:
        silent = [
            str(i + 1) for i, s in enumerate(project.scenes) if s.voice.type != VoiceType.TEXT
        ]
        if silent:
            yield Problem(
                WARNING,
                None,
                "caption",
                "Captions only work for script voices; scene(s) "
                f"{', '.join(silent)} use audio or silence and will have no captions.",
            )


def _dimension_message(value: int) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return "must be a whole number of pixels."
    if not DIMENSION_MIN <= value <= DIMENSION_MAX:
        return f"must be between {DIMENSION_MIN} and {DIMENSION_MAX} pixels; it is {value}."
    if value % 2:
        return f"must be an even number of pixels; it is {value}."
    return None


def _scene_problems(scene: Scene, width: int, height: int) -> Iterator[Found]:
    values, inapplicable, walked = walk(scene)
    yield from _required(scene, values)
    yield from _one_of(scene, values)
    yield from walked
    yield from _ranges(scene, values, inapplicable)
    yield from _script(scene)
    yield from scene_placeholders(scene)
    yield from _formats(values, inapplicable)
    yield from placement_problems(scene, width, height)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _required(scene: Scene, values: dict[str, Any]) -> Iterator[Found]:
    for rule in REQUIRED:
        if rule.when(scene) and _blank(values.get(rule.path)):
            yield ERROR, rule.path, f"{label(rule.path)} is missing: {rule.because}."


def _one_of(scene: Scene, values: dict[str, Any]) -> Iterator[Found]:
    for rule in ONE_OF:
        if not rule.when(scene):
            continue
        given = [p for p in rule.paths if not _blank(values.get(p))]
        if len(given) != 1:
            where = given[0] if given else rule.paths[0]
            detail = "none is set" if not given else "set: " + ", ".join(label(p) for p in given)
            yield ERROR, where, f"{rule.what[0].upper()}{rule.what[1:]} ({detail})."


def _ranges(scene: Scene, values: dict[str, Any], inapplicable: set[str]) -> Iterator[Found]:
    for rule in RANGES:
        value = values.get(rule.path)
        if value is None or rule.path in inapplicable:
            continue
        message = _range_message(rule, value)
        if message:
            yield ERROR, rule.path, message
    settings = scene.voice.elevenlabs_settings
    if (
        scene.voice.type == VoiceType.TEXT
        and settings is not None
        and settings.model == ElevenLabsModel.V3
        and settings.stability is not None
        and settings.stability not in V3_STABILITY
    ):
        yield (
            ERROR,
            "voice.elevenlabs_settings.stability",
            (
                f"With the eleven_v3 model, stability must be 0, 0.5 or 1.0; it is "
                f"{settings.stability:g}."
            ),
        )
    if scene.voice.type == VoiceType.SILENCE and scene.voice.duration is not None:
        yield from _silence(scene.voice.duration)


def _range_message(rule: RangeRule, value: Any) -> str | None:
    if rule.integer and (isinstance(value, bool) or not isinstance(value, int)):
        return f"{label(rule.path)} must be a whole number between {rule.low:g} and {rule.high:g}."
    if not rule.low <= value <= rule.high:
        return (
            f"{label(rule.path)} must be between {rule.low:g} and {rule.high:g}; it is {value:g}."
        )
    return None


def _silence(duration: str | float) -> Iterator[Found]:
    seconds = silence_seconds(duration)
    if seconds is None:
        yield (
            ERROR,
            SILENCE_RANGE.path,
            (f'Silence length must be a number of seconds such as "2.5"; it is {duration!r}.'),
        )
        return
    message = _range_message(SILENCE_RANGE, seconds)
    if message:
        yield ERROR, SILENCE_RANGE.path, message.replace("; it is", " seconds; it is")


def _script(scene: Scene) -> Iterator[Found]:
    text = scene.voice.input_text
    if scene.voice.type != VoiceType.TEXT or text is None:
        if scene.voice.type == VoiceType.TEXT:
            yield ERROR, "voice.input_text", "Script is missing: a script voice needs words to say."
        return
    if not text.strip():
        yield ERROR, "voice.input_text", "Script is empty: write what the avatar should say."
    elif len(text) > SCRIPT_MAX:
        yield (
            ERROR,
            "voice.input_text",
            (
                f"Script is {len(text):,} characters; HeyGen accepts at most {SCRIPT_MAX:,} "
                "per scene. Split it over two scenes."
            ),
        )
    elif len(text) > SCRIPT_ADVISED:
        yield (
            WARNING,
            "voice.input_text",
            (
                f"Script is {len(text):,} characters; some HeyGen plans stop at "
                f"{SCRIPT_ADVISED:,}. Consider splitting it."
            ),
        )


def _colour_message(path: str, value: Any) -> str:
    named = colours.to_hex(value) if isinstance(value, str) else None
    if named is not None:
        return f"{label(path)} {value!r} must be sent as hex: use {named}."
    return f"{label(path)} must be a colour name or a hex colour such as #1A1A2E; it is {value!r}."


def _formats(values: dict[str, Any], inapplicable: set[str]) -> Iterator[Found]:
    for path in HEX_PATHS:
        value = values.get(path)
        if value is not None and path not in inapplicable and not colours.is_hex(value):
            yield ERROR, path, _colour_message(path, value)
    for path in URL_PATHS:
        value = values.get(path)
        if value is not None and path not in inapplicable and not _is_http_url(value):
            yield ERROR, path, _url_message(path)
    for path in POSITIVE_PATHS:
        value = values.get(path)
        if value is not None and value <= 0:
            yield ERROR, path, f"{label(path)} must be greater than 0; it is {value:g}."


def _is_http_url(value: str) -> bool:
    parsed = urlparse(value.strip())
    return parsed.scheme in ("http", "https") and bool(parsed.netloc) and value == value.strip()


def _url_message(path: str) -> str:
    return f"{label(path)} must be a web address starting with http:// or https://."
