"""What HeyGen refuses in a `POST /v3/videos` body beyond its schema's structure: rules its
CLI states in words (descriptions in gen/video.go and gen/avatar.go) and our notes
(/work/shared/reference/heygen-v3.md). Checked after the schema (v3_contract), each naming
the field as HeyGen does. The error codes are guesses: the CLI documents none per status.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from composer.sandbox.catalogue import looks_data, voice_engines

AUDIO_KEYS = ("script", "audio_url", "audio_asset_id")
MAX_SILENCE = 300
Rule = tuple[str, str]  # (param, message)


def problems(body: dict[str, Any], processing: Callable[[str], bool]) -> Iterator[Rule]:
    """Every rule `body` breaks; `processing(asset_id)`: is that upload still processing."""
    looks = {look["id"]: look for look in looks_data("")}
    resolution = body.get("resolution")
    if body["type"] == "studio":
        for index, scene in enumerate(body["scenes"]):
            where = f"scenes[{index}]"
            if scene["type"] == "avatar_video":
                yield from _presenter(scene["input"], f"{where}.input.", looks, resolution)
            elif scene["type"] == "image":
                yield from _image_scene(scene, f"{where}.")
    elif body["type"] in ("avatar", "image"):
        yield from _presenter(body, "", looks, resolution)
        if body.get("output_format") == "webm" and body.get("background") is not None:
            yield "background", "A webm video has a transparent background: send no background."
    yield from _assets(body, "", processing)


def _presenter(
    source: dict[str, Any], where: str, looks: dict[str, Any], resolution: str | None
) -> Iterator[Rule]:
    yield from _one_audio(source, where)
    look = looks.get(source.get("avatar_id") or "")
    engine = (source.get("engine") or {}).get("type")
    if look is not None and engine is not None:
        if engine not in look["supported_api_engines"]:
            yield f"{where}engine.type", f"This avatar does not support the {engine} engine."
        elif (
            engine == "avatar_iii" and look["avatar_type"] == "photo_avatar" and resolution == "4k"
        ):
            yield "resolution", "Avatar III renders photo avatars at 1080p at most, not 4k."
    settings = (source.get("voice_settings") or {}).get("engine_settings") or {}
    kind = settings.get("engine_type")
    if kind and source.get("voice_id") and kind not in voice_engines(source["voice_id"]):
        yield (
            f"{where}voice_settings.engine_settings",
            f"The voice is not compatible with the {kind} engine.",
        )


def _one_audio(source: dict[str, Any], where: str) -> Iterator[Rule]:
    given = [key for key in AUDIO_KEYS if source.get(key) is not None]
    if len(given) != 1:
        yield (
            f"{where}script",
            "Give exactly one of script (with voice_id), audio_url, audio_asset_id.",
        )
    elif given == ["script"] and not source.get("voice_id"):
        yield f"{where}voice_id", "A script needs a voice_id."


def _image_scene(scene: dict[str, Any], where: str) -> Iterator[Rule]:
    duration = scene.get("duration")
    if duration is not None:
        if any(scene.get(key) is not None for key in AUDIO_KEYS):
            yield f"{where}duration", "A narrated image scene takes its length from the audio."
        elif not 0 < duration <= MAX_SILENCE:
            yield f"{where}duration", f"duration must be more than 0 and at most {MAX_SILENCE}."
    else:
        yield from _one_audio(scene, where)


def _assets(node: Any, where: str, processing: Callable[[str], bool]) -> Iterator[Rule]:
    """Uploads named before they finished processing."""
    if isinstance(node, dict):
        for key, value in node.items():
            path = f"{where}.{key}".lstrip(".")
            if key.endswith("asset_id") and isinstance(value, str) and processing(value):
                yield path, "This asset is still processing: wait until its status is completed."
            else:
                yield from _assets(value, path, processing)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _assets(item, f"{where}[{index}]", processing)
