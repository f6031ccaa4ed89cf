"""Reading the model's dataclasses from plain JSON values (codec's `to_json` the other way).

What a value of each type hint needs is decided once per hint and choice of `local`, not
once per value: `_Reader` keeps a decoder per hint (an enum read through its members' map,
a dataclass through its table of field decoders) and a reader per class. A value that does
not fit raises `_Misfit`, which gathers the keys it passes on its way out; the path
(`video_inputs[1].voice`) is joined from them only when a public function turns it into a
`DecodeError`. Most misfits never need one: a field's misfit is held in `extra`.
"""

from __future__ import annotations

import math
import typing
from collections.abc import Callable
from dataclasses import MISSING, Field, is_dataclass
from enum import StrEnum
from typing import Any, TypeVar

from composer.model.codec import ORDER_ATTR, alternatives, data_fields, field_hint, join

T = TypeVar("T")
Decoder = Callable[[Any], Any]

LARGEST = 1_000_000
"""No number of a project or a request is this large (pixels, seconds, scales, fractions):
a larger one (`scale: 1e308`) is held as a value that doesn't fit, listed by validation
with its scene and field, and never painted. A field may set a tighter `most`."""


class DecodeError(ValueError):
    """A JSON value does not fit the model; `path` says where (`video_inputs[1].voice`)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


class _Misfit(Exception):
    """A value that does not fit, with the keys from where decoding began down to it
    (gathered on the way out, so the innermost first)."""

    def __init__(self, message: str, *steps: str | int) -> None:
        super().__init__(message)
        self.message = message
        self.steps = list(steps)

    def at(self, step: str | int) -> _Misfit:
        self.steps.append(step)
        return self

    def error(self, path: str) -> DecodeError:
        for step in reversed(self.steps):
            path = join(path, step)
        return DecodeError(path, self.message)


def from_json(
    cls: type[T], data: Any, path: str, *, local: bool, skip: frozenset[str] = frozenset()
) -> T:
    """Build `cls` from a JSON object; unknown keys go to `extra`.

    A null, or a value that does not fit its field, is held in `extra` as it was (see
    `codec.held_values`): the file opens, validation lists it, saving writes it back. An
    absent optional object (a scene without `background`) stays None rather than a default
    one. With `local` false (a request body) project-file-only fields count as unknown keys.
    Keys in `skip` are the caller's to decode.
    """
    try:
        obj: T = _READERS[local].reader(cls, frozenset(skip))(data)
    except _Misfit as misfit:
        raise misfit.error(path) from None
    return obj


def decode_field(cls: type, f: Field[Any], value: Any, path: str, *, local: bool) -> Any:
    """`value` for field `f` of `cls`: decoded (see `decode_value`) and, when a number,
    no larger than the field's `most` (LARGEST by default), either way round."""
    try:
        return _READERS[local].field(cls, f)(value)
    except _Misfit as misfit:
        raise misfit.error(path) from None


def decode_value(hint: Any, value: Any, path: str, *, local: bool) -> Any:
    """Check and convert one JSON value to the type the model declares for it (the first
    of its alternatives that fits: a silence `duration` may be text or a number)."""
    try:
        return _READERS[local][hint](value)
    except _Misfit as misfit:
        raise misfit.error(path) from None


