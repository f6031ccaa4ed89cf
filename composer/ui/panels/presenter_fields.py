"""The field tables of the Avatar and Voice panels (who presents, and how they sound)."""

from __future__ import annotations

from composer.model.enums import (
    AvatarStyle,
    CharacterType,
    ElevenLabsModel,
    Emotion,
    Expression,
    TalkingPhotoStyle,
    TalkingStyle,
    VoiceType,
)
from composer.model.validation_rules import SCRIPT_MAX
from composer.ui.i18n import QT_TRANSLATE_NOOP
from composer.ui.panels.field_spec import FieldSpec, Kind

AUDIO_FILES = QT_TRANSLATE_NOOP("Fields", "Audio (*.mp3 *.wav *.m4a *.aac *.ogg);;All files (*)")
OFFSET = {"low": -1.0, "high": 1.0, "step": 0.01, "decimals": 3, "advanced": True}
CENTRE = {"low": -50.0, "high": 150.0, "step": 1.0, "decimals": 1, "suffix": " %"}
UNIT = {"low": 0.0, "high": 1.0, "step": 0.05, "decimals": 2}

AVATAR = (
    FieldSpec(
        "character.type",
        QT_TRANSLATE_NOOP("Fields", "Type"),
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Fields", "Who presents"),
        CharacterType,
        required=True,
        reshapes=True,
    ),
    FieldSpec(
        "character.avatar_id",
        QT_TRANSLATE_NOOP("Fields", "Presenter"),
        Kind.LINE,
        QT_TRANSLATE_NOOP("Fields", "Who presents"),
        placeholder=QT_TRANSLATE_NOOP("Fields", "Choose a presenter"),
        hint=QT_TRANSLATE_NOOP(
            "Fields",
            "The avatar who presents. Choose… shows your HeyGen avatars; an id can be typed.",
        ),
        catalogue="avatar",
    ),
    FieldSpec(
        "character.talking_photo_id",
        QT_TRANSLATE_NOOP("Fields", "Photo"),
        Kind.LINE,
        QT_TRANSLATE_NOOP("Fields", "Who presents"),
        placeholder=QT_TRANSLATE_NOOP("Fields", "Choose a talking photo"),
        hint=QT_TRANSLATE_NOOP(
            "Fields", "The talking photo. Choose… shows your HeyGen photos; an id can be typed."
        ),
        catalogue="talking_photo",
    ),
    FieldSpec(
        "character.avatar_style",
        QT_TRANSLATE_NOOP("Fields", "Style"),
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Fields", "Look"),
        AvatarStyle,
        reshapes=True,
    ),
    FieldSpec(
        "character.talking_photo_style",
        QT_TRANSLATE_NOOP("Fields", "Photo style"),
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Fields", "Look"),
        TalkingPhotoStyle,
        reshapes=True,
    ),
    FieldSpec(
        "character.talking_style",
        QT_TRANSLATE_NOOP("Fields", "Talking style"),
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Fields", "Look"),
        TalkingStyle,
    ),
    FieldSpec(
        "character.expression",
        QT_TRANSLATE_NOOP("Fields", "Expression"),
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Fields", "Look"),
        Expression,
    ),
    FieldSpec(
        "character.circle_background_color",
        QT_TRANSLATE_NOOP("Fields", "Circle colour"),
        Kind.COLOR,
        QT_TRANSLATE_NOOP("Fields", "Look"),
        hint=QT_TRANSLATE_NOOP("Fields", "Fills the circle behind the avatar."),
    ),
    FieldSpec(
        "character.scale",
        QT_TRANSLATE_NOOP("Fields", "Size"),
        Kind.NUMBER,
        QT_TRANSLATE_NOOP("Fields", "Size and position"),
        low=0.0,
        high=500.0,
        step=5.0,
        suffix=" %",
        unit="height",
        default_text=QT_TRANSLATE_NOOP("Fields", "100 % (default)"),
        hint=QT_TRANSLATE_NOOP(
            "Fields", "The presenter's height as a share of the frame's: 100 % fills it."
        ),
    ),
    FieldSpec(
        "character.offset.x",
        QT_TRANSLATE_NOOP("Fields", "Across"),
        Kind.NUMBER,
        QT_TRANSLATE_NOOP("Fields", "Size and position"),
        **CENTRE,
        unit="centre-across",
        default_text=QT_TRANSLATE_NOOP("Fields", "Centre (default)"),
        hint=QT_TRANSLATE_NOOP(
            "Fields", "The presenter's centre: 0 % the left edge, 50 % the middle, 100 % the right."
        ),
    ),
    FieldSpec(
        "character.offset.y",
        QT_TRANSLATE_NOOP("Fields", "Down"),
        Kind.NUMBER,
        QT_TRANSLATE_NOOP("Fields", "Size and position"),
        **CENTRE,
        unit="centre-down",
        default_text=QT_TRANSLATE_NOOP("Fields", "Centre (default)"),
        hint=QT_TRANSLATE_NOOP(
            "Fields",
            "Where the presenter's centre is: 0 % the top, 50 % the middle, 100 % the bottom.",
        ),
    ),
    FieldSpec(
        "character.use_avatar_iv_model",
        QT_TRANSLATE_NOOP("Fields", "Avatar IV"),
        Kind.CHECK,
        QT_TRANSLATE_NOOP("Fields", "Motion and quality"),
        reshapes=True,
        default_text=QT_TRANSLATE_NOOP("Fields", "off"),
        hint=QT_TRANSLATE_NOOP("Fields", "Use HeyGen's Avatar IV model."),
    ),
    FieldSpec(
        "character.prompt",
        QT_TRANSLATE_NOOP("Fields", "Motion prompt"),
        Kind.PARAGRAPH,
        QT_TRANSLATE_NOOP("Fields", "Motion and quality"),
        placeholder=QT_TRANSLATE_NOOP("Fields", "Describe how the photo should move"),
    ),
    FieldSpec(
        "character.keep_original_prompt",
        QT_TRANSLATE_NOOP("Fields", "Keep prompt"),
        Kind.CHECK,
        QT_TRANSLATE_NOOP("Fields", "Motion and quality"),
        advanced=True,
        default_text=QT_TRANSLATE_NOOP("Fields", "off"),
        hint=QT_TRANSLATE_NOOP(
            "Fields", "Send the motion prompt as written, without HeyGen's enhancement."
        ),
    ),
    FieldSpec(
        "character.matting",
        QT_TRANSLATE_NOOP("Fields", "Remove background"),
        Kind.CHECK,
        QT_TRANSLATE_NOOP("Fields", "Motion and quality"),
        advanced=True,
        default_text=QT_TRANSLATE_NOOP("Fields", "off"),
        hint=QT_TRANSLATE_NOOP("Fields", "Remove the photo's own background."),
    ),
    FieldSpec(
        "character.super_resolution",
        QT_TRANSLATE_NOOP("Fields", "Enhance quality"),
        Kind.CHECK,
        QT_TRANSLATE_NOOP("Fields", "Motion and quality"),
        advanced=True,
        default_text=QT_TRANSLATE_NOOP("Fields", "off"),
        hint=QT_TRANSLATE_NOOP("Fields", "Enhance the photo's image quality."),
    ),
    FieldSpec(
        "character.offset.x",
        QT_TRANSLATE_NOOP("Fields", "Offset X (API)"),
        Kind.NUMBER,
        QT_TRANSLATE_NOOP("Fields", "Advanced"),
        **OFFSET,
        hint=QT_TRANSLATE_NOOP(
            "Fields",
            "HeyGen's value: 0 is centred; −0.5 puts the centre on the left edge, 0.5 right.",
        ),
    ),
    FieldSpec(
        "character.offset.y",
        QT_TRANSLATE_NOOP("Fields", "Offset Y (API)"),
        Kind.NUMBER,
        QT_TRANSLATE_NOOP("Fields", "Advanced"),
        **OFFSET,
        hint=QT_TRANSLATE_NOOP(
            "Fields", "HeyGen's value: 0 is centred; negative moves up, positive down."
        ),
    ),
)

