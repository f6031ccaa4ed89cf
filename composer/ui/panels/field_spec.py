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
    Fit,
    PlayStyle,
    VoiceType,
)
from composer.model.validate import label
from composer.routes.registry import RouteName, route_class


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
        return NOUNS.get(self.path, label(self.path)).lower()


NOUNS = {
    "name": "Scene name",
    "character.type": "Avatar type",
    "character.avatar_style": "Avatar style",
    "character.offset.x": "Avatar position",
    "character.offset.y": "Avatar position",
    "voice.type": "Voice type",
    "background.type": "Background type",
    "text.position.x": "Text position",
    "text.position.y": "Text position",
    "dimension": "Video size",
}

CHOICE_LABELS = {
    CharacterType.AVATAR: "Avatar",
    CharacterType.TALKING_PHOTO: "Talking photo",
    AvatarStyle.CLOSE_UP: "Close-up",
    VoiceType.TEXT: "Script (text to speech)",
    VoiceType.AUDIO: "Audio file",
    VoiceType.SILENCE: "Silence",
    BackgroundType.COLOR: "Colour",
    PlayStyle.FIT_TO_SCENE: "Fit to scene",
    Fit.NONE: "None (native size)",
}


def choice_label(value: StrEnum) -> str:
    if isinstance(value, RouteName):
        return route_class(value).label
    if value in CHOICE_LABELS:
        return CHOICE_LABELS[value]
    if isinstance(value, ElevenLabsModel):
        return value.value
    return value.value.replace("_", " ").capitalize()
