"""How the model's dataclasses declare their fields: optional values, the rule that says
when a field means anything, project-file-only fields, number bounds and the `extra` bag
(see composer.model.codec and composer.model.decoding, which read this metadata), and the
geometry every layer shares."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

FRACTIONS = 100
"""Scales, offsets, positions and line heights are read at most this large either way
(HeyGen's ranges are within ±5): a larger one is held, listed, and never painted."""
MAX_SIDE = 8192
"""The video's width and height are never read larger (4K is 3840; a still is painted
at the video's size)."""


@dataclass(frozen=True)
class Applies:
    """When an optional field is meaningful, and how to say so to a user."""

    test: Callable[[Any], bool]
    phrase: str


def only(attr: str, *values: str, phrase: str) -> Applies:
    return Applies(lambda obj: getattr(obj, attr) in values, phrase)


def meta(applies: Applies | None = None, *, local: bool = False) -> dict[str, Any]:
    return {"applies": applies, "local": local}


def optional(applies: Applies | None = None, *, local: bool = False) -> Any:
    return field(default=None, metadata=meta(applies, local=local))


def most(largest: float) -> Any:
    """An optional number read no larger than `largest` either way (decoding.decode_field)."""
    return field(default=None, metadata={"most": largest})


def extra_field() -> Any:
    return field(default_factory=dict, metadata={"extra": True})


def local_list() -> Any:
    """A project-file-only list, left out of the file while empty (older files stay as
    they were written)."""
    return field(default_factory=list, metadata={**meta(local=True), "omit_empty": True})


@dataclass
class Position:
    x: float | None = most(FRACTIONS)
    y: float | None = most(FRACTIONS)
    extra: dict[str, Any] = extra_field()
