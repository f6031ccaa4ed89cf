"""Validation rules, table-driven: every range boundary and every conditional rule."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from composer.model import validate as v
from composer.model import validation_rules as rules
from composer.model.codec import data_fields, field_type
from composer.model.enums import (
    BackgroundType,
    CharacterType,
    ElevenLabsModel,
    Expression,
    PlayStyle,
    TalkingPhotoStyle,
    VoiceType,
)
from composer.model.paths import get_path, set_path
from composer.model.project import (
    LOCAL_FILE_PATHS,
    Dimension,
    ElevenLabsSettings,
    Offset,
    Position,
    Project,
    Scene,
    TextOverlay,
    Voice,
)
from composer.routes.checks import checked
from tests.support.audio_files import write_wav
from tests.support.builders import valid_project, valid_scene
from tests.support.strategies import projects

Edit = Callable[[Scene], None]


def problems_for(edit: Edit) -> list[v.Problem]:
    project = valid_project(2)
    edit(project.scenes[1])
    return v.validate(project)


def at(problems: list[v.Problem], path: str, severity: str = v.ERROR) -> list[v.Problem]:
    return [p for p in problems if p.field == path and p.severity == severity]


def test_a_valid_project_has_no_problems() -> None:
    assert v.validate(valid_project(3)) == []


# ---- ranges: just inside passes, just outside fails -------------------------------
def _prepare_for(path: str) -> Edit:
    def prepare(scene: Scene) -> None:
        if path.startswith("voice."):
            scene.voice.type = VoiceType.TEXT

    return prepare


# Written from the seed's table, not from the validator, so a wrong range fails here.
SEED_RANGES = {
    "character.scale": (0.0, 5.0, False),
    "voice.speed": (0.5, 1.5, False),
    "voice.pitch": (-50, 50, True),
    "voice.elevenlabs_settings.similarity_boost": (0.0, 1.0, False),
    "voice.elevenlabs_settings.stability": (0.0, 1.0, False),
    "voice.elevenlabs_settings.style": (0.0, 1.0, False),
}
RANGE_CASES = [
    (path, value, ok)
    for path, (low, high, integer) in SEED_RANGES.items()
    for value, ok in (
        (low, True),
        (high, True),
        (low - (1 if integer else 0.01), False),
        (high + (1 if integer else 0.01), False),
    )
]


def test_validator_covers_every_seed_range() -> None:
    assert {rule.path for rule in rules.RANGES} == set(SEED_RANGES)


@pytest.mark.parametrize(("path", "value", "ok"), RANGE_CASES)
def test_range_boundaries(path: str, value: float, ok: bool) -> None:
    def edit(scene: Scene) -> None:
        _prepare_for(path)(scene)
        set_path(scene, path, int(value) if isinstance(value, int) else value)

    found = at(problems_for(edit), path)
    assert (not found) == ok, found
    if not ok:
        assert "between" in found[0].message and found[0].scene_number == 2
        assert found[0].json_path == f"video_inputs[1].{path}"


def test_pitch_must_be_whole() -> None:
    found = at(problems_for(lambda s: setattr(s.voice, "pitch", 1.5)), "voice.pitch")
    assert found and "whole number" in found[0].message


@pytest.mark.parametrize(
    ("duration", "ok"),
    [
        ("1.0", True),
        ("100.0", True),
        ("1", True),
        ("0.99", False),
        ("100.01", False),
        ("abc", False),
        ("", False),
    ],
)
def test_silence_duration_boundaries(duration: str, ok: bool) -> None:
    def edit(scene: Scene) -> None:
        scene.voice.type = VoiceType.SILENCE
        scene.voice.duration = duration

    assert (not at(problems_for(edit), "voice.duration")) == ok


@pytest.mark.parametrize(
    ("model", "stability", "ok"),
    [
        (ElevenLabsModel.V3, 0.0, True),
        (ElevenLabsModel.V3, 0.5, True),
        (ElevenLabsModel.V3, 1.0, True),
        (ElevenLabsModel.V3, 0.3, False),
        (ElevenLabsModel.MULTILINGUAL_V2, 0.3, True),
        (None, 0.3, True),
    ],
)
def test_eleven_v3_stability_steps(
    model: ElevenLabsModel | None, stability: float, ok: bool
) -> None:
    def edit(scene: Scene) -> None:
        scene.voice.elevenlabs_settings = ElevenLabsSettings(model=model, stability=stability)

    found = at(problems_for(edit), "voice.elevenlabs_settings.stability")
    assert (not found) == ok


@pytest.mark.parametrize(
    ("size", "ok"),
    [
        (128, True),
        (4096, True),
        (1080, True),
        (126, False),
        (4098, False),
        (129, False),
        (4095, False),
        (0, False),
    ],
)
@pytest.mark.parametrize("side", ["width", "height"])
def test_dimension_even_and_in_range(side: str, size: int, ok: bool) -> None:
    project = valid_project()
    project.dimension = Dimension(1920, 1080)
    setattr(project.dimension, side, size)
    found = at(v.validate(project), f"dimension.{side}")
    assert (not found) == ok
    if not ok:
        assert found[0].scene_index is None and found[0].json_path == f"dimension.{side}"


@pytest.mark.parametrize(("count", "ok"), [(0, False), (1, True), (50, True), (51, False)])
def test_scene_count(count: int, ok: bool) -> None:
    assert (not at(v.validate(valid_project(count)), "video_inputs")) == ok


# ---- scripts ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("", v.ERROR),
        ("   \n\t", v.ERROR),
        (None, v.ERROR),
        ("x" * 5001, v.ERROR),
        ("x" * 5000, v.WARNING),
        ("x" * 1501, v.WARNING),
        ("x" * 1500, None),
    ],
)
def test_script_length(text: str | None, severity: str | None) -> None:
    found = [
        p
        for p in problems_for(lambda s: setattr(s.voice, "input_text", text))
        if p.field == "voice.input_text"
    ]
    assert [p.severity for p in found] == ([severity] if severity else [])


# ---- conditional requirements (walks the validator's own tables) -------------------
def _make_rule_apply(scene: Scene, path: str) -> None:
    if path.startswith("character.talking_photo"):
        scene.character.type = CharacterType.TALKING_PHOTO
    if path.startswith("text."):
        scene.text = TextOverlay(text="Hi", line_height=1.2)


@pytest.mark.parametrize("rule", rules.REQUIRED, ids=lambda r: r.path)
@pytest.mark.parametrize("blank", [None, "", "  "])
def test_required_when_type_needs_it(rule: rules.Required, blank: str | None) -> None:
    def edit(scene: Scene) -> None:
        _make_rule_apply(scene, rule.path)
        assert rule.when(scene)
        value = (
            blank
            if field_type(
                type(get_path(scene, rule.path.rsplit(".", 1)[0])), rule.path.rsplit(".", 1)[1]
            )
            is str
            else None
        )
        set_path(scene, rule.path, value)

    found = at(problems_for(edit), rule.path)
    assert found and "missing" in found[0].message


PNG_HEAD = b"\x89PNG\r\n\x1a\n"
MEDIA_HEADS = {0: b"ID3\x04", 1: PNG_HEAD, 2: b"\x00\x00\x00\x18ftypisom"}
"""The first bytes of an MP3, a PNG and an MP4: local media are checked by content."""
ONE_OF_SETUPS = {
    0: (
        lambda s: setattr(s.voice, "type", VoiceType.AUDIO),
        {"voice.audio_url": "https://a.example/x.mp3", "voice.audio_asset_id": "as-1"},
    ),
    1: (
        lambda s: setattr(s.background, "type", BackgroundType.IMAGE),
        {"background.url": "https://a.example/x.png", "background.image_asset_id": "im-1"},
    ),
    2: (
        lambda s: setattr(s.background, "type", BackgroundType.VIDEO),
        {"background.url": "https://a.example/x.mp4", "background.video_asset_id": "vi-1"},
    ),
}


@pytest.mark.parametrize("index", range(len(rules.ONE_OF)))
@pytest.mark.parametrize("how_many", [0, 1, 2])
def test_exactly_one_source(index: int, how_many: int, tmp_path: Path) -> None:
    rule = rules.ONE_OF[index]
    set_type, values = ONE_OF_SETUPS[index]
    local = tmp_path / "media.bin"
    local.write_bytes(MEDIA_HEADS[index])
    sources = [*list(values.items()), (rule.paths[-1], str(local))]

    def edit(scene: Scene) -> None:
        set_type(scene)
        if rule.paths[0].startswith("background"):
            scene.background.value = None
        for path, value in sources[:how_many]:
            set_path(scene, path, value)

    found = [p for p in problems_for(edit) if p.field in rule.paths and p.is_error]
    assert (not found) == (how_many == 1), found


def _sample(hint: object) -> object:
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return next(iter(hint))
    samples = {str: "x", float: 1.0, int: 1, bool: True}
    return samples[hint] if hint in samples else hint()  # a nested dataclass


INAPPLICABLE = [
    (part, f.name)
    for part, cls in (("character", "Character"), ("voice", "Voice"), ("background", "Background"))
    for f in data_fields(getattr(__import__("composer.model.project", fromlist=[cls]), cls))
    if f.metadata.get("applies") is not None
]


@pytest.mark.parametrize(("part", "name"), INAPPLICABLE)
def test_options_set_on_the_wrong_type_are_flagged(part: str, name: str) -> None:
    """For every type-specific field: some type makes it inapplicable, and then it's an error."""
    scene = valid_scene()
    obj = getattr(scene, part)
    enum = type(obj.type)
    applies = next(f.metadata["applies"] for f in data_fields(obj) if f.name == name)
    setattr(obj, name, _sample(field_type(type(obj), name)))
    for member in enum:
        obj.type = member
        if not applies.test(obj):
            break
    else:  # applicability hangs on another field (Avatar IV, circle style): switch it off
        obj.type = next(iter(enum))
        for other in ("use_avatar_iv_model", "avatar_style"):
            if hasattr(obj, other):
                setattr(obj, other, None)
    assert not applies.test(obj)
    project = valid_project()
    project.scenes[0] = scene
    found = at(v.validate(project), f"{part}.{name}")
    assert any(applies.phrase in p.message for p in found), found


