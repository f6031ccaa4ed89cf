"""The sandbox's own check of a `/v2/video/generate` body: a JSON Schema written by hand from
HeyGen's documentation (the seed), independent of `composer.model`'s validator, so that the
two can catch each other's mistakes.

Like HeyGen, the sandbox accepts values other docs list (`talking_photo_style: "square"`,
`play_style: "once"`) and keys it does not know.
"""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

MISSING_CODE = 40001
INVALID_CODE = 400175
HEX = "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"
SILENCE_SECONDS = r"^(100(\.0+)?|[1-9][0-9]?(\.[0-9]+)?)$"  # "1" … "100" as text


def _range(low: float, high: float, kind: str = "number") -> dict[str, Any]:
    return {"type": kind, "minimum": low, "maximum": high}


def _when(key: str, value: str, then: dict[str, Any]) -> dict[str, Any]:
    return {"if": {"properties": {key: {"const": value}}, "required": [key]}, "then": then}


def _either(*keys: str) -> dict[str, Any]:
    return {"anyOf": [{"required": [key]} for key in keys]}


XY = {"type": "object", "properties": {"x": {"type": "number"}, "y": {"type": "number"}}}
SIDE = {"type": "integer", "minimum": 128, "maximum": 4096, "multipleOf": 2}
UNIT = _range(0.0, 1.0)

CHARACTER = {
    "type": "object",
    "required": ["type"],
    "properties": {
        "type": {"enum": ["avatar", "talking_photo"]},
        "avatar_id": {"type": "string", "minLength": 1},
        "talking_photo_id": {"type": "string", "minLength": 1},
        "avatar_style": {"enum": ["normal", "closeUp", "circle"]},
        "talking_photo_style": {"enum": ["circle", "square"]},
        "talking_style": {"enum": ["stable", "expressive"]},
        "expression": {"enum": ["default", "happy"]},
        "scale": _range(0.0, 5.0),
        "offset": XY,
        "use_avatar_iv_model": {"type": "boolean"},
        "prompt": {"type": "string"},
        "keep_original_prompt": {"type": "boolean"},
        "matting": {"type": "boolean"},
        "super_resolution": {"type": "boolean"},
        "circle_background_color": {"type": "string", "pattern": HEX},
    },
    "allOf": [
        _when("type", "avatar", {"required": ["avatar_id"]}),
        _when("type", "talking_photo", {"required": ["talking_photo_id"]}),
    ],
}

ELEVENLABS = {
    "type": "object",
    "properties": {
        "model": {
            "enum": [
                "eleven_monolingual_v1",
                "eleven_multilingual_v1",
                "eleven_multilingual_v2",
                "eleven_turbo_v2",
                "eleven_turbo_v2_5",
                "eleven_v3",
            ]
        },
        "similarity_boost": UNIT,
        "stability": UNIT,
        "style": UNIT,
    },
    "allOf": [_when("model", "eleven_v3", {"properties": {"stability": {"enum": [0, 0.5, 1]}}})],
}

VOICE = {
    "type": "object",
    "required": ["type"],
    "properties": {
        "type": {"enum": ["text", "audio", "silence"]},
        "voice_id": {"type": "string", "minLength": 1},
        "input_text": {"type": "string", "minLength": 1, "maxLength": 5000},
        "speed": _range(0.5, 1.5),
        "pitch": _range(-50, 50, "integer"),
        "emotion": {"enum": ["Excited", "Friendly", "Serious", "Soothing", "Broadcaster"]},
        "locale": {"type": "string"},
        "audio_url": {"type": "string", "minLength": 1},
        "audio_asset_id": {"type": "string", "minLength": 1},
        "duration": {"anyOf": [{"type": "string", "pattern": SILENCE_SECONDS}, _range(1.0, 100.0)]},
        "elevenlabs_settings": ELEVENLABS,
    },
    "allOf": [
        _when("type", "text", {"required": ["voice_id", "input_text"]}),
        _when("type", "audio", _either("audio_url", "audio_asset_id")),
    ],
}

