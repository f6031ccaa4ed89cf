"""The sandbox's own check of a `POST /v3/videos` body (types avatar, image and studio): a
JSON Schema written by hand from the request shapes in HeyGen's CLI (`gen/video.go`),
independent of the app's v3 mapping (composer/routes/v3_mapping.py), so that the two can
catch each other's mistakes. Keys it does not know are refused, as a strict server would.
"""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

INVALID_CODE = "invalid_parameter"
HEX6 = "^#[0-9a-fA-F]{6}$"
ASPECTS = ["16:9", "9:16", "4:5", "5:4", "1:1", "auto"]
RESOLUTIONS = ["4k", "1080p", "720p"]
AUDIO_KEYS = ("script", "audio_url", "audio_asset_id")


def _obj(required: list[str], **properties: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "required": required,
        "properties": properties,
        "additionalProperties": False,
    }


def _range(low: float, high: float) -> dict[str, Any]:
    return {"type": "number", "minimum": low, "maximum": high}


TEXT = {"type": "string", "minLength": 1}
NULLABLE_TEXT = {"type": ["string", "null"]}
ASSET = {
    "oneOf": [
        _obj(["type", "url"], type={"const": "url"}, url=TEXT),
        _obj(["type", "asset_id"], type={"const": "asset_id"}, asset_id=TEXT),
        _obj(["type", "media_type", "data"], type={"const": "base64"}, media_type=TEXT, data=TEXT),
    ]
}
ENGINE_SETTINGS = {
    "oneOf": [
        _obj(
            ["engine_type"],
            engine_type={"const": "elevenlabs"},
            model={
                "enum": [
                    "eleven_multilingual_v2",
                    "eleven_turbo_v2_5",
                    "eleven_flash_v2_5",
                    "eleven_v3",
                    None,
                ]
            },
            stability={"type": ["number", "null"]},
            similarity_boost={"type": ["number", "null"]},
            style={"type": ["number", "null"]},
            use_speaker_boost={"type": ["boolean", "null"]},
        ),
        _obj(
            ["engine_type"],
            engine_type={"const": "fish"},
            model={"enum": ["s1", "s2-pro", None]},
            stability={"type": ["number", "null"]},
            similarity={"type": ["number", "null"]},
        ),
        _obj(["engine_type"], engine_type={"const": "starfish"}),
    ]
}
VOICE_SETTINGS = _obj(
    [],
    speed=_range(0.5, 1.5),
    pitch=_range(-50, 50),
    volume=_range(0.0, 1.0),
    locale=NULLABLE_TEXT,
    engine_settings={"anyOf": [{"type": "null"}, ENGINE_SETTINGS]},
)
ENGINE = _obj(
    ["type"],
    type={"enum": ["avatar_iii", "avatar_iv", "avatar_v"]},
    reference_look_id=NULLABLE_TEXT,
)
AUDIO = {
    "script": TEXT,
    "voice_id": NULLABLE_TEXT,
    "audio_url": TEXT,
    "audio_asset_id": TEXT,
    "voice_settings": VOICE_SETTINGS,
}
ONE_AUDIO = {"oneOf": [{"required": [key]} for key in AUDIO_KEYS]}
AT_MOST_ONE_AUDIO = {
    "not": {"anyOf": [{"required": [a, b]} for a in AUDIO_KEYS for b in AUDIO_KEYS if a < b]}
}
SCRIPT_NEEDS_VOICE = {
    "if": {"required": ["script"]},
    "then": {"required": ["voice_id"], "properties": {"voice_id": TEXT}},
}
OUTPUT = {
    "aspect_ratio": {"enum": ASPECTS},
    "resolution": {"enum": RESOLUTIONS},
    "caption": _obj([], file_format={"const": "srt"}, style={"enum": ["default", None]}),
    "title": NULLABLE_TEXT,
    "callback_url": NULLABLE_TEXT,
    "callback_id": NULLABLE_TEXT,
    "folder_id": NULLABLE_TEXT,
}
PRESENTER = {
    "engine": ENGINE,
    "motion_prompt": NULLABLE_TEXT,
    "expressiveness": {"enum": ["high", "medium", "low", None]},
}