# ---- formats ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("#FFF", True),
        ("#a1B2c3", True),
        ("FFFFFF", False),
        ("#GGGGGG", False),
        ("#FFFF", False),
        ("red", False),
    ],
)
@pytest.mark.parametrize(
    "path", ["background.value", "text.color", "character.circle_background_color"]
)
def test_hex_colours(path: str, value: str, ok: bool) -> None:
    def edit(scene: Scene) -> None:
        _make_rule_apply(scene, path)
        if path.startswith("character"):
            scene.character.avatar_style = "circle"
        set_path(scene, path, value)

    assert (not at(problems_for(edit), path)) == ok


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://a.example/x", True),
        ("http://a.example/x", True),
        ("ftp://a.example/x", False),
        ("a.example/x", False),
        ("https://", False),
        (" https://a.example/x", False),
    ],
)
def test_urls(url: str, ok: bool) -> None:
    def edit(scene: Scene) -> None:
        scene.background.type = BackgroundType.IMAGE
        scene.background.value = None
        scene.background.url = url

    assert (not at(problems_for(edit), "background.url")) == ok
    project = valid_project()
    project.callback_url = url
    assert (not at(v.validate(project), "callback_url")) == ok


def test_missing_local_file_is_an_error(tmp_path: Path) -> None:
    project = valid_project(2)
    background = project.scenes[1].background
    background.type, background.value = BackgroundType.IMAGE, None
    background.local_file = str(tmp_path / "gone.png")
    found = at(checked(project), "background.local_file")
    assert found and "gone.png" in found[0].message and found[0].scene_index == 1
    assert not at(v.validate(project), "background.local_file")  # the route layer reads it


