"""The background layer (colour, image by `fit`, a video's first frame, or a placeholder),
rendered once per size into a cached pixmap so that repaints during drags only blit it."""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageIOHandler,
    QImageReader,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

from composer.assets.online import media_file
from composer.media.safety import MediaError
from composer.model import layout
from composer.model.enums import BackgroundType, Fit
from composer.model.project import Background
from composer.paint.cache import MB, PixmapCache
from composer.paint.safe_images import reader as safe_reader
from composer.paint.safe_paint import painting
from composer.paint.video_poster import VideoPosters

LETTERBOX = QColor("#000000")
PLACEHOLDER_TOP = QColor("#434A5A")
PLACEHOLDER_BOTTOM = QColor("#2B303B")
INK = QColor(255, 255, 255, 215)
BUDGET = 96 * MB
LABEL_MIN_HEIGHT = 150
"""Below this height (thumbnails) placeholders show only their icon: words would be specks."""


def fitted_rect(
    image_w: float, image_h: float, frame_w: float, frame_h: float, fit: Fit | None
) -> QRectF:
    """Where the image lands in the frame (output pixels), per layout.md's `fit` rules."""
    rect = layout.background_rect(image_w, image_h, frame_w, frame_h, fit)
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def file_mtime(path: str | None) -> float | None:
    """The file's modification time, or None if there is no such file."""
    if not path:
        return None
    try:
        return Path(path).stat().st_mtime
    except OSError:
        return None


def file_name(local_file: str | None, url: str | None) -> str | None:
    """The name of a media's file, or of its URL's last part (None: neither has one)."""
    for source in (local_file, urlsplit(url or "").path):
        name = Path(unquote(source or "")).name
        if name:
            return name
    return None


def media_name(background: Background) -> str:
    """What to call the background's media in a placeholder: its file name if there is one."""
    name = file_name(background.local_file, background.url)
    if name:
        return name
    asset = background.image_asset_id or background.video_asset_id
    return f"asset {asset}" if asset else "No file chosen"


class BackgroundCache:
    """Background pixmaps by content and size; a picture is decoded once per key."""

    def __init__(self, posters: VideoPosters, *, badges: bool = True) -> None:
        self.posters = posters
        self.badges = badges
        """Mark video frames with a play badge (the preview); off for stills and videos."""
        self._pixmaps = PixmapCache(BUDGET)

    def media_key(self, background: Background) -> Hashable:
        """What, besides the scene's fields, changes the background's look: the local file's
        modification time and, for a video, whether its first frame has arrived."""
        mtime = file_mtime(media_file(background))
        return (mtime, self._video_frame(background, mtime) is not None)

    def pixmap(
        self, background: Background, frame: tuple[int, int], size: QSize, dpr: float
    ) -> QPixmap:
        key = (
            str(background.type),
            background.value,
            background.url,
            background.image_asset_id,
            background.video_asset_id,
            str(background.fit),
            background.local_file,
            self.media_key(background),
            frame,
            (size.width(), size.height()),
            dpr,
        )
        return self._pixmaps.get(key, lambda: self._render(background, frame, size, dpr))

    def _video_frame(self, background: Background, mtime: float | None) -> QByteArray | None:
        if background.type != BackgroundType.VIDEO or mtime is None:
            return None
        return self.posters.frame(str(media_file(background)), mtime)

    def _render(
        self, background: Background, frame: tuple[int, int], size: QSize, dpr: float
    ) -> QPixmap:
        pixmap = QPixmap(max(1, round(size.width() * dpr)), max(1, round(size.height() * dpr)))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(LETTERBOX)
        with painting(pixmap) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            rect = QRectF(0, 0, size.width(), size.height())
            if background.type == BackgroundType.COLOR:
                painter.fillRect(rect, QColor(background.value or "#FFFFFF"))
            else:
                self._paint_media(painter, background, frame, rect, dpr)
        return pixmap

    def _paint_media(
        self,
        painter: QPainter,
        background: Background,
        frame: tuple[int, int],
        rect: QRectF,
        dpr: float,
    ) -> None:
        is_video = background.type == BackgroundType.VIDEO
        path = media_file(background)  # its file, or its URL's download once cached
        mtime = file_mtime(path)
        video_frame = self._video_frame(background, mtime)
        source: QBuffer | str | None = None
        if video_frame is not None:
            source = QBuffer()
            source.setData(video_frame)
            source.open(QIODevice.OpenModeFlag.ReadOnly)
        elif not is_video and mtime is not None:
            source = str(path)
        try:
            reader = None if source is None else safe_reader(source)
        except MediaError:
            reader = None  # not a regular file, or too large: the placeholder says so
        painted = reader is not None and _paint_picture(
            painter, reader, background, frame, rect, dpr
        )
        if painted and is_video and self.badges:
            _paint_play_badge(painter, rect)
        elif not painted:
            paint_placeholder(painter, rect, is_video)
            if rect.height() >= LABEL_MIN_HEIGHT:
                paint_label(painter, rect, is_video, _placeholder_title(background, mtime))


def _placeholder_title(background: Background, mtime: float | None) -> str:
    """Why there is no picture: the preview never downloads, and a video's frame may be
    on its way (or ffmpeg missing)."""
    kind = "Video" if background.type == BackgroundType.VIDEO else "Image"
    name = media_name(background)
    if background.local_file:
        if mtime is None:
            return f"{kind} file not found · {name}"
        return f"Video background · {name}" if kind == "Video" else f"Can't read image · {name}"
    if background.url:
        return f"Online {kind.lower()} · {name}"
    if background.image_asset_id or background.video_asset_id:
        return f"Uploaded {kind.lower()} · {name}"
    return f"{kind} background · {name}"


