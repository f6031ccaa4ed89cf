"""Every enumerated value of the `/v2/video/generate` request, as the seed spells it.

Values that HeyGen's other docs list but the seed does not are kept apart in
`NON_SEED_VALUES`: they import with a warning instead of an error.
"""

from __future__ import annotations

from enum import StrEnum


class CharacterType(StrEnum):
    AVATAR = "avatar"
    TALKING_PHOTO = "talking_photo"


class AvatarStyle(StrEnum):
    NORMAL = "normal"
    CLOSE_UP = "closeUp"
    CIRCLE = "circle"


class TalkingPhotoStyle(StrEnum):
    CIRCLE = "circle"
    SQUARE = "square"  # not in the seed; other HeyGen docs list it


class TalkingStyle(StrEnum):
    STABLE = "stable"
    EXPRESSIVE = "expressive"


class Expression(StrEnum):
    DEFAULT = "default"
    HAPPY = "happy"


class VoiceType(StrEnum):
    TEXT = "text"
    AUDIO = "audio"
    SILENCE = "silence"


class Emotion(StrEnum):
    EXCITED = "Excited"
    FRIENDLY = "Friendly"
    SERIOUS = "Serious"
    SOOTHING = "Soothing"
    BROADCASTER = "Broadcaster"


class ElevenLabsModel(StrEnum):
    MONOLINGUAL_V1 = "eleven_monolingual_v1"
    MULTILINGUAL_V1 = "eleven_multilingual_v1"
    MULTILINGUAL_V2 = "eleven_multilingual_v2"
    TURBO_V2 = "eleven_turbo_v2"
    TURBO_V2_5 = "eleven_turbo_v2_5"
    V3 = "eleven_v3"


class BackgroundType(StrEnum):
    COLOR = "color"
    IMAGE = "image"
    VIDEO = "video"


class PlayStyle(StrEnum):
    FREEZE = "freeze"
    LOOP = "loop"
    FIT_TO_SCENE = "fit_to_scene"
    ONCE = "once"  # not in the seed; other HeyGen docs list it


class Fit(StrEnum):
    CROP = "crop"
    COVER = "cover"
    CONTAIN = "contain"
    NONE = "none"


class FontWeight(StrEnum):
    BOLD = "bold"


class TextAlign(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class TextType(StrEnum):
    TEXT = "text"


NON_SEED_VALUES: frozenset[StrEnum] = frozenset({TalkingPhotoStyle.SQUARE, PlayStyle.ONCE})


def seed_values(enum: type[StrEnum]) -> list[StrEnum]:
    """The values of `enum` the seed lists, in the seed's order (what editors offer)."""
    return [member for member in enum if member not in NON_SEED_VALUES]