VOICE = (
    FieldSpec(
        "voice.type",
        QT_TRANSLATE_NOOP("Fields", "Type"),
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Fields", "What is said"),
        VoiceType,
        required=True,
        reshapes=True,
    ),
    FieldSpec(
        "voice.voice_id",
        QT_TRANSLATE_NOOP("Fields", "Voice"),
        Kind.LINE,
        QT_TRANSLATE_NOOP("Fields", "What is said"),
        placeholder=QT_TRANSLATE_NOOP("Fields", "Choose a voice"),
        hint=QT_TRANSLATE_NOOP(
            "Fields",
            "The voice that reads the script. Choose… lists your HeyGen voices with samples.",
        ),
        catalogue="voice",
    ),
    FieldSpec(
        "voice.input_text",
        QT_TRANSLATE_NOOP("Fields", "Script"),
        Kind.PARAGRAPH,
        QT_TRANSLATE_NOOP("Fields", "What is said"),
        empty="",
        max_chars=SCRIPT_MAX,
        placeholder=QT_TRANSLATE_NOOP("Fields", "What should the avatar say?"),
    ),
    FieldSpec(
        "voice.local_file",
        QT_TRANSLATE_NOOP("Fields", "Audio file"),
        Kind.FILE,
        QT_TRANSLATE_NOOP("Fields", "What is said"),
        file_filter=AUDIO_FILES,
        hint=QT_TRANSLATE_NOOP("Fields", "Uploaded to HeyGen when you submit."),
    ),
    FieldSpec(
        "voice.audio_url",
        QT_TRANSLATE_NOOP("Fields", "Audio URL"),
        Kind.LINE,
        QT_TRANSLATE_NOOP("Fields", "What is said"),
        placeholder=QT_TRANSLATE_NOOP("Fields", "https://…"),
    ),
    FieldSpec(
        "voice.audio_asset_id",
        QT_TRANSLATE_NOOP("Fields", "Audio asset ID"),
        Kind.LINE,
        QT_TRANSLATE_NOOP("Fields", "Advanced"),
        advanced=True,
    ),
    FieldSpec(
        "voice.duration",
        QT_TRANSLATE_NOOP("Fields", "Length"),
        Kind.SECONDS,
        QT_TRANSLATE_NOOP("Fields", "What is said"),
        low=1.0,
        high=100.0,
        step=0.5,
        decimals=1,
        suffix=QT_TRANSLATE_NOOP("Fields", " s"),
        hint=QT_TRANSLATE_NOOP(
            "Fields", "How long the silence lasts: 1 to 100 seconds; default 1."
        ),
    ),
    FieldSpec(
        "voice.speed",
        QT_TRANSLATE_NOOP("Fields", "Speed"),
        Kind.NUMBER,
        QT_TRANSLATE_NOOP("Fields", "Delivery"),
        low=0.5,
        high=1.5,
        step=0.05,
        decimals=2,
        suffix=" ×",
        hint=QT_TRANSLATE_NOOP("Fields", "0.5 to 1.5; default 1."),
    ),
    FieldSpec(
        "voice.pitch",
        QT_TRANSLATE_NOOP("Fields", "Pitch"),
        Kind.INTEGER,
        QT_TRANSLATE_NOOP("Fields", "Delivery"),
        low=-50,
        high=50,
        hint=QT_TRANSLATE_NOOP("Fields", "−50 to 50; default 0."),
    ),
    FieldSpec(
        "voice.emotion",
        QT_TRANSLATE_NOOP("Fields", "Emotion"),
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Fields", "Delivery"),
        Emotion,
    ),
    FieldSpec(
        "voice.locale",
        QT_TRANSLATE_NOOP("Fields", "Accent"),
        Kind.LINE,
        QT_TRANSLATE_NOOP("Fields", "Delivery"),
        placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. en-US, pt-BR"),
        hint=QT_TRANSLATE_NOOP("Fields", "The voice's accent or locale."),
    ),
    FieldSpec(
        "voice.elevenlabs_settings.model",
        QT_TRANSLATE_NOOP("Fields", "ElevenLabs model"),
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Fields", "Advanced"),
        ElevenLabsModel,
        advanced=True,
    ),
    FieldSpec(
        "voice.elevenlabs_settings.similarity_boost",
        QT_TRANSLATE_NOOP("Fields", "ElevenLabs similarity"),
        Kind.NUMBER,
        QT_TRANSLATE_NOOP("Fields", "Advanced"),
        advanced=True,
        **UNIT,
        hint=QT_TRANSLATE_NOOP("Fields", "Similarity to the original voice, 0 to 1."),
    ),
    FieldSpec(
        "voice.elevenlabs_settings.stability",
        QT_TRANSLATE_NOOP("Fields", "ElevenLabs stability"),
        Kind.NUMBER,
        QT_TRANSLATE_NOOP("Fields", "Advanced"),
        advanced=True,
        **UNIT,
        hint=QT_TRANSLATE_NOOP("Fields", "Voice consistency, 0 to 1 (eleven_v3: 0, 0.5 or 1)."),
    ),
    FieldSpec(
        "voice.elevenlabs_settings.style",
        QT_TRANSLATE_NOOP("Fields", "ElevenLabs style"),
        Kind.NUMBER,
        QT_TRANSLATE_NOOP("Fields", "Advanced"),
        advanced=True,
        **UNIT,
        hint=QT_TRANSLATE_NOOP("Fields", "Style intensity, 0 to 1."),
    ),
)
