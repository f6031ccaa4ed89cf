"""Frames made ahead on a worker thread: decoding and scaling (FFmpeg, which runs without
the GIL) overlap with compositing and encoding on the other core."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable
from typing import Any

DEPTH = 4
"""Frames made ahead (memory: DEPTH frames)."""
_END = object()


class Prefetch:
    """`next()` gives `make(t)` for each t of `times` in order."""

    def __init__(self, make: Callable[[Any], Any], times: Iterable[Any]) -> None:
        self._queue: queue.Queue[Any] = queue.Queue(DEPTH)
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(make, list(times)), name="frame-prefetch", daemon=True
        )
        self._thread.start()

    def _run(self, make: Callable[[Any], Any], times: list[Any]) -> None:
        for t in times:
            try:
                item = make(t)
            except Exception as exc:  # handed to the consumer, raised there
                item = _Failure(exc)
            if not self._put(item) or isinstance(item, _Failure):
                return
        self._put(_END)

    def _put(self, item: Any) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def next(self) -> Any:
        item = self._queue.get()
        if isinstance(item, _Failure):
            raise item.error
        if item is _END:
            raise StopIteration
        return item

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


class _Failure:
    def __init__(self, error: Exception) -> None:
        self.error = error
