"""A presenter drawn with paths, for avatars that have no catalogue picture: head, neck and
a jacketed torso with an open collar, framed from the waist up like a studio avatar."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPainterPath, QPen, QPolygonF

from composer.model import layout

BODY = QColor("#5B64C9")
BODY_DARK = QColor("#3D4494")
SKIN = QColor("#8D95E8")
SKIN_SHADE = QColor("#6F77D2")
HAIR = QColor("#343A7E")
LAPEL = QColor("#4B53B4")
ARM_LINE = QColor(30, 34, 90, 70)
LAPEL_POINTS = ((0.046, 0.318), (0.092, 0.336), (0.062, 0.41), (0.085, 0.43), (0.0, 0.56))
"""The left lapel, x from the centre to the left and y from the top in box heights; it ends
where the shirt's V does. The right one mirrors it."""
SHIRT = QColor("#E4E6FA")

HEAD_AND_SHOULDERS = layout.HEAD_AND_SHOULDERS


SHOULDER = ((0.09, 0.338), (0.19, 0.342), (0.218, 0.405), (0.238, 0.45), (0.243, 0.53))
"""Control points of the right shoulder and upper arm (x from the centre, y from the top, in
box heights), from the neck at (0.05, 0.318) to the arm at (0.243, 0.6); the left mirrors."""


def _torso(box: QRectF) -> QPainterPath:
    """Shoulders sloping from the neck, arms falling straight to the bottom edge."""
    h, cx, y = box.height(), box.center().x(), box.y()

    def at(x: float, y_: float) -> QPointF:
        return QPointF(cx + x * h, y + y_ * h)

    (a1, a2, shoulder, b1, b2), arm = SHOULDER, (0.243, 0.6)
    path = QPainterPath(at(-0.05, 0.318))
    path.cubicTo(at(-a1[0], a1[1]), at(-a2[0], a2[1]), at(-shoulder[0], shoulder[1]))
    path.cubicTo(at(-b1[0], b1[1]), at(-b2[0], b2[1]), at(-arm[0], arm[1]))
    path.lineTo(at(-0.232, 1.0))
    path.lineTo(at(0.232, 1.0))
    path.lineTo(at(*arm))
    path.cubicTo(at(*b2), at(*b1), at(*shoulder))
    path.cubicTo(at(*a2), at(*a1), at(0.05, 0.318))
    path.closeSubpath()
    return path


def _hair(head: QPointF, h: float) -> QPainterPath:
    """A cap of hair over the top of the head, its hairline curving down to the temples."""
    hair = QPainterPath()
    hair.addEllipse(head + QPointF(0, -0.006 * h), 0.081 * h, 0.094 * h)
    face = QPainterPath()
    face.addEllipse(head + QPointF(0, 0.05 * h), 0.09 * h, 0.1 * h)
    return hair.subtracted(face)


def paint_silhouette(painter: QPainter, box: QRectF) -> None:
    """The presenter filling `box` (the picture's box; scale 1.0 fills the frame height)."""
    h, cx, y = box.height(), box.center().x(), box.y()
    painter.save()
    painter.setPen(QColor(0, 0, 0, 0))
    painter.setBrush(SKIN_SHADE)
    painter.drawRect(QRectF(cx - 0.04 * h, y + 0.27 * h, 0.08 * h, 0.07 * h))  # neck
    skin = QLinearGradient(QPointF(cx, y + 0.12 * h), QPointF(cx, y + 0.31 * h))
    skin.setColorAt(0.0, SKIN)
    skin.setColorAt(1.0, SKIN_SHADE)
    painter.setBrush(skin)
    head = QPointF(cx, y + 0.215 * h)
    painter.drawEllipse(head, 0.077 * h, 0.097 * h)
    painter.fillPath(_hair(head, h), HAIR)
    jacket = QLinearGradient(box.topLeft(), box.bottomLeft())
    jacket.setColorAt(0.3, BODY)
    jacket.setColorAt(1.0, BODY_DARK)
    painter.fillPath(_torso(box), jacket)
    for side in (-1, 1):
        painter.setBrush(LAPEL)
        painter.drawPolygon(
            QPolygonF([QPointF(cx + side * x * h, y + y_ * h) for x, y_ in LAPEL_POINTS])
        )
        painter.setPen(QPen(ARM_LINE, max(1.0, 0.004 * h)))
        painter.drawLine(
            QPointF(cx + side * 0.175 * h, y + 0.6 * h), QPointF(cx + side * 0.17 * h, y + h)
        )
        painter.setPen(QColor(0, 0, 0, 0))
    painter.setBrush(SHIRT)
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(cx - 0.046 * h, y + 0.318 * h),
                QPointF(cx, y + 0.44 * h),
                QPointF(cx + 0.046 * h, y + 0.318 * h),
            ]
        )
    )
    painter.restore()
