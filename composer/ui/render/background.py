"""The background layer (colour, image by `fit`, or a video placeholder), rendered once per
size into a cached pixmap so that repaints during drags only blit it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImageReader, QPainter, QPen, QPixmap, QPolygonF

from composer.model.enums import BackgroundType, Fit
from composer.model.project import Background

PLACEHOLDER = QColor("#3A3F4B")
LETTERBOX = QColor("#000000")
CACHE_LIMIT = 64


def fitted_rect(
    image_w: float, image_h: float, frame_w: float, frame_h: float, fit: Fit | None
) -> QRectF:
    """Where the image lands in the frame (output pixels), per layout.md's `fit` rules."""
    fit = fit or Fit.COVER
    if fit == Fit.CONTAIN:
        scale = min(frame_w / image_w, frame_h / image_h)
    elif fit == Fit.NONE:
        scale = 1.0
    elif fit == Fit.CROP and image_w >= frame_w and image_h >= frame_h:
        scale = 1.0  # the centre at native scale
    else:  # cover (and crop of a small image, treated like cover)
        scale = max(frame_w / image_w, frame_h / image_h)
    w, h = image_w * scale, image_h * scale
    return QRectF((frame_w - w) / 2, (frame_h - h) / 2, w, h)


@dataclass(frozen=True)
class _Key:
    kind: str
    value: str
    path: str
    mtime: float
    fit: str
    frame: tuple[int, int]
    size: tuple[int, int]
    dpr: float


class BackgroundCache:
    """Background pixmaps by content and size; images are decoded once per key."""

    def __init__(self) -> None:
        self._pixmaps: dict[_Key, QPixmap] = {}

    def pixmap(
        self, background: Background, frame: tuple[int, int], size: QSize, dpr: float
    ) -> QPixmap:
        key = _key(background, frame, size, dpr)
        cached = self._pixmaps.get(key)
        if cached is None:
            if len(self._pixmaps) >= CACHE_LIMIT:
                self._pixmaps.pop(next(iter(self._pixmaps)))
            cached = self._pixmaps[key] = _render(background, frame, size, dpr)
        return cached


def _key(background: Background, frame: tuple[int, int], size: QSize, dpr: float) -> _Key:
    path = background.local_file or ""
    try:
        mtime = Path(path).stat().st_mtime if path else 0.0
    except OSError:
        mtime = -1.0
    return _Key(
        str(background.type),
        background.value or "",
        path,
        mtime,
        str(background.fit or ""),
        frame,
        (size.width(), size.height()),
        dpr,
    )


def _render(background: Background, frame: tuple[int, int], size: QSize, dpr: float) -> QPixmap:
    pixmap = QPixmap(max(1, round(size.width() * dpr)), max(1, round(size.height() * dpr)))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(LETTERBOX)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = size.width() / frame[0]
    if background.type == BackgroundType.COLOR:
        painter.fillRect(
            QRectF(0, 0, size.width(), size.height()), QColor(background.value or "#FFFFFF")
        )
    elif background.type == BackgroundType.IMAGE and _paint_image(
        painter, background, frame, scale, size, dpr
    ):
        pass
    else:
        _paint_placeholder(painter, background, size)
    painter.end()
    return pixmap


def _paint_image(
    painter: QPainter,
    background: Background,
    frame: tuple[int, int],
    scale: float,
    size: QSize,
    dpr: float,
) -> bool:
    if not background.local_file:
        return False
    reader = QImageReader(background.local_file)
    original = reader.size()
    if not original.isValid():
        return False
    target = fitted_rect(original.width(), original.height(), *frame, background.fit)
    shown = QRectF(
        target.x() * scale, target.y() * scale, target.width() * scale, target.height() * scale
    )
    # Decode straight at the size shown (fast, little memory), then draw it clipped.
    reader.setScaledSize(
        QSize(max(1, round(shown.width() * dpr)), max(1, round(shown.height() * dpr)))
    )
    image = reader.read()
    if image.isNull():
        return False
    painter.setClipRect(QRectF(0, 0, size.width(), size.height()))
    painter.drawImage(shown, image)
    return True


def _paint_placeholder(painter: QPainter, background: Background, size: QSize) -> None:
    rect = QRectF(0, 0, size.width(), size.height())
    painter.fillRect(rect, PLACEHOLDER)
    is_video = background.type == BackgroundType.VIDEO
    name = Path(background.local_file or background.url or "").name or "no file chosen"
    title = "Video background" if is_video else "Image background"
    _paint_media_icon(painter, rect, is_video)
    font = QFont()
    font.setPixelSize(max(9, round(size.height() * 0.05)))
    painter.setFont(font)
    painter.setPen(QColor(255, 255, 255, 200))
    painter.drawText(
        rect.adjusted(0, size.height() * 0.10, 0, 0), Qt.AlignmentFlag.AlignCenter, title
    )
    font.setPixelSize(max(8, round(size.height() * 0.035)))
    painter.setFont(font)
    painter.setPen(QColor(255, 255, 255, 140))
    painter.drawText(
        rect.adjusted(0, size.height() * 0.24, 0, 0), Qt.AlignmentFlag.AlignCenter, name
    )


def _paint_media_icon(painter: QPainter, rect: QRectF, is_video: bool) -> None:
    """A film frame with a play mark (video) or a framed mountain (image), drawn in paths."""
    side = min(rect.width(), rect.height()) * 0.16
    icon = QRectF(rect.center().x() - side * 0.7, rect.center().y() - side * 0.9, side * 1.4, side)
    painter.setPen(QPen(QColor(255, 255, 255, 170), max(1.0, side * 0.06)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(icon, side * 0.12, side * 0.12)
    mark = QPolygonF()
    c = icon.center()
    if is_video:
        for dx, dy in ((-0.18, -0.25), (0.25, 0.0), (-0.18, 0.25)):
            mark.append(QPointF(c.x() + dx * side, c.y() + dy * side))
    else:
        for dx, dy in ((-0.5, 0.35), (-0.1, -0.15), (0.15, 0.12), (0.3, -0.02), (0.55, 0.35)):
            mark.append(QPointF(c.x() + dx * side, c.y() + dy * side))
    painter.setBrush(QColor(255, 255, 255, 170))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawPolygon(mark)
