"""Bodies HeyGen's own tools send validate (exit 0) and build back byte for byte.

Each row is the body one of HeyGen's public clients builds, written out as that client
serialises it (JavaScript writes `1.0` as `1`; pydantic keeps `1.0` and `None` → null):

- heygen-com/heygen-mcp, `heygen_mcp/api_client.py` (commit 3f87d112be61):
  `VideoGenerateRequest.model_dump()`: `title: ""`, `test: false`, `callback_id: null`,
  `aspect_ratio: null`, `caption: false`, and a `VideoInput` with no `background` at all.
- heygen-com/n8n-integration-heygen-node,
  `nodes/Heygen/operations/video_creation/api_requests.ts` (commit 35af01fc585c):
  `createAvatarVideoApi`: `caption`, `test`, then `dimension` and `video_inputs`; a
  talking photo gets `talking_photo_style: input.talkingPhotoStyle || ''` (an empty
  string), silence `duration: input.duration || 1.0` (a number), `scale`/`offset`
  defaults, and a scene gets no `background` when no background type is picked.
- the same node's earlier `nodes/Heygen/HeygenNode.node.ts` (one file before the
  operations were split out): `talking_photo_style || 'square'`, and `locale`/`emotion`
  on text voices.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from composer.cli import main
from composer.model.request import build_request, project_from_request
from composer.model.validate import validate

MCP_AVATAR = {
    "title": "",
    "video_inputs": [
        {
            "character": {
                "type": "avatar",
                "avatar_id": "Angela-inTshirt-20220820",
                "avatar_style": "normal",
                "scale": 1.0,
            },
            "voice": {
                "type": "text",
                "input_text": "Welcome to our product tour.",
                "voice_id": "1bd001e7e50f421d891986aad5158bc8",
            },
        }
    ],
    "test": False,
    "callback_id": None,
    "dimension": {"width": 1280, "height": 720},
    "aspect_ratio": None,
    "caption": False,
}

N8N_AVATAR_COLOUR = {
    "caption": False,
    "test": False,
    "title": "Launch",
    "callback_id": "crm-4711",
    "dimension": {"width": 1280, "height": 720},
    "video_inputs": [
        {
            "character": {
                "type": "avatar",
                "avatar_id": "Angela-inTshirt-20220820",
                "scale": 1,
                "avatar_style": "normal",
                "offset": {"x": 0, "y": 0},
            },
            "voice": {
                "type": "text",
                "voice_id": "1bd001e7e50f421d891986aad5158bc8",
                "input_text": "Hello from n8n.",
                "speed": 1,
            },
            "background": {"type": "color", "value": "#f6f6fc"},
        }
    ],
}

N8N_PHOTO_SILENCE_NO_BACKGROUND = {
    "caption": False,
    "test": True,
    "dimension": {"width": 1280, "height": 720},
    "video_inputs": [
        {
            "character": {
                "type": "talking_photo",
                "talking_photo_id": "516f9956df494a4c961262d642df82e7",
                "scale": 1,
                "talking_photo_style": "",
                "offset": {"x": 0, "y": 0},
                "talking_style": "stable",
                "expression": "default",
            },
            "voice": {"type": "silence", "duration": 1},
        }
    ],
}

N8N_AUDIO_IMAGE_AND_VIDEO = {
    "caption": False,
    "test": False,
    "folder_id": "f-1",
    "callback_url": "https://hooks.example.com/heygen",
    "dimension": {"width": 1280, "height": 720},
    "video_inputs": [
        {
            "character": {
                "type": "avatar",
                "avatar_id": "Angela-inTshirt-20220820",
                "scale": 0.8,
                "avatar_style": "circle",
                "offset": {"x": 0.25, "y": 0},
            },
            "voice": {"type": "audio", "audio_url": "https://cdn.example.com/intro.mp3"},
            "background": {
                "type": "image",
                "url": "https://cdn.example.com/office.jpg",
                "fit": "cover",
            },
        },
        {
            "character": {
                "type": "avatar",
                "avatar_id": "Angela-inTshirt-20220820",
                "scale": 1,
                "avatar_style": "closeUp",
                "offset": {"x": 0, "y": 0},
            },
            "voice": {"type": "silence", "duration": 2.5},
            "background": {
                "type": "video",
                "url": "https://cdn.example.com/loop.mp4",
                "play_style": "fit_to_scene",
                "fit": "cover",
            },
        },
    ],
}

N8N_EARLIER_PHOTO_SQUARE = {
    "caption": True,
    "dimension": {"width": 1920, "height": 1080},
    "video_inputs": [
        {
            "character": {
                "type": "talking_photo",
                "talking_photo_id": "516f9956df494a4c961262d642df82e7",
                "scale": 1,
                "talking_photo_style": "square",
                "offset": {"x": 0, "y": 0},
                "talking_style": "expressive",
                "expression": "happy",
            },
            "voice": {
                "type": "text",
                "voice_id": "1bd001e7e50f421d891986aad5158bc8",
                "input_text": "Hi there.",
                "locale": "en-US",
                "emotion": "Friendly",
                "speed": 1,
            },
            "background": {"type": "color", "value": "#f6f6fc"},
        }
    ],
}

BODIES = [
    # (name, body, warnings expected at these JSON paths: useful, never an error)
    ("heygen-mcp avatar, nulls, no background", MCP_AVATAR, []),
    ("n8n avatar on colour", N8N_AVATAR_COLOUR, []),
    (
        "n8n talking photo, empty style, silence as a number, test, no background",
        N8N_PHOTO_SILENCE_NO_BACKGROUND,
        ["test", "video_inputs[0].character.talking_photo_style"],
    ),
    ("n8n audio on image, silence on video", N8N_AUDIO_IMAGE_AND_VIDEO, []),
    (
        "n8n (earlier node) square talking photo, locale, emotion",
        N8N_EARLIER_PHOTO_SQUARE,
        ["video_inputs[0].character.talking_photo_style"],
    ),
]


@pytest.mark.parametrize(("name", "body", "warned"), BODIES, ids=[b[0] for b in BODIES])
def test_heygen_produced_bodies_validate_and_build_back_byte_for_byte(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    body: dict[str, Any],
    warned: list[str],
) -> None:
    text = json.dumps(body, indent=2, ensure_ascii=False) + "\n"
    path = tmp_path / "body.json"
    path.write_text(text, "utf-8")

    problems = validate(project_from_request(json.loads(text)))
    assert [p.json_path for p in problems] == warned, name
    assert main(["validate", str(path)]) == 0
    capsys.readouterr()
    assert main(["payload", str(path)]) == 0
    assert capsys.readouterr().out == text  # nothing added, nothing dropped, nulls kept


def test_a_scene_without_background_gets_none_invented() -> None:
    project = project_from_request(json.loads(json.dumps(MCP_AVATAR)))
    assert project.scenes[0].background is None
    assert "background" not in build_request(project)["video_inputs"][0]
