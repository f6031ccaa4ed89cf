"""Background work for the GUI (the Anki `QueryOp` idea) and the job controller built on it.

`run_in_background(fn, on_success=..., on_failure=..., on_progress=...)` runs `fn` on a
QThreadPool thread; its result, its exception and its progress reports are delivered as
queued signals, so every callback runs on the GUI thread and may touch widgets. `fn`
itself must not touch Qt widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot

from composer.heygen.errors import HeyGenError

log = logging.getLogger(__name__)

_running: set[Operation] = set()  # keeps each operation alive until its result is delivered


class Operation(QObject):
    """One call of `fn` off the GUI thread. Made by `run_in_background`."""

    _succeeded = Signal(object)
    _failed = Signal(object)
    _progressed = Signal(object)

    def __init__(
        self,
        fn: Callable[..., Any],
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
        on_progress: Callable[[Any], None] | None,
        parent: QObject | None,
    ) -> None:
        super().__init__()  # no Qt parent: it must outlive a closed window until fn ends
        self._fn = fn
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._parent = parent
        # The receiver (self) lives on the GUI thread: emits from the worker are queued.
        self._succeeded.connect(self._deliver_success)
        self._failed.connect(self._deliver_failure)
        self._progressed.connect(self._deliver_progress)

    def work(self) -> None:
        """On the worker thread."""
        try:
            result = self._fn(self._progressed.emit) if self._on_progress else self._fn()
        except Exception as exc:
            self._tell(self._failed, exc)
        else:
            self._tell(self._succeeded, result)

    def _tell(self, signal: SignalInstance, value: object) -> None:
        """Emit unless the application has already destroyed this object (quitting while
        the work ran): nobody is left to tell."""
        try:
            signal.emit(value)
        except RuntimeError:
            if shiboken6.isValid(self):
                raise

    def _wanted(self) -> bool:
        """Callbacks are skipped once the parent widget is gone (e.g. its window closed)."""
        return self._parent is None or shiboken6.isValid(self._parent)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        if self._on_success and self._wanted():
            self._on_success(result)
        self._done()

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        if self._on_failure and self._wanted():
            self._on_failure(error)
        elif not isinstance(error, HeyGenError):
            log.error("background operation failed", exc_info=error)
        self._done()

    @Slot(object)
    def _deliver_progress(self, value: Any) -> None:
        if self._on_progress and self._wanted():
            self._on_progress(value)

    def _done(self) -> None:
        _running.discard(self)
        self.deleteLater()


class _Task(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self.operation = operation

    def run(self) -> None:
        self.operation.work()


def run_in_background(
    fn: Callable[..., Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Any], None] | None = None,
    parent: QObject | None = None,
    pool: QThreadPool | None = None,
) -> Operation:
    """Run `fn()` off the GUI thread; callbacks run on the GUI thread. With `on_progress`,
    `fn` is called with one argument, a function to report progress values with."""
    operation = Operation(fn, on_success, on_failure, on_progress, parent)
    _running.add(operation)
    (pool or QThreadPool.globalInstance()).start(_Task(operation))
    return operation
