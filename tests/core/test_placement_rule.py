"""The placement rule: a presenter or text box mostly or entirely off the frame is a
warning naming its scene and field."""

from __future__ import annotations

from composer.model.project import Offset, Position, TextOverlay
from composer.model.validate import validate
from composer.model.wording import WARNING
from tests.support.builders import valid_project


def placement(project: object) -> list[tuple[int | None, str, str]]:
    return [
        (p.scene_index, p.field, p.message)
        for p in validate(project)  # type: ignore[arg-type]
        if p.field in ("character.offset", "text.position") and p.severity == WARNING
    ]


def test_a_presenter_in_the_frame_is_fine_and_one_mostly_out_is_warned() -> None:
    project = valid_project(3)
    project.scenes[0].character.offset = Offset(0.2, 0.0)  # a bit to the right: fine
    project.scenes[1].character.offset = Offset(0.6, 0.0)  # most of it past the right edge
    project.scenes[2].character.offset = Offset(0.0, 1.5)  # below the frame
    found = placement(project)
    assert [(s, f) for s, f, _ in found] == [(1, "character.offset"), (2, "character.offset")]
    assert "mostly outside the frame" in found[0][2] and "% of it shows" in found[0][2]
    assert "entirely outside" in found[1][2]


def test_a_text_box_pushed_off_the_bottom_or_the_side_is_warned() -> None:
    project = valid_project(3)
    project.scenes[0].text = TextOverlay(text="Launch day", position=Position(0.1, 0.1))
    project.scenes[1].text = TextOverlay(text="Launch day", position=Position(0.1, 0.98))
    project.scenes[2].text = TextOverlay(text="Launch day", position=Position(1.2, 0.5))
    found = placement(project)
    assert [(s, f) for s, f, _ in found] == [(1, "text.position"), (2, "text.position")]
    assert "mostly outside" in found[0][2]
    assert "entirely outside" in found[1][2]