def _paint_picture(
    painter: QPainter,
    reader: QImageReader,
    background: Background,
    frame: tuple[int, int],
    rect: QRectF,
    dpr: float,
) -> bool:
    """Decode straight at the size shown (fast, little memory) and draw it per `fit`.
    Photos carrying an EXIF rotation are shown upright."""
    reader.setAutoTransform(True)
    stored = reader.size()
    if not stored.isValid() or stored.isEmpty():
        return False
    rotated = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    upright = stored.transposed() if rotated else stored
    scale = rect.width() / frame[0]
    target = fitted_rect(upright.width(), upright.height(), *frame, background.fit)
    shown = QRectF(
        target.x() * scale, target.y() * scale, target.width() * scale, target.height() * scale
    )
    device = QSize(max(1, round(shown.width() * dpr)), max(1, round(shown.height() * dpr)))
    if device.width() < upright.width():  # decode smaller when shown smaller, never larger
        reader.setScaledSize(device.transposed() if rotated else device)
    image: QImage = reader.read()
    if image.isNull():
        return False
    painter.save()
    painter.setClipRect(rect)
    painter.drawImage(shown, image)
    painter.restore()
    return True


def paint_placeholder(painter: QPainter, rect: QRectF, is_video: bool) -> None:
    """A slate with a large, faint picture of the kind of media."""
    gradient = QLinearGradient(rect.topLeft(), rect.bottomLeft())
    gradient.setColorAt(0.0, PLACEHOLDER_TOP)
    gradient.setColorAt(1.0, PLACEHOLDER_BOTTOM)
    painter.fillRect(rect, gradient)
    side = min(rect.width(), rect.height()) * 0.3
    icon = QRectF(0, 0, side * 1.3, side)
    icon.moveCenter(rect.center())
    paint_media_icon(painter, icon, is_video, QColor(255, 255, 255, 70))


def paint_label(painter: QPainter, rect: QRectF, is_video: bool, title: str) -> None:
    """A chip in the top-right corner naming the media: the centre is usually covered by
    the avatar, and the text overlay starts top-left by default."""
    font = QFont()
    font.setPixelSize(max(10, round(rect.height() * 0.034)))
    metrics = QFontMetricsF(font)
    pad = metrics.height() * 0.55
    icon_w = metrics.height() * 1.3
    text = metrics.elidedText(title, Qt.TextElideMode.ElideMiddle, rect.width() * 0.55)
    chip = QRectF(0, 0, pad * 3 + icon_w + metrics.horizontalAdvance(text), metrics.height() * 2)
    chip.moveTopRight(rect.topRight() + QPointF(-rect.height() * 0.04, rect.height() * 0.04))
    path = QPainterPath()
    path.addRoundedRect(chip, chip.height() / 2, chip.height() / 2)
    painter.fillPath(path, QColor(0, 0, 0, 120))
    icon = QRectF(chip.x() + pad * 1.2, 0, icon_w, metrics.height())
    icon.moveTop(chip.center().y() - icon.height() / 2)
    paint_media_icon(painter, icon, is_video, INK)
    painter.setFont(font)
    painter.setPen(INK)
    text_rect = chip.adjusted(pad * 2.2 + icon_w, 0, -pad, 0)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, text)


def _paint_play_badge(painter: QPainter, rect: QRectF) -> None:
    """A small play mark on a video's first frame, so it is not mistaken for an image."""
    radius = max(5.0, rect.height() * 0.035)
    centre = rect.topRight() + QPointF(-radius * 1.8, radius * 1.8)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 130))
    painter.drawEllipse(centre, radius, radius)
    painter.setBrush(INK)
    painter.drawPolygon(_play_mark(centre, radius * 0.9))


def _play_mark(centre: QPointF, size: float) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(centre.x() - size * 0.35, centre.y() - size * 0.45),
            QPointF(centre.x() + size * 0.5, centre.y()),
            QPointF(centre.x() - size * 0.35, centre.y() + size * 0.45),
        ]
    )


def paint_media_icon(painter: QPainter, icon: QRectF, is_video: bool, color: QColor) -> None:
    """A film frame with a play mark (video) or a framed landscape (image), in `icon`."""
    line = max(1.0, icon.height() * 0.08)
    body = icon.adjusted(line / 2, line / 2, -line / 2, -line / 2)
    radius = icon.height() * 0.14
    painter.save()
    painter.setPen(QPen(color, line))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(body, radius, radius)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    if is_video:
        painter.drawPolygon(_play_mark(body.center(), body.height() * 0.55))
    else:
        w, h, x, y = body.width(), body.height(), body.x(), body.y()
        painter.drawEllipse(QPointF(x + w * 0.7, y + h * 0.32), h * 0.1, h * 0.1)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x + w * 0.12, y + h * 0.82),
                    QPointF(x + w * 0.38, y + h * 0.42),
                    QPointF(x + w * 0.56, y + h * 0.66),
                    QPointF(x + w * 0.68, y + h * 0.54),
                    QPointF(x + w * 0.88, y + h * 0.82),
                ]
            )
        )
    painter.restore()
