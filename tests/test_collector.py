"""Cycles are collected on the GUI thread, never in a worker (composer/ui/collector.py):
a cycle holding a Qt object, collected in a worker, deleted that object off the GUI thread
(a segfault seen in CI)."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot


class _Cycle:
    """A reference cycle holding a Qt object; says which thread finally frees it."""

    freed_in: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.qt = QObject()
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_in.append(threading.current_thread().name)


def test_a_cycle_dropped_in_a_worker_is_collected_on_the_gui_thread(qtbot: QtBot) -> None:
    assert not gc.isenabled()  # automatic collection is off (the app's collector runs)
    _Cycle.freed_in.clear()

    kept: list[list[object]] = []

    def worker() -> None:
        _Cycle()  # dropped at once: only the cycle keeps it
        # allocate far past every threshold (and keep it), as a busy worker does
        kept.extend([] for _ in range(50 * sum(gc.get_threshold())))

    thread = threading.Thread(target=worker, name="worker")
    thread.start()
    thread.join()
    assert _Cycle.freed_in == []  # the worker collected nothing
    qtbot.waitUntil(lambda: bool(_Cycle.freed_in), timeout=5000)
    assert _Cycle.freed_in == [threading.main_thread().name]
    kept.clear()
