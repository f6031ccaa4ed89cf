"""Conversion between the model's dataclasses and plain JSON values.

One generic walker driven by the dataclasses' type hints and field metadata, so the
request builder, the request importer and the project file share the same rules. This
module writes JSON (`to_json`) and holds what both ways share; composer.model.decoding
reads it (`from_json`).
"""

from __future__ import annotations

import copy
import operator
import types
import typing
from collections.abc import Callable
from dataclasses import Field, fields, is_dataclass
from enum import StrEnum
from functools import cache, partial
from typing import Any, TypeVar

T = TypeVar("T")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _base_type(hint: Any) -> Any:
    """`X | None` → X; anything else unchanged."""
    return alternatives(hint)[0]


def alternatives(hint: Any) -> tuple[Any, ...]:
    """The types a field accepts, `None` left out: `str | float | None` → (str, float)."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return tuple(a for a in typing.get_args(hint) if a is not type(None))
    return (hint,)


ORDER_ATTR = "_json_order"
"""An object read from JSON remembers its keys' order here (outside its fields), so that
it is written back in that order: a body HeyGen's tools produced builds back byte for byte."""


def remember_order(obj: Any, keys: Any) -> None:
    obj.__dict__[ORDER_ATTR] = tuple(keys)


def in_order(out: dict[str, Any], obj: Any) -> dict[str, Any]:
    """`out` with its keys in the order `obj` was read in (keys it did not have last)."""
    order = obj.__dict__.get(ORDER_ATTR)
    if not order:
        return out
    ordered = {key: out[key] for key in order if key in out}
    if len(ordered) != len(out):
        ordered.update((key, value) for key, value in out.items() if key not in ordered)
    return ordered


def held_values(obj: Any) -> dict[str, Any]:
    """The values `obj` holds as they were read for fields it knows, because they are null
    or don't fit the field (an enum value this version doesn't know, a wrong JSON type).
    They are kept in `extra` under the field's name and written back in the field's place."""
    if not obj.extra:
        return {}
    cls: type = type(obj)
    names = _field_names(cls)
    return {key: value for key, value in obj.extra.items() if key in names}


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in _data_fields(cls))


def release(obj: Any, name: str) -> None:
    """Forget the held value of field `name`: the field has been given a value."""
    if obj.extra:
        obj.extra.pop(name, None)


def data_fields(cls_or_obj: Any) -> tuple[Field[Any], ...]:
    """The fields that hold request or file data (not the `extra` bags)."""
    cls = cls_or_obj if isinstance(cls_or_obj, type) else type(cls_or_obj)
    return _data_fields(cls)


@cache
def _data_fields(cls: type) -> tuple[Field[Any], ...]:
    return tuple(f for f in fields(cls) if not f.metadata.get("extra"))


def field_type(cls: type, name: str) -> Any:
    return _base_type(_hints(cls)[name])


