"""Small builders for valid projects and scenes, shared by the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from composer.model.enums import AvatarStyle, BackgroundType, CharacterType, VoiceType
from composer.model.project import Background, Character, Dimension, Project, Scene, Voice

SEED = Path(__file__).resolve().parents[1] / "data" / "heygen-v2-video-generate.txt"
"""A copy of ../shared/seeds/...; tests/core/test_seed_copy.py checks it matches the original."""
SHARED_SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / SEED.name


def seed_example_request() -> dict[str, Any]:
    """The seed's own "Example Request", parsed from the seed text."""
    text = SEED.read_text("utf-8")
    start = text.index("Example Request") + len("Example Request")
    return json.loads(text[start : text.index("\nResponse\n", start)])


def valid_scene(name: str = "") -> Scene:
    return Scene(
        name=name,
        character=Character(
            type=CharacterType.AVATAR, avatar_id="avatar-1", avatar_style=AvatarStyle.NORMAL
        ),
        voice=Voice(type=VoiceType.TEXT, voice_id="voice-1", input_text="Hello there."),
        background=Background(type=BackgroundType.COLOR, value="#112233"),
    )


def valid_project(scenes: int = 1) -> Project:
    return Project(
        title="Test",
        dimension=Dimension(1920, 1080),
        scenes=[valid_scene(f"S{i + 1}") for i in range(scenes)],
    )
