"""How problems read: their severities, and the words a marketer sees for each field
("Voice speed", not `voice.speed`)."""

from __future__ import annotations

ERROR = "error"
WARNING = "warning"

Found = tuple[str, str, str]
"""A problem as a rule finds it: severity, path, message."""

LABELS = {
    "character.avatar_id": "Presenter",
    "character.talking_photo_id": "Talking photo",
    "character.scale": "Avatar scale",
    "character.offset": "Avatar position",
    "character.circle_background_color": "Circle background colour",
    "voice.voice_id": "Voice",
    "voice.input_text": "Script",
    "voice.speed": "Voice speed",
    "voice.pitch": "Voice pitch",
    "voice.duration": "Silence length",
    "voice.audio_url": "Audio URL",
    "voice.audio_asset_id": "Audio asset id",
    "voice.local_file": "Audio file",
    "voice.elevenlabs_settings.model": "ElevenLabs model",
    "voice.elevenlabs_settings.similarity_boost": "ElevenLabs similarity boost",
    "voice.elevenlabs_settings.stability": "ElevenLabs stability",
    "voice.elevenlabs_settings.style": "ElevenLabs style",
    "background.type": "Background type",
    "character.type": "Character type",
    "voice.type": "Voice type",
    "background.value": "Background colour",
    "background.url": "Background URL",
    "background.local_file": "Background file",
    "text.text": "Overlay text",
    "text.line_height": "Line height",
    "text.font_size": "Font size",
    "text.width": "Text box width",
    "text.color": "Text colour",
    "text.position": "Text position",
    "dimension.width": "Video width",
    "dimension.height": "Video height",
    "callback_url": "Callback URL",
}


def label(path: str) -> str:
    return LABELS.get(path, path.rsplit(".", 1)[-1].replace("_", " ").capitalize())
