"""HeyGen's v3 `param` ("scenes[2].input.voice_id") as the scene and field it names, in
the words the problems list uses ("Scene 3, Voice")."""

from __future__ import annotations

import re

from composer.model.validate import label

SCENE_PARAM = re.compile(r"^scenes\[(\d+)\]\.?(.*)$")
FIELDS = {
    "avatar_id": "character.avatar_id",
    "engine": "character.use_avatar_iv_model",
    "motion_prompt": "character.prompt",
    "voice_id": "voice.voice_id",
    "script": "voice.input_text",
    "audio_url": "voice.audio_url",
    "audio_asset_id": "voice.audio_asset_id",
    "duration": "voice.duration",
    "voice_settings.speed": "voice.speed",
    "voice_settings.pitch": "voice.pitch",
    "voice_settings.locale": "voice.locale",
    "voice_settings.engine_settings": "voice.elevenlabs_settings",
    "background": "background.value",
    "source": "background.url",
    "playback": "background.play_style",
    "aspect_ratio": "dimension",
    "resolution": "dimension",
    "caption": "caption",
    "title": "title",
    "callback_url": "callback_url",
}
"""v3 names (below a scene's `input.`, or at the top) -> the document's field paths."""
PROJECT_LABELS = {"dimension": "Video size", "caption": "Captions", "title": "Title"}


def locate(param: str | None) -> tuple[int | None, str | None]:
    """(scene index or None for the project, document field or None if unknown)."""
    if not param:
        return None, None
    match = SCENE_PARAM.match(param)
    scene = int(match.group(1)) if match else None
    rest = match.group(2) if match else param
    rest = rest.removeprefix("input.")
    for name in sorted(FIELDS, key=len, reverse=True):
        if rest == name or rest.startswith(name + ".") or rest.startswith(name + "["):
            return scene, FIELDS[name]
    return scene, None


def where(param: str | None) -> str:
    """ "Scene 3, Voice" / "Video size" / "" when HeyGen named no field we know."""
    scene, field = locate(param)
    what = PROJECT_LABELS.get(field or "") or (label(field) if field else "")
    if scene is None:
        return what
    return f"Scene {scene + 1}, {what}" if what else f"Scene {scene + 1}"
