"""Keys the model does not know, and values it holds as they were read (see
`codec.held_values`): what each is worth saying. A key outside the request is a warning
(sent as is); a value that can't be used (an enum value HeyGen added, a wrong JSON type)
is an error naming what would fit; a null or an empty optional choice leaves it to HeyGen.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Any

from composer.model.codec import data_fields, field_type, held_values
from composer.model.decoding import DecodeError, decode_field
from composer.model.project import Project
from composer.model.wording import ERROR, WARNING, Found, label

ACCEPTED_KEYS = frozenset({"test", "aspect_ratio"})
"""Top-level keys outside the seed's table that HeyGen's own clients send (n8n's `test`,
heygen-mcp's `aspect_ratio: null`): kept and sent without a warning."""


def unknown_keys(part: str, obj: Any) -> Iterator[Found]:
    held = held_values(obj)
    for key, value in obj.extra.items():
        path = f"{part}.{key}" if part else key
        if key in held:
            yield from _held(obj, path, key, value)
        elif not (part == "" and isinstance(obj, Project) and key in ACCEPTED_KEYS):
            yield (
                WARNING,
                path,
                (
                    f"{path!r} is not a field of the v2 request; it will be sent as is "
                    "and HeyGen may reject or ignore it."
                ),
            )


def _held(obj: Any, path: str, key: str, value: Any) -> Iterator[Found]:
    """A value kept as it was read for a field: null and "" leave the choice to HeyGen (an
    empty optional choice is worth a word); anything else this version can't use is wrong."""
    if value is None or key == "scenes":
        return
    if value == "" and _optional_choice(type(obj), key):
        yield (
            WARNING,
            path,
            f"{label(path)} is empty, so HeyGen uses its default; choose one to be sure.",
        )
        return
    try:
        f = next(f for f in data_fields(type(obj)) if f.name == key)
        decode_field(type(obj), f, value, path, local=False)
    except DecodeError as exc:
        kind = field_type(type(obj), key)
        fix = "choose one of those" if _is_subclass(kind, StrEnum) else "correct it"
        yield (
            ERROR,
            path,
            f"{label(path)} {exc.message}. It is kept as it is, but it can't be used: {fix}.",
        )


def _optional_choice(cls: type, name: str) -> bool:
    kind = field_type(cls, name)
    optional = next(f.default for f in data_fields(cls) if f.name == name) is None
    return optional and _is_subclass(kind, StrEnum)


def _is_subclass(kind: Any, base: type) -> bool:
    return isinstance(kind, type) and issubclass(kind, base)
