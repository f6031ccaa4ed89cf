"""The sandbox's avatars, talking photos and voices (the example project's ids included).

Preview URLs point at files the sandbox serves itself; some optional fields are null, as
they can be on HeyGen, so clients learn to tolerate them.
"""

from __future__ import annotations

from typing import Any

AVATAR_PREVIEW = "/files/preview/avatar.jpg"
VOICE_PREVIEW = "/files/preview/voice.mp3"
VIDEO_PREVIEW = "/files/preview/sample.mp4"

AVATARS = [
    ("Daisy-inskirt-20220818", "Daisy in skirt", "female", False),
    ("Tyler-incasualsuit-20220721", "Tyler in casual suit", "male", False),
    ("Anna_public_3_20240108", "Anna (business)", "female", True),
]
TALKING_PHOTOS = [
    ("tp-5a1c0f2e9d", "Studio portrait"),
    ("tp-8b7e44c1aa", "Outdoor portrait"),
]
DIGITAL_TWINS = [("twin-3f9a27c1", "Mara", "female")]
"""Custom video avatars (v3 looks only): filmed in front of their own room."""
BACKDROPS = {
    "tp-5a1c0f2e9d": "plain",
    "tp-8b7e44c1aa": "outdoor",
    "twin-3f9a27c1": "room",
    "Tyler-incasualsuit-20220721": "plain",
}
"""Each custom look's own backdrop (clipmedia.PLATES): what an MP4 of it shows around
the presenter, since only studio avatars are rendered on the asked background colour."""
VOICES = [
    ("2d5b0e6cf36f460aa7fc47e3eee4ba54", "Rachel", "English", "female", True),
    ("1bd001e7e50f421d891986aad5158bc8", "Paul", "English", "male", False),
    ("a04d81d19afd436db611060682276331", "Clara", "German", "female", True),
    ("e3ab1a0b3f7a4c3a8b6c5e2d7f9a1c20", "Lucas", "Portuguese", "male", False),
]


def avatars_data(base_url: str) -> dict[str, Any]:
    return {
        "avatars": [
            {
                "avatar_id": avatar_id,
                "avatar_name": name,
                "gender": gender,
                "preview_image_url": base_url + AVATAR_PREVIEW,
                "preview_video_url": None if premium else base_url + VIDEO_PREVIEW,
                "premium": premium,
            }
            for avatar_id, name, gender, premium in AVATARS
        ],
        "talking_photos": [
            {
                "talking_photo_id": photo_id,
                "talking_photo_name": name,
                "preview_image_url": base_url + AVATAR_PREVIEW,
            }
            for photo_id, name in TALKING_PHOTOS
        ],
    }


def voices_data(base_url: str) -> dict[str, Any]:
    return {
        "voices": [
            {
                "voice_id": voice_id,
                "name": name,
                "language": language,
                "gender": gender,
                "preview_audio": base_url + VOICE_PREVIEW if has_preview else None,
                "support_pause": True,
                "emotion_support": language == "English",
            }
            for voice_id, name, language, gender, has_preview in VOICES
        ]
    }


LOOK_SIZES = {"avatar": (1080, 1920), "talking_photo": (768, 1024)}


def look_type(look_id: str) -> str | None:
    """The `avatar_type` of a look (None: no such look). Only studio avatars are matted:
    they accept `output_format: "webm"` and `remove_background`; custom looks refuse both."""
    if look_id in LOOK_TYPES:
        return LOOK_TYPES[look_id]
    return "photo_avatar" if any(look_id == photo[0] for photo in TALKING_PHOTOS) else None


