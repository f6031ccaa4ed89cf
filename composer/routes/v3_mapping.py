"""A project as one `POST /v3/videos` body of `type: "studio"` (shapes: HeyGen's CLI,
gen/video.go). Pure: local files must already be uploaded (their asset ids set).

Each scene becomes one of v3's whole-frame scene kinds (`scene_kind`):
- `avatar_video`: a presenter (avatar or talking photo) speaking a script or audio, on a
  colour background (an image or video behind the presenter cannot be carried);
- `image`: an image background without a presenter, or with a silent presenter (v3
  animates a presenter only from speech): silent for the scene's length, or narrated;
- `video`: a video background without a presenter, or with a silent one: the clip alone
  (HeyGen's video scene takes only `source` and `playback {volume, mute}`: no voice-over,
  no loop or freeze).
The presenter's engine and ElevenLabs settings follow the account's catalogue
(v3_engines.py). What does not survive is listed by v3_losses.py, before anything is sent.
"""

from __future__ import annotations

import math
from copy import deepcopy
from dataclasses import dataclass
from typing import Any

from composer.model.enums import BackgroundType, CharacterType, ElevenLabsModel, VoiceType
from composer.model.project import Background, Character, Project, Scene, Voice, background_of
from composer.routes.v3_engines import NO_FACTS, CatalogueFacts, engine_for

AVATAR_VIDEO, IMAGE, VIDEO = "avatar_video", "image", "video"
ASPECTS = {"16:9": 16 / 9, "9:16": 9 / 16, "4:5": 4 / 5, "5:4": 5 / 4, "1:1": 1.0}
RESOLUTIONS = {"720p": 720, "1080p": 1080, "4k": 2160}  # by the short side
ELEVENLABS_V3 = {
    ElevenLabsModel.MULTILINGUAL_V2: "eleven_multilingual_v2",
    ElevenLabsModel.TURBO_V2_5: "eleven_turbo_v2_5",
    ElevenLabsModel.V3: "eleven_v3",
}
"""v2 ElevenLabs models v3 offers too (v3 also has eleven_flash_v2_5)."""
BEHIND_PRESENTER = "#FFFFFF"
"""What v3 shows behind a presenter whose scene had an image or video there."""
DEFAULT_SILENCE = 5.0
"""Seconds a silent scene lasts when it names no length (v3 needs one)."""


class NotMappable(ValueError):
    """A scene v3 cannot render at all; `field` names the scene field to change."""

    def __init__(self, scene_index: int, field: str, message: str) -> None:
        super().__init__(message)
        self.scene_index = scene_index
        self.field = field


@dataclass(frozen=True)
class Output:
    aspect_ratio: str
    resolution: str
    exact: bool  # the project's dimension is exactly this preset


def has_presenter(character: Character) -> bool:
    chosen = (
        character.talking_photo_id
        if character.type == CharacterType.TALKING_PHOTO
        else character.avatar_id
    )
    return bool(chosen and chosen.strip())


def speaks(voice: Voice) -> bool:
    return voice.type in (VoiceType.TEXT, VoiceType.AUDIO)


def scene_kind(scene: Scene) -> str | None:
    """The v3 scene kind this scene becomes, or None when v3 cannot render it."""
    background = background_of(scene).type
    if has_presenter(scene.character) and speaks(scene.voice):
        return AVATAR_VIDEO
    if background == BackgroundType.IMAGE:
        return IMAGE
    if background == BackgroundType.VIDEO:
        return VIDEO
    return None


def unused_media_dropped(project: Project) -> Project:
    """A copy without the local files v3 would not use (an image or video behind a
    presenter), so that they are not uploaded for nothing."""
    copy = deepcopy(project)
    for scene in copy.scenes:
        if scene_kind(scene) == AVATAR_VIDEO and scene.background is not None:
            scene.background.local_file = None
    return copy


def output_for(width: int, height: int) -> Output:
    """The nearest v3 preset (aspect ratio, then resolution by the short side)."""
    ratio = width / height
    aspect = min(ASPECTS, key=lambda name: abs(math.log(ASPECTS[name] / ratio)))
    short = min(width, height)
    resolution = min(RESOLUTIONS, key=lambda name: abs(RESOLUTIONS[name] - short))
    preset = _preset_size(aspect, resolution)
    return Output(aspect, resolution, preset == (width, height))


def _preset_size(aspect: str, resolution: str) -> tuple[int, int]:
    short = RESOLUTIONS[resolution]
    ratio = ASPECTS[aspect]
    long = round(short * max(ratio, 1 / ratio))
    return (long, short) if ratio >= 1 else (short, long)


CAPTIONS = {"file_format": "srt", "style": "default"}
"""Captions on: burnt into a second video (`captioned_video_url`), and the SRT file."""


