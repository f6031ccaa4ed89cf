"""The field table: one row per editable field of the seed request, driving the panels.

Each `FieldSpec` names the model path (the seed's JSON keys below the scene or the
project), the kind of editor, and the seed's range. The panels build their editors from
these tables, so adding a field to the editor is adding a row here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
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
    VoiceType,
)
from composer.model.project import Dimension, Position, TextOverlay
from composer.model.validate import SCRIPT_MAX, label
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
    def object_name(self) -> str:
        """The editor's object name: `field:<path>`, `:api` for the raw twin of a unit field."""
        raw_twin = self.advanced and self.path in FRIENDLY_PATHS
        return f"field:{self.path}{':api' if raw_twin else ''}"

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


def _dimension(current: Dimension | None, size: tuple[int, int]) -> Dimension:
    """Keep the dimension's unknown keys when only its size changes."""
    return replace(current or Dimension(), width=size[0], height=size[1])


AUDIO_FILES = "Audio (*.mp3 *.wav *.m4a *.aac *.ogg);;All files (*)"
MEDIA_FILES = (
    "Images and videos (*.png *.jpg *.jpeg *.webp *.gif *.mp4 *.mov *.webm);;All files (*)"
)
OFFSET = {"low": -1.0, "high": 1.0, "step": 0.01, "decimals": 3, "advanced": True}
EDGE = {"low": 0.0, "high": 100.0, "step": 1.0, "decimals": 1, "suffix": " %"}
CENTRE = {"low": -50.0, "high": 150.0, "step": 1.0, "decimals": 1, "suffix": " %"}
UNIT = {"low": 0.0, "high": 1.0, "step": 0.05, "decimals": 2}

SCENE_NAME = FieldSpec("name", "Scene name", Kind.LINE, empty="", placeholder="Untitled scene")

AVATAR = (
    FieldSpec(
        "character.type",
        "Type",
        Kind.CHOICE,
        "Who presents",
        CharacterType,
        required=True,
        reshapes=True,
    ),
    FieldSpec(
        "character.avatar_id",
        "Presenter",
        Kind.LINE,
        "Who presents",
        placeholder="Choose a presenter",
        hint="The avatar who presents. Choose… shows your HeyGen avatars; an id can be typed.",
        catalogue="avatar",
    ),
    FieldSpec(
        "character.talking_photo_id",
        "Photo",
        Kind.LINE,
        "Who presents",
        placeholder="Choose a talking photo",
        hint="The talking photo. Choose… shows your HeyGen photos; an id can be typed.",
        catalogue="talking_photo",
    ),
    FieldSpec("character.avatar_style", "Style", Kind.CHOICE, "Look", AvatarStyle, reshapes=True),
    FieldSpec(
        "character.talking_photo_style",
        "Photo style",
        Kind.CHOICE,
        "Look",
        TalkingPhotoStyle,
        reshapes=True,
    ),
    FieldSpec("character.talking_style", "Talking style", Kind.CHOICE, "Look", TalkingStyle),
    FieldSpec("character.expression", "Expression", Kind.CHOICE, "Look", Expression),
    FieldSpec(
        "character.circle_background_color",
        "Circle colour",
        Kind.COLOR,
        "Look",
        hint="Fills the circle behind the avatar.",
    ),
    FieldSpec(
        "character.scale",
        "Size",
        Kind.NUMBER,
        "Size and position",
        low=0.0,
        high=500.0,
        step=5.0,
        suffix=" %",
        unit="height",
        default_text="100 % (default)",
        hint="The presenter's height as a share of the frame's: 100 % fills it.",
    ),
    FieldSpec(
        "character.offset.x",
        "Across",
        Kind.NUMBER,
        "Size and position",
        **CENTRE,
        unit="centre-across",
        default_text="Centre (default)",
        hint="The presenter's centre: 0 % the left edge, 50 % the middle, 100 % the right.",
    ),
    FieldSpec(
        "character.offset.y",
        "Down",
        Kind.NUMBER,
        "Size and position",
        **CENTRE,
        unit="centre-down",
        default_text="Centre (default)",
        hint="Where the presenter's centre is: 0 % the top, 50 % the middle, 100 % the bottom.",
    ),
    FieldSpec(
        "character.use_avatar_iv_model",
        "Avatar IV",
        Kind.CHECK,
        "Motion and quality",
        reshapes=True,
        default_text="off",
        hint="Use HeyGen's Avatar IV model.",
    ),
    FieldSpec(
        "character.prompt",
        "Motion prompt",
        Kind.PARAGRAPH,
        "Motion and quality",
        placeholder="Describe how the photo should move",
    ),
    FieldSpec(
        "character.keep_original_prompt",
        "Keep prompt",
        Kind.CHECK,
        "Motion and quality",
        advanced=True,
        default_text="off",
        hint="Send the motion prompt as written, without HeyGen's enhancement.",
    ),
    FieldSpec(
        "character.matting",
        "Remove background",
        Kind.CHECK,
        "Motion and quality",
        advanced=True,
        default_text="off",
        hint="Remove the photo's own background.",
    ),
    FieldSpec(
        "character.super_resolution",
        "Enhance quality",
        Kind.CHECK,
        "Motion and quality",
        advanced=True,
        default_text="off",
        hint="Enhance the photo's image quality.",
    ),
    FieldSpec(
        "character.offset.x",
        "Offset X (API)",
        Kind.NUMBER,
        "Advanced",
        **OFFSET,
        hint="HeyGen's value: 0 is centred; −0.5 puts the centre on the left edge, 0.5 right.",
    ),
    FieldSpec(
        "character.offset.y",
        "Offset Y (API)",
        Kind.NUMBER,
        "Advanced",
        **OFFSET,
        hint="HeyGen's value: 0 is centred; negative moves up, positive down.",
    ),
)

