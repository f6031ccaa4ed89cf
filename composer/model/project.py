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

import math
import uuid
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
from composer.model.fields import (
    FRACTIONS,
    MAX_SIDE,
    Applies,
    Position,
    extra_field,
    local_list,
    meta,
    most,
    only,
    optional,
)
from composer.model.rich import CaptionsStyle, Music, Overlay, Transition

MAX_SCENES = 50
LOCAL_FILE_PATHS = ("voice.local_file", "background.local_file")
"""Scene fields holding a local media path (uploaded as an asset at submit time)."""
DEFAULT_WIDTH = 1920
DEFAULT_HEIGHT = 1080
AVATAR_ONLY = only("type", CharacterType.AVATAR, phrase="only applies to avatars")
PHOTO_ONLY = only("type", CharacterType.TALKING_PHOTO, phrase="only applies to talking photos")
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
TEXT_VOICE = only("type", VoiceType.TEXT, phrase="only applies to text (script) voices")
AUDIO_VOICE = only("type", VoiceType.AUDIO, phrase="only applies to audio voices")
SILENCE_VOICE = only("type", VoiceType.SILENCE, phrase="only applies to silence")
COLOR_BG = only("type", BackgroundType.COLOR, phrase="only applies to colour backgrounds")
MEDIA_BG = only(
    "type",
    BackgroundType.IMAGE,
    BackgroundType.VIDEO,
    phrase="only applies to image and video backgrounds",
)
IMAGE_BG = only("type", BackgroundType.IMAGE, phrase="only applies to image backgrounds")
VIDEO_BG = only("type", BackgroundType.VIDEO, phrase="only applies to video backgrounds")


@dataclass
class Offset:
    x: float | None = most(FRACTIONS)
    y: float | None = most(FRACTIONS)
    extra: dict[str, Any] = extra_field()


@dataclass
class Character:
    type: CharacterType = CharacterType.AVATAR
    avatar_id: str | None = optional(AVATAR_ONLY)
    talking_photo_id: str | None = optional(PHOTO_ONLY)
    avatar_style: AvatarStyle | None = optional(AVATAR_ONLY)
    talking_photo_style: TalkingPhotoStyle | None = optional(PHOTO_ONLY)
    talking_style: TalkingStyle | None = optional(PHOTO_ONLY)
    expression: Expression | None = optional(PHOTO_ONLY)
    scale: float | None = field(default=None, metadata={**meta(), "most": FRACTIONS})
    offset: Offset | None = optional()
    use_avatar_iv_model: bool | None = optional()
    prompt: str | None = optional(PHOTO_IV_ONLY)
    keep_original_prompt: bool | None = optional(AVATAR_IV_ONLY)
    matting: bool | None = optional()
    super_resolution: bool | None = optional(PHOTO_ONLY)
    circle_background_color: str | None = optional(CIRCLE_ONLY)
    extra: dict[str, Any] = extra_field()


@dataclass
class ElevenLabsSettings:
    model: ElevenLabsModel | None = None
    similarity_boost: float | None = None
    stability: float | None = None
    style: float | None = None
    extra: dict[str, Any] = extra_field()


@dataclass
class Voice:
    type: VoiceType = VoiceType.TEXT
    voice_id: str | None = optional(TEXT_VOICE)
    input_text: str | None = optional(TEXT_VOICE)
    speed: float | None = optional(TEXT_VOICE)
    pitch: int | None = optional(TEXT_VOICE)
    emotion: Emotion | None = optional(TEXT_VOICE)
    locale: str | None = optional(TEXT_VOICE)
    elevenlabs_settings: ElevenLabsSettings | None = optional(TEXT_VOICE)
    audio_url: str | None = optional(AUDIO_VOICE)
    audio_asset_id: str | None = optional(AUDIO_VOICE)
    duration: str | float | None = optional(SILENCE_VOICE)  # HeyGen's own tools send a number
    local_file: str | None = optional(AUDIO_VOICE, local=True)
    extra: dict[str, Any] = extra_field()


