"""How a panel edit becomes a document write that undoes exactly.

Optional sub-objects (`offset`, `position`, `elevenlabs_settings`) are written whole when
they are created or emptied, so undo puts back "unset" rather than an empty object, and
the request never gains a stray `"offset": {}`.
"""

from __future__ import annotations

import copy
from dataclasses import fields
from typing import Any

from composer.model.codec import data_fields, field_type, release
from composer.model.paths import clear_inapplicable, field_applies, get_path, set_path
from composer.model.project import Scene


def write_for(root: Any, path: str, value: Any) -> tuple[str, Any]:
    """The (path, value) to write so that `path` ends up as `value`."""
    names = path.split(".")
    obj = root
    for depth, name in enumerate(names[:-1]):
        child = getattr(obj, name)
        if child is None:
            if value is None:
                return path, None  # nothing to unset below an unset object
            holder = field_type(type(obj), name)()
            set_path(holder, ".".join(names[depth + 1 :]), value)
            return ".".join(names[: depth + 1]), holder
        parent, obj = obj, child
    if value is None and len(names) > 1 and _optional(parent, names[-2]):
        emptied = copy.deepcopy(obj)
        setattr(emptied, names[-1], None)
        release(emptied, names[-1])
        if _empty(emptied):
            return ".".join(names[:-1]), None
    return path, value


def applies(root: Any, path: str) -> bool:
    """Whether the field at `path` means anything for the object as it is now."""
    obj, owner = root, type(root)
    names = path.split(".")
    for depth, name in enumerate(names):
        if obj is None:
            # an unset object's fields show, except those of a typed part (a scene without
            # a background: HeyGen's default), which shows only its type until one is chosen
            return names[depth:] == ["type"] or "type" not in _field_names(owner)
        if not field_applies(obj, name):
            return False
        owner = field_type(type(obj), name)
        obj = getattr(obj, name)
    return True


def _field_names(cls: Any) -> set[str]:
    return {f.name for f in data_fields(cls)} if isinstance(cls, type) else set()


def reshaped(scene: Scene, path: str, value: Any) -> Scene:
    """A copy of `scene` with `path` set and the fields that no longer apply cleared."""
    after = copy.deepcopy(scene)
    set_path(after, path, value)
    part = path.rpartition(".")[0]
    clear_inapplicable(get_path(after, part) if part else after)
    return after


def _optional(parent: Any, name: str) -> bool:
    return next(f for f in fields(parent) if f.name == name).default is None


def _empty(obj: Any) -> bool:
    return not obj.extra and all(getattr(obj, f.name) is None for f in data_fields(obj))