LOOK_TYPES = {
    "Daisy-inskirt-20220818": "studio_avatar",
    "Anna_public_3_20240108": "studio_avatar",
    "Tyler-incasualsuit-20220721": "digital_twin",  # filmed in front of its own backdrop
    **{twin[0]: "digital_twin" for twin in DIGITAL_TWINS},
}
ENGINES = {
    "studio_avatar": ["avatar_iii", "avatar_iv"],
    "digital_twin": ["avatar_iii", "avatar_iv", "avatar_v"],  # Avatar V: twins only
    "photo_avatar": ["avatar_iv"],
}
"""`supported_api_engines` per look kind (Avatar III on a photo avatar is "Photo Avatar",
which HeyGen's newer photo looks no longer offer: the sandbox's photos take Avatar IV)."""
VOICE_ENGINES = {
    "2d5b0e6cf36f460aa7fc47e3eee4ba54": ("starfish", "elevenlabs"),
    "1bd001e7e50f421d891986aad5158bc8": ("starfish",),
    "a04d81d19afd436db611060682276331": ("elevenlabs",),
    "e3ab1a0b3f7a4c3a8b6c5e2d7f9a1c20": ("fish",),
}
"""Which engines each voice works with (`GET /v3/voices?engine=`): speech needs starfish,
ElevenLabs settings need elevenlabs."""
PRIVATE_VOICES = [
    ("c1a0e5f7d2b84c6e9f3a1b2c4d5e6f70", "My voice (clone)", "English", "female", True),
]
"""The account's cloned voices (`GET /v3/voices?type=private`)."""
CLONE_ENGINES = ("starfish", "elevenlabs")


def looks_data(base_url: str) -> list[dict[str, Any]]:
    """`GET /v3/avatars/looks` items (gen/avatar.go): every avatar and talking photo as a
    look, with its real image size (video avatars portrait 1080x1920, photos 768x1024).
    Looks say nothing of matting: HeyGen's schema has no such field."""
    looks = []
    for look_id, name, gender, _premium in AVATARS:
        looks.append(_look(look_id, name, gender, LOOK_TYPES[look_id], base_url))
    for look_id, name, gender in DIGITAL_TWINS:
        looks.append(_look(look_id, name, gender, "digital_twin", base_url))
    for look_id, name in TALKING_PHOTOS:
        looks.append(_look(look_id, name, None, "photo_avatar", base_url))
    return looks


def _look(
    look_id: str, name: str, gender: str | None, avatar_type: str, base_url: str
) -> dict[str, Any]:
    width, height = LOOK_SIZES["talking_photo" if avatar_type == "photo_avatar" else "avatar"]
    return {
        "id": look_id,
        "name": name,
        "avatar_type": avatar_type,
        "group_id": f"group-{look_id}",
        "gender": gender,
        "default_voice_id": VOICES[0][0],
        "image_width": width,
        "image_height": height,
        "preferred_orientation": "portrait",
        "preview_image_url": base_url + AVATAR_PREVIEW,
        "preview_video_url": base_url + VIDEO_PREVIEW,
        "status": "completed",
        "supported_api_engines": ENGINES[avatar_type],
        "tags": [],
    }


def v3_voices_data(base_url: str, kind: str = "public", extra: int = 0) -> list[dict[str, Any]]:
    """`GET /v3/voices` items (gen/voice.go) of `kind` (public: the library, `extra` more
    made-up voices after the named ones; private: the account's clones)."""
    if kind == "private":
        return [_voice(v, "private", base_url) for v in PRIVATE_VOICES]
    made_up = [
        (f"{index:032x}", f"Voice {index}", "English", "male", False) for index in range(extra)
    ]
    return [_voice(v, "public", base_url) for v in [*VOICES, *made_up]]


def voice_engines(voice_id: str) -> tuple[str, ...]:
    if any(voice_id == v[0] for v in PRIVATE_VOICES):
        return CLONE_ENGINES
    return VOICE_ENGINES.get(voice_id, ("starfish",))  # made-up voices: the default engine


def _voice(voice: tuple[str, str, str, str, bool], kind: str, base_url: str) -> dict[str, Any]:
    voice_id, name, language, gender, has_preview = voice
    return {
        "voice_id": voice_id,
        "name": name,
        "language": language,
        "gender": gender,
        "preview_audio_url": base_url + VOICE_PREVIEW if has_preview else None,
        "support_pause": True,
        "support_locale": language == "English",
        "type": kind,
    }