VOICE = (
    FieldSpec(
        "voice.type", "Type", Kind.CHOICE, "What is said", VoiceType, required=True, reshapes=True
    ),
    FieldSpec(
        "voice.voice_id",
        "Voice",
        Kind.LINE,
        "What is said",
        placeholder="Choose a voice",
        hint="The voice that reads the script. Choose… lists your HeyGen voices with samples.",
        catalogue="voice",
    ),
    FieldSpec(
        "voice.input_text",
        "Script",
        Kind.PARAGRAPH,
        "What is said",
        empty="",
        max_chars=SCRIPT_MAX,
        placeholder="What should the avatar say?",
    ),
    FieldSpec(
        "voice.local_file",
        "Audio file",
        Kind.FILE,
        "What is said",
        file_filter=AUDIO_FILES,
        hint="Uploaded to HeyGen when you submit.",
    ),
    FieldSpec("voice.audio_url", "Audio URL", Kind.LINE, "What is said", placeholder="https://…"),
    FieldSpec("voice.audio_asset_id", "Audio asset ID", Kind.LINE, "Advanced", advanced=True),
    FieldSpec(
        "voice.duration",
        "Length",
        Kind.SECONDS,
        "What is said",
        low=1.0,
        high=100.0,
        step=0.5,
        decimals=1,
        suffix=" s",
        hint="How long the silence lasts: 1 to 100 seconds; default 1.",
    ),
    FieldSpec(
        "voice.speed",
        "Speed",
        Kind.NUMBER,
        "Delivery",
        low=0.5,
        high=1.5,
        step=0.05,
        decimals=2,
        suffix=" ×",
        hint="0.5 to 1.5; default 1.",
    ),
    FieldSpec(
        "voice.pitch",
        "Pitch",
        Kind.INTEGER,
        "Delivery",
        low=-50,
        high=50,
        hint="−50 to 50; default 0.",
    ),
    FieldSpec("voice.emotion", "Emotion", Kind.CHOICE, "Delivery", Emotion),
    FieldSpec(
        "voice.locale",
        "Accent",
        Kind.LINE,
        "Delivery",
        placeholder="e.g. en-US, pt-BR",
        hint="The voice's accent or locale.",
    ),
    FieldSpec(
        "voice.elevenlabs_settings.model",
        "ElevenLabs model",
        Kind.CHOICE,
        "Advanced",
        ElevenLabsModel,
        advanced=True,
    ),
    FieldSpec(
        "voice.elevenlabs_settings.similarity_boost",
        "ElevenLabs similarity",
        Kind.NUMBER,
        "Advanced",
        advanced=True,
        **UNIT,
        hint="Similarity to the original voice, 0 to 1.",
    ),
    FieldSpec(
        "voice.elevenlabs_settings.stability",
        "ElevenLabs stability",
        Kind.NUMBER,
        "Advanced",
        advanced=True,
        **UNIT,
        hint="Voice consistency, 0 to 1 (eleven_v3: 0, 0.5 or 1).",
    ),
    FieldSpec(
        "voice.elevenlabs_settings.style",
        "ElevenLabs style",
        Kind.NUMBER,
        "Advanced",
        advanced=True,
        **UNIT,
        hint="Style intensity, 0 to 1.",
    ),
)

