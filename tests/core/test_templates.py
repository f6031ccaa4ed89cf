"""Templates are project files: each shipped one is valid once a presenter and a voice are
chosen; the user's own are saved in the data folder and listed after them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from composer.model.paths import get_path, set_path
from composer.model.placeholders import SCENE_TEXT_FIELDS as WORDS
from composer.model.validate import validate
from composer.projectfile import load_project
from composer.settings.paths import data_dir
from composer.templates import library
from tests.support.builders import valid_project

KINDS = {
    "Intro",
    "Product feature",
    "How-to step",
    "Testimonial",
    "Offer / CTA",
    "Announcement",
    "Social short",
    "Event invite",
}


def test_eight_starters_across_three_shapes_plus_blank() -> None:
    templates = library.all_templates()
    assert templates[0].name == "Blank" and templates[0].path is None
    shipped = library.shipped()
    assert {t.category for t in shipped} == KINDS
    assert {t.aspect for t in shipped} == {"16:9", "9:16", "1:1"}


@pytest.mark.parametrize("template", library.all_templates(), ids=lambda t: t.name)
def test_every_template_validates_once_presenter_voice_and_words_are_chosen(
    template: library.Template,
) -> None:
    """A starter's "[words to replace]" are errors naming scene and field until replaced:
    sent as they are, they would be spoken and shown word for word."""
    project = template.new_project()
    problems = validate(project)
    assert problems, "a template asks for its presenter and voice"
    assert {p.field for p in problems} <= {"character.avatar_id", "voice.voice_id", *WORDS}
    for scene in project.scenes:
        presenter_missing, voice_missing = library.needs_choosing(scene)
        assert presenter_missing and voice_missing
        scene.character.avatar_id = "Daisy-inskirt-20220818"
        scene.voice.voice_id = "2d5b0e6cf36f460aa7fc47e3eee4ba54"
    expected = {
        (index, field): re.findall(r"\[[^\]]+\]", get_path(scene, field) or "")
        for index, scene in enumerate(project.scenes)
        for field in WORDS
    }
    expected = {where: left for where, left in expected.items() if left}
    left = validate(project)
    assert all(p.is_error and "still has the placeholder" in p.message for p in left)
    assert {(p.scene_index, p.field) for p in left} == set(expected)
    for problem in left:
        assert all(
            word in problem.message for word in expected[problem.scene_index, problem.field][:3]
        )
    if template.path is not None:
        assert left, "every starter has words to replace"
    for scene in project.scenes:
        for field in WORDS:
            value = get_path(scene, field)
            if value:
                set_path(scene, field, re.sub(r"\[([^\]]+)\]", r"\1", value))
    assert validate(project) == []


def test_a_new_project_from_a_template_is_untitled_with_fresh_ids() -> None:
    template = library.shipped()[0]
    first, second = template.new_project(), template.new_project()
    assert library.TEMPLATE_KEY not in first.file_extra
    ids = {s.id for s in first.scenes}
    assert ids.isdisjoint(s.id for s in second.scenes)
    assert ids.isdisjoint(s.id for s in template.project.scenes)


def test_save_as_template_lands_in_the_data_folder_and_in_the_gallery() -> None:
    project = valid_project(2)
    project.uploads["server|abc"] = {"id": "asset-1"}
    path = library.save_as_template(project, "Quarterly update: v2!")
    assert path == data_dir() / "templates" / "quarterly-update-v2.scene.json"
    assert not Path(str(path) + ".bak").exists()
    saved = load_project(path)
    assert saved.uploads == {}  # asset ids are not part of a template
    [mine] = library.mine()
    assert mine.name == "Quarterly update: v2!" and mine.mine
    assert mine.category == "My templates" and mine.description == "2 scenes"
    assert library.all_templates()[-1].name == "Quarterly update: v2!"


def test_a_broken_user_template_is_left_out(tmp_path: Path) -> None:
    library.user_folder().mkdir(parents=True)
    (library.user_folder() / "broken.scene.json").write_text("{not json", "utf-8")
    assert library.mine() == []