def test_a_local_file_is_looked_for_on_every_validation(tmp_path: Path) -> None:
    media = tmp_path / "later.png"
    project = valid_project()
    background = project.scenes[0].background
    background.type, background.value = BackgroundType.IMAGE, None
    background.local_file = str(media)
    assert at(checked(project), "background.local_file")
    media.write_bytes(PNG_HEAD)
    assert not at(checked(project), "background.local_file")
    media.unlink()
    assert at(checked(project), "background.local_file")


@pytest.mark.parametrize("path", ["text.line_height", "text.font_size", "text.width"])
@pytest.mark.parametrize(("value", "ok"), [(0.0, False), (-1.0, False), (0.5, True)])
def test_text_sizes_positive(path: str, value: float, ok: bool) -> None:
    def edit(scene: Scene) -> None:
        scene.text = TextOverlay(text="Hi", line_height=1.2)
        set_path(scene, path, value)

    assert (not at(problems_for(edit), path)) == ok


# ---- warnings ---------------------------------------------------------------------
def _caption_with_silence(project: Project) -> None:
    project.caption = True
    project.scenes[1].voice = Voice(type=VoiceType.SILENCE, duration="2")


WARNING_CASES = [
    ("caption", _caption_with_silence),
    ("character.offset", lambda p: setattr(p.scenes[1].character, "offset", Offset(x=2.0))),
    (
        "text.position",
        lambda p: setattr(
            p.scenes[1],
            "text",
            TextOverlay(text="Hi", line_height=1.2, position=Position(1.5, 0.1)),
        ),
    ),
    (
        "background.play_style",
        lambda p: setattr(
            p.scenes[1],
            "background",
            dataclasses.replace(
                p.scenes[1].background,
                type=BackgroundType.VIDEO,
                value=None,
                url="https://a.example/v.mp4",
                play_style=PlayStyle.ONCE,
            ),
        ),
    ),
    (
        "character.talking_photo_style",
        lambda p: setattr(
            p.scenes[1],
            "character",
            dataclasses.replace(
                p.scenes[1].character,
                type=CharacterType.TALKING_PHOTO,
                avatar_id=None,
                avatar_style=None,
                talking_photo_id="tp",
                talking_photo_style=TalkingPhotoStyle.SQUARE,
            ),
        ),
    ),
    ("character.mood", lambda p: p.scenes[1].character.extra.update(mood="calm")),
]


