"""The document's own signals (composer/model/signals.py) behave as psygnal's did for
every use the app makes of them: the views connect bound methods and lambdas taking fewer
arguments than the signal, widgets go away, panels disconnect, slots edit again."""

from __future__ import annotations

import gc
import weakref

import pytest

from composer.model.document import ProjectDocument
from composer.model.project import Scene
from composer.model.signals import Signal, SignalInstance


class Emitter:
    pair = Signal(int, str)
    bare = Signal()


class Receiver:
    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []

    def both(self, index: int, path: str) -> None:
        self.calls.append((index, path))

    def leading(self, index: int = -1) -> None:
        self.calls.append((index,))

    def defaults(self, index: int = -1, path: str = "route", extra: int = 7) -> None:
        self.calls.append((index, path, extra))

    def any_number(self, *args: object) -> None:
        self.calls.append(args)

    def nothing(self) -> None:
        self.calls.append(())


def test_each_instance_has_its_own_signal_and_the_class_its_descriptor() -> None:
    first, second = Emitter(), Emitter()
    assert isinstance(Emitter.pair, Signal)
    assert isinstance(first.pair, SignalInstance)
    assert first.pair is first.pair
    assert first.pair is not second.pair
    seen: list[int] = []
    first.pair.connect(lambda index, _path: seen.append(index))
    second.pair.emit(2, "x")
    first.pair.emit(1, "x")
    assert seen == [1]


def test_a_slot_gets_the_leading_arguments_it_takes() -> None:
    receiver = Receiver()
    emitter = Emitter()
    for slot in (receiver.both, receiver.leading, receiver.defaults, receiver.any_number):
        emitter.pair.connect(slot)
    emitter.pair.connect(receiver.nothing)
    emitter.pair.connect(lambda: receiver.calls.append(("lambda",)))
    emitter.pair.emit(3, "name")
    assert receiver.calls == [(3, "name"), (3,), (3, "name", 7), (3, "name"), (), ("lambda",)]


def test_a_slot_taking_optional_arguments_gets_none_from_a_bare_signal() -> None:
    receiver = Receiver()
    emitter = Emitter()
    emitter.bare.connect(receiver.defaults)  # as the spend controller's _project_changed
    emitter.bare.emit()
    assert receiver.calls == [(-1, "route", 7)]


def test_a_slot_needing_more_than_the_signal_gives_is_refused_at_connect() -> None:
    emitter = Emitter()
    with pytest.raises(ValueError):
        emitter.bare.connect(Receiver().both)
    with pytest.raises(ValueError):
        emitter.pair.connect(lambda a, b, c: None)
    with pytest.raises(ValueError):
        emitter.pair.connect(lambda a, *, key: None)


def test_a_receiver_gone_is_dropped_and_not_called_and_functions_are_held() -> None:
    emitter = Emitter()
    receiver = Receiver()
    calls = receiver.calls
    emitter.pair.connect(receiver.both)
    kept: list[int] = []
    emitter.pair.connect(lambda index, _path: kept.append(index))  # nothing else holds it
    del receiver
    gc.collect()
    emitter.pair.emit(1, "x")
    assert calls == []
    assert kept == [1]
    assert len(emitter.pair._slots) == 1  # the dead method's connection is gone


def test_a_receiver_gone_during_an_emit_is_not_called() -> None:
    emitter = Emitter()
    holder = [Receiver()]
    calls = holder[0].calls
    emitter.pair.connect(lambda _index, _path: holder.clear())  # a slot closing a panel
    emitter.pair.connect(holder[0].both)
    emitter.pair.emit(1, "x")
    assert calls == []


def test_a_bound_method_does_not_keep_its_object_alive() -> None:
    emitter = Emitter()
    receiver = Receiver()
    emitter.pair.connect(receiver.both)
    ref = weakref.ref(receiver)
    del receiver
    assert ref() is None  # gone without a collection: no cycle through the signal


def test_disconnect_one_slot_one_connection_or_all() -> None:
    emitter = Emitter()
    receiver = Receiver()
    other: list[object] = []

    def function(index: int, path: str) -> None:
        other.append(index)

    emitter.pair.connect(receiver.both)
    emitter.pair.connect(receiver.both)  # connected twice: called twice, as psygnal
    emitter.pair.connect(function)
    emitter.pair.emit(1, "")
    assert (len(receiver.calls), other) == (2, [1])
    emitter.pair.disconnect(receiver.both)  # one of the two
    emitter.pair.disconnect(function)
    emitter.pair.disconnect(receiver.nothing)  # never connected: nothing happens
    emitter.pair.emit(2, "")
    assert (len(receiver.calls), other) == (3, [1])
    emitter.pair.disconnect()
    emitter.pair.emit(3, "")
    assert (len(receiver.calls), other) == (3, [1])


def test_slots_may_disconnect_connect_and_emit_during_an_emit() -> None:
    emitter = Emitter()
    seen: list[str] = []

    def first(index: int) -> None:
        seen.append(f"first {index}")
        emitter.pair.connect(late)
        emitter.pair.disconnect(first)
        if index == 0:
            emitter.pair.emit(1, "again")  # a slot editing the document again

    def second(index: int) -> None:
        seen.append(f"second {index}")

    def late(index: int) -> None:
        seen.append(f"late {index}")

    emitter.pair.connect(first)
    emitter.pair.connect(second)
    emitter.pair.emit(0, "")
    # the nested emit reaches the slots connected when it began; the outer emit goes on
    # with its own list: `second` once per emit, `late` only from the emit after its connect
    assert seen == ["first 0", "second 1", "late 1", "second 0"]


def test_an_exception_in_a_slot_propagates_as_it_is_and_stops_the_emit() -> None:
    emitter = Emitter()
    after: list[int] = []

    def broken(index: int) -> None:
        raise KeyError(index)

    emitter.pair.connect(broken)
    emitter.pair.connect(lambda index: after.append(index))
    with pytest.raises(KeyError):
        emitter.pair.emit(4, "")
    assert after == []


def test_the_document_emits_to_slots_taking_fewer_arguments() -> None:
    doc = ProjectDocument()
    seen: list[object] = []
    doc.inserted.connect(lambda first: seen.append(("inserted", first)))
    doc.changed.connect(lambda: seen.append("changed"))
    doc.reset.connect(lambda: seen.append("reset"))
    doc.insert(0, [Scene()])
    doc.set_value(0, "name", "Intro")
    doc.load(doc.project)
    assert seen == [("inserted", 0), "changed", "reset"]
