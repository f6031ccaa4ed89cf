"""Python's cyclic garbage collector, run on the GUI thread only.

Automatic collection runs in whichever thread happens to allocate past the threshold: a
worker finishing, or a practice server's request thread. A collected cycle that holds a
Qt object then deletes it off the GUI thread, while the GUI thread may be using it or
building next to it: an intermittent segfault (seen in CI, a thread "Garbage-collecting"
at its exit while the window built the Jobs panel). So automatic collection is switched
off and the same generational thresholds are checked on a timer in the GUI thread
(the pattern pyqtgraph's GarbageCollector made known). Reference counting, which frees
almost everything, is untouched: only cycles wait for the next tick."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 100

_collector: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        """What automatic collection would have done by now, generation by generation."""
        count = gc.get_count()
        for generation in range(3):
            if count[generation] <= self.threshold[generation]:
                return
            gc.collect(generation)


def install(app: QObject) -> None:
    """Once per application (the QApplication is the timer's parent)."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