@pytest.mark.parametrize(("path", "make"), WARNING_CASES, ids=[c[0] for c in WARNING_CASES])
def test_warnings_do_not_block(path: str, make: Callable[[Project], None]) -> None:
    project = valid_project(2)
    make(project)
    problems = v.validate(project)
    assert v.errors(problems) == [], problems
    assert at(problems, path, v.WARNING), problems


def test_problem_text_names_scene_path_and_rule() -> None:
    found = at(problems_for(lambda s: setattr(s.voice, "speed", 1.7)), "voice.speed")[0]
    assert str(found) == (
        "error: Scene 2, video_inputs[1].voice.speed: Voice speed must be "
        "between 0.5 and 1.5; it is 1.7."
    )


def test_problems_of_the_scene_objects_come_field_by_field() -> None:
    def edit(scene: Scene) -> None:
        scene.character.talking_photo_style = TalkingPhotoStyle.SQUARE
        scene.character.expression = Expression.HAPPY
        scene.character.extra["mood"] = "calm"
        scene.background.play_style = PlayStyle.ONCE
        scene.extra["notes"] = "x"

    found = [(p.severity, p.field) for p in problems_for(edit) if p.scene_index == 1]
    assert found == [
        (v.WARNING, "notes"),
        (v.ERROR, "character.talking_photo_style"),
        (v.WARNING, "character.talking_photo_style"),
        (v.ERROR, "character.expression"),
        (v.WARNING, "character.mood"),
        (v.ERROR, "background.play_style"),
        (v.WARNING, "background.play_style"),
    ]


def test_every_path_the_rules_read_is_below_a_walked_part() -> None:
    """The rules read values gathered by one walk over `PARTS`: elsewhere they would read
    nothing and never fire."""
    paths = [
        *(rule.path for rule in (*rules.RANGES, *rules.REQUIRED)),
        *(path for rule in rules.ONE_OF for path in rule.paths),
        *rules.HEX_PATHS,
        *rules.URL_PATHS,
        *LOCAL_FILE_PATHS,
        *rules.POSITIVE_PATHS,
    ]
    assert {path.rpartition(".")[0] for path in paths} <= set(rules.PARTS)


