"""Read and write model values by dotted field path (`character.offset.x`).

The editor, the undo commands and the validator all name a field the same way:
the path below the scene (or the project), in the seed's key names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from functools import cache
from typing import Any

from composer.model.codec import data_fields, field_type, release

Step = str | int


@cache
def path_steps(path: str) -> tuple[Step, ...]:
    """`overlays[2].position.x` → ("overlays", 2, "position", "x")."""
    steps: list[Step] = []
    for part in path.split("."):
        name, *indices = part.split("[")
        steps.append(name)
        steps.extend(int(index.rstrip("]")) for index in indices)
    return tuple(steps)


def get_path(root: Any, path: str) -> Any:
    """The value at `path`, or None if it or any object on the way is unset (or a list
    index on the way is past the end)."""
    return _walk(root, path_steps(path))


def _walk(root: Any, steps: Sequence[Step]) -> Any:
    obj = root
    for name in steps:
        if obj is None:
            return None
        if type(name) is int:
            obj = obj[name] if -len(obj) <= name < len(obj) else None
        else:
            obj = getattr(obj, name)  # type: ignore[arg-type]
    return obj


NOT_HELD = object()


def held_at(root: Any, path: str) -> Any:
    """The value a file held for the field at `path` because it can't be used (an unknown
    choice, a wrong JSON type), or NOT_HELD (also for a held null: simply unset)."""
    *parents, leaf = path_steps(path)
    owner = _walk(root, parents)
    if owner is None or isinstance(leaf, int) or not owner.extra:
        return NOT_HELD
    value = owner.extra.get(leaf)
    return NOT_HELD if value is None or getattr(owner, leaf, None) is not None else value


def set_path(root: Any, path: str, value: Any) -> None:
    """Set the value at `path`, creating unset objects on the way (`offset`, `text`...);
    a list index on the way must exist (`overlays[2].opacity`)."""
    *parents, leaf = path_steps(path)
    obj = root
    for name in parents:
        if isinstance(name, int):
            obj = obj[name]
            continue
        child = getattr(obj, name)
        if child is None:
            child = field_type(type(obj), name)()
            setattr(obj, name, child)
        release(obj, name)  # a value held for the object gives way to the one edited
        obj = child
    if isinstance(leaf, int):
        obj[leaf] = value
        return
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
