"""The v3 studio mapping, table by table, checked against the sandbox's independent v3
schema; and a property: every project maps to a body that schema accepts, or the v3
route's check names the scene and field that stop it."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings

from composer.heygen.schemas import problem
from composer.model.enums import (
    AvatarStyle,
    BackgroundType,
    CharacterType,
    ElevenLabsModel,
    Emotion,
    PlayStyle,
    VoiceType,
)
from composer.model.project import (
    Background,
    Character,
    Dimension,
    ElevenLabsSettings,
    Offset,
    Project,
    Scene,
    TextOverlay,
    Voice,
)
from composer.model.validate import errors
from composer.routes.v3_engines import CatalogueFacts
from composer.routes.v3_losses import check, losses, summary_lines
from composer.routes.v3_mapping import NotMappable, output_for, scene_body, studio_body
from tests.support.builders import valid_project, valid_scene
from tests.support.strategies import projects

ELEVEN_VOICE_1 = CatalogueFacts(elevenlabs_voices=frozenset({"voice-1"}))
"""The account's catalogue says voice-1 takes ElevenLabs settings."""


def scene(change: Callable[[Scene], None]) -> Scene:
    made = valid_scene()
    change(made)
    return made


def image_bg(s: Scene) -> None:
    s.background = Background(type=BackgroundType.IMAGE, url="https://media.example/a.jpg")


def video_bg(s: Scene, play: PlayStyle | None = None) -> None:
    s.background = Background(type=BackgroundType.VIDEO, video_asset_id="vid-1", play_style=play)


def silent(s: Scene) -> None:
    s.voice = Voice(type=VoiceType.SILENCE, duration="4")


def no_presenter(s: Scene) -> None:
    s.character = Character(type=CharacterType.AVATAR)


def talking_photo_audio(s: Scene) -> None:
    s.character = Character(
        type=CharacterType.TALKING_PHOTO,
        talking_photo_id="tp-1",
        use_avatar_iv_model=True,
        prompt="nods warmly",
    )
    s.voice = Voice(type=VoiceType.AUDIO, audio_asset_id="aud-1")


def eleven(s: Scene) -> None:
    s.voice.speed, s.voice.pitch, s.voice.locale = 1.1, 5, "en-GB"
    s.voice.elevenlabs_settings = ElevenLabsSettings(
        model=ElevenLabsModel.MULTILINGUAL_V2, stability=0.5, similarity_boost=0.7, style=0.1
    )


MAPPINGS: list[tuple[str, Callable[[Scene], None], dict[str, Any]]] = [
    (
        "avatar with a script on colour",
        lambda s: None,
        {
            "type": "avatar_video",
            "input": {
                "type": "avatar",
                "avatar_id": "avatar-1",
                "script": "Hello there.",
                "voice_id": "voice-1",
                "background": {"type": "color", "color": "#112233"},
            },
        },
    ),
    (
        "talking photo, audio asset, Avatar IV and prompt",
        talking_photo_audio,
        {
            "type": "avatar_video",
            "input": {
                "type": "avatar",
                "avatar_id": "tp-1",
                "audio_asset_id": "aud-1",
                "engine": {"type": "avatar_iv"},
                "motion_prompt": "nods warmly",
                "background": {"type": "color", "color": "#112233"},
            },
        },
    ),
    (
        "ElevenLabs settings as engine_settings",
        eleven,
        {
            "type": "avatar_video",
            "input": {
                "type": "avatar",
                "avatar_id": "avatar-1",
                "script": "Hello there.",
                "voice_id": "voice-1",
                "voice_settings": {
                    "speed": 1.1,
                    "pitch": 5,
                    "locale": "en-GB",
                    "engine_settings": {
                        "engine_type": "elevenlabs",
                        "model": "eleven_multilingual_v2",
                        "stability": 0.5,
                        "similarity_boost": 0.7,
                        "style": 0.1,
                    },
                },
                "background": {"type": "color", "color": "#112233"},
            },
        },
    ),
    (
        "avatar in front of an image: the image is dropped",
        image_bg,
        {
            "type": "avatar_video",
            "input": {
                "type": "avatar",
                "avatar_id": "avatar-1",
                "script": "Hello there.",
                "voice_id": "voice-1",
                "background": {"type": "color", "color": "#FFFFFF"},
            },
        },
    ),
    (
        "silence on an image: a silent image of that length",
        lambda s: (image_bg(s), silent(s)),
        {
            "type": "image",
            "source": {"type": "url", "url": "https://media.example/a.jpg"},
            "duration": 4.0,
        },
    ),
    (
        "no presenter, script on an image: narrated image",
        lambda s: (image_bg(s), no_presenter(s)),
        {
            "type": "image",
            "source": {"type": "url", "url": "https://media.example/a.jpg"},
            "script": "Hello there.",
            "voice_id": "voice-1",
        },
    ),
    (
        "no presenter on a video with a voice-over: the clip alone (v3 takes no narration)",
        lambda s: (video_bg(s, PlayStyle.LOOP), no_presenter(s)),
        {"type": "video", "source": {"type": "asset_id", "asset_id": "vid-1"}},
    ),
    (
        "silence on a video: the clip alone",
        lambda s: (video_bg(s), silent(s)),
        {"type": "video", "source": {"type": "asset_id", "asset_id": "vid-1"}},
    ),
]


