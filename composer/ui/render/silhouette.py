"""A presenter drawn with paths, for avatars that have no catalogue picture."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPainterPath

BODY = QColor("#6B74D6")
BODY_DARK = QColor("#4A52B0")


def silhouette_path(box: QRectF) -> QPainterPath:
    """Head and shoulders filling `box` (the image the avatar would occupy)."""
    w, h, x, y = box.width(), box.height(), box.x(), box.y()
    path = QPainterPath()
    head_r = w * 0.17
    path.addEllipse(QPointF(x + w / 2, y + h * 0.30), head_r, head_r * 1.12)
    body = QPainterPath()
    body.moveTo(x + w * 0.08, y + h)
    body.cubicTo(x + w * 0.08, y + h * 0.62, x + w * 0.26, y + h * 0.52, x + w / 2, y + h * 0.52)
    body.cubicTo(x + w * 0.74, y + h * 0.52, x + w * 0.92, y + h * 0.62, x + w * 0.92, y + h)
    body.closeSubpath()
    return path.united(body)


def paint_silhouette(painter: QPainter, box: QRectF) -> None:
    gradient = QLinearGradient(box.topLeft(), box.bottomLeft())
    gradient.setColorAt(0.0, BODY)
    gradient.setColorAt(1.0, BODY_DARK)
    painter.fillPath(silhouette_path(box), gradient)