def studio_body(project: Project, facts: CatalogueFacts = NO_FACTS) -> dict[str, Any]:
    """The request body (no folder: v3 has none). NotMappable names the first scene v3
    cannot render."""
    output = output_for(project.width, project.height)
    body: dict[str, Any] = {"type": "studio"}
    if project.title:
        body["title"] = project.title
    body["aspect_ratio"] = output.aspect_ratio
    body["resolution"] = output.resolution
    if project.caption:
        body["caption"] = dict(CAPTIONS)
    for key in ("callback_id", "callback_url"):
        if getattr(project, key):
            body[key] = getattr(project, key)
    body["scenes"] = [scene_body(index, scene, facts) for index, scene in enumerate(project.scenes)]
    return body


def scene_body(index: int, scene: Scene, facts: CatalogueFacts = NO_FACTS) -> dict[str, Any]:
    kind = scene_kind(scene)
    if kind == AVATAR_VIDEO:
        return {"type": AVATAR_VIDEO, "input": presenter_body(scene, facts)}
    if kind == IMAGE:
        source = _source(scene.background, "image_asset_id")
        return {"type": IMAGE, "source": source, **_narration(scene, facts)}
    if kind == VIDEO:
        return {"type": VIDEO, "source": _source(scene.background, "video_asset_id")}
    if has_presenter(scene.character):
        raise NotMappable(
            index,
            "voice.type",
            "v3 animates a presenter only while it speaks: give this scene a script or "
            "audio, or an image or video background to show while it is silent.",
        )
    raise NotMappable(
        index, "character.avatar_id", "Choose a presenter, or an image or video background."
    )


def presenter_body(scene: Scene, facts: CatalogueFacts = NO_FACTS) -> dict[str, Any]:
    """A presenter speaking (v3's avatar source), on its colour background."""
    character, voice = scene.character, scene.voice
    photo = character.type == CharacterType.TALKING_PHOTO
    look_id = (character.talking_photo_id if photo else character.avatar_id) or ""
    source: dict[str, Any] = {"type": "avatar", "avatar_id": look_id}
    source.update(_audio(voice, facts))
    engine = engine_for(facts.looks.get(look_id), photo, character.use_avatar_iv_model)
    if engine is not None:
        source["engine"] = {"type": engine}
    if character.prompt and photo and engine != "avatar_iii" and character.use_avatar_iv_model:
        source["motion_prompt"] = character.prompt
    background = background_of(scene)
    colour = background.value if background.type == BackgroundType.COLOR else None
    source["background"] = {"type": "color", "color": hex6(colour or BEHIND_PRESENTER)}
    return source


def _narration(scene: Scene, facts: CatalogueFacts) -> dict[str, Any]:
    """An image scene's audio: the script or audio, or silence for its duration."""
    if speaks(scene.voice):
        return _audio(scene.voice, facts)
    return {"duration": float(scene.voice.duration or 0) or DEFAULT_SILENCE}


def _source(background: Background, asset_field: str) -> dict[str, Any]:
    asset_id = getattr(background, asset_field)
    if asset_id:
        return {"type": "asset_id", "asset_id": asset_id}
    return {"type": "url", "url": background.url}


def _audio(voice: Voice, facts: CatalogueFacts) -> dict[str, Any]:
    if voice.type == VoiceType.AUDIO:
        if voice.audio_asset_id:
            return {"audio_asset_id": voice.audio_asset_id}
        return {"audio_url": voice.audio_url}
    audio: dict[str, Any] = {"script": voice.input_text or "", "voice_id": voice.voice_id}
    settings = _voice_settings(voice, facts)
    if settings:
        audio["voice_settings"] = settings
    return audio


def _voice_settings(voice: Voice, facts: CatalogueFacts) -> dict[str, Any]:
    settings: dict[str, Any] = {}
    if voice.speed is not None:
        settings["speed"] = voice.speed
    if voice.pitch is not None:
        settings["pitch"] = voice.pitch
    if voice.locale:
        settings["locale"] = voice.locale
    eleven = voice.elevenlabs_settings
    if eleven is not None and facts.takes_elevenlabs(voice.voice_id):
        engine: dict[str, Any] = {"engine_type": "elevenlabs"}
        if eleven.model in ELEVENLABS_V3:
            engine["model"] = ELEVENLABS_V3[eleven.model]
        for key in ("stability", "similarity_boost", "style"):
            if getattr(eleven, key) is not None:
                engine[key] = getattr(eleven, key)
        settings["engine_settings"] = engine
    return settings


def hex6(colour: str) -> str:
    """`#RGB` as `#RRGGBB` (v3 takes six digits only)."""
    digits = colour.strip().lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits.upper()