BACKGROUND = {
    "type": "object",
    "required": ["type"],
    "properties": {
        "type": {"enum": ["color", "image", "video"]},
        "value": {"type": "string", "pattern": HEX},
        "url": {"type": "string", "minLength": 1},
        "image_asset_id": {"type": "string", "minLength": 1},
        "video_asset_id": {"type": "string", "minLength": 1},
        "play_style": {"enum": ["freeze", "loop", "fit_to_scene", "once"]},
        "fit": {"enum": ["crop", "cover", "contain", "none"]},
    },
    "allOf": [
        _when("type", "color", {"required": ["value"]}),
        _when("type", "image", _either("url", "image_asset_id")),
        _when("type", "video", _either("url", "video_asset_id")),
    ],
}

TEXT = {
    "type": "object",
    "required": ["type", "text", "line_height"],
    "properties": {
        "type": {"const": "text"},
        "text": {"type": "string"},
        "font_family": {"type": "string"},
        "font_size": {"type": "number", "exclusiveMinimum": 0},
        "font_weight": {"enum": ["bold"]},
        "color": {"type": "string", "pattern": HEX},
        "position": XY,
        "text_align": {"enum": ["left", "center", "right"]},
        "line_height": {"type": "number", "exclusiveMinimum": 0},
        "width": {"type": "number", "exclusiveMinimum": 0},
    },
}

SCENE = {
    "type": "object",
    "required": ["character", "voice"],
    "properties": {
        "character": CHARACTER,
        "voice": VOICE,
        "background": BACKGROUND,
        "text": TEXT,
    },
}

GENERATE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["video_inputs"],
    "properties": {
        "video_inputs": {"type": "array", "minItems": 1, "maxItems": 50, "items": SCENE},
        "caption": {"type": "boolean"},
        "title": {"type": "string"},
        "callback_id": {"type": "string"},
        "callback_url": {"type": "string"},
        "folder_id": {"type": "string"},
        "test": {"type": "boolean"},  # a free draft: watermarked, lower quality
        "dimension": {"type": "object", "properties": {"width": SIDE, "height": SIDE}},
    },
}

_VALIDATOR = Draft202012Validator(GENERATE_SCHEMA)


def check_generate_body(body: Any) -> tuple[int, str] | None:
    """(HeyGen error code, message naming the field) for the first problem, or None if valid."""
    found = sorted(_VALIDATOR.iter_errors(body), key=_document_order)
    if not found:
        return None
    error = found[0]
    path = _path(error)
    if error.validator == "required":
        missing = [key for key in error.validator_value if key not in error.instance]
        return MISSING_CODE, f"Missing required parameter: {_join(path, missing[0])}"
    if error.validator == "anyOf" and all("required" in s for s in error.validator_value):
        keys = " or ".join(s["required"][0] for s in error.validator_value)
        return MISSING_CODE, f"Missing required parameter: {path or 'body'} needs {keys}"
    return INVALID_CODE, f"Invalid parameter {path or 'body'}: {_describe(error)}"


def _document_order(error: ValidationError) -> tuple[str, ...]:
    return tuple(f"{p:06d}" if isinstance(p, int) else p for p in error.absolute_path)


def _path(error: ValidationError) -> str:
    text = ""
    for part in error.absolute_path:
        text = f"{text}[{part}]" if isinstance(part, int) else _join(text, part)
    return text


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _describe(error: ValidationError) -> str:
    """jsonschema's message, shortened where it would repeat a long value."""
    if error.validator == "maxLength":
        length = len(str(error.instance))
        return f"is {length} characters long; the limit is {error.validator_value}"
    if error.validator == "anyOf":  # silence duration: text or number 1-100
        return f"{error.instance!r} is not a number of seconds from 1 to 100"
    return error.message
