"""The document's signals: psygnal's behaviour that the app uses, without psygnal or Qt.

Importing psygnal cost 29 ms of a ~400 ms cold start (issue 22), 17 ms of it because its
`__init__` reads its own version through `importlib.metadata` (email, zipfile...). As in
psygnal 0.16: `Signal` on a class gives each instance its own `SignalInstance`; a slot
taking fewer positional arguments gets the leading ones (counted at connect time; one
needing more is refused there); a bound method is held weakly (dropped, never called, once
its object is gone), any other callable strongly; connecting twice calls twice,
`disconnect(slot)` drops one connection (none is fine), `disconnect()` all; an emit calls
the slots connected when it began, so slots may (dis)connect or emit. An exception in a
slot propagates as it is (psygnal wrapped it in `EmitLoopError`); later slots are skipped.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable
from types import MethodType
from typing import Any, overload

Slot = Callable[..., object]
_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


def accepted_count(slot: Slot, given: int) -> int:
    """How many of a signal's `given` arguments `slot` takes; ValueError if it needs more."""
    params = list(inspect.signature(slot).parameters.values())
    if any(p.kind is p.VAR_POSITIONAL for p in params):
        return given
    positional = [p for p in params if p.kind in _POSITIONAL]
    required = [p for p in params if p.default is p.empty and p.kind is not p.VAR_KEYWORD]
    if len(required) > given or any(p.kind is p.KEYWORD_ONLY for p in required):
        raise ValueError(f"{slot!r} needs more than the signal's {given} arguments")
    return min(len(positional), given)


def _held(slot: Slot, on_death: Callable[[object], None]) -> Callable[[], Slot | None]:
    """What gives the slot back: weakly for a bound method, strongly for the rest."""
    if isinstance(slot, MethodType):
        return weakref.WeakMethod(slot, on_death)
    return lambda: slot


class SignalInstance:
    """One object's signal: connect slots, emit to them."""

    def __init__(self, count: int) -> None:
        self.count = count
        # (what gives the slot back, how many arguments it takes); replaced, never changed
        # in place, so an emit goes on with the list it began with.
        self._slots: list[tuple[Callable[[], Slot | None], int]] = []

    def connect(self, slot: Slot) -> None:
        count = accepted_count(slot, self.count)
        self._slots = [*self._slots, (_held(slot, self._drop), count)]

    def disconnect(self, slot: Slot | None = None) -> None:
        if slot is None:
            self._slots = []
            return
        held = next((held for held, _count in self._slots if held() == slot), None)
        self._drop(held)

    def emit(self, *args: Any) -> None:
        for held, count in self._slots:
            slot = held()
            if slot is not None:
                slot(*args[:count])

    def _drop(self, held: object) -> None:
        """Forget the slot `held` gives back (its object died, or it is disconnected)."""
        self._slots = [pair for pair in self._slots if pair[0] is not held]


class Signal:
    """A class attribute naming a signal's argument types, as psygnal's `Signal`."""

    def __init__(self, *types: type) -> None:
        self.types = types

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> Signal: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> SignalInstance: ...
    def __get__(self, instance: object, owner: type | None = None) -> Signal | SignalInstance:
        if instance is None:
            return self
        signal = SignalInstance(len(self.types))
        setattr(instance, self.name, signal)  # found before this descriptor from now on
        return signal
