"""A field of the editor's panels: `FieldSpec` names the model path (the seed's JSON keys
below the scene or the project), the kind of editor and the seed's range; with the words
the panels show for paths and choices. The tables of specs are in fields.py and
presenter_fields.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from composer.model.enums import (
    AvatarStyle,
    BackgroundType,
    CharacterType,
    ElevenLabsModel,
    Emotion,
    Expression,
    Fit,
    FontWeight,
    PlayStyle,
    TalkingPhotoStyle,
    TalkingStyle,
    TextAlign,
    TextType,
    VoiceType,
)
from composer.model.validate import label
from composer.routes.registry import RouteName, route_class
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate


class Kind(StrEnum):
    CHOICE = "choice"  # enum: combo box
    NUMBER = "number"  # float: double spin box
    INTEGER = "integer"  # int: spin box
    SECONDS = "seconds"  # a number of seconds the model stores as a string
    LINE = "line"  # one line of text (ids, URLs, titles)
    PARAGRAPH = "paragraph"  # several lines of text
    COLOR = "color"  # hex colour
    FONT = "font"  # font family
    FILE = "file"  # local file path
    CHECK = "check"  # boolean
    DIMENSION = "dimension"  # width × height with presets


@dataclass(frozen=True)
class FieldSpec:
    path: str
    label: str
    kind: Kind
    group: str = ""
    choices: type[StrEnum] | None = None
    low: float = 0.0
    high: float = 0.0
    step: float = 1.0
    decimals: int = 0
    suffix: str = ""
    required: bool = False
    """No "(default)" entry: the request needs a value (unset shows "(not set)")."""
    reshapes: bool = False
    """Changing it changes which other fields apply: one undo step also clears those."""
    empty: Any = None
    """The model value for an emptied text field (None = leave it out of the request)."""
    placeholder: str = ""
    hint: str = ""
    file_filter: str = ""
    max_chars: int = 0
    compose: Callable[[Any, Any], Any] | None = None
    """(current model value, edited value) -> new model value, for editors of a whole object."""
    tristate: bool = True
    """For check boxes: a third "default" state, when HeyGen's default is not documented."""
    catalogue: str = ""
    """For ids: the catalogue to choose from ("avatar", "talking_photo", "voice")."""
    unit: str = ""
    """A friendly unit from composer.model.units (low/high/step/decimals are then in it)."""
    advanced: bool = False
    """API-level: shown in the panel's collapsed "Advanced" group."""
    default_text: str = ""
    """What an unset value shows (for check boxes: HeyGen's default, e.g. "off")."""

    @property
    def noun(self) -> str:
        """How undo texts and messages name the field ("voice speed")."""
        return shown(NOUNS.get(self.path) or label(self.path)).lower()


NOUNS = {
    "name": QT_TRANSLATE_NOOP("Fields", "Scene name"),
    "character.type": QT_TRANSLATE_NOOP("Fields", "Avatar type"),
    "character.avatar_style": QT_TRANSLATE_NOOP("Fields", "Avatar style"),
    "character.offset.x": QT_TRANSLATE_NOOP("Fields", "Avatar position"),
    "character.offset.y": QT_TRANSLATE_NOOP("Fields", "Avatar position"),
    "voice.type": QT_TRANSLATE_NOOP("Fields", "Voice type"),
    "background.type": QT_TRANSLATE_NOOP("Fields", "Background type"),
    "text.position.x": QT_TRANSLATE_NOOP("Fields", "Text position"),
    "text.position.y": QT_TRANSLATE_NOOP("Fields", "Text position"),
    "dimension": QT_TRANSLATE_NOOP("Fields", "Video size"),
}

