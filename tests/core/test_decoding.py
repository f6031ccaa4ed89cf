"""`from_json` and `decode_value` (decoders made once per hint) against the plain rules
they implement, a loop over the fields and a walk of the hint per value, on JSON shaped
like the model with any value anywhere: misfits, nulls, unknown keys, huge numbers."""

from __future__ import annotations

import dataclasses
import math
import typing
import uuid
from enum import StrEnum
from functools import cache
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.model.codec import ORDER_ATTR, alternatives, data_fields, field_hint
from composer.model.decoding import LARGEST, DecodeError, decode_value, describe, from_json
from composer.model.fields import Position, extra_field
from composer.model.project import Project, Scene, Voice
from composer.model.rich import CaptionsStyle, Overlay

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def reference_from_json(cls: type, data: Any, path: str, local: bool, skip: frozenset[str]) -> Any:
    """The rules, field by field: a null or a misfit is held in `extra` as it was."""
    if not isinstance(data, dict):
        raise DecodeError(path, f"must be an object, got {describe(data)}")
    known = {
        f.name: f
        for f in data_fields(cls)
        if f.name not in skip and (local or not f.metadata.get("local"))
    }
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        if key in skip:
            continue
        if key not in known or value is None:
            extra[key] = value
            continue
        hint, where = field_hint(cls, key), _join(path, key)
        try:
            decoded = reference_value(hint, value, where, local)
            most = known[key].metadata.get("most", LARGEST)
            if type(decoded) in (int, float) and abs(decoded) > most:
                raise DecodeError(
                    where, f"must be at most {most:,} either way, not {describe(value)}"
                )
            kwargs[key] = decoded
        except DecodeError:
            extra[key] = value
    for name, f in known.items():
        if name in kwargs or name in extra:
            continue
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise DecodeError(_join(path, name), "is required")
        if f.default_factory is not dataclasses.MISSING and type(None) in typing.get_args(
            field_hint(cls, name)
        ):
            kwargs[name] = None
    obj = cls(**kwargs)
    obj.extra.update(extra)
    obj.__dict__[ORDER_ATTR] = tuple(data)
    return obj


def reference_value(hint: Any, value: Any, path: str, local: bool) -> Any:
    """The first alternative of `hint` that fits; else the first one's error."""
    errors = []
    for one in alternatives(hint):
        try:
            return _reference_one(one, value, path, local)
        except DecodeError as exc:
            errors.append(exc)
    raise errors[0]


def _reference_one(hint: Any, value: Any, path: str, local: bool) -> Any:
    if typing.get_origin(hint) is list:
        if not isinstance(value, list):
            raise DecodeError(path, f"must be a list, got {describe(value)}")
        (item,) = typing.get_args(hint)
        return [reference_value(item, v, _join(path, i), local) for i, v in enumerate(value)]
    if dataclasses.is_dataclass(hint):
        return reference_from_json(hint, value, path, local, frozenset())
    if issubclass(hint, StrEnum):
        if isinstance(value, str) and value in {m.value for m in hint}:
            return hint(value)
        allowed = ", ".join(m.value for m in hint)
        raise DecodeError(path, f"must be one of {allowed}; got {describe(value)}")
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if hint is bool and isinstance(value, bool):
        return value
    if hint is str and isinstance(value, str):
        return value
    if hint is int and number and (isinstance(value, int) or value.is_integer()):
        return int(value)
    if hint is float and number:
        try:
            finite = math.isfinite(float(value))
        except OverflowError:
            raise DecodeError(path, "is a number too large to use") from None
        if not finite:
            raise DecodeError(path, "must be a finite number")
        return value
    if hint is int and number:
        raise DecodeError(path, f"must be a whole number, got {value!r}")
    wanted = {bool: "true or false", str: "text", int: "a whole number", float: "a number"}
    raise DecodeError(path, f"must be {wanted[hint]}, got {describe(value)}")


def _join(path: str, key: str | int) -> str:
    return f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}" if path else key


def typed(value: Any) -> Any:
    """`value` with every type and remembered key order spelled out (a StrEnum equals its
    text, and a dataclass's `==` neither sees the order nor the types of what it holds)."""
    if dataclasses.is_dataclass(value):
        named = [(f.name, typed(getattr(value, f.name))) for f in dataclasses.fields(value)]
        return (type(value).__name__, named, value.__dict__.get(ORDER_ATTR))
    if isinstance(value, list):
        return ["list", *(typed(v) for v in value)]
    if isinstance(value, dict):
        return ["dict", *((k, typed(v)) for k, v in value.items())]
    return (type(value).__name__, value)