@pytest.mark.parametrize(("case", "change", "expected"), MAPPINGS, ids=[m[0] for m in MAPPINGS])
def test_each_scene_kind_maps_as_v3_expects(
    case: str, change: Callable[[Scene], None], expected: dict[str, Any]
) -> None:
    body = scene_body(0, scene(change), ELEVEN_VOICE_1)
    assert body == expected
    assert problem("POST /v3/videos", "request", {"type": "studio", "scenes": [body]}) is None


def test_a_silent_presenter_on_a_colour_cannot_be_rendered_and_says_why() -> None:
    with pytest.raises(NotMappable) as caught:
        scene_body(2, scene(silent))
    assert caught.value.field == "voice.type" and "speaks" in str(caught.value)
    project = valid_project(1)
    project.scenes = [scene(silent)]
    [problem] = errors(check(project))
    assert (problem.scene_index, problem.field) == (0, "voice.type")


@pytest.mark.parametrize(
    ("width", "height", "aspect", "resolution", "exact"),
    [
        (1920, 1080, "16:9", "1080p", True),
        (1080, 1920, "9:16", "1080p", True),
        (1280, 720, "16:9", "720p", True),
        (3840, 2160, "16:9", "4k", True),
        (1080, 1080, "1:1", "1080p", True),
        (1000, 1000, "1:1", "1080p", False),
        (1600, 1280, "5:4", "1080p", False),
        (2000, 1000, "16:9", "1080p", False),
    ],
)
def test_dimension_becomes_the_nearest_preset(
    width: int, height: int, aspect: str, resolution: str, exact: bool
) -> None:
    output = output_for(width, height)
    assert (output.aspect_ratio, output.resolution, output.exact) == (aspect, resolution, exact)
    project = valid_project(1)
    project.dimension = Dimension(width, height)
    said = [p.message for p in check(project) if p.field == "dimension"]
    assert bool(said) is not exact
    if said:
        assert f"{resolution} at {aspect}" in said[0] and f"{width}×{height}" in said[0]


def test_title_caption_and_callback_carry_over() -> None:
    project = valid_project(2)
    project.caption, project.callback_id = True, "cb-1"
    body = studio_body(project)
    assert body["caption"] == {"file_format": "srt", "style": "default"}  # burnt in, and SRT
    assert body["callback_id"] == "cb-1"
    assert body["title"] == "Test" and len(body["scenes"]) == 2
    assert problem("POST /v3/videos", "request", body) is None


DROPS = [
    ("character.offset", lambda s: setattr(s.character, "offset", Offset(0.2, 0.0))),
    ("character.scale", lambda s: setattr(s.character, "scale", 0.6)),
    ("character.avatar_style", lambda s: setattr(s.character, "avatar_style", AvatarStyle.CIRCLE)),
    (
        "character.circle_background_color",
        lambda s: (
            setattr(s.character, "avatar_style", AvatarStyle.CIRCLE),
            setattr(s.character, "circle_background_color", "#FF0000"),
        ),
    ),
    ("character.matting", lambda s: setattr(s.character, "matting", True)),
    ("text", lambda s: setattr(s, "text", TextOverlay(text="Hi", line_height=1.2))),
    ("background.type", image_bg),
    ("voice.emotion", lambda s: setattr(s.voice, "emotion", Emotion.FRIENDLY)),
    ("background.play_style", lambda s: (video_bg(s, PlayStyle.LOOP), silent(s))),
    ("background.play_style", lambda s: (video_bg(s, PlayStyle.FREEZE), no_presenter(s))),
    ("voice.type", lambda s: (video_bg(s), no_presenter(s))),
    ("character", lambda s: (image_bg(s), silent(s))),
]


@pytest.mark.parametrize(("field", "change"), DROPS, ids=[d[0] for d in DROPS])
def test_what_v3_drops_is_a_warning_on_that_scene_and_field(
    field: str, change: Callable[[Scene], None]
) -> None:
    project = valid_project(2)
    project.scenes[1] = scene(change)
    dropped = [p for p in check(project) if not p.is_error and p.scene_index == 1]
    assert field in [p.field for p in dropped]
    assert not [p for p in check(project) if p.scene_index == 0]


def test_the_summary_counts_scenes_per_loss() -> None:
    project = valid_project(4)
    for s in project.scenes[:3]:
        s.text = TextOverlay(text="Hi", line_height=1.2)
    project.scenes[3].character.offset = Offset(0.3, 0.0)
    lines = summary_lines(losses(project))
    assert lines == [
        "3 scenes lose their text overlay",
        "1 scene loses the presenter's size and position",
    ]


@settings(max_examples=150, deadline=None)
@given(projects)
def test_every_project_maps_to_an_accepted_body_or_a_named_reason(project: Project) -> None:
    project = copy.deepcopy(project)
    problems = errors(check(project))
    if problems:
        assert all(p.message and (p.scene_index is not None or p.field) for p in problems)
        return
    assert problem("POST /v3/videos", "request", studio_body(project)) is None
