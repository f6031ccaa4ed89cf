"""Values this version can't use (an enum value HeyGen added, a wrong JSON type, a
non-integer pitch) load, are listed with scene and field, and are written back unchanged.

Each kind of value is checked alone (exactly one error, at its field; the body builds
back byte for byte), then all ten at once through the real `validate` and `payload`
commands, and through a project file saved and reopened.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from composer.model.request import build_request, project_from_request
from composer.model.validate import validate
from composer.projectfile import load_any, load_project, save_project
from tests.core.test_cli_validate import run


def _scene() -> dict[str, Any]:
    return {
        "character": {"type": "avatar", "avatar_id": "a1", "avatar_style": "normal"},
        "voice": {"type": "text", "voice_id": "v1", "input_text": "Hello."},
        "background": {"type": "color", "value": "#FFFFFF"},
    }


def _body(*changes: tuple[str, Any]) -> dict[str, Any]:
    """A valid two-scene body with each `(path, value)` set: "1.voice.pitch" is in scene 1,
    a path without a scene number is at the top level."""
    body: dict[str, Any] = {
        "title": "Held",
        "dimension": {"width": 1280, "height": 720},
        "video_inputs": [_scene(), _scene()],
    }
    for path, value in changes:
        *parents, leaf = path.split(".")
        obj: Any = body
        if parents and parents[0].isdigit():
            obj = body["video_inputs"][int(parents.pop(0)) - 1]
        for name in parents:
            obj = obj.setdefault(name, {})
        obj[leaf] = value
    return body


WRONG_VALUES = [
    ("unknown avatar style", "1.character.avatar_style", "fullBody"),
    ("unknown background type", "1.background.type", "gradient"),
    ("unknown ElevenLabs model", "2.voice.elevenlabs_settings.model", "eleven_v9"),
    ("pitch not a whole number", "1.voice.pitch", 2.5),
    ("unknown emotion", "2.voice.emotion", "Angry"),
    ("speed as text", "1.voice.speed", "fast"),
    ("caption as text", "caption", "yes"),
    ("width as text", "dimension.width", "1920"),
    ("offset as a list", "2.character.offset", [0, 0]),
    ("switch as text", "2.character.matting", "yes"),
]


def _json_path(path: str) -> str:
    head, _, rest = path.partition(".")
    return f"video_inputs[{int(head) - 1}].{rest}" if head.isdigit() else path


@pytest.mark.parametrize(("kind", "path", "value"), WRONG_VALUES, ids=[w[0] for w in WRONG_VALUES])
def test_each_wrong_value_is_one_error_at_its_field_and_builds_back(
    kind: str, path: str, value: Any
) -> None:
    body = _body((path, value))
    project = project_from_request(copy.deepcopy(body))
    errors = [p for p in validate(project) if p.is_error]
    assert [p.json_path for p in errors] == [_json_path(path)], kind
    assert json.dumps(build_request(project)) == json.dumps(body)


def _write(path: Path, body: dict[str, Any]) -> Path:
    path.write_text(json.dumps(body, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return path


def test_all_ten_are_listed_at_once_by_validate_and_payload_gives_the_file_back(
    tmp_path: Path,
) -> None:
    path = _write(tmp_path / "body.json", _body(*((p, v) for _, p, v in WRONG_VALUES)))
    checked = run("validate", str(path))
    assert checked.returncode == 1, checked.stderr
    errors = [line for line in checked.stdout.splitlines() if line.startswith("error:")]
    assert len(errors) == len(WRONG_VALUES)
    for (_, where, value), line in zip(
        sorted(WRONG_VALUES, key=lambda w: _order(w[1])), errors, strict=True
    ):
        scene = where.split(".")[0]
        assert f"{_json_path(where)}:" in line
        assert (f"Scene {scene}," if scene.isdigit() else "Project,") in line
        if not isinstance(value, list):
            assert repr(value) in line
    assert ".bak" not in checked.stderr and "Traceback" not in checked.stderr
    built = run("payload", str(path))
    assert built.returncode == 0, built.stderr
    assert built.stdout == path.read_text("utf-8")


def _order(path: str) -> tuple[int, int]:
    """Where `validate` lists a problem: the project's first, then scene by scene in the
    walk's order (character, voice, voice.elevenlabs_settings, background)."""
    head, _, rest = path.partition(".")
    if not head.isdigit():
        return (0, 0)
    ranks = {"voice.elevenlabs_settings": 2, "character": 0, "voice": 1, "background": 3}
    return (int(head), next(rank for part, rank in ranks.items() if rest.startswith(part)))


def test_a_project_file_keeps_them_through_save(tmp_path: Path) -> None:
    body = _body(*((p, v) for _, p, v in WRONG_VALUES))
    project = load_any(_write(tmp_path / "body.json", body))
    target = tmp_path / "held.scene.json"
    save_project(project, target)
    reopened = load_project(target)
    assert len([p for p in validate(reopened) if p.is_error]) == len(WRONG_VALUES)
    # every value as it was (a project file keeps the scenes apart from the top-level keys)
    assert json.dumps(build_request(reopened), sort_keys=True) == json.dumps(body, sort_keys=True)
    saved = json.loads(target.read_text("utf-8"))
    assert saved["scenes"][0]["character"]["avatar_style"] == "fullBody"
    assert saved["project"]["dimension"] == {"width": "1920", "height": 720}


def test_choosing_a_value_replaces_the_held_one() -> None:
    from composer.model.enums import AvatarStyle
    from composer.model.paths import NOT_HELD, held_at, set_path

    project = project_from_request(_body(("1.character.avatar_style", "fullBody")))
    scene = project.scenes[0]
    assert held_at(scene, "character.avatar_style") == "fullBody"
    set_path(scene, "character.avatar_style", AvatarStyle.CLOSE_UP)
    assert held_at(scene, "character.avatar_style") is NOT_HELD
    assert build_request(project)["video_inputs"][0]["character"]["avatar_style"] == "closeUp"
    assert not [p for p in validate(project) if p.is_error]


def test_editing_inside_an_object_held_as_it_was_replaces_it() -> None:
    from composer.model.paths import set_path

    project = project_from_request(_body(("1.character.offset", [0, 0])))
    set_path(project.scenes[0], "character.offset.x", 0.25)
    assert build_request(project)["video_inputs"][0]["character"]["offset"] == {"x": 0.25}
    assert not [p for p in validate(project) if p.is_error]