@settings(max_examples=60, deadline=None)
@given(project=projects, data=st.data())
def test_after_a_move_the_problems_are_those_of_a_full_validation(project, data) -> None:
    count = len(project.scenes)
    for scene in project.scenes:  # some scenes with problems of their own
        if data.draw(st.booleans()):
            scene.character.scale = 9.0
        if data.draw(st.booleans()):
            scene.name = ""
    project.caption = data.draw(st.booleans())
    src = data.draw(st.integers(0, count - 1))
    dst = data.draw(st.integers(0, count - 1))
    before = v.validate(project)
    project.scenes.insert(dst, project.scenes.pop(src))
    assert v.after_move(before, project, src, dst) == v.validate(project)


def test_after_a_move_captions_name_the_new_scene_numbers() -> None:
    project = valid_project(3)
    project.caption = True
    project.scenes[0].voice = Voice(type=VoiceType.SILENCE, duration="1")
    before = v.validate(project)
    project.scenes.insert(2, project.scenes.pop(0))
    after = v.after_move(before, project, 0, 2)
    assert [p.message for p in after if p.field == "caption"] == [
        p.message for p in v.validate(project) if p.field == "caption"
    ]
    assert "scene(s) 3 " in next(p.message for p in after if p.field == "caption")


_opened: list[str] | None = None


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _opened is not None and event in {"open", "os.listdir", "os.scandir"}:
        _opened.append(str(args[0]))


sys.addaudithook(_audit)  # inert unless a test below is recording


def test_validate_opens_no_file(tmp_path: Path) -> None:
    """Pure: no rule file, speech cache, audio or picture is read (the route layer does)."""
    global _opened
    checked(valid_project(1))  # modules imported: what is left would be a file read
    project = valid_project(3)
    project.scenes[0].voice.type = VoiceType.AUDIO
    project.scenes[0].voice.local_file = str(write_wav(tmp_path / "v.wav", 2.0))
    picture = tmp_path / "fresh.png"
    picture.write_bytes(PNG_HEAD)
    background = project.scenes[1].background
    background.type, background.value = BackgroundType.IMAGE, None
    background.local_file = str(picture)
    _opened = []
    try:
        v.validate(project)
    finally:
        opened, _opened = _opened, None
    assert opened == []
    _opened = []
    try:
        checked(project)  # the guard can fail: the route layer does open the new files
    finally:
        opened, _opened = _opened, None
    assert str(picture) in opened


def test_unfilled_placeholders_are_errors_naming_scene_and_field() -> None:
    from composer.model.project import TextOverlay

    project = valid_project(2)
    project.title = "Launch for {{company}}"
    project.scenes[0].text = TextOverlay(text="Meet [Feature name]", line_height=1.2)
    project.scenes[1].voice.input_text = "{{name}}, meet {{feature}}."
    found = {
        (p.scene_number, p.field): p for p in v.validate(project) if "placeholder" in p.message
    }
    assert set(found) == {(None, "title"), (1, "text.text"), (2, "voice.input_text")}
    assert all(p.is_error for p in found.values())
    assert str(found[1, "text.text"]).startswith(
        "error: Scene 1, video_inputs[0].text.text: Overlay text still has the placeholder "
        "[Feature name]"
    )
    assert found[2, "voice.input_text"].message == (
        "Script still has the placeholder {{name}}, {{feature}}: replace it with your own "
        "words (or make one video per row of a table with Batch)."
    )
    project.title, project.scenes[0].text.text = "Launch", "Meet Aurora [beta"
    project.scenes[1].voice.input_text = "Ana, meet Aurora."
    assert not [p for p in v.validate(project) if "placeholder" in p.message]


def test_a_batch_fills_its_columns_first_then_flags_what_is_left() -> None:
    from composer.batch.plan import plan_batch
    from composer.batch.table import Table

    project = valid_project(1)
    project.scenes[0].voice.input_text = "Hi {{name}}, meet [Feature name]."
    plan = plan_batch(project, Table(["name"], [{"name": "Ana"}]))
    [row] = plan.rows
    assert row.project is not None
    assert row.project.scenes[0].voice.input_text == "Hi Ana, meet [Feature name]."
    assert row.messages == [
        "scene 1, video_inputs[0].voice.input_text: Script still has the placeholder "
        "[Feature name]: replace it with your own words."
    ]
    project.scenes[0].voice.input_text = "Hi {{name}}."
    assert plan_batch(project, Table(["name"], [{"name": "Ana"}])).ok
