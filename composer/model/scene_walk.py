"""One walk over a scene's objects (its `PARTS`), shared by every validation rule instead
of each rule looking its fields up again; each object's class gets a compiled walker."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, NamedTuple

from composer.model.codec import field_specs
from composer.model.enums import NON_SEED_VALUES
from composer.model.project import Applies, Scene
from composer.model.unknown_values import unknown_keys
from composer.model.validation_rules import PARTS
from composer.model.wording import ERROR, WARNING, Found, label


class Walk(NamedTuple):
    """One walk over a scene's objects (its `PARTS`), shared by every rule instead of
    each rule looking its fields up again."""

    values: dict[str, Any]
    """Every field's value by path (`voice.speed`); absent or None when unset."""
    inapplicable: set[str]
    """The set fields whose `applies` rule is false for their object's type."""
    found: list[Found]
    """The walk's own problems: wrong-type options, undocumented enum values and keys
    the request does not define."""


def walk(scene: Scene) -> Walk:
    """Walk the scene and its objects in `PARTS` order, the order their problems are listed."""
    values: dict[str, Any] = {}
    inapplicable: set[str] = set()
    found: list[Found] = []
    if scene.extra:
        found.extend(unknown_keys("", scene))
    objects: list[Any] = [scene]
    for owner, name, walkers in _PART_STEPS:
        parent = objects[owner]
        obj = None if parent is None else getattr(parent, name)
        objects.append(obj)
        if obj is not None:
            walkers[type(obj)](obj, values, inapplicable, found)
            if obj.extra:
                found.extend(unknown_keys(walkers.part, obj))
    return Walk(values, inapplicable, found)


_Walker = Callable[[Any, dict[str, Any], set[str], list[Found]], None]


class _PartWalkers(dict[type, _Walker]):
    """The compiled walker of the objects at one of the `PARTS`, by class, made on a
    class's first use."""

    def __init__(self, part: str) -> None:
        super().__init__()
        self.part = part

    def __missing__(self, cls: type) -> _Walker:
        walker = self[cls] = _compile_walker(self.part, cls)
        return walker


def _compile_walker(part: str, cls: type) -> _Walker:
    """The walk over one object at `part` as straight-line code, a statement per field, the
    way `dataclasses` makes `__init__`: a loop over the fields, reading each through
    `getattr` and unpacking its spec, costs several times as much for every scene.

    Field by field, in order, when set: its value goes into `values` by path; if its
    `applies` rule is false, its path into `inapplicable` and a wrong-type problem into
    `found`; if its value is an undocumented enum value, a warning into `found`."""
    namespace: dict[str, Any] = {
        "may_be_non_seed": _MAY_BE_NON_SEED,
        "NON_SEED_VALUES": NON_SEED_VALUES,
        "wrong_type": _wrong_type,
        "non_seed": _non_seed,
    }
    lines = ["def walk(obj, values, inapplicable, found):"]
    for index, (name, _local, applies) in enumerate(field_specs(cls)):
        path = f"{part}.{name}"
        lines += [
            f"    value = obj.{name}",
            "    if value is not None:",
            f"        values[{path!r}] = value",
        ]
        if applies is not None:
            namespace[f"rule_{index}"] = applies
            namespace[f"test_{index}"] = applies.test
            lines += [
                f"        if not test_{index}(obj):",
                f"            inapplicable.add({path!r})",
                f"            found.append(wrong_type({path!r}, rule_{index}, obj))",
            ]
        lines += [
            "        if may_be_non_seed[type(value)] and value in NON_SEED_VALUES:",
            f"            found.append(non_seed({path!r}, value))",
        ]
    if len(lines) == 1:  # no data fields
        lines.append("    pass")
    exec(compile("\n".join(lines), f"<validate {part}: {cls.__qualname__}>", "exec"), namespace)
    walker: _Walker = namespace["walk"]
    return walker


def _wrong_type(path: str, applies: Applies, obj: Any) -> Found:
    return (
        ERROR,
        path,
        (
            f"{label(path)} {applies.phrase}; clear it or change the "
            f"type (this scene's type is {obj.type})."
        ),
    )


def _non_seed(path: str, value: StrEnum) -> Found:
    return (
        WARNING,
        path,
        (
            f"{label(path)} {value.value!r} is not in the v2 "
            "endpoint's documented values; HeyGen may ignore it."
        ),
    )


class _NonSeedTypes(dict[type, bool]):
    """Per exact type, whether a value of it can be in `NON_SEED_VALUES`: only members of
    an enum that has a member there can. Decided once per type, as checking each value
    against `StrEnum` (through its metaclass) is slow."""

    def __missing__(self, kind: type) -> bool:
        verdict = self[kind] = issubclass(kind, StrEnum) and any(
            member in NON_SEED_VALUES for member in kind
        )
        return verdict


_MAY_BE_NON_SEED = _NonSeedTypes()


_PART_STEPS = tuple(
    (PARTS.index(owner) + 1 if owner else 0, name, _PartWalkers(part))
    for part in PARTS
    for owner, _, name in [part.rpartition(".")]
)
"""Per part, in `PARTS` order (which lists owners first): where its owner is in the
walk's objects (0: the scene, i + 1: `PARTS[i]`), its field name there, its walkers."""
