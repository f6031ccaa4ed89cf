"""Painting without a window: QPixmap and fonts need a QGuiApplication. The command line
(`still`, `compose`, `submit`/`batch` on the exact route) creates one on Qt's offscreen
platform when the process has none.

It must be made on the main thread: Qt ties the application to the thread that made it,
and PySide destroys it on the main thread at interpreter exit. One made on a job's worker
thread (as `batch --route exact` once did) crashed the process with a segmentation fault
after all its work was written. So a worker asking first gets an error, not a crash later.
"""

from __future__ import annotations

import os
import threading

from PySide6.QtGui import QGuiApplication

_app: QGuiApplication | None = None


class PaintThreadError(RuntimeError):
    """Painting was first asked for off the main thread, before any application existed."""


def ensure_gui() -> None:
    global _app
    if QGuiApplication.instance() is not None:
        return
    if threading.current_thread() is not threading.main_thread():
        raise PaintThreadError(
            "Painting needs Qt's application made on the main thread first "
            "(call composer.paint.offscreen.ensure_gui() there before starting workers)."
        )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["scene-composer"])
