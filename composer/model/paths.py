"""Read and write model values by dotted field path (`character.offset.x`).

The editor, the undo commands and the validator all name a field the same way:
the path below the scene (or the project), in the seed's key names.
"""

from __future__ import annotations

from dataclasses import fields
from functools import cache
from typing import Any

from composer.model.codec import data_fields, field_type, release


@cache
def _names(path: str) -> tuple[str, ...]:
    return tuple(path.split("."))


def get_path(root: Any, path: str) -> Any:
    """The value at `path`, or None if it or any object on the way is unset."""
    obj = root
    for name in _names(path):
        if obj is None:
            return None
        obj = getattr(obj, name)
    return obj


NOT_HELD = object()


def held_at(root: Any, path: str) -> Any:
    """The value a file held for the field at `path` because it can't be used (an unknown
    choice, a wrong JSON type), or NOT_HELD (also for a held null: simply unset)."""
    *parents, leaf = _names(path)
    owner = get_path(root, ".".join(parents)) if parents else root
    if owner is None or not owner.extra:
        return NOT_HELD
    value = owner.extra.get(leaf)
    return NOT_HELD if value is None or getattr(owner, leaf, None) is not None else value


def set_path(root: Any, path: str, value: Any) -> None:
    """Set the value at `path`, creating unset objects on the way (`offset`, `text`...)."""
    *parents, leaf = path.split(".")
    obj = root
    for name in parents:
        child = getattr(obj, name)
        if child is None:
            child = field_type(type(obj), name)()
            setattr(obj, name, child)
        release(obj, name)  # a value held for the object gives way to the one edited
        obj = child
    if leaf not in {f.name for f in fields(obj)}:
        raise AttributeError(f"{type(obj).__name__} has no field {leaf!r}")
    setattr(obj, leaf, value)
    release(obj, leaf)  # a value the file held for this field is replaced


def clear_inapplicable(obj: Any) -> None:
    """Unset every field whose `applies` rule is false for the object's current type."""
    for f in data_fields(obj):
        applies = f.metadata.get("applies")
        if applies is not None and getattr(obj, f.name) is not None and not applies.test(obj):
            setattr(obj, f.name, None)


def field_applies(obj: Any, name: str) -> bool:
    """Whether field `name` means anything for `obj` as it is now."""
    for f in data_fields(obj):
        if f.name == name:
            applies = f.metadata.get("applies")
            return applies is None or applies.test(obj)
    raise AttributeError(f"{type(obj).__name__} has no field {name!r}")
