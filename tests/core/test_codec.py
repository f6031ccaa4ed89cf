"""`to_json` (compiled per class) against the plain rules it implements, on any objects."""

from __future__ import annotations

import copy
import dataclasses
from enum import StrEnum
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.model.codec import data_fields, field_type, to_json
from composer.model.enums import CharacterType, TalkingPhotoStyle
from composer.model.project import Character, Offset, Project, Scene
from tests.support.builders import valid_scene

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def reference_to_json(
    obj: Any, *, local: bool, applicable_only: bool, skip: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """The rules `to_json` follows, as one plain loop over the fields: a value held in
    `extra` under a field's name is written in the field's place."""
    out: dict[str, Any] = {}
    for f in data_fields(obj):
        value = getattr(obj, f.name)
        if f.name in skip or (f.metadata.get("local") and not local):
            continue
        if f.name in obj.extra:
            out[f.name] = copy.deepcopy(obj.extra[f.name])
            continue
        if value is None or (f.metadata.get("omit_empty") and not value):
            continue
        applies = f.metadata.get("applies")
        if applicable_only and applies is not None and not applies.test(obj):
            continue
        out[f.name] = _reference_value(value, local, applicable_only)
    for key, value in obj.extra.items():
        out.setdefault(key, copy.deepcopy(value))
    return out


def _reference_value(value: Any, local: bool, applicable_only: bool) -> Any:
    if isinstance(value, (str, int, float, bool)):
        return value.value if isinstance(value, StrEnum) else value
    if isinstance(value, list):
        return [_reference_value(v, local, applicable_only) for v in value]
    if dataclasses.is_dataclass(value):
        return reference_to_json(value, local=local, applicable_only=applicable_only)
    return value


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)
# Field names among the extra keys, so a key both a field and in `extra` is covered.
extra_keys = st.sampled_from(["type", "speed", "offset", "mood", "x"]) | st.text(max_size=6)


def _field_values(hint: Any) -> st.SearchStrategy[Any]:
    """Any value of the field's type, including ones that do not apply to the object."""
    if dataclasses.is_dataclass(hint):
        return objects(hint)
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return st.sampled_from(list(hint)) | st.sampled_from([m.value for m in hint])
    if hint is list or getattr(hint, "__origin__", None) is list:
        (item,) = getattr(hint, "__args__", (Scene,))
        return st.lists(objects(item), max_size=2)
    return {
        str: st.text(max_size=8),
        int: st.integers(),
        float: st.floats(allow_nan=False) | st.integers(),
        bool: st.booleans(),
    }[hint]


def objects(cls: type) -> st.SearchStrategy[Any]:
    """`cls` objects with any of their fields set or unset, and some unknown keys."""
    fields = {
        f.name: st.none() | st.deferred(lambda f=f: _field_values(field_type(cls, f.name)))
        for f in data_fields(cls)
    }
    extra = st.dictionaries(extra_keys, json_values, max_size=2)

    def build(values: dict[str, Any], unknown: dict[str, Any]) -> Any:
        obj = cls(**{name: value for name, value in values.items() if value is not None})
        for name, value in values.items():
            setattr(obj, name, value)  # also None for fields with a default
        obj.extra.update(unknown)
        return obj

    return st.builds(build, st.fixed_dictionaries(fields), extra)


MODES = st.sampled_from([(local, only) for local in (False, True) for only in (False, True)])
SKIPS = st.sampled_from([frozenset(), frozenset({"scenes"}), frozenset({"id", "name", "voice"})])


@SETTINGS
@given(objects(Scene), MODES, SKIPS)
def test_scenes_are_written_by_the_plain_rules(scene: Scene, mode: Any, skip: Any) -> None:
    local, only = mode
    expected = reference_to_json(scene, local=local, applicable_only=only, skip=skip)
    assert to_json(scene, local=local, applicable_only=only, skip=skip) == expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(objects(Project), MODES, SKIPS)
def test_projects_are_written_by_the_plain_rules(project: Project, mode: Any, skip: Any) -> None:
    local, only = mode
    expected = reference_to_json(project, local=local, applicable_only=only, skip=skip)
    assert to_json(project, local=local, applicable_only=only, skip=skip) == expected


def test_values_keep_their_json_types() -> None:
    """1 and 1.0, True and 1 compare equal: the bodies must still keep them apart."""
    scene = valid_scene()
    scene.character.scale = 1
    scene.character.offset = Offset(x=1.0, y=True)  # type: ignore[arg-type]
    out = to_json(scene, local=False, applicable_only=True)
    assert type(out["character"]["scale"]) is int
    assert [type(v) for v in out["character"]["offset"].values()] == [float, bool]
    assert type(out["character"]["type"]) is str


def test_skip_only_leaves_out_the_top_level_fields() -> None:
    scene = valid_scene()
    out = to_json(scene, local=True, applicable_only=False, skip=frozenset({"name", "type"}))
    assert "name" not in out and out["character"]["type"] == "avatar"


def test_inapplicable_fields_are_tested_on_each_object() -> None:
    photo = Character(
        type=CharacterType.TALKING_PHOTO,
        talking_photo_style=TalkingPhotoStyle.SQUARE,
        avatar_id="left over",
    )
    assert to_json(photo, local=False, applicable_only=True) == {
        "type": "talking_photo",
        "talking_photo_style": "square",
    }
    photo.type = CharacterType.AVATAR
    assert to_json(photo, local=False, applicable_only=True) == {
        "type": "avatar",
        "avatar_id": "left over",
    }


def test_the_result_shares_nothing_with_the_model() -> None:
    scene = valid_scene()
    scene.extra["later"] = {"nested": [1]}
    first = to_json(scene, local=True, applicable_only=False)
    first["character"]["avatar_id"] = "changed"
    first["later"]["nested"].append(2)
    assert to_json(scene, local=True, applicable_only=False) == reference_to_json(
        scene, local=True, applicable_only=False
    )
    assert scene.extra["later"] == {"nested": [1]}
