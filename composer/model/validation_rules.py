"""The validation rules as tables: ranges, required fields, one-of groups, the formats
each path must have, and the parts of a scene the walk visits. `validate` checks a
project against them; the tests walk the same tables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from composer.model.enums import BackgroundType, CharacterType, VoiceType
from composer.model.project import Scene

SCRIPT_MAX = 5000
SCRIPT_ADVISED = 1500
DIMENSION_MIN, DIMENSION_MAX = 128, 4096
V3_STABILITY = (0.0, 0.5, 1.0)


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


@dataclass(frozen=True)
class ShareRule:
    """A 0-1 field shown as a percentage ("Opacity 50 %"), named `words` in messages."""

    field: str
    words: str


OVERLAY_SHARES = (ShareRule("opacity", "opacity"),)
"""Per layer (composer.model.rich.Overlay)."""
MUSIC_SHARES = (ShareRule("volume", "music volume"),)
"""Of the project's music."""
TRANSITION_SHARE_OF_SCENE = 0.5
"""A transition may take at most this share of either scene it joins (checked with the
scenes' lengths, in the route layer)."""
