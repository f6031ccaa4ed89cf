"""A moment of a transition, painted from two scene pictures: the outgoing scene's last
moment and the incoming scene's moment, placed as composer.model.transitions says (the
compositor blends its frames by the same geometry). The preview uses it while its
scrubber is inside a transition; the transitions strip for its thumbnails."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from composer.model.transitions import Moment
from composer.paint.safe_paint import painting, saved


def scene_picture(
    draw: Callable[[QPainter, QRectF], None], size: QSize, dpr: float = 1.0
) -> QImage:
    """What `draw(painter, rect)` paints into a picture of `size` (logical pixels)."""
    image = QImage(
        max(1, round(size.width() * dpr)),
        max(1, round(size.height() * dpr)),
        QImage.Format.Format_RGB32,
    )
    image.setDevicePixelRatio(dpr)
    image.fill(Qt.GlobalColor.black)
    with painting(image) as painter:
        draw(painter, QRectF(0, 0, size.width(), size.height()))
    return image


def paint_transition(
    painter: QPainter, frame: QRectF, outgoing: QImage, incoming: QImage, at: Moment, width: int
) -> None:
    """Draw the two scenes' pictures (each as big as `frame`) into `frame` as `at` places
    them; `at` is in output pixels of a video `width` wide. Black where neither is."""
    scale = frame.width() / width
    with saved(painter):
        painter.setClipRect(frame)
        painter.fillRect(frame, QColor(Qt.GlobalColor.black))
        ox, oy = at.outgoing
        painter.drawImage(QPointF(frame.x() + ox * scale, frame.y() + oy * scale), outgoing)
        shown = QRectF(frame.x(), frame.y(), at.reveal * scale, frame.height())
        painter.setClipRect(shown, Qt.ClipOperation.IntersectClip)
        painter.setOpacity(at.alpha)
        ix, iy = at.incoming
        painter.drawImage(QPointF(frame.x() + ix * scale, frame.y() + iy * scale), incoming)


def transition_picture(outgoing: QImage, incoming: QImage, at: Moment, width: int) -> QImage:
    """The moment as a picture of the scene pictures' size (a thumbnail)."""
    size = outgoing.deviceIndependentSize().toSize()
    return scene_picture(
        lambda painter, rect: paint_transition(painter, rect, outgoing, incoming, at, width),
        size,
        outgoing.devicePixelRatio(),
    )