def outcome(decode: Any) -> Any:
    """What `decode` gives, each new id (made at random for one not read) the same."""
    try:
        with mock.patch("uuid.uuid4", return_value=uuid.UUID(int=7)):
            return typed(decode())
    except DecodeError as exc:
        return ("error", exc.path, exc.message)
    except TypeError as exc:  # a required field held as a misfit: both fail the same way
        return ("crash", str(exc))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=6,
)
numbers = (
    st.integers(-3 * LARGEST, 3 * LARGEST)
    | st.floats()
    | st.sampled_from([0.5, 2.0, 101, 1e308, 10**400, -9000])
)


@cache
def fitting(hint: Any) -> st.SearchStrategy[Any]:
    """JSON for `hint`: mostly values that fit it, some that don't."""
    options = [st.deferred(lambda one=one: _fitting_one(one)) for one in alternatives(hint)]
    return st.one_of(*options) | json_values


def _fitting_one(hint: Any) -> st.SearchStrategy[Any]:
    if typing.get_origin(hint) is list:
        return st.lists(fitting(typing.get_args(hint)[0]), max_size=2)
    if dataclasses.is_dataclass(hint):
        return shaped(hint)
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return st.sampled_from([m.value for m in hint]) | st.just("newValue")
    return {bool: st.booleans(), str: st.text(max_size=6), int: numbers, float: numbers}[hint]


@cache
def shaped(cls: type) -> st.SearchStrategy[dict[str, Any]]:
    """A JSON object for `cls`: any of its fields, in any order, and unknown keys."""
    known = st.fixed_dictionaries(
        {},
        optional={
            f.name: st.deferred(lambda f=f: fitting(field_hint(cls, f.name)))
            for f in data_fields(cls)
        },
    )
    unknown = st.dictionaries(st.sampled_from(["mood", "x", "extra", "scenes"]), json_values)
    items = st.builds(lambda a, b: list({**b, **a}.items()), known, unknown)
    return items.flatmap(st.permutations).map(dict)


@dataclasses.dataclass
class Needs:
    """A class with required fields (the model has none), one holding a list of objects."""

    count: int
    places: list[Position]
    note: str | None = None
    extra: dict[str, Any] = extra_field()  # noqa: RUF009


CASES = [
    (Scene, frozenset()),
    (Project, frozenset({"scenes"})),
    (Project, frozenset()),
    (CaptionsStyle, frozenset()),
    (Voice, frozenset({"type"})),
    (Needs, frozenset()),
]


@SETTINGS
@given(st.data(), st.sampled_from(CASES), st.booleans())
def test_objects_are_read_by_the_plain_rules(data: st.DataObject, case: Any, local: bool) -> None:
    cls, skip = case
    value = data.draw(shaped(cls) | json_values)
    expected = outcome(lambda: reference_from_json(cls, value, "top", local, skip))
    assert outcome(lambda: from_json(cls, value, "top", local=local, skip=skip)) == expected


HINTS = [list[Overlay], list[Position] | None, str | float | None, CaptionsStyle, int, list[int]]


@pytest.mark.parametrize("hint", HINTS, ids=str)
@SETTINGS
@given(data=st.data(), local=st.booleans())
def test_values_are_read_by_the_plain_rules(data: st.DataObject, hint: Any, local: bool) -> None:
    value = data.draw(fitting(hint))
    expected = outcome(lambda: reference_value(hint, value, "a.b", local))
    assert outcome(lambda: decode_value(hint, value, "a.b", local=local)) == expected


def test_an_error_names_the_place_inside_a_list() -> None:
    value = [{"count": 1, "places": []}, {"places": []}]
    with pytest.raises(DecodeError) as info:
        decode_value(list[Needs], value, "needs", local=True)
    assert (info.value.path, info.value.message) == ("needs[1].count", "is required")


@pytest.mark.parametrize("first", [True, False])
def test_what_one_choice_of_local_reads_does_not_leak_into_the_other(first: bool) -> None:
    """Decoders are kept per choice of `local`: whichever is read first, a project-file-only
    field in a request body is an unknown key, and in a project file a field."""
    data = {"id": "s1", "name": "Intro", "voice": {"type": "audio", "local_file": "a.mp3"}}
    for local in (first, not first):
        scene = from_json(Scene, data, "scene", local=local)
        if local:
            assert (scene.id, scene.name, scene.voice.local_file) == ("s1", "Intro", "a.mp3")
            assert scene.extra == {} and scene.voice.extra == {}
        else:
            assert scene.extra == {"id": "s1", "name": "Intro"}
            assert scene.voice.extra == {"local_file": "a.mp3"}
            assert scene.voice.local_file is None