AVATAR_VIDEO = {
    **_obj(
        ["type", "avatar_id"],
        type={"const": "avatar"},
        avatar_id=TEXT,
        background=_obj(
            ["type"],
            type={"enum": ["color", "image"]},
            value={"type": "string", "pattern": HEX6},
            url=TEXT,
            asset_id=TEXT,
        ),
        remove_background={"type": ["boolean", "null"]},
        output_format={"enum": ["mp4", "webm"]},
        fit={"enum": ["contain", "cover", None]},
        **AUDIO,
        **PRESENTER,
        **OUTPUT,
    ),
    "allOf": [
        ONE_AUDIO,
        {  # webm: the avatar on transparency, so no background of any kind
            "if": {
                "properties": {"output_format": {"const": "webm"}},
                "required": ["output_format"],
            },
            "then": {"not": {"required": ["background"]}},
        },
    ],
}
IMAGE_VIDEO = {
    **_obj(
        ["type", "image"],
        type={"const": "image"},
        image=ASSET,
        background=AVATAR_VIDEO["properties"]["background"],
        remove_background={"type": ["boolean", "null"]},
        output_format={"enum": ["mp4", "webm"]},
        fit={"enum": ["contain", "cover", None]},
        **AUDIO,
        **PRESENTER,
        **OUTPUT,
    ),
    "allOf": [ONE_AUDIO, SCRIPT_NEEDS_VOICE],
}

SCENE_AVATAR_INPUT = {
    **_obj(
        ["type", "avatar_id"],
        type={"const": "avatar"},
        avatar_id=TEXT,
        background=_obj(["type", "color"], type={"const": "color"}, color={"pattern": HEX6}),
        **AUDIO,
        **PRESENTER,
    ),
    "allOf": [ONE_AUDIO],
}
AVATAR_SCENE = _obj(["type", "input"], type={"const": "avatar_video"}, input=SCENE_AVATAR_INPUT)
IMAGE_SCENE = {
    **_obj(
        ["type", "source"],
        type={"const": "image"},
        source=ASSET,
        duration={"type": "number", "exclusiveMinimum": 0, "maximum": 300},
        **AUDIO,
    ),
    "allOf": [
        {  # silent (duration, no audio) or narrated (one audio source, no duration)
            "oneOf": [
                {
                    "required": ["duration"],
                    "not": {"anyOf": [{"required": [k]} for k in AUDIO_KEYS]},
                },
                {"not": {"required": ["duration"]}, **ONE_AUDIO},
            ]
        },
        SCRIPT_NEEDS_VOICE,
    ],
}
VIDEO_SCENE = {
    **_obj(
        ["type", "source"],
        type={"const": "video"},
        source=ASSET,
        playback=_obj(
            [],
            mode={"enum": ["freeze", "loop", "fit_to_scene", None]},
            volume=_range(0.0, 1.0),
            mute={"type": "boolean"},
        ),
        **AUDIO,
    ),
    "allOf": [AT_MOST_ONE_AUDIO, SCRIPT_NEEDS_VOICE],
}
SCENE_TYPES = {"avatar_video": AVATAR_SCENE, "image": IMAGE_SCENE, "video": VIDEO_SCENE}
STUDIO_VIDEO = _obj(
    ["type", "scenes"],
    type={"const": "studio"},
    scenes={
        "type": "array",
        "minItems": 1,
        "maxItems": 50,
        "items": {
            "type": "object",
            "required": ["type"],
            "properties": {"type": {"enum": list(SCENE_TYPES)}},
            "allOf": [
                {"if": {"properties": {"type": {"const": kind}}}, "then": schema}
                for kind, schema in SCENE_TYPES.items()
            ],
        },
    },
    brand_glossary_id=NULLABLE_TEXT,
    **OUTPUT,
)
BODY_TYPES = {"avatar": AVATAR_VIDEO, "image": IMAGE_VIDEO, "studio": STUDIO_VIDEO}
_VALIDATORS = {kind: Draft202012Validator(schema) for kind, schema in BODY_TYPES.items()}


def check_v3_body(body: Any) -> tuple[str, str, str | None] | None:
    """None if HeyGen's v3 would accept `body`; else (code, message, param) where `param` is
    the offending field as HeyGen names it ("scenes[2].input.voice_id")."""
    if not isinstance(body, dict):
        return INVALID_CODE, "The request body must be a JSON object.", None
    kind = body.get("type")
    validator = _VALIDATORS.get(kind) if isinstance(kind, str) else None
    if validator is None:
        return INVALID_CODE, f"type must be one of {', '.join(BODY_TYPES)}.", "type"
    error = min(validator.iter_errors(body), key=_depth_first, default=None)
    if error is None:
        return None
    param = _param(error)
    return INVALID_CODE, f"Invalid value for {param or 'the body'}: {error.message}", param


def _depth_first(error: ValidationError) -> tuple[int, str]:
    return -len(error.absolute_path), error.message


def _param(error: ValidationError) -> str | None:
    text = ""
    for part in error.absolute_path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or None
