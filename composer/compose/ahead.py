"""The next scene made ready on a worker thread while the current one is encoded: its
still layers painted and converted for the graph (0.1-0.2 s a scene at 1080p, Qt painting
and numpy, which would otherwise run while the encoder has nothing to do). Its clips are
opened only when its turn comes: decoders hold many frames (a 4k clip's, 100 MB), so
memory holds one scene's decoders and at most two scenes' still layers."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

Item = TypeVar("Item")
Made = TypeVar("Made")


class OneAhead(Generic[Item, Made]):
    """`next()` gives `make(item)` for each item in turn, the one after it being made on a
    worker meanwhile; `close()` (after an error or a cancel too) closes, with `close`,
    what was made and not given."""

    def __init__(
        self, make: Callable[[Item], Made], items: Iterable[Item], close: Callable[[Made], None]
    ) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scene-ahead")
        self._make, self._close = make, close
        self._items = iter(items)
        self._pending = self._start()

    def _start(self) -> Future[Made] | None:
        for item in self._items:
            return self._pool.submit(self._make, item)
        return None

    def next(self) -> Made:
        """The next item's result (its error raised here); StopIteration after the last."""
        current = self._pending
        if current is None:
            raise StopIteration
        self._pending = self._start()  # queued behind `current` on the one worker
        return current.result()

    def close(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None and not pending.cancel():
            with contextlib.suppress(Exception):  # its error is not the one to report
                self._close(pending.result())
        self._pool.shutdown(wait=True)

    def __enter__(self) -> OneAhead[Item, Made]:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
