"""What the preview draws over the scene: the frame's shadow, guides, the selection and a
read-out of the value being changed. All are axis-aligned and drawn without
antialiasing, on whole pixels. Guides are drawn twice (dark under light) so they
show on any background, light or dark, and as filled 1 px rectangles: dashed pens are
slow to stroke, and a preview repaints on every mouse move of a drag.

The translucent parts (the shadow, the guides, the selection's halo, the read-out's
pill) are drawn once into cached sprites and blitted: Qt fills a translucent rectangle
one scanline at a time, so a tall 4 px strip costs as much as a big opaque fill, while
a blit of the same pixels is one fast copy."""

from __future__ import annotations

from functools import cache
from math import ceil, floor

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
)

from composer.paint.cache import MB
from composer.paint.sprites import Sprites

SURROUND = QColor("#202226")
ACCENT = QColor("#3D8BFF")
SNAPPED = QColor("#FF3FA4")
"""Guides an item has snapped to: the colour design tools use for smart guides."""
HALO = QColor(0, 0, 0, 60)
GUIDE_LIGHT = QColor(255, 255, 255, 110)
GUIDE_DARK = QColor(0, 0, 0, 55)
FRAME_EDGE = QColor(255, 255, 255, 28)
HANDLE_SIZE = 9.0
SHADOW = 6
"""How far the frame's shadow reaches beyond it (it is drawn 2 px lower)."""
DASH = 4
READOUT_MAX_WIDTH = 320
_SPRITES = Sprites(24 * MB)


def _inside(rect: QRectF) -> QRectF:
    """The largest rectangle on whole pixels inside `rect`."""
    left, top = ceil(rect.left()), ceil(rect.top())
    return QRectF(left, top, floor(rect.right()) - left, floor(rect.bottom()) - top)


def _whole(rect: QRectF) -> QRectF:
    """The smallest rectangle on whole pixels holding `rect`."""
    left, top = floor(rect.left()), floor(rect.top())
    return QRectF(left, top, ceil(rect.right()) - left, ceil(rect.bottom()) - top)


def paint_frame_shadow(painter: QPainter, frame: QRectF) -> None:
    """A soft drop shadow and hairline border lifting the frame off the surround, as strips
    around it (the scene covers the frame itself)."""
    area = _whole(frame.adjusted(-SHADOW, -SHADOW, SHADOW, SHADOW + 2))
    key = ("shadow", *_relative(frame, area))
    ring = _ring(area, _inside(frame.adjusted(1, 1, -1, -1)))  # the sprite is empty there
    _SPRITES.blit(painter, area, key, lambda sprite: _draw_frame_shadow(sprite, frame), parts=ring)


