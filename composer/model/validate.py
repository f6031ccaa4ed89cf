"""Validation of a Project against the seed's rules: one pure function, plain-words problems.

Errors are what `/v2/video/generate` would refuse (or what cannot be sent at all);
warnings are what HeyGen accepts but is likely not what the user wants. Each rule is a
row in a table below, so the tests can walk the same tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from composer.model import layout
from composer.model.codec import field_specs
from composer.model.enums import (
    NON_SEED_VALUES,
    BackgroundType,
    CharacterType,
    ElevenLabsModel,
    VoiceType,
)
from composer.model.paths import field_applies, get_path
from composer.model.project import LOCAL_FILE_PATHS, MAX_SCENES, Project, Scene

ERROR = "error"
WARNING = "warning"

SCRIPT_MAX = 5000
SCRIPT_ADVISED = 1500
DIMENSION_MIN, DIMENSION_MAX = 128, 4096
V3_STABILITY = (0.0, 0.5, 1.0)
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


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


LABELS = {
    "character.avatar_id": "Avatar",
    "character.talking_photo_id": "Talking photo",
    "character.scale": "Avatar scale",
    "character.offset": "Avatar position",
    "character.circle_background_color": "Circle background colour",
    "voice.voice_id": "Voice",
    "voice.input_text": "Script",
    "voice.speed": "Voice speed",
    "voice.pitch": "Voice pitch",
    "voice.duration": "Silence length",
    "voice.audio_url": "Audio URL",
    "voice.audio_asset_id": "Audio asset id",
    "voice.local_file": "Audio file",
    "voice.elevenlabs_settings.similarity_boost": "ElevenLabs similarity boost",
    "voice.elevenlabs_settings.stability": "ElevenLabs stability",
    "voice.elevenlabs_settings.style": "ElevenLabs style",
    "background.value": "Background colour",
    "background.url": "Background URL",
    "background.local_file": "Background file",
    "text.text": "Overlay text",
    "text.line_height": "Line height",
    "text.font_size": "Font size",
    "text.width": "Text box width",
    "text.color": "Text colour",
    "text.position": "Text position",
    "dimension.width": "Video width",
    "dimension.height": "Video height",
    "callback_url": "Callback URL",
}


def label(path: str) -> str:
    return LABELS.get(path, path.rsplit(".", 1)[-1].replace("_", " ").capitalize())


@dataclass(frozen=True)
class RangeRule:
    path: str
    low: float
    high: float
    integer: bool = False


RANGES = (
    RangeRule("character.scale", 0.0, 5.0),
    RangeRule("voice.speed", 0.5, 1.5),
    RangeRule("voice.pitch", -50, 50, integer=True),
    RangeRule("voice.elevenlabs_settings.similarity_boost", 0.0, 1.0),
    RangeRule("voice.elevenlabs_settings.stability", 0.0, 1.0),
    RangeRule("voice.elevenlabs_settings.style", 0.0, 1.0),
)
SILENCE_RANGE = RangeRule("voice.duration", 1.0, 100.0)


@dataclass(frozen=True)
class Required:
    """`path` must be set (non-blank) when `when(scene)` holds."""

    path: str
    when: Callable[[Scene], bool]
    because: str


REQUIRED = (
    Required(
        "character.avatar_id",
        lambda s: s.character.type == CharacterType.AVATAR,
        "an avatar scene needs an avatar id",
    ),
    Required(
        "character.talking_photo_id",
        lambda s: s.character.type == CharacterType.TALKING_PHOTO,
        "a talking-photo scene needs a talking photo id",
    ),
    Required(
        "voice.voice_id",
        lambda s: s.voice.type == VoiceType.TEXT,
        "a script voice needs a voice id",
    ),
    Required(
        "background.value",
        lambda s: s.background.type == BackgroundType.COLOR,
        "a colour background needs a hex colour such as #FFFFFF",
    ),
    Required("text.text", lambda s: s.text is not None, "a text overlay needs its text"),
    Required(
        "text.line_height",
        lambda s: s.text is not None,
        "HeyGen requires a line height for text overlays (1.2 is typical)",
    ),
)


@dataclass(frozen=True)
class OneOf:
    """Exactly one of `paths` must be set when `when(scene)` holds."""

    paths: tuple[str, ...]
    when: Callable[[Scene], bool]
    what: str


ONE_OF = (
    OneOf(
        ("voice.audio_url", "voice.audio_asset_id", "voice.local_file"),
        lambda s: s.voice.type == VoiceType.AUDIO,
        "an audio voice needs exactly one of: an audio file, an audio URL or an audio asset id",
    ),
    OneOf(
        ("background.url", "background.image_asset_id", "background.local_file"),
        lambda s: s.background.type == BackgroundType.IMAGE,
        "an image background needs exactly one of: an image file, a URL or an image asset id",
    ),
    OneOf(
        ("background.url", "background.video_asset_id", "background.local_file"),
        lambda s: s.background.type == BackgroundType.VIDEO,
        "a video background needs exactly one of: a video file, a URL or a video asset id",
    ),
)

HEX_PATHS = ("character.circle_background_color", "background.value", "text.color")
URL_PATHS = ("voice.audio_url", "background.url")
POSITIVE_PATHS = ("text.line_height", "text.font_size", "text.width")
PARTS = (
    "character",
    "voice",
    "voice.elevenlabs_settings",
    "background",
    "text",
    "character.offset",
    "text.position",
)


def validate(project: Project) -> list[Problem]:
    """Every problem in the project, in scene order; an empty list means ready to send."""
    problems = list(_project_problems(project))
    for index, scene in enumerate(project.scenes):
        problems.extend(
            Problem(severity, index, path, message)
            for severity, path, message in _scene_problems(scene, project)
        )
    return problems


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


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
    if project.callback_url is not None and not _is_http_url(project.callback_url):
        yield Problem(ERROR, None, "callback_url", _url_message("callback_url"))
    for part, obj in (("", project), ("dimension", project.dimension)):
        if obj is not None:
            yield from (Problem(s, None, p, m) for s, p, m in _unknown_keys(part, obj))
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


Found = tuple[str, str, str]  # severity, path, message


def _scene_problems(scene: Scene, project: Project) -> Iterator[Found]:
    yield from _required(scene)
    yield from _one_of(scene)
    yield from _field_checks(scene)
    yield from _ranges(scene)
    yield from _script(scene)
    yield from _formats(scene)
    yield from _placement(scene, project)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _required(scene: Scene) -> Iterator[Found]:
    for rule in REQUIRED:
        if rule.when(scene) and _blank(get_path(scene, rule.path)):
            yield ERROR, rule.path, f"{label(rule.path)} is missing: {rule.because}."


def _one_of(scene: Scene) -> Iterator[Found]:
    for rule in ONE_OF:
        if not rule.when(scene):
            continue
        given = [p for p in rule.paths if not _blank(get_path(scene, p))]
        if len(given) != 1:
            where = given[0] if given else rule.paths[0]
            detail = "none is set" if not given else "set: " + ", ".join(label(p) for p in given)
            yield ERROR, where, f"{rule.what[0].upper()}{rule.what[1:]} ({detail})."


def _ranges(scene: Scene) -> Iterator[Found]:
    for rule in RANGES:
        value = get_path(scene, rule.path)
        if value is None or not _applies(scene, rule.path):
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
    name = label(rule.path)
    if rule.integer and (isinstance(value, bool) or not isinstance(value, int)):
        return f"{name} must be a whole number between {rule.low:g} and {rule.high:g}."
    if not rule.low <= value <= rule.high:
        return f"{name} must be between {rule.low:g} and {rule.high:g}; it is {value:g}."
    return None


def _silence(duration: str) -> Iterator[Found]:
    try:
        seconds = float(duration)
    except ValueError:
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


def _formats(scene: Scene) -> Iterator[Found]:
    for path in HEX_PATHS:
        value = get_path(scene, path)
        if value is not None and _applies(scene, path) and not _HEX.match(value):
            yield (
                ERROR,
                path,
                (f"{label(path)} must be a hex colour such as #1A1A2E; it is {value!r}."),
            )
    for path in URL_PATHS:
        value = get_path(scene, path)
        if value is not None and _applies(scene, path) and not _is_http_url(value):
            yield ERROR, path, _url_message(path)
    for path in LOCAL_FILE_PATHS:
        value = get_path(scene, path)
        if value and _applies(scene, path) and not Path(value).is_file():
            yield ERROR, path, f"{label(path)} can't be found: {value}. Pick the file again."
    for path in POSITIVE_PATHS:
        value = get_path(scene, path)
        if value is not None and value <= 0:
            yield ERROR, path, f"{label(path)} must be greater than 0; it is {value:g}."


def _field_checks(scene: Scene) -> Iterator[Found]:
    """One walk over every object of the scene: wrong-type options, undocumented enum
    values and keys the request does not define."""
    yield from _unknown_keys("", scene)
    for part in PARTS:
        obj = get_path(scene, part)
        if obj is None:
            continue
        for name, _local, applies in field_specs(type(obj)):
            value = getattr(obj, name)
            if value is None:
                continue
            if applies is not None and not applies.test(obj):
                path = f"{part}.{name}"
                yield (
                    ERROR,
                    path,
                    (
                        f"{label(path)} {applies.phrase}; clear it or change the "
                        f"type (this scene's type is {obj.type})."
                    ),
                )
            if isinstance(value, StrEnum) and value in NON_SEED_VALUES:
                path = f"{part}.{name}"
                yield (
                    WARNING,
                    path,
                    (
                        f"{label(path)} {value.value!r} is not in the v2 "
                        "endpoint's documented values; HeyGen may ignore it."
                    ),
                )
        yield from _unknown_keys(part, obj)


def _unknown_keys(part: str, obj: Any) -> Iterator[Found]:
    for key in obj.extra:
        path = f"{part}.{key}" if part else key
        yield (
            WARNING,
            path,
            (
                f"{path!r} is not a field of the v2 request; it will be sent as is "
                "and HeyGen may reject or ignore it."
            ),
        )


def _placement(scene: Scene, project: Project) -> Iterator[Found]:
    frame = layout.frame_rect(project.width, project.height)
    if not layout.avatar_rect(scene.character, project.width, project.height).intersects(frame):
        yield (
            WARNING,
            "character.offset",
            ("The avatar is placed entirely outside the frame and will not be seen."),
        )
    if scene.text is not None:
        box = layout.text_rect_estimate(scene.text, project.width, project.height)
        if not box.intersects(frame):
            yield (
                WARNING,
                "text.position",
                ("The text overlay is placed outside the frame and will not be seen."),
            )


def _applies(scene: Scene, path: str) -> bool:
    part, _, name = path.rpartition(".")
    obj = get_path(scene, part)
    return obj is not None and field_applies(obj, name)


def _is_http_url(value: str) -> bool:
    parsed = urlparse(value.strip())
    return parsed.scheme in ("http", "https") and bool(parsed.netloc) and value == value.strip()


def _url_message(path: str) -> str:
    return f"{label(path)} must be a web address starting with http:// or https://."
