"""The request builder and the raw-body importer against the seed."""

from __future__ import annotations

import copy

import pytest

from composer.model.decoding import DecodeError
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
    VoiceType,
)
from composer.model.project import (
    Background,
    Character,
    Dimension,
    ElevenLabsSettings,
    Offset,
    Position,
    Project,
    Scene,
    TextOverlay,
    Voice,
)
from composer.model.request import build_request, project_from_request
from tests.support.builders import seed_example_request


def seed_example_project() -> Project:
    """The seed's example request, written by hand with the model."""
    return Project(
        title="My Legacy Video",
        caption=False,
        dimension=Dimension(1920, 1080),
        scenes=[
            Scene(
                character=Character(
                    type=CharacterType.AVATAR,
                    avatar_id="YOUR_AVATAR_ID",
                    avatar_style=AvatarStyle.NORMAL,
                ),
                voice=Voice(
                    type=VoiceType.TEXT,
                    voice_id="YOUR_VOICE_ID",
                    input_text="Welcome to the first scene of this video.",
                    speed=1.0,
                ),
                background=Background(type=BackgroundType.COLOR, value="#1a1a2e"),
            ),
            Scene(
                character=Character(
                    type=CharacterType.AVATAR,
                    avatar_id="YOUR_AVATAR_ID",
                    avatar_style=AvatarStyle.CLOSE_UP,
                ),
                voice=Voice(
                    type=VoiceType.TEXT,
                    voice_id="YOUR_VOICE_ID",
                    input_text="And here is the second scene with a different style.",
                ),
                background=Background(type=BackgroundType.COLOR, value="#16213e"),
            ),
        ],
    )


def assert_same_json(built: object, expected: object, path: str = "") -> None:
    """Key for key, with JSON types (1.0 stays a float, "2" stays a string)."""
    assert type(built) is type(expected), f"{path}: {type(built)} != {type(expected)}"
    if isinstance(expected, dict):
        assert list(built) == list(expected) or set(built) == set(expected), path
        assert set(built) == set(expected), f"{path}: keys {set(built) ^ set(expected)}"
        for key in expected:
            assert_same_json(built[key], expected[key], f"{path}.{key}")
    elif isinstance(expected, list):
        assert len(built) == len(expected), path
        for i, (b, e) in enumerate(zip(built, expected, strict=True)):
            assert_same_json(b, e, f"{path}[{i}]")
    else:
        assert built == expected, path


def test_builds_the_seed_example_request_key_for_key() -> None:
    assert_same_json(build_request(seed_example_project()), seed_example_request())


def test_import_then_build_gives_back_the_seed_example() -> None:
    body = seed_example_request()
    assert_same_json(build_request(project_from_request(copy.deepcopy(body))), body)


FULL_BODY = {
    "title": "Everything",
    "caption": True,
    "dimension": {"width": 1080, "height": 1920},
    "video_inputs": [
        {
            "character": {
                "type": "talking_photo",
                "talking_photo_id": "tp-1",
                "talking_photo_style": "circle",
                "talking_style": "expressive",
                "expression": "happy",
                "scale": 0.8,
                "offset": {"x": -0.1, "y": 0.2},
                "use_avatar_iv_model": True,
                "prompt": "nod gently",
                "keep_original_prompt": False,
                "matting": True,
                "super_resolution": True,
                "circle_background_color": "#FFFFFF",
            },
            "voice": {
                "type": "text",
                "voice_id": "v-1",
                "input_text": "Hi!",
                "speed": 1.2,
                "pitch": -10,
                "emotion": "Soothing",
                "locale": "pt-BR",
                "elevenlabs_settings": {
                    "model": "eleven_v3",
                    "similarity_boost": 0.4,
                    "stability": 0.5,
                    "style": 0.1,
                },
            },
            "background": {
                "type": "video",
                "video_asset_id": "va-1",
                "play_style": "fit_to_scene",
                "fit": "contain",
            },
            "text": {
                "type": "text",
                "text": "Sale",
                "font_family": "Arial",
                "font_size": 40.0,
                "font_weight": "bold",
                "color": "#FF0000",
                "position": {"x": 0.1, "y": 0.8},
                "text_align": "center",
                "line_height": 1.3,
                "width": 600,
            },
        },
        {
            "character": {
                "type": "avatar",
                "avatar_id": "a-1",
                "avatar_style": "circle",
                "circle_background_color": "#000000",
                "matting": False,
            },
            "voice": {"type": "audio", "audio_asset_id": "aa-1"},
            "background": {"type": "image", "url": "https://x.example/bg.png", "fit": "none"},
        },
        {
            "character": {"type": "avatar", "avatar_id": "a-1"},
            "voice": {"type": "silence", "duration": "2.5"},
            "background": {"type": "image", "image_asset_id": "ia-1", "fit": "crop"},
        },
        {
            "character": {"type": "avatar", "avatar_id": "a-1"},
            "voice": {"type": "audio", "audio_url": "https://x.example/a.mp3"},
            "background": {
                "type": "video",
                "url": "https://x.example/v.mp4",
                "play_style": "freeze",
            },
        },
    ],
    "folder_id": "f-1",
    "callback_id": "cb-1",
    "callback_url": "https://hooks.example/heygen",
}


