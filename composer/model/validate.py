"""Validation of a Project against the seed's rules: one pure function, plain-words problems.

Errors are what `/v2/video/generate` would refuse (or what cannot be sent at all);
warnings are what HeyGen accepts but is likely not what the user wants. Each rule is a
row in a table below, so the tests can walk the same tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, NamedTuple
from urllib.parse import urlparse

from composer.assets.media import AUDIO, IMAGE, VIDEO, MediaKind, media_problem
from composer.model import colours, layout
from composer.model.codec import (
    field_specs,
)
from composer.model.enums import (
    NON_SEED_VALUES,
    BackgroundType,
    CharacterType,
    ElevenLabsModel,
    VoiceType,
)
from composer.model.project import LOCAL_FILE_PATHS, MAX_SCENES, Applies, Project, Scene
from composer.model.unknown_values import unknown_keys
from composer.model.wording import ERROR, WARNING, Found, label

SCRIPT_MAX = 5000
SCRIPT_ADVISED = 1500
DIMENSION_MIN, DIMENSION_MAX = 128, 4096
V3_STABILITY = (0.0, 0.5, 1.0)


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


def _type_is(part: str, kind: StrEnum) -> Callable[[Scene], bool]:
    """A rule's `when`: the scene's `part` is of type `kind` (not when the part is absent or
    its type is a value this version doesn't know). The member is bound here, once: looking
    it up on its enum class, as a lambda would on every call, is slow."""

    def when(scene: Scene) -> bool:
        obj = getattr(scene, part)
        return obj is not None and obj.type == kind and not (obj.extra and "type" in obj.extra)

    return when


@dataclass(frozen=True)
class Required:
    """`path` must be set (non-blank) when `when(scene)` holds."""

    path: str
    when: Callable[[Scene], bool]
    because: str


REQUIRED = (
    Required(
        "character.avatar_id",
        _type_is("character", CharacterType.AVATAR),
        "choose the avatar who presents this scene",
    ),
    Required(
        "character.talking_photo_id",
        _type_is("character", CharacterType.TALKING_PHOTO),
        "choose the talking photo that presents this scene",
    ),
    Required(
        "voice.voice_id",
        _type_is("voice", VoiceType.TEXT),
        "choose the voice that reads the script",
    ),
    Required(
        "background.value",
        _type_is("background", BackgroundType.COLOR),
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
        _type_is("voice", VoiceType.AUDIO),
        "an audio voice needs exactly one of: an audio file, an audio URL or an audio asset id",
    ),
    OneOf(
        ("background.url", "background.image_asset_id", "background.local_file"),
        _type_is("background", BackgroundType.IMAGE),
        "an image background needs exactly one of: an image file, a URL or an image asset id",
    ),
    OneOf(
        ("background.url", "background.video_asset_id", "background.local_file"),
        _type_is("background", BackgroundType.VIDEO),
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
    width, height = project.width, project.height
    frame = layout.frame_rect(width, height)
    for index, scene in enumerate(project.scenes):
        problems.extend(
            Problem(severity, index, path, message)
            for severity, path, message in _scene_problems(scene, width, height, frame)
        )
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
        replace(p, scene_index=moved(p.scene_index)) for p in problems if p.scene_index is not None
    ]
    scenes.sort(key=lambda p: p.scene_index)  # stable: a scene keeps its problems' order
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
    if project.callback_url is not None and not _is_http_url(project.callback_url):
        yield Problem(ERROR, None, "callback_url", _url_message("callback_url"))
    for part, obj in (("", project), ("dimension", project.dimension)):
        if obj is not None:
            yield from (Problem(s, None, p, m) for s, p, m in unknown_keys(part, obj))
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
    yield from _length_limit(project)


def _length_limit(project: Project) -> list[Problem]:
    """The plan's length limit, from the billing rule file (composer.billing reads it and
    the audio files' lengths; imported here on first use)."""
    from composer.billing.limits import length_problems
    from composer.billing.rules import RuleError

    try:
        return length_problems(project)
    except RuleError as error:
        return [Problem(WARNING, None, "video_inputs", f"Can't check the video's length: {error}")]


def _dimension_message(value: int) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return "must be a whole number of pixels."
    if not DIMENSION_MIN <= value <= DIMENSION_MAX:
        return f"must be between {DIMENSION_MIN} and {DIMENSION_MAX} pixels; it is {value}."
    if value % 2:
        return f"must be an even number of pixels; it is {value}."
    return None


class _Walk(NamedTuple):
    """One walk over a scene's objects (its `PARTS`), shared by every rule instead of
    each rule looking its fields up again."""

    values: dict[str, Any]
    """Every field's value by path (`voice.speed`); absent or None when unset."""
    inapplicable: set[str]
    """The set fields whose `applies` rule is false for their object's type."""
    found: list[Found]
    """The walk's own problems: wrong-type options, undocumented enum values and keys
    the request does not define."""


def _scene_problems(scene: Scene, width: int, height: int, frame: layout.Rect) -> Iterator[Found]:
    values, inapplicable, walked = _walk(scene)
    yield from _required(scene, values)
    yield from _one_of(scene, values)
    yield from walked
    yield from _ranges(scene, values, inapplicable)
    yield from _script(scene)
    yield from _formats(values, inapplicable)
    yield from _media(values, inapplicable)
    yield from _placement(scene, width, height, frame)


def _walk(scene: Scene) -> _Walk:
    """Walk the scene and its objects in `PARTS` order, the order their problems are listed."""
    values: dict[str, Any] = {}
    inapplicable: set[str] = set()
    found: list[Found] = []
    if scene.extra:
        found.extend(unknown_keys("", scene))
    objects: list[Any] = [scene]
    for owner, name, walkers in _PART_STEPS:
        parent = objects[owner]
        obj = None if parent is None else getattr(parent, name)
        objects.append(obj)
        if obj is not None:
            walkers[type(obj)](obj, values, inapplicable, found)
            if obj.extra:
                found.extend(unknown_keys(walkers.part, obj))
    return _Walk(values, inapplicable, found)


_Walker = Callable[[Any, dict[str, Any], set[str], list[Found]], None]


class _PartWalkers(dict[type, _Walker]):
    """The compiled walker of the objects at one of the `PARTS`, by class, made on a
    class's first use."""

    def __init__(self, part: str) -> None:
        super().__init__()
        self.part = part

    def __missing__(self, cls: type) -> _Walker:
        walker = self[cls] = _compile_walker(self.part, cls)
        return walker


def _compile_walker(part: str, cls: type) -> _Walker:
    """The walk over one object at `part` as straight-line code, a statement per field, the
    way `dataclasses` makes `__init__`: a loop over the fields, reading each through
    `getattr` and unpacking its spec, costs several times as much for every scene.

    Field by field, in order, when set: its value goes into `values` by path; if its
    `applies` rule is false, its path into `inapplicable` and a wrong-type problem into
    `found`; if its value is an undocumented enum value, a warning into `found`."""
    namespace: dict[str, Any] = {
        "may_be_non_seed": _MAY_BE_NON_SEED,
        "NON_SEED_VALUES": NON_SEED_VALUES,
        "wrong_type": _wrong_type,
        "non_seed": _non_seed,
    }
    lines = ["def walk(obj, values, inapplicable, found):"]
    for index, (name, _local, applies) in enumerate(field_specs(cls)):
        path = f"{part}.{name}"
        lines += [
            f"    value = obj.{name}",
            "    if value is not None:",
            f"        values[{path!r}] = value",
        ]
        if applies is not None:
            namespace[f"rule_{index}"] = applies
            namespace[f"test_{index}"] = applies.test
            lines += [
                f"        if not test_{index}(obj):",
                f"            inapplicable.add({path!r})",
                f"            found.append(wrong_type({path!r}, rule_{index}, obj))",
            ]
        lines += [
            "        if may_be_non_seed[type(value)] and value in NON_SEED_VALUES:",
            f"            found.append(non_seed({path!r}, value))",
        ]
    if len(lines) == 1:  # no data fields
        lines.append("    pass")
    exec(compile("\n".join(lines), f"<validate {part}: {cls.__qualname__}>", "exec"), namespace)
    walker: _Walker = namespace["walk"]
    return walker


def _wrong_type(path: str, applies: Applies, obj: Any) -> Found:
    return (
        ERROR,
        path,
        (
            f"{label(path)} {applies.phrase}; clear it or change the "
            f"type (this scene's type is {obj.type})."
        ),
    )


def _non_seed(path: str, value: StrEnum) -> Found:
    return (
        WARNING,
        path,
        (
            f"{label(path)} {value.value!r} is not in the v2 "
            "endpoint's documented values; HeyGen may ignore it."
        ),
    )


class _NonSeedTypes(dict[type, bool]):
    """Per exact type, whether a value of it can be in `NON_SEED_VALUES`: only members of
    an enum that has a member there can. Decided once per type, as checking each value
    against `StrEnum` (through its metaclass) is slow."""

    def __missing__(self, kind: type) -> bool:
        verdict = self[kind] = issubclass(kind, StrEnum) and any(
            member in NON_SEED_VALUES for member in kind
        )
        return verdict


_MAY_BE_NON_SEED = _NonSeedTypes()


_PART_STEPS = tuple(
    (PARTS.index(owner) + 1 if owner else 0, name, _PartWalkers(part))
    for part in PARTS
    for owner, _, name in [part.rpartition(".")]
)
"""Per part, in `PARTS` order (which lists owners first): where its owner is in the
walk's objects (0: the scene, i + 1: `PARTS[i]`), its field name there, its walkers."""


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


def _placement(scene: Scene, width: int, height: int, frame: layout.Rect) -> Iterator[Found]:
    if not layout.avatar_rect(scene.character, width, height).intersects(frame):
        yield (
            WARNING,
            "character.offset",
            ("The avatar is placed entirely outside the frame and will not be seen."),
        )
    if scene.text is not None:
        box = layout.text_rect_estimate(scene.text, width, height)
        if not box.intersects(frame):
            yield (
                WARNING,
                "text.position",
                ("The text overlay is placed outside the frame and will not be seen."),
            )


def _media(values: dict[str, Any], inapplicable: set[str]) -> Iterator[Found]:
    """Local media by content: a missing, unreadable, mislabelled or oversized file is an
    error on its field, so "ready to submit" is never shown for a file HeyGen would refuse."""
    for path in LOCAL_FILE_PATHS:
        value = values.get(path)
        if value and path not in inapplicable:
            problem = media_problem(value, _media_kind(path, values))
            if problem:
                yield ERROR, path, f"{label(path)}: {problem}"


def _media_kind(path: str, values: dict[str, Any]) -> MediaKind:
    if path.startswith("voice"):
        return AUDIO
    return VIDEO if values.get("background.type") == BackgroundType.VIDEO else IMAGE


def _is_http_url(value: str) -> bool:
    parsed = urlparse(value.strip())
    return parsed.scheme in ("http", "https") and bool(parsed.netloc) and value == value.strip()


def _url_message(path: str) -> str:
    return f"{label(path)} must be a web address starting with http:// or https://."
