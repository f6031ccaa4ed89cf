"""The project format's version 2: overlays, transitions, music and the captions' style
(composer.model.rich) are read, written, upgraded from version 1 and edited through the
document's operations."""

from __future__ import annotations

import json
from pathlib import Path

from composer.model.document import ProjectDocument, duplicate, duplicate_overlay
from composer.model.fields import Position
from composer.model.overlay_layout import moments, opacity_of, overlay_box, shows_at
from composer.model.paths import get_path, set_path
from composer.model.project import Project, default_scene
from composer.model.request import build_request
from composer.model.rich import (
    CaptionPlace,
    CaptionsStyle,
    Music,
    Overlay,
    OverlayType,
    Size,
    Transition,
    TransitionType,
)
from composer.projectfile import FORMAT_VERSION, load_project, save_project


def _rich_project(folder: Path) -> Project:
    scene = default_scene("Intro")
    scene.overlays = [
        Overlay(type=OverlayType.IMAGE, local_file=str(folder / "logo.png"), opacity=0.5),
        Overlay(text="Hello", position=Position(x=0.1, y=0.8), size=Size(0.5, 0.1), end=3),
    ]
    scene.transition_in = Transition(TransitionType.WIPE, 0.75)
    return Project(
        scenes=[scene, default_scene("Outro")],
        music=Music(local_file=str(folder / "music" / "bed.wav"), volume=0.3),
        captions_style=CaptionsStyle(position=Position(x=0.1, y=0.85), highlight_words=True),
    )


def test_a_rich_project_round_trips_with_files_beside_it_stored_relative(tmp_path: Path) -> None:
    path = tmp_path / "p.scene.json"
    save_project(_rich_project(tmp_path), path)
    document = json.loads(path.read_text())
    assert document["version"] == FORMAT_VERSION == 2
    assert document["scenes"][0]["overlays"][0]["local_file"] == "logo.png"
    assert document["project"]["music"]["local_file"] == "music/bed.wav"
    assert "overlays" not in document["scenes"][1]  # an empty list is left out

    loaded = load_project(path)
    first, second = loaded.scenes[0].overlays
    assert first.local_file == str(tmp_path / "logo.png") and first.opacity == 0.5
    assert second.text == "Hello" and second.size == Size(0.5, 0.1) and second.end == 3
    assert loaded.scenes[0].transition_in == Transition(TransitionType.WIPE, 0.75)
    assert loaded.music is not None and loaded.music.local_file == str(tmp_path / "music/bed.wav")
    assert loaded.captions_style == CaptionsStyle(
        position=Position(x=0.1, y=0.85), highlight_words=True
    )


def test_a_named_caption_place_reads_as_the_choice(tmp_path: Path) -> None:
    project = Project(scenes=[default_scene()], captions_style=CaptionsStyle(position="top"))
    save_project(project, tmp_path / "p.scene.json")
    style = load_project(tmp_path / "p.scene.json").captions_style
    assert style is not None and style.position is CaptionPlace.TOP


def test_a_version_1_file_opens_unchanged_and_is_written_as_version_2(tmp_path: Path) -> None:
    path = tmp_path / "old.scene.json"
    scene = {"id": "a1", "name": "Old", "character": {"type": "avatar"}, "voice": {"type": "text"}}
    path.write_text(
        json.dumps(
            {
                "format": "scene-composer-project",
                "version": 1,
                "project": {"title": "Old"},
                "scenes": [scene],
            }
        )
    )
    before = path.read_bytes()
    project = load_project(path)
    assert path.read_bytes() == before
    assert project.title == "Old" and project.scenes[0].overlays == []
    assert project.music is None and project.scenes[0].transition_in is None
    save_project(project, path)
    assert json.loads(path.read_text())["version"] == 2


def test_a_bad_overlay_value_is_held_not_read() -> None:
    """An opacity of 5 (more than 1) or a size of 1e308 doesn't reach the painter."""
    from composer.model.decoding import from_json

    overlay = from_json(Overlay, {"opacity": 5, "size": {"width": 1e308}}, "o", local=True)
    assert overlay.opacity is None and overlay.extra["opacity"] == 5
    assert overlay.size is not None and overlay.size.width is None


def test_nothing_rich_is_sent_in_a_request(tmp_path: Path) -> None:
    body = json.dumps(build_request(_rich_project(tmp_path)))
    for key in ("overlays", "transition_in", "music", "captions_style", "logo.png"):
        assert key not in body


def test_paths_reach_into_the_overlay_list() -> None:
    scene = default_scene()
    scene.overlays = [Overlay(text="a"), Overlay(text="b")]
    assert get_path(scene, "overlays[1].text") == "b"
    assert get_path(scene, "overlays[5].text") is None
    set_path(scene, "overlays[0].position.x", 0.25)
    assert scene.overlays[0].position == Position(x=0.25)


def test_overlay_operations_insert_move_remove_and_signal() -> None:
    doc = ProjectDocument(Project(scenes=[default_scene()]))
    seen: list[tuple[int, str]] = []
    doc.changed.connect(lambda i, path: seen.append((i, path)))
    a, b = Overlay(text="a"), Overlay(text="b")
    doc.insert_overlay(0, 0, a)
    doc.insert_overlay(0, 1, b)
    doc.move_overlay(0, 1, 0)
    assert [o.text for o in doc.scenes[0].overlays] == ["b", "a"]
    assert doc.overlay_index(0, a.id) == 1
    assert doc.remove_overlay(0, 0).text == "b"
    doc.set_value(0, "overlays[0].opacity", 0.4)
    assert doc.scenes[0].overlays[0].opacity == 0.4
    assert seen == [(0, "overlays")] * 4 + [(0, "overlays[0].opacity")]


def test_duplicates_get_new_overlay_ids() -> None:
    scene = default_scene()
    scene.overlays = [Overlay(text="a", position=Position(x=0.1, y=0.1))]
    again = duplicate(scene, "Copy")
    assert again.overlays[0].id != scene.overlays[0].id
    twin = duplicate_overlay(scene.overlays[0])
    assert twin.id != scene.overlays[0].id and twin.position == Position(x=0.12, y=0.12)


def test_overlay_box_time_and_opacity() -> None:
    overlay = Overlay(position=Position(x=0.5, y=0.25), size=Size(0.25, 0.5), start=1, end=2)
    box = overlay_box(overlay, 1920, 1080)
    assert (box.x, box.y, box.w, box.h) == (960, 270, 480, 540)
    assert [shows_at(overlay, t) for t in (0.5, 1.0, 1.99, 2.0, None)] == [
        False,
        True,
        True,
        False,
        True,
    ]
    overlay.hidden = True
    assert not shows_at(overlay, None)
    assert opacity_of(Overlay(opacity=0.3)) == 0.3 and opacity_of(Overlay()) == 1.0
    assert moments([Overlay(start=1, end=9), Overlay(end=2), Overlay(start=0)], 5) == [1, 2]
