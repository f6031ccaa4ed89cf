"""Painting never raises out of the painter: a scene whose drawing fails (a shared file's
value no check foresaw, a picture that can't be read) is drawn as a warning box and the
error logged, and every QPainter is ended, also on an error (a painter left active on a
device that is then destroyed aborts the process)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPaintDevice, QPainter, QPen

log = logging.getLogger(__name__)
BOX = QColor("#5A1E1E")
INK = QColor("#FFD7D7")


@contextmanager
def painting(device: QPaintDevice) -> Iterator[QPainter]:
    """A QPainter on `device`, ended however the block leaves."""
    painter = QPainter(device)
    try:
        yield painter
    finally:
        if painter.isActive():
            painter.end()


@contextmanager
def saved(painter: QPainter) -> Iterator[QPainter]:
    """The painter's state saved for the block and restored however it leaves."""
    painter.save()
    try:
        yield painter
    finally:
        painter.restore()


def warning_box(painter: QPainter, rect: QRectF, message: str) -> None:
    """A dark red box with `message` (plain text) in it."""
    painter.save()
    painter.setClipRect(rect)
    painter.fillRect(rect, BOX)
    painter.setPen(QPen(INK))
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    painter.drawText(rect.adjusted(8, 8, -8, -8), int(flags), message)
    painter.restore()


def guarded(painter: QPainter, rect: QRectF, what: str, draw: Callable[[], None]) -> bool:
    """Run `draw`; on an error, log it, put the painter's state back and draw the warning
    box over `rect` instead. False when it failed."""
    try:
        with saved(painter):
            draw()
    except Exception:
        log.exception("painting %s failed", what)
        warning_box(painter, rect, f"⚠ This {what} can't be drawn: one of its values is unusable.")
        return False
    return True
