"""Project files: round trips, atomic saves with backup, clear errors that change nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from composer.model.enums import BackgroundType
from composer.model.request import build_request
from composer.projectfile import (
    FORMAT_VERSION,
    ProjectFileError,
    load_any,
    load_project,
    save_project,
)
from composer.projectfile import format as fmt
from composer.resources import example_project
from composer.storage import atomic
from composer.storage.atomic import backup_path
from tests.support.builders import seed_example_request, valid_project


def test_save_then_load_gives_an_equal_project(tmp_path: Path) -> None:
    project = valid_project(3)
    path = tmp_path / "p.scene.json"
    save_project(project, path)
    assert load_project(path) == project


def test_saving_keeps_the_previous_file_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "p.scene.json"
    first, second = valid_project(1), valid_project(2)
    save_project(first, path)
    save_project(second, path)
    assert load_project(path) == second
    assert load_project(backup_path(path)) == first


def test_a_failure_mid_save_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.scene.json"
    save_project(valid_project(1), path)
    before = path.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        save_project(valid_project(5), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.scene.json"]  # no temp left


def test_unknown_keys_survive_a_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "p.scene.json"
    save_project(valid_project(1), path)
    data = json.loads(path.read_text())
    data["ui_state"] = {"zoom": 2}
    data["project"]["future_flag"] = True
    data["scenes"][0]["character"]["aura"] = "gold"
    path.write_text(json.dumps(data))
    project = load_project(path)
    out = tmp_path / "out.scene.json"
    save_project(project, out)
    again = json.loads(out.read_text())
    assert again["ui_state"] == {"zoom": 2}
    assert again["project"]["future_flag"] is True
    assert again["scenes"][0]["character"]["aura"] == "gold"


def test_media_beside_the_project_is_stored_relative(tmp_path: Path) -> None:
    media = tmp_path / "media" / "bg.png"
    media.parent.mkdir()
    media.write_bytes(b"png")
    elsewhere = tmp_path.parent / "elsewhere.png"
    project = valid_project(2)
    for scene, file in zip(project.scenes, (media, elsewhere), strict=True):
        scene.background.type = BackgroundType.IMAGE
        scene.background.local_file = str(file)
    path = tmp_path / "p.scene.json"
    save_project(project, path)
    stored = json.loads(path.read_text())["scenes"]
    assert stored[0]["background"]["local_file"] == "media/bg.png"
    assert stored[1]["background"]["local_file"] == str(elsewhere)
    moved = tmp_path / "moved"
    moved.mkdir()
    (moved / "media").mkdir()
    (moved / "media" / "bg.png").write_bytes(b"png")
    (moved / "p.scene.json").write_bytes(path.read_bytes())
    reopened = load_project(moved / "p.scene.json")
    assert reopened.scenes[0].background.local_file == str(moved / "media" / "bg.png")


def test_the_example_project_loads_and_is_valid() -> None:
    from composer.model.validate import validate

    project = load_project(example_project())
    assert len(project.scenes) == 3
    assert {s.background.type for s in project.scenes} == set(BackgroundType)
    assert any(s.text for s in project.scenes)
    assert validate(project) == []


def test_load_any_opens_a_raw_request_body(tmp_path: Path) -> None:
    path = tmp_path / "body.json"
    path.write_text(json.dumps(seed_example_request()))
    assert build_request(load_any(path)) == seed_example_request()


def _write(tmp_path: Path, content: bytes) -> Path:
    path = tmp_path / "bad.scene.json"
    path.write_bytes(content)
    return path


def _doc(**changes: object) -> bytes:
    data = {
        "format": "scene-composer-project",
        "version": FORMAT_VERSION,
        "project": {},
        "scenes": [],
    }
    data.update(changes)
    return json.dumps(data).encode()


BAD_FILES = [
    (
        "truncated",
        b'{"format": "scene-composer-project", "version": 1, "scenes": [',
        "line 1",
        "ends too early",
    ),
    ("not json", b"hello", "line 1, column 1", "damaged"),
    ("binary", b"\xff\xfe\x00\x81", "byte", "not a text"),
    ("a list", b"[]", "", "neither a Scene Composer project nor a HeyGen request"),
    ("newer version", _doc(version=FORMAT_VERSION + 1), "", "newer Scene Composer"),
    ("bad version", _doc(version="one"), "version", "whole number"),
    ("a scene not an object", _doc(scenes=["hello"]), "scenes[0]", "must be an object"),
    ("scenes not a list", _doc(scenes={}), "scenes", "list"),
    ("deep nesting", b"[" * 100_000 + b"]" * 100_000, "", "nested too deeply"),
    (
        "huge int",
        b'{"format": "scene-composer-project", "version": 1' + b"9" * 5000 + b"}",
        "",
        "can't be read",
    ),
]


@pytest.mark.parametrize(
    ("name", "content", "where", "what"), BAD_FILES, ids=[b[0] for b in BAD_FILES]
)
def test_bad_files_give_one_clear_error_and_stay_unchanged(
    tmp_path: Path, name: str, content: bytes, where: str, what: str
) -> None:
    path = _write(tmp_path, content)
    stat = path.stat()
    with pytest.raises(ProjectFileError) as info:
        load_any(path)
    message = str(info.value)
    assert "bad.scene.json" in message and what in message, message
    assert where in info.value.where
    assert path.read_bytes() == content and path.stat().st_mtime_ns == stat.st_mtime_ns
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.scene.json"]


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="does not exist"):
        load_project(tmp_path / "nope.scene.json")


def test_older_versions_are_migrated_step_by_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pretend the current format is one newer, with a migration that renames a key."""

    current = fmt.FORMAT_VERSION

    def to_next(document: dict) -> dict:
        document = dict(document)
        document["project"] = dict(document["project"], title=document.pop("old_title"))
        document["version"] = current + 1
        return document

    monkeypatch.setattr(fmt, "FORMAT_VERSION", current + 1)
    monkeypatch.setitem(fmt.MIGRATIONS, current, to_next)
    path = _write(tmp_path, _doc(version=current, old_title="Migrated"))
    assert load_project(path).title == "Migrated"


def test_saves_are_written_in_place_by_replace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The final step of a save is one os.replace onto the real name."""
    calls: list[tuple[str, str]] = []
    real = os.replace
    monkeypatch.setattr(
        atomic.os, "replace", lambda a, b: (calls.append((str(a), str(b))), real(a, b))[1]
    )
    path = tmp_path / "p.scene.json"
    save_project(valid_project(), path)
    assert calls[-1][1] == str(path) and calls[-1][0] != str(path)
