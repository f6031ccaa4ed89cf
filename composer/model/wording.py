"""How problems read: their severities, and the words a marketer sees for each field
("Voice speed", not `voice.speed`)."""

from __future__ import annotations

from composer.model.tr_noop import QT_TRANSLATE_NOOP

ERROR = "error"
WARNING = "warning"

Found = tuple[str, str, str]
"""A problem as a rule finds it: severity, path, message."""

LABELS = {
    "character.avatar_id": QT_TRANSLATE_NOOP("Fields", "Presenter"),
    "character.talking_photo_id": QT_TRANSLATE_NOOP("Fields", "Talking photo"),
    "character.scale": QT_TRANSLATE_NOOP("Fields", "Avatar scale"),
    "character.offset": QT_TRANSLATE_NOOP("Fields", "Avatar position"),
    "character.circle_background_color": QT_TRANSLATE_NOOP("Fields", "Circle background colour"),
    "voice.voice_id": QT_TRANSLATE_NOOP("Fields", "Voice"),
    "voice.input_text": QT_TRANSLATE_NOOP("Fields", "Script"),
    "voice.speed": QT_TRANSLATE_NOOP("Fields", "Voice speed"),
    "voice.pitch": QT_TRANSLATE_NOOP("Fields", "Voice pitch"),
    "voice.duration": QT_TRANSLATE_NOOP("Fields", "Silence length"),
    "voice.audio_url": QT_TRANSLATE_NOOP("Fields", "Audio URL"),
    "voice.audio_asset_id": QT_TRANSLATE_NOOP("Fields", "Audio asset id"),
    "voice.local_file": QT_TRANSLATE_NOOP("Fields", "Audio file"),
    "voice.elevenlabs_settings.model": QT_TRANSLATE_NOOP("Fields", "ElevenLabs model"),
    "voice.elevenlabs_settings.similarity_boost": QT_TRANSLATE_NOOP(
        "Fields", "ElevenLabs similarity boost"
    ),
    "voice.elevenlabs_settings.stability": QT_TRANSLATE_NOOP("Fields", "ElevenLabs stability"),
    "voice.elevenlabs_settings.style": QT_TRANSLATE_NOOP("Fields", "ElevenLabs style"),
    "background.type": QT_TRANSLATE_NOOP("Fields", "Background type"),
    "character.type": QT_TRANSLATE_NOOP("Fields", "Character type"),
    "voice.type": QT_TRANSLATE_NOOP("Fields", "Voice type"),
    "background.value": QT_TRANSLATE_NOOP("Fields", "Background colour"),
    "background.url": QT_TRANSLATE_NOOP("Fields", "Background URL"),
    "background.local_file": QT_TRANSLATE_NOOP("Fields", "Background file"),
    "text.text": QT_TRANSLATE_NOOP("Fields", "Overlay text"),
    "text.line_height": QT_TRANSLATE_NOOP("Fields", "Line height"),
    "text.font_size": QT_TRANSLATE_NOOP("Fields", "Font size"),
    "text.width": QT_TRANSLATE_NOOP("Fields", "Text box width"),
    "text.color": QT_TRANSLATE_NOOP("Fields", "Text colour"),
    "text.position": QT_TRANSLATE_NOOP("Fields", "Text position"),
    "dimension.width": QT_TRANSLATE_NOOP("Fields", "Video width"),
    "dimension.height": QT_TRANSLATE_NOOP("Fields", "Video height"),
    "callback_url": QT_TRANSLATE_NOOP("Fields", "Callback URL"),
}


def label(path: str) -> str:
    return LABELS.get(path, path.rsplit(".", 1)[-1].replace("_", " ").capitalize())