class _Reader(dict[Any, Decoder]):
    """The decoders for one choice of `local`. As a dict: the decoder of each type hint,
    made on the hint's first use; `field` and `reader` add a field's bound and a class's
    fields, also made once."""

    def __init__(self, local: bool) -> None:
        super().__init__()
        self.local = local
        self._fields: dict[tuple[Any, float], Decoder] = {}
        self._readers: dict[tuple[type, frozenset[str]], Decoder] = {}

    def __missing__(self, hint: Any) -> Decoder:
        decoder = self[hint] = self._decoder(hint)
        return decoder

    def _decoder(self, hint: Any) -> Decoder:
        """Made with the decoders of what `hint` holds (a dataclass's fields too): a
        dataclass holding itself would recurse here; the model has none."""
        accepted = alternatives(hint)
        if len(accepted) > 1:
            return _first_fit(tuple(self[one] for one in accepted))
        if accepted[0] is not hint:  # `X | None`: X's decoder
            return self[accepted[0]]
        if typing.get_origin(hint) is list:
            (item,) = typing.get_args(hint)
            return _list_of(self[item])
        if isinstance(hint, type) and is_dataclass(hint):
            return self.reader(hint, frozenset())
        if isinstance(hint, type) and issubclass(hint, StrEnum):
            return _enum_member(hint)
        return _SCALARS.get(hint) or _no_decoder(hint)

    def field(self, cls: type, f: Field[Any]) -> Decoder:
        """The decoder of field `f` of `cls`: numbers no larger than its `most` either way."""
        hint, most = field_hint(cls, f.name), f.metadata.get("most", LARGEST)
        key = (hint, most)
        decoder = self._fields.get(key)
        if decoder is None:
            decoder = self[hint]
            if any(one in (int, float) for one in alternatives(hint)):
                decoder = _at_most(decoder, most)
            self._fields[key] = decoder
        return decoder

    def reader(self, cls: type, skip: frozenset[str]) -> Decoder:
        """The decoder of `cls` objects, the keys in `skip` left to the caller."""
        key = (cls, skip)
        decoder = self._readers.get(key)
        if decoder is None:
            decoder = self._readers[key] = self._object_reader(cls, skip)
        return decoder

    def _object_reader(self, cls: type, skip: frozenset[str]) -> Decoder:
        known = [
            f
            for f in data_fields(cls)
            if f.name not in skip and (self.local or not f.metadata.get("local"))
        ]
        decoders = {f.name: self.field(cls, f) for f in known}
        required = [f.name for f in known if f.default is MISSING and f.default_factory is MISSING]
        none_when_absent = [
            f.name
            for f in known
            if f.default_factory is not MISSING
            and type(None) in typing.get_args(field_hint(cls, f.name))
        ]

        def read(data: Any) -> Any:
            if not isinstance(data, dict):
                raise _Misfit(f"must be an object, got {describe(data)}")
            kwargs: dict[str, Any] = {}
            extra: dict[str, Any] = {}
            for key, value in data.items():
                decode = decoders.get(key)
                if decode is None:
                    if key not in skip:
                        extra[key] = value
                elif value is None:
                    extra[key] = value
                else:
                    try:
                        kwargs[key] = decode(value)
                    except _Misfit:
                        extra[key] = value
            for name in required:
                if name not in kwargs and name not in extra:
                    raise _Misfit("is required", name)
            for name in none_when_absent:
                if name not in kwargs and name not in extra:
                    kwargs[name] = None
            obj = cls(**kwargs)
            if extra:
                obj.extra.update(extra)  # type: ignore[attr-defined]
            obj.__dict__[ORDER_ATTR] = tuple(data)  # codec.remember_order, without a call
            return obj

        return read


def _first_fit(decoders: tuple[Decoder, ...]) -> Decoder:
    """The first alternative's value that fits; else the first alternative's misfit."""

    def decode(value: Any) -> Any:
        first: _Misfit | None = None
        for decoder in decoders:
            try:
                return decoder(value)
            except _Misfit as misfit:
                first = first or misfit
        assert first is not None
        raise first

    return decode


def _list_of(item: Decoder) -> Decoder:
    def decode(value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise _Misfit(f"must be a list, got {describe(value)}")
        out = []
        for index, one in enumerate(value):
            try:
                out.append(item(one))
            except _Misfit as misfit:
                raise misfit.at(index) from None
        return out

    return decode


def _at_most(decoder: Decoder, most: float) -> Decoder:
    def decode(value: Any) -> Any:
        decoded = decoder(value)
        number = isinstance(decoded, int | float) and not isinstance(decoded, bool)
        if number and abs(decoded) > most:
            raise _Misfit(f"must be at most {most:,} either way, not {describe(value)}")
        return decoded

    return decode


def _enum_member(enum: type[StrEnum]) -> Decoder:
    """Looked up in the enum's map of values (what `enum(value)` does after several calls);
    anything that isn't a value there goes the long way, for the same answer or error."""
    members = enum._value2member_map_

    def decode(value: Any) -> Any:
        try:
            return members[value]
        except (KeyError, TypeError):
            return _decode_enum(enum, value)

    return decode


def _decode_enum(enum: type[StrEnum], value: Any) -> StrEnum:
    try:
        return enum(value)
    except (ValueError, TypeError):
        allowed = ", ".join(m.value for m in enum)
        raise _Misfit(f"must be one of {allowed}; got {describe(value)}") from None


def _no_decoder(hint: Any) -> Decoder:
    def decode(value: Any) -> Any:
        raise TypeError(f"no decoder for {hint!r}")  # a bug in the model, not the input

    return decode


def _decode_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Misfit(f"must be true or false, got {describe(value)}")
    return value


def _decode_str(value: Any) -> str:
    if not isinstance(value, str):
        raise _Misfit(f"must be text, got {describe(value)}")
    return value


def _decode_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Misfit(f"must be a whole number, got {describe(value)}")
    if isinstance(value, float):
        if not value.is_integer():
            raise _Misfit(f"must be a whole number, got {value!r}")
        return int(value)
    return value


def _decode_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Misfit(f"must be a number, got {describe(value)}")
    try:
        number = float(value)
    except OverflowError:
        raise _Misfit("is a number too large to use") from None
    if not math.isfinite(number):
        raise _Misfit("must be a finite number")
    return value  # an int stays an int, so a body round-trips byte for byte


_SCALARS: dict[Any, Decoder] = {
    bool: _decode_bool,
    int: _decode_int,
    float: _decode_float,
    str: _decode_str,
}


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


_READERS = {local: _Reader(local) for local in (False, True)}