def field_hint(cls: type, name: str) -> Any:
    """The field's declared type, every alternative kept (what `decode_value` takes)."""
    return _hints(cls)[name]


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def to_json(
    obj: Any, *, local: bool, applicable_only: bool, skip: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """A dataclass as a JSON object: unset fields left out, `extra` keys merged back in.

    `local` keeps project-file-only fields; `applicable_only` drops fields whose
    `applies` rule says they mean nothing for the object's current type; fields in
    `skip` are the caller's to convert.
    """
    return _WRITERS[bool(local), bool(applicable_only)].encoder(type(obj), skip)(obj)


@cache
def field_specs(cls: type) -> tuple[tuple[str, bool, Any], ...]:
    """(name, local, applies) per data field: read once per class, not per object."""
    return tuple(
        (f.name, bool(f.metadata.get("local")), f.metadata.get("applies"))
        for f in _data_fields(cls)
    )


@cache
def _omitted_when_empty(cls: type) -> frozenset[str]:
    """Fields (lists) written only when they hold something."""
    return frozenset(f.name for f in _data_fields(cls) if f.metadata.get("omit_empty"))


_Encoder = Callable[[Any], dict[str, Any]]


class _Writer(dict[type, Callable[[Any], Any]]):
    """`to_json` for one choice of `local` and `applicable_only`.

    As a dict: how a value of each exact type other than the plain scalars is written,
    decided on the type's first use, since checking every value against `StrEnum` (through
    its metaclass) or for a dataclass is slow. `encoder` gives the compiled writer of each
    class, also made once."""

    def __init__(self, local: bool, applicable_only: bool) -> None:
        super().__init__()
        self.local = local
        self.applicable_only = applicable_only
        self._encoders: dict[tuple[type, frozenset[str]], _Encoder] = {}

    def encoder(self, cls: type, skip: frozenset[str] = frozenset()) -> _Encoder:
        """The writer of `cls` objects, the fields in `skip` left out."""
        key = (cls, frozenset(skip))
        encoder = self._encoders.get(key)
        if encoder is None:
            fields_written = [
                (name, applies if self.applicable_only else None)
                for name, local, applies in field_specs(cls)
                if (self.local or not local) and name not in skip
            ]
            encoder = self._encoders[key] = _compile_encoder(cls, fields_written, self)
        return encoder

    def __missing__(self, kind: type) -> Callable[[Any], Any]:
        convert: Callable[[Any], Any]
        if issubclass(kind, StrEnum):
            convert = _ENUM_VALUE
        elif issubclass(kind, (str, int, float, bool)):
            convert = _as_is
        elif issubclass(kind, list):
            convert = partial(_list_to_json, self)
        elif is_dataclass(kind):
            convert = self.encoder(kind)
        else:
            convert = _as_is
        self[kind] = convert
        return convert


def _compile_encoder(cls: type, fields_written: list[tuple[str, Any]], writer: _Writer) -> _Encoder:
    """The writer of `cls` objects as straight-line code, a statement per field, the way
    `dataclasses` makes `__init__`: a loop over the fields, reading each through `getattr`
    and unpacking its spec, costs several times as much for every object written.

    Field by field, in order: left out if unset or if its `applies` rule (when given) is
    false; else written as it is when a plain scalar, else as `writer` converts it. Then
    the `extra` keys that no field wrote, deep-copied. A value held for a field (see
    `held_values`) is written in the field's place; keys go in the order they were read."""
    namespace: dict[str, Any] = {
        "SCALARS": _JSON_SCALARS,
        "convert": writer,
        "deepcopy": copy.deepcopy,
    }
    namespace["in_order"] = in_order
    lines = ["def encode(obj):", "    out = {}", "    extra = obj.extra"]
    empty_omitted = _omitted_when_empty(cls)
    for index, (name, applies) in enumerate(fields_written):
        condition = "value" if name in empty_omitted else "value is not None"
        if applies is not None:
            namespace[f"test_{index}"] = applies.test
            condition += f" and test_{index}(obj)"
        lines += [
            f"    if extra and {name!r} in extra:",
            f"        out[{name!r}] = deepcopy(extra[{name!r}])",
            "    else:",
            f"        value = obj.{name}",  # a dataclass field's name is an identifier
            f"        if {condition}:",
            "            kind = type(value)",
            f"            out[{name!r}] = value if kind in SCALARS else convert[kind](value)",
        ]
    lines += [
        "    if extra:",
        "        for key, value in extra.items():",
        "            out.setdefault(key, deepcopy(value))",
        "    return in_order(out, obj)",
    ]
    exec(compile("\n".join(lines), f"<to_json {cls.__qualname__}>", "exec"), namespace)
    encoder: _Encoder = namespace["encode"]
    return encoder


_WRITERS = {
    (local, applicable): _Writer(local, applicable)
    for local in (False, True)
    for applicable in (False, True)
}
_JSON_SCALARS = frozenset({str, int, float, bool})
"""Exact types written as they are, without a look in the `_Writer` (most values)."""
_ENUM_VALUE = operator.attrgetter("_value_")
"""What an enum member's `.value` returns, read without that property's Python call."""


def _as_is(value: Any) -> Any:
    return value


def _list_to_json(writer: _Writer, value: list[Any]) -> list[Any]:
    return [item if type(item) in _JSON_SCALARS else writer[type(item)](item) for item in value]
