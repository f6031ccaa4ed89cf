"""Issue 24's rich parts checked and counted: validation names the scene and the layer in
marketer words, and v2 and v3 list the layers, transitions, music and caption style they
leave out (the exact route keeps them, so it lists none)."""

from __future__ import annotations

from pathlib import Path

from composer.model.enums import VoiceType
from composer.model.project import Project, Voice
from composer.model.rich import (
    CaptionsStyle,
    Music,
    Overlay,
    OverlayType,
    Transition,
    TransitionType,
)
from composer.model.validate import ERROR, WARNING, after_move, validate
from composer.routes.checks import checked
from composer.routes.registry import route_class
from tests.support.audio_files import write_wav
from tests.support.builders import valid_project


def found(problems: list, field: str) -> list[tuple[str, int | None, str]]:
    return [(p.severity, p.scene_index, p.message) for p in problems if p.field == field]


def silent_project(*seconds: float) -> Project:
    project = valid_project(len(seconds))
    for scene, length in zip(project.scenes, seconds, strict=True):
        scene.voice = Voice(type=VoiceType.SILENCE, duration=str(length))
    return project


def test_layer_problems_name_the_layer_in_marketer_words() -> None:
    project = valid_project(2)
    project.scenes[1].overlays = [
        Overlay(name="Lower third", text="Ana", start=4.0, end=2.0, opacity=1.5),
        Overlay(type=OverlayType.IMAGE),
        Overlay(text="  "),
    ]
    problems = validate(project)
    assert found(problems, "overlays[0].start") == [
        (ERROR, 1, 'Layer "Lower third": starts after it ends (starts at 4.0 s, ends at 2.0 s).')
    ]
    assert found(problems, "overlays[0].opacity") == [
        (ERROR, 1, 'Layer "Lower third": opacity must be between 0 % and 100 %; it is 150 %.')
    ]
    assert found(problems, "overlays[1].local_file") == [
        (ERROR, 1, 'Layer "Picture 2": choose a picture file or a web address.')
    ]
    assert found(problems, "overlays[2].text") == [
        (WARNING, 1, 'Layer "Text 3": has no text, so it shows nothing.')
    ]
    assert str(problems[-1]).startswith("warning: Scene 2,")


def test_a_good_layer_music_and_transition_have_no_problems(tmp_path: Path) -> None:
    project = silent_project(4, 4)
    project.scenes[0].overlays = [Overlay(name="Title", text="Hi", start=0.5, end=3, opacity=0.8)]
    project.scenes[1].transition_in = Transition(TransitionType.CROSSFADE, 1.0)
    project.music = Music(local_file=str(write_wav(tmp_path / "bed.wav", 1)), volume=0.3)
    assert checked(project) == []


def test_transition_seconds_must_be_above_zero_but_not_on_the_first_scene() -> None:
    project = valid_project(2)
    for scene in project.scenes:
        scene.transition_in = Transition(TransitionType.WIPE, 0)
    assert found(validate(project), "transition_in.seconds") == [
        (ERROR, 1, "Transition into this scene: it must last more than 0 s; it is 0 s.")
    ]
    before = validate(project)
    project.scenes.insert(0, project.scenes.pop(1))  # the scene with the error is now first
    moved = after_move(before, project, 1, 0)
    field = "transition_in.seconds"
    assert found(moved, field) == found(validate(project), field)
    assert [p.scene_index for p in moved if p.field == field] == [1]


def test_a_transition_longer_than_half_a_neighbour_is_said_with_its_lengths() -> None:
    project = silent_project(6, 2)
    project.scenes[1].transition_in = Transition(TransitionType.SLIDE_LEFT, 1.5)
    assert found(checked(project), "transition_in.seconds") == [
        (
            WARNING,
            1,
            "Transition into this scene: the 1.5 s slide is longer than half of scene 2 "
            "(2.0 s); it will be shortened to 1.0 s.",
        )
    ]
    project.scenes[1].transition_in = Transition(TransitionType.SLIDE_LEFT, 1.0)
    assert found(checked(project), "transition_in.seconds") == []