# every choice by its words (TalkingPhotoStyle.CIRCLE is AvatarStyle.CIRCLE's "circle")
CHOICE_LABELS: dict[str, str] = {
    CharacterType.AVATAR: QT_TRANSLATE_NOOP("Fields", "Avatar"),
    CharacterType.TALKING_PHOTO: QT_TRANSLATE_NOOP("Fields", "Talking photo"),
    AvatarStyle.NORMAL: QT_TRANSLATE_NOOP("Fields", "Normal"),
    AvatarStyle.CLOSE_UP: QT_TRANSLATE_NOOP("Fields", "Close-up"),
    AvatarStyle.CIRCLE: QT_TRANSLATE_NOOP("Fields", "Circle"),
    TalkingPhotoStyle.SQUARE: QT_TRANSLATE_NOOP("Fields", "Square"),
    TalkingStyle.STABLE: QT_TRANSLATE_NOOP("Fields", "Stable"),
    TalkingStyle.EXPRESSIVE: QT_TRANSLATE_NOOP("Fields", "Expressive"),
    Expression.DEFAULT: QT_TRANSLATE_NOOP("Fields", "Default"),
    Expression.HAPPY: QT_TRANSLATE_NOOP("Fields", "Happy"),
    VoiceType.TEXT: QT_TRANSLATE_NOOP("Fields", "Script (text to speech)"),
    VoiceType.AUDIO: QT_TRANSLATE_NOOP("Fields", "Audio file"),
    VoiceType.SILENCE: QT_TRANSLATE_NOOP("Fields", "Silence"),
    Emotion.EXCITED: QT_TRANSLATE_NOOP("Fields", "Excited"),
    Emotion.FRIENDLY: QT_TRANSLATE_NOOP("Fields", "Friendly"),
    Emotion.SERIOUS: QT_TRANSLATE_NOOP("Fields", "Serious"),
    Emotion.SOOTHING: QT_TRANSLATE_NOOP("Fields", "Soothing"),
    Emotion.BROADCASTER: QT_TRANSLATE_NOOP("Fields", "Broadcaster"),
    BackgroundType.COLOR: QT_TRANSLATE_NOOP("Fields", "Colour"),
    BackgroundType.IMAGE: QT_TRANSLATE_NOOP("Fields", "Image"),
    BackgroundType.VIDEO: QT_TRANSLATE_NOOP("Fields", "Video"),
    PlayStyle.FREEZE: QT_TRANSLATE_NOOP("Fields", "Freeze"),
    PlayStyle.LOOP: QT_TRANSLATE_NOOP("Fields", "Loop"),
    PlayStyle.FIT_TO_SCENE: QT_TRANSLATE_NOOP("Fields", "Fit to scene"),
    PlayStyle.ONCE: QT_TRANSLATE_NOOP("Fields", "Once"),
    Fit.CROP: QT_TRANSLATE_NOOP("Fields", "Crop"),
    Fit.COVER: QT_TRANSLATE_NOOP("Fields", "Cover"),
    Fit.CONTAIN: QT_TRANSLATE_NOOP("Fields", "Contain"),
    Fit.NONE: QT_TRANSLATE_NOOP("Fields", "None (native size)"),
    FontWeight.BOLD: QT_TRANSLATE_NOOP("Fields", "Bold"),
    TextAlign.LEFT: QT_TRANSLATE_NOOP("Fields", "Left"),
    TextAlign.CENTER: QT_TRANSLATE_NOOP("Fields", "Center"),
    TextAlign.RIGHT: QT_TRANSLATE_NOOP("Fields", "Right"),
    TextType.TEXT: QT_TRANSLATE_NOOP("Fields", "Text"),
}


def choice_label(value: StrEnum) -> str:
    """A choice as the user's language shows it (ElevenLabs model ids are names: as they are)."""
    if isinstance(value, RouteName):
        return translate("Routes", route_class(value).label)
    if value in CHOICE_LABELS:
        return translate("Fields", CHOICE_LABELS[value])
    if isinstance(value, ElevenLabsModel):
        return value.value
    return value.value.replace("_", " ").capitalize()


def shown(text: str) -> str:
    """A word of the field tables (label, group, hint, placeholder, unit) in the user's language."""
    return translate("Fields", text) if text else ""