def _draw_frame_shadow(painter: QPainter, frame: QRectF) -> None:
    for spread, alpha in ((SHADOW, 22), (SHADOW // 2, 40)):
        ring = frame.adjusted(-spread, -spread + 2, spread, spread + 2)
        for strip in _ring(ring, frame):
            painter.fillRect(strip, QColor(0, 0, 0, alpha))
    for edge in _ring(frame.adjusted(-1, -1, 1, 1), frame):
        painter.fillRect(edge, FRAME_EDGE)


def _ring(outer: QRectF, inner: QRectF) -> list[QRectF]:
    """The parts of `outer` outside `inner`, as non-overlapping rectangles."""
    top = QRectF(outer.left(), outer.top(), outer.width(), max(0.0, inner.top() - outer.top()))
    bottom = QRectF(outer.left(), inner.bottom(), outer.width(), outer.bottom() - inner.bottom())
    middle_h = inner.height()
    left = QRectF(outer.left(), inner.top(), inner.left() - outer.left(), middle_h)
    right = QRectF(inner.right(), inner.top(), outer.right() - inner.right(), middle_h)
    return [r for r in (top, bottom, left, right) if r.width() > 0 and r.height() > 0]


@cache
def _dash_brush() -> QBrush:
    """Dashes as a texture: one `fillRect` draws a dashed hairline of any length, much
    faster than stroking a dashed pen. Dashes run 4 px on, 4 off, across or down."""
    tile = QImage(DASH * 2, DASH * 2, QImage.Format.Format_ARGB32_Premultiplied)
    tile.fill(Qt.GlobalColor.transparent)
    for x in range(DASH * 2):
        for y in range(DASH * 2):
            if (x + y) % (DASH * 2) < DASH:
                tile.setPixelColor(x, y, GUIDE_LIGHT)
    return QBrush(tile)


def _hairline(x: float, y: float, w: float, h: float) -> QRectF:
    """A line as a rectangle on whole pixels (crisp, never smeared over two)."""
    return QRectF(round(x), round(y), max(1, round(w)), max(1, round(h)))


def _outline(rect: QRectF, width: int = 1) -> list[QRectF]:
    """The inside edge of `rect`, `width` px thick, as four non-overlapping strips."""
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    return [
        _hairline(x, y, w, width),
        _hairline(x, y + h - width, w, width),
        _hairline(x, y + width, width, h - 2 * width),
        _hairline(x + w - width, y + width, width, h - 2 * width),
    ]


def _paint_dashed(painter: QPainter, lines: list[QRectF]) -> None:
    """Dark under light dashes: visible on any background."""
    for line in lines:
        painter.fillRect(line, GUIDE_DARK)
        painter.fillRect(line, _dash_brush())


def paint_guides(
    painter: QPainter,
    frame: QRectF,
    safe: QRectF,
    dragging: bool,
    snapped: tuple[float | None, float | None],
) -> None:
    """The safe area (always, faint); centre lines while dragging; snapped guides bright.

    `snapped` holds the vertical and horizontal guide (widget coordinates) an item sits on.
    """
    area = _whole(frame.united(safe))
    key = ("guides", dragging, *_relative(frame, area), *_relative(safe, area))
    _SPRITES.blit(painter, area, key, lambda sprite: _draw_guides(sprite, frame, safe, dragging))
    snap_x, snap_y = snapped
    if snap_x is not None:
        painter.fillRect(_hairline(snap_x, frame.top(), 1, frame.height()), SNAPPED)
    if snap_y is not None:
        painter.fillRect(_hairline(frame.left(), snap_y, frame.width(), 1), SNAPPED)


def _relative(rect: QRectF, area: QRectF) -> tuple[float, float, float, float]:
    return (rect.x() - area.x(), rect.y() - area.y(), rect.width(), rect.height())


def _draw_guides(painter: QPainter, frame: QRectF, safe: QRectF, dragging: bool) -> None:
    _paint_dashed(painter, _outline(safe))
    if dragging:
        centre = frame.center()
        vertical = _hairline(centre.x(), frame.top(), 1, frame.height())
        horizontal = _hairline(frame.left(), centre.y(), frame.width(), 1)
        _paint_dashed(painter, [vertical, horizontal])


def paint_outline(painter: QPainter, box: QRectF, strong: bool) -> None:
    """The selection (strong: 2 px on a dark halo) or hover (1 px) outline of a box, on
    whole pixels (so one sprite serves a box of this size anywhere)."""
    box = QRectF(round(box.x()), round(box.y()), round(box.width()), round(box.height()))
    area = box.adjusted(-4, -4, 4, 4)
    key = ("outline", strong, box.width(), box.height())
    _SPRITES.blit(painter, area, key, lambda sprite: _draw_outline(sprite, box, strong))


def _draw_outline(painter: QPainter, box: QRectF, strong: bool) -> None:
    if strong:
        for strip in _outline(box.adjusted(-2, -2, 2, 2), width=4):
            painter.fillRect(strip, HALO)
    color = QColor(ACCENT)
    if not strong:
        color.setAlpha(170)
    width = 2 if strong else 1
    for strip in _outline(box.adjusted(-width / 2, -width / 2, width / 2, width / 2), width):
        painter.fillRect(strip, color)


def handle_rect(corner: QPointF) -> QRectF:
    rect = QRectF(0, 0, HANDLE_SIZE, HANDLE_SIZE)
    rect.moveCenter(corner)
    return rect


def paint_handle(painter: QPainter, corner: QPointF) -> None:
    handle = _hairline(
        corner.x() - HANDLE_SIZE / 2, corner.y() - HANDLE_SIZE / 2, HANDLE_SIZE, HANDLE_SIZE
    )
    painter.fillRect(handle, ACCENT)
    painter.fillRect(handle.adjusted(2, 2, -2, -2), QColor("#FFFFFF"))


def readout_band(frame: QRectF) -> QRectF:
    """Where a read-out can be: what to repaint when it changes or goes."""
    return QRectF(frame.center().x() - READOUT_MAX_WIDTH / 2, frame.top(), READOUT_MAX_WIDTH, 40)


@cache
def _readout_font() -> tuple[QFont, QFontMetricsF]:
    font = QFont()
    font.setPixelSize(12)
    return font, QFontMetricsF(font)


def paint_readout(painter: QPainter, frame: QRectF, text: str) -> None:
    """A pill under the top edge of the frame saying the value being changed."""
    font, metrics = _readout_font()
    pill = QRectF(0, 0, ceil(metrics.horizontalAdvance(text)) + 20, ceil(metrics.height()) + 8)
    pill.moveCenter(QPointF(frame.center().x(), frame.top() + 10 + pill.height() / 2))
    pill.moveTopLeft(QPointF(round(pill.x()), round(pill.y())))
    _SPRITES.blit(
        painter, pill, ("pill", pill.width(), pill.height()), lambda p: _draw_pill(p, pill)
    )
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def _draw_pill(painter: QPainter, pill: QRectF) -> None:
    path = QPainterPath()
    path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillPath(path, QColor(20, 22, 26, 210))


def paint_message(painter: QPainter, rect: QRectF, text: str) -> None:
    painter.setPen(QColor(255, 255, 255, 150))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