@dataclass
class Background:
    type: BackgroundType = BackgroundType.COLOR
    value: str | None = optional(COLOR_BG)
    url: str | None = optional(MEDIA_BG)
    image_asset_id: str | None = optional(IMAGE_BG)
    video_asset_id: str | None = optional(VIDEO_BG)
    play_style: PlayStyle | None = optional(VIDEO_BG)
    fit: Fit | None = optional(MEDIA_BG)
    local_file: str | None = optional(MEDIA_BG, local=True)
    extra: dict[str, Any] = extra_field()


@dataclass
class TextOverlay:
    type: TextType = TextType.TEXT
    text: str | None = None
    font_family: str | None = None
    font_size: float | None = most(MAX_SIDE)
    font_weight: FontWeight | None = None
    color: str | None = None
    position: Position | None = None
    text_align: TextAlign | None = None
    line_height: float | None = most(FRACTIONS)
    width: float | None = most(MAX_SIDE)
    extra: dict[str, Any] = extra_field()


def new_scene_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class Scene:
    id: str = field(default_factory=new_scene_id, metadata=meta(local=True))
    name: str = field(default="", metadata=meta(local=True))
    character: Character = field(default_factory=Character)
    voice: Voice = field(default_factory=Voice)
    background: Background | None = field(default_factory=Background)
    """None: the scene has no `background` and HeyGen applies its default."""
    text: TextOverlay | None = None
    overlays: list[Overlay] = local_list()
    """More layers, drawn by the exact-layout route only (composer.model.rich)."""
    transition_in: Transition | None = optional(local=True)
    extra: dict[str, Any] = extra_field()


@dataclass
class Dimension:
    width: int = field(default=DEFAULT_WIDTH, metadata={"most": MAX_SIDE})
    height: int = field(default=DEFAULT_HEIGHT, metadata={"most": MAX_SIDE})
    extra: dict[str, Any] = extra_field()


@dataclass
class Project:
    scenes: list[Scene] = field(default_factory=list)
    title: str | None = None
    caption: bool | None = None
    dimension: Dimension | None = None
    folder_id: str | None = None
    callback_id: str | None = None
    callback_url: str | None = None
    route: str | None = optional(local=True)
    """The render route chosen for this project ("v2", "v3"; composer.routes); never sent."""
    music: Music | None = optional(local=True)
    captions_style: CaptionsStyle | None = optional(local=True)
    extra: dict[str, Any] = extra_field()
    file_extra: dict[str, Any] = extra_field()
    """Top-level keys of the project file this version does not know, kept for saving."""
    uploads: dict[str, dict[str, Any]] = extra_field()
    """Assets already uploaded, by "server|sha256" of the file: never upload a file twice."""

    @property
    def width(self) -> int:
        return self.dimension.width if self.dimension else DEFAULT_WIDTH

    @property
    def height(self) -> int:
        return self.dimension.height if self.dimension else DEFAULT_HEIGHT


def local_file_paths(scene: Scene) -> list[str]:
    """Every field of `scene` that can hold a local file: the uploaded media
    (LOCAL_FILE_PATHS) and each overlay's picture."""
    overlays = [
        f"overlays[{i}].local_file" for i, item in enumerate(scene.overlays) if item.local_file
    ]
    return [*LOCAL_FILE_PATHS, *overlays]


def silence_seconds(duration: str | float | None) -> float | None:
    """A silence voice's `duration` in seconds (HeyGen takes text such as "2.5" or a
    number); None when absent or not a finite number. The one reading of it: validation,
    lengths, prices and every route use this."""
    if duration is None or isinstance(duration, bool):
        return None
    try:
        seconds = float(duration)
    except ValueError:
        return None
    return seconds if math.isfinite(seconds) else None


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
