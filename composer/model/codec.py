"""Conversion between the model's dataclasses and plain JSON values.

One generic walker driven by the dataclasses' type hints and field metadata, so the
request builder, the request importer and the project file share the same rules.
"""

from __future__ import annotations

import copy
import math
import operator
import types
import typing
from collections.abc import Callable
from dataclasses import MISSING, Field, fields, is_dataclass
from enum import StrEnum
from functools import cache, partial
from typing import Any, TypeVar

T = TypeVar("T")


class DecodeError(ValueError):
    """A JSON value does not fit the model; `path` says where (`video_inputs[1].voice`)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _base_type(hint: Any) -> Any:
    """`X | None` → X; anything else unchanged."""
    return _alternatives(hint)[0]


def _alternatives(hint: Any) -> tuple[Any, ...]:
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


def from_json(
    cls: type[T], data: Any, path: str, *, local: bool, skip: frozenset[str] = frozenset()
) -> T:
    """Build `cls` from a JSON object; unknown keys go to `extra`.

    A null, or a value that does not fit its field, is held in `extra` as it was (see
    `held_values`): the file opens, validation lists it, saving writes it back. An absent
    optional object (a scene without `background`) stays None rather than a default one.
    With `local` false (a request body) project-file-only fields count as unknown keys.
    Keys in `skip` are the caller's to decode.
    """
    if not isinstance(data, dict):
        raise DecodeError(path, f"must be an object, got {describe(data)}")
    known = {
        f.name: f
        for f in data_fields(cls)
        if f.name not in skip and (local or not f.metadata.get("local"))
    }
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    klass: type = cls
    hints = _hints(klass)
    for key, value in data.items():
        if key in skip:
            continue
        f = known.get(key)
        if f is None or value is None:
            extra[key] = value
            continue
        try:
            kwargs[key] = decode_field(klass, f, value, join(path, key), local=local)
        except DecodeError:
            extra[key] = value
    for name, f in known.items():
        if name in kwargs or name in extra:
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            raise DecodeError(join(path, name), "is required")
        if f.default_factory is not MISSING and type(None) in typing.get_args(hints[name]):
            kwargs[name] = None
    obj = cls(**kwargs)
    obj.extra.update(extra)  # type: ignore[attr-defined]
    remember_order(obj, data)
    return obj


LARGEST = 1_000_000
"""No number of a project or a request is this large (pixels, seconds, scales, fractions):
a larger one (`scale: 1e308`) is held as a value that doesn't fit, listed by validation
with its scene and field, and never painted. A field may set a tighter `most`."""


def decode_field(cls: type, f: Field[Any], value: Any, path: str, *, local: bool) -> Any:
    """`value` for field `f` of `cls`: decoded (see `decode_value`) and, when a number,
    no larger than the field's `most` (LARGEST by default), either way round."""
    decoded = decode_value(_hints(cls)[f.name], value, path, local=local)
    if isinstance(decoded, int | float) and not isinstance(decoded, bool):
        most = f.metadata.get("most", LARGEST)
        if abs(decoded) > most:
            raise DecodeError(path, f"must be at most {most:,} either way, not {describe(value)}")
    return decoded


def decode_value(hint: Any, value: Any, path: str, *, local: bool) -> Any:
    """Check and convert one JSON value to the type the model declares for it (the first
    of its alternatives that fits: a silence `duration` may be text or a number)."""
    first: DecodeError | None = None
    for alternative in _alternatives(hint):
        try:
            return _decode_one(alternative, value, path, local=local)
        except DecodeError as exc:
            first = first or exc
    assert first is not None
    raise first


def _decode_one(hint: Any, value: Any, path: str, *, local: bool) -> Any:
    if typing.get_origin(hint) is list:
        if not isinstance(value, list):
            raise DecodeError(path, f"must be a list, got {describe(value)}")
        (item,) = typing.get_args(hint)
        return [decode_value(item, one, join(path, i), local=local) for i, one in enumerate(value)]
    if isinstance(hint, type) and is_dataclass(hint):
        return from_json(hint, value, path, local=local)
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return _decode_enum(hint, value, path)
    if hint is bool:
        if not isinstance(value, bool):
            raise DecodeError(path, f"must be true or false, got {describe(value)}")
        return value
    if hint is int:
        return _decode_int(value, path)
    if hint is float:
        return _decode_float(value, path)
    if hint is str:
        if not isinstance(value, str):
            raise DecodeError(path, f"must be text, got {describe(value)}")
        return value
    raise TypeError(f"no decoder for {hint!r} at {path}")  # a bug in the model, not the input


def _decode_enum(enum: type[StrEnum], value: Any, path: str) -> StrEnum:
    try:
        return enum(value)
    except (ValueError, TypeError):
        allowed = ", ".join(m.value for m in enum)
        raise DecodeError(path, f"must be one of {allowed}; got {describe(value)}") from None


def _decode_int(value: Any, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise DecodeError(path, f"must be a whole number, got {describe(value)}")
    if isinstance(value, float):
        if not value.is_integer():
            raise DecodeError(path, f"must be a whole number, got {value!r}")
        return int(value)
    return value


def _decode_float(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise DecodeError(path, f"must be a number, got {describe(value)}")
    try:
        number = float(value)
    except OverflowError:
        raise DecodeError(path, "is a number too large to use") from None
    if not math.isfinite(number):
        raise DecodeError(path, "must be a finite number")
    return value  # an int stays an int, so a body round-trips byte for byte


def describe(value: Any) -> str:
    """A short, safe description of a JSON value for an error message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"text {shown!r}"
    if isinstance(value, (int, float)):
        text = repr(value)
        return f"the number {text if len(text) <= 30 else text[:27] + '...'}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
