"""The document: a Project of Scenes, one attribute per field of the seed request.

Every attribute is named exactly as the seed's JSON key, `None` meaning "not set"
(the request then omits it and HeyGen applies its default). Fields that only make
sense for one `type` carry an `applies` rule in their metadata; the request builder
leaves them out and the validator flags them when set on the wrong type.

Fields marked `local` belong to the project file only (scene id and name, local
media files that are uploaded at submit time) and are never sent.
Keys the model does not know are kept in each object's `extra` and written back
unchanged, so nothing a user had in a file or request body is lost.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
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

MAX_SCENES = 50
LOCAL_FILE_PATHS = ("voice.local_file", "background.local_file")
"""Scene fields holding a local media path (uploaded as an asset at submit time)."""
DEFAULT_WIDTH = 1920
DEFAULT_HEIGHT = 1080
FRACTIONS = 100
"""Scales, offsets, positions and line heights are read at most this large either way
(HeyGen's ranges are within ±5): a larger one is held, listed, and never painted."""
MAX_SIDE = 8192
"""The video's width and height are never read larger (4K is 3840; a still is painted
at the video's size)."""


@dataclass(frozen=True)
class Applies:
    """When an optional field is meaningful, and how to say so to a user."""

    test: Callable[[Any], bool]
    phrase: str


def _only(attr: str, *values: str, phrase: str) -> Applies:
    return Applies(lambda obj: getattr(obj, attr) in values, phrase)


def _meta(applies: Applies | None = None, *, local: bool = False) -> dict[str, Any]:
    return {"applies": applies, "local": local}


def _opt(applies: Applies | None = None, *, local: bool = False) -> Any:
    return field(default=None, metadata=_meta(applies, local=local))


def _most(most: float) -> Any:
    """An optional number read no larger than `most` either way (see codec.decode_field)."""
    return field(default=None, metadata={"most": most})


def _extra() -> Any:
    return field(default_factory=dict, metadata={"extra": True})


AVATAR_ONLY = _only("type", CharacterType.AVATAR, phrase="only applies to avatars")
PHOTO_ONLY = _only("type", CharacterType.TALKING_PHOTO, phrase="only applies to talking photos")
AVATAR_IV_ONLY = Applies(
    lambda c: bool(c.use_avatar_iv_model), "only applies when Avatar IV is switched on"
)
PHOTO_IV_ONLY = Applies(
    lambda c: c.type == CharacterType.TALKING_PHOTO and bool(c.use_avatar_iv_model),
    "only applies to talking photos with Avatar IV switched on",
)
CIRCLE_ONLY = Applies(
    lambda c: (
        (c.type == CharacterType.AVATAR and c.avatar_style == AvatarStyle.CIRCLE)
        or (
            c.type == CharacterType.TALKING_PHOTO
            and c.talking_photo_style == TalkingPhotoStyle.CIRCLE
        )
    ),
    "only applies to the circle style",
)
TEXT_VOICE = _only("type", VoiceType.TEXT, phrase="only applies to text (script) voices")
AUDIO_VOICE = _only("type", VoiceType.AUDIO, phrase="only applies to audio voices")
SILENCE_VOICE = _only("type", VoiceType.SILENCE, phrase="only applies to silence")
COLOR_BG = _only("type", BackgroundType.COLOR, phrase="only applies to colour backgrounds")
MEDIA_BG = _only(
    "type",
    BackgroundType.IMAGE,
    BackgroundType.VIDEO,
    phrase="only applies to image and video backgrounds",
)
IMAGE_BG = _only("type", BackgroundType.IMAGE, phrase="only applies to image backgrounds")
VIDEO_BG = _only("type", BackgroundType.VIDEO, phrase="only applies to video backgrounds")


@dataclass
class Offset:
    x: float | None = _most(FRACTIONS)
    y: float | None = _most(FRACTIONS)
    extra: dict[str, Any] = _extra()


@dataclass
class Character:
    type: CharacterType = CharacterType.AVATAR
    avatar_id: str | None = _opt(AVATAR_ONLY)
    talking_photo_id: str | None = _opt(PHOTO_ONLY)
    avatar_style: AvatarStyle | None = _opt(AVATAR_ONLY)
    talking_photo_style: TalkingPhotoStyle | None = _opt(PHOTO_ONLY)
    talking_style: TalkingStyle | None = _opt(PHOTO_ONLY)
    expression: Expression | None = _opt(PHOTO_ONLY)
    scale: float | None = field(default=None, metadata={**_meta(), "most": FRACTIONS})
    offset: Offset | None = _opt()
    use_avatar_iv_model: bool | None = _opt()
    prompt: str | None = _opt(PHOTO_IV_ONLY)
    keep_original_prompt: bool | None = _opt(AVATAR_IV_ONLY)
    matting: bool | None = _opt()
    super_resolution: bool | None = _opt(PHOTO_ONLY)
    circle_background_color: str | None = _opt(CIRCLE_ONLY)
    extra: dict[str, Any] = _extra()


@dataclass
class ElevenLabsSettings:
    model: ElevenLabsModel | None = None
    similarity_boost: float | None = None
    stability: float | None = None
    style: float | None = None
    extra: dict[str, Any] = _extra()


@dataclass
class Voice:
    type: VoiceType = VoiceType.TEXT
    voice_id: str | None = _opt(TEXT_VOICE)
    input_text: str | None = _opt(TEXT_VOICE)
    speed: float | None = _opt(TEXT_VOICE)
    pitch: int | None = _opt(TEXT_VOICE)
    emotion: Emotion | None = _opt(TEXT_VOICE)
    locale: str | None = _opt(TEXT_VOICE)
    elevenlabs_settings: ElevenLabsSettings | None = _opt(TEXT_VOICE)
    audio_url: str | None = _opt(AUDIO_VOICE)
    audio_asset_id: str | None = _opt(AUDIO_VOICE)
    duration: str | float | None = _opt(SILENCE_VOICE)  # HeyGen's own tools send a number
    local_file: str | None = _opt(AUDIO_VOICE, local=True)
    extra: dict[str, Any] = _extra()


@dataclass
class Background:
    type: BackgroundType = BackgroundType.COLOR
    value: str | None = _opt(COLOR_BG)
    url: str | None = _opt(MEDIA_BG)
    image_asset_id: str | None = _opt(IMAGE_BG)
    video_asset_id: str | None = _opt(VIDEO_BG)
    play_style: PlayStyle | None = _opt(VIDEO_BG)
    fit: Fit | None = _opt(MEDIA_BG)
    local_file: str | None = _opt(MEDIA_BG, local=True)
    extra: dict[str, Any] = _extra()


@dataclass
class Position:
    x: float | None = _most(FRACTIONS)
    y: float | None = _most(FRACTIONS)
    extra: dict[str, Any] = _extra()


@dataclass
class TextOverlay:
    type: TextType = TextType.TEXT
    text: str | None = None
    font_family: str | None = None
    font_size: float | None = _most(MAX_SIDE)
    font_weight: FontWeight | None = None
    color: str | None = None
    position: Position | None = None
    text_align: TextAlign | None = None
    line_height: float | None = _most(FRACTIONS)
    width: float | None = _most(MAX_SIDE)
    extra: dict[str, Any] = _extra()


def new_scene_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class Scene:
    id: str = field(default_factory=new_scene_id, metadata=_meta(local=True))
    name: str = field(default="", metadata=_meta(local=True))
    character: Character = field(default_factory=Character)
    voice: Voice = field(default_factory=Voice)
    background: Background | None = field(default_factory=Background)
    """None: the scene has no `background` and HeyGen applies its default."""
    text: TextOverlay | None = None
    extra: dict[str, Any] = _extra()


@dataclass
class Dimension:
    width: int = field(default=DEFAULT_WIDTH, metadata={"most": MAX_SIDE})
    height: int = field(default=DEFAULT_HEIGHT, metadata={"most": MAX_SIDE})
    extra: dict[str, Any] = _extra()


@dataclass
class Project:
    scenes: list[Scene] = field(default_factory=list)
    title: str | None = None
    caption: bool | None = None
    dimension: Dimension | None = None
    folder_id: str | None = None
    callback_id: str | None = None
    callback_url: str | None = None
    route: str | None = _opt(local=True)
    """The render route chosen for this project ("v2", "v3"; composer.routes); never sent."""
    extra: dict[str, Any] = _extra()
    file_extra: dict[str, Any] = _extra()
    """Top-level keys of the project file this version does not know, kept for saving."""
    uploads: dict[str, dict[str, Any]] = _extra()
    """Assets already uploaded, by "server|sha256" of the file: never upload a file twice."""

    @property
    def width(self) -> int:
        return self.dimension.width if self.dimension else DEFAULT_WIDTH

    @property
    def height(self) -> int:
        return self.dimension.height if self.dimension else DEFAULT_HEIGHT


def background_of(scene: Scene) -> Background:
    """The scene's background to read from. A scene without one (a body HeyGen's own tools
    made; HeyGen applies its default) reads as white, the preview's stand-in for it."""
    return scene.background or Background(type=BackgroundType.COLOR, value="#FFFFFF")


def default_scene(name: str = "") -> Scene:
    """A new scene as the editor creates it: avatar, script voice, white background."""
    return Scene(
        character=Character(type=CharacterType.AVATAR, avatar_style=AvatarStyle.NORMAL),
        voice=Voice(type=VoiceType.TEXT),
        background=Background(type=BackgroundType.COLOR, value="#FFFFFF"),
        name=name,
    )