def test_every_seed_field_survives_import_and_build() -> None:
    project = project_from_request(copy.deepcopy(FULL_BODY))
    assert_same_json(build_request(project), FULL_BODY)


def test_every_field_decodes_to_its_model_type() -> None:
    project = project_from_request(copy.deepcopy(FULL_BODY))
    first = project.scenes[0]
    assert first.character.talking_photo_style is TalkingPhotoStyle.CIRCLE
    assert first.character.talking_style is TalkingStyle.EXPRESSIVE
    assert first.character.expression is Expression.HAPPY
    assert first.voice.emotion is Emotion.SOOTHING
    assert first.voice.elevenlabs_settings == ElevenLabsSettings(
        model=ElevenLabsModel.V3, similarity_boost=0.4, stability=0.5, style=0.1
    )
    assert first.background.play_style is PlayStyle.FIT_TO_SCENE
    assert first.background.fit is Fit.CONTAIN
    assert first.text == TextOverlay(
        text="Sale",
        font_family="Arial",
        font_size=40.0,
        font_weight=FontWeight.BOLD,
        color="#FF0000",
        position=Position(0.1, 0.8),
        text_align=TextAlign.CENTER,
        line_height=1.3,
        width=600,
    )
    assert isinstance(first.voice.pitch, int)
    assert project.scenes[2].voice.duration == "2.5"
    assert project.scenes[1].character.avatar_style is AvatarStyle.CIRCLE


def test_fields_that_do_not_apply_to_the_type_are_not_sent() -> None:
    scene = Scene(
        character=Character(
            type=CharacterType.AVATAR,
            avatar_id="a",
            talking_photo_id="tp",
            talking_style=TalkingStyle.STABLE,
            offset=Offset(0.1, 0.0),
        ),
        voice=Voice(type=VoiceType.SILENCE, duration="3", voice_id="v", input_text="unused"),
        background=Background(
            type=BackgroundType.IMAGE,
            url="https://x.example/i.png",
            value="#FFFFFF",
            play_style=PlayStyle.LOOP,
        ),
    )
    body = build_request(Project(scenes=[scene]))["video_inputs"][0]
    assert body == {
        "character": {"type": "avatar", "avatar_id": "a", "offset": {"x": 0.1, "y": 0.0}},
        "voice": {"type": "silence", "duration": "3"},
        "background": {"type": "image", "url": "https://x.example/i.png"},
    }


def test_local_fields_are_never_sent() -> None:
    scene = Scene(
        name="Intro", background=Background(type=BackgroundType.IMAGE, local_file="/tmp/x.png")
    )
    body = build_request(Project(scenes=[scene]))["video_inputs"][0]
    assert "name" not in body and "id" not in body
    assert body["background"] == {"type": "image"}


def test_unknown_keys_and_local_looking_keys_in_a_body_are_kept() -> None:
    body = {
        "test": True,
        "video_inputs": [
            {
                "name": "kept",
                "character": {"type": "avatar", "avatar_id": "a", "future": 1},
                "voice": {"type": "silence", "local_file": "x"},
                "background": {"type": "color", "value": "#FFFFFF"},
            }
        ],
    }
    assert build_request(project_from_request(copy.deepcopy(body))) == body


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ([], ""),
        ({}, "video_inputs"),
        ({"video_inputs": {}}, "video_inputs"),
        ({"video_inputs": [1]}, "video_inputs[0]"),
    ],
)
def test_bodies_of_the_wrong_shape_raise_a_decode_error_naming_the_place(
    body: object, where: str
) -> None:
    with pytest.raises(DecodeError) as info:
        project_from_request(body)
    assert info.value.path == where