def test_files_music_and_late_layers_are_checked_on_disk(tmp_path: Path) -> None:
    project = silent_project(3)
    project.scenes[0].overlays = [
        Overlay(type=OverlayType.IMAGE, name="Logo", local_file=str(tmp_path / "gone.png")),
        Overlay(name="Late", text="Hi", start=5),
    ]
    project.music = Music(local_file=str(tmp_path / "song.wav"), volume=1.2)
    problems = checked(project)
    assert found(problems, "overlays[0].local_file") == [
        (ERROR, 0, 'Layer "Logo": gone.png can\'t be found or read; pick the file again.')
    ]
    assert found(problems, "overlays[1].start") == [
        (
            WARNING,
            0,
            'Layer "Late": starts at 5.0 s, after the scene ends (3.0 s), so it never shows.',
        )
    ]
    assert found(problems, "music.local_file") == [
        (ERROR, None, "Music: can't read song.wav: No such file or directory; pick the file again.")
    ]
    assert found(problems, "music.volume") == [
        (ERROR, None, "Music: music volume must be between 0 % and 100 %; it is 120 %.")
    ]


def rich_project(tmp_path: Path) -> Project:
    project = silent_project(4, 4, 4)
    project.scenes[0].overlays = [Overlay(name="Logo", type=OverlayType.SHAPE)]
    project.scenes[0].transition_in = Transition(TransitionType.WIPE, 1)  # the first: ignored
    project.scenes[1].overlays = [Overlay(text="A"), Overlay(text="B")]
    project.scenes[2].transition_in = Transition(TransitionType.CROSSFADE, 1)
    project.music = Music(local_file=str(write_wav(tmp_path / "bed.wav", 1)))
    project.captions_style = CaptionsStyle(font_size=48)
    return project


def test_v2_and_v3_name_every_rich_part_they_leave_out_and_exact_none(tmp_path: Path) -> None:
    project = rich_project(tmp_path)
    for name, words in (("v2", "v2"), ("v3", "v3 studio")):
        route = route_class(name)
        summary = route.losses_summary(project)
        assert "2 scenes lose their layers" in summary, (name, summary)
        assert "1 scene loses their transition" in summary, (name, summary)
        assert any(line.startswith("The music is left out") for line in summary)
        assert any(line.startswith("The captions' style") for line in summary)
        warnings = [(p.scene_index, p.field) for p in route.check(project) if p.severity == WARNING]
        for where in ((0, "overlays"), (1, "overlays"), (2, "transition_in"), (None, "music")):
            assert where in warnings, (name, where, warnings)
        assert (0, "transition_in") not in warnings
        message = found(route.check(project), "transition_in")[0][2]
        assert message == (
            f"The fade into this scene becomes a cut: {words} has no transitions; only the "
            "exact layout route (composed on this computer) keeps them."
        )
    exact = route_class("exact")
    assert exact.losses_summary(project) == []
    assert not [p for p in exact.check(project) if p.field.startswith(("overlays", "music"))]


def test_v2_refinds_transition_losses_after_a_move(tmp_path: Path) -> None:
    project = rich_project(tmp_path)
    route = route_class("v2")
    before = route.check(project)
    project.scenes.insert(0, project.scenes.pop(2))  # the faded scene is first: no loss now,
    after = route.check_after_move(before, project, 2, 0)  # but the wiped one is second
    assert [(i, m.split(" into")[0]) for _, i, m in found(after, "transition_in")] == [
        (1, "The wipe")
    ]
    assert sorted(map(str, after)) == sorted(map(str, route.check(project)))


def test_layer_problems_are_moot_where_layers_are_not_sent() -> None:
    project = valid_project(1)
    project.scenes[0].overlays = [Overlay(type=OverlayType.IMAGE, opacity=2)]
    for name in ("v2", "v3"):
        problems = route_class(name).check(project)
        assert [p.field for p in problems if p.field.startswith("overlays")] == ["overlays"]
    errors = [p.field for p in route_class("exact").check(project) if p.severity == ERROR]
    assert "overlays[0].local_file" in errors and "overlays[0].opacity" in errors