BACKGROUND = (
    FieldSpec(
        "background.type",
        "Type",
        Kind.CHOICE,
        "Background",
        BackgroundType,
        required=True,
        reshapes=True,
    ),
    FieldSpec("background.value", "Colour", Kind.COLOR, "Background", required=True),
    FieldSpec(
        "background.local_file",
        "File",
        Kind.FILE,
        "Background",
        file_filter=MEDIA_FILES,
        hint="Uploaded to HeyGen when you submit.",
    ),
    FieldSpec("background.url", "URL", Kind.LINE, "Background", placeholder="https://…"),
    FieldSpec("background.image_asset_id", "Image asset ID", Kind.LINE, "Advanced", advanced=True),
    FieldSpec("background.video_asset_id", "Video asset ID", Kind.LINE, "Advanced", advanced=True),
    FieldSpec("background.play_style", "Playback", Kind.CHOICE, "Background", PlayStyle),
    FieldSpec(
        "background.fit",
        "Fit",
        Kind.CHOICE,
        "Background",
        Fit,
        hint="How the image or video fills the frame; default cover.",
    ),
)

TEXT = (
    FieldSpec(
        "text.text", "Text", Kind.PARAGRAPH, "Overlay", empty="", placeholder="Headline text"
    ),
    FieldSpec("text.font_family", "Font", Kind.FONT, "Style"),
    FieldSpec(
        "text.font_size",
        "Size",
        Kind.NUMBER,
        "Style",
        low=1,
        high=1000,
        suffix=" px",
        default_text="48 px (default)",
        hint="In pixels of the finished video (hover to see its share of the height).",
    ),
    FieldSpec("text.font_weight", "Weight", Kind.CHOICE, "Style", FontWeight),
    FieldSpec("text.color", "Colour", Kind.COLOR, "Style"),
    FieldSpec("text.text_align", "Alignment", Kind.CHOICE, "Style", TextAlign),
    FieldSpec(
        "text.line_height",
        "Line height",
        Kind.NUMBER,
        "Style",
        low=0.1,
        high=10.0,
        step=0.1,
        decimals=2,
        suffix=" ×",
        required=True,
        hint="Spacing between lines as a multiple of the font size (1.2 is typical).",
    ),
    FieldSpec(
        "text.width",
        "Box width",
        Kind.NUMBER,
        "Placement",
        low=1,
        high=8192,
        step=10,
        suffix=" px",
    ),
    FieldSpec(
        "text.position.x",
        "From left",
        Kind.NUMBER,
        "Placement",
        **EDGE,
        unit="edge-across",
        hint="The text box's left edge, as a share of the frame's width from the left.",
    ),
    FieldSpec(
        "text.position.y",
        "From top",
        Kind.NUMBER,
        "Placement",
        **EDGE,
        unit="edge-down",
        hint="The text box's top edge, as a share of the frame's height from the top.",
    ),
)

PROJECT = (
    FieldSpec(
        "route",
        "Render with",
        Kind.CHOICE,
        "Video",
        choices=RouteName,
        hint="v2 scenes keeps your whole layout, but HeyGen has retired it (support ended "
        "31 October 2026; Studio users were kept on until v3 took over). v3 studio is "
        "HeyGen's current API: each scene fills the frame, and the problems list says what "
        "it leaves out. (default) is v2.",
    ),
    FieldSpec("title", "Title", Kind.LINE, "Video", placeholder="Shown in your HeyGen library"),
    FieldSpec("dimension", "Size", Kind.DIMENSION, "Video", compose=_dimension),
    FieldSpec(
        "caption",
        "Captions",
        Kind.CHECK,
        "Video",
        tristate=False,
        hint="Burn captions into the video (script voices only). Default: off.",
    ),
    FieldSpec(
        "folder_id",
        "Folder ID",
        Kind.LINE,
        "Advanced",
        placeholder="HeyGen folder id",
        advanced=True,
    ),
    FieldSpec(
        "callback_id",
        "Callback ID",
        Kind.LINE,
        "Advanced",
        placeholder="Your own id",
        advanced=True,
    ),
    FieldSpec(
        "callback_url",
        "Callback URL",
        Kind.LINE,
        "Advanced",
        placeholder="https://…",
        advanced=True,
        hint="HeyGen calls this address when the video is ready.",
    ),
)


FRIENDLY_PATHS = frozenset(spec.path for table in (AVATAR, TEXT) for spec in table if spec.unit)
"""Fields shown in a friendly unit (their raw twin, if any, sits under Advanced)."""


def new_text_overlay() -> TextOverlay:
    """What "Show text overlay" adds: a headline top left, ready to edit."""
    return TextOverlay(
        text="Your headline",
        font_size=64,
        font_weight=FontWeight.BOLD,
        color="#FFFFFF",
        position=Position(0.06, 0.1),
        text_align=TextAlign.LEFT,
        line_height=1.2,
        width=900,
    )
