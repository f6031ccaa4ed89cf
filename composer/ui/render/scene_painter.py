"""Paint one scene into a rectangle: the preview and the scene list's thumbnails use this.

Geometry comes from composer.model.layout (output pixels); this module only maps output
pixels onto the target rectangle and draws.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPixmap

from composer.model import layout
from composer.model.enums import AvatarStyle, CharacterType, FontWeight, TextAlign
from composer.model.project import Character, Scene, TextOverlay
from composer.ui.render.background import BackgroundCache
from composer.ui.render.silhouette import paint_silhouette

AvatarPictures = Callable[[Character], QPixmap | None]
CIRCLE_DEFAULT = QColor("#C9CDD6")
CLOSE_UP_ZOOM = 1.6
ALIGN = {
    TextAlign.LEFT: Qt.AlignmentFlag.AlignLeft,
    TextAlign.CENTER: Qt.AlignmentFlag.AlignHCenter,
    TextAlign.RIGHT: Qt.AlignmentFlag.AlignRight,
}


def frame_in(rect: QRectF, width: int, height: int, margin: float = 0.0) -> QRectF:
    """The largest rectangle of the project's aspect centred in `rect`."""
    avail = rect.adjusted(margin, margin, -margin, -margin)
    scale = min(avail.width() / width, avail.height() / height)
    w, h = width * scale, height * scale
    return QRectF(avail.x() + (avail.width() - w) / 2, avail.y() + (avail.height() - h) / 2, w, h)


class ScenePainter:
    def __init__(self, avatar_pictures: AvatarPictures | None = None) -> None:
        self.backgrounds = BackgroundCache()
        self.avatar_pictures = avatar_pictures or (lambda _character: None)

    def paint(
        self, painter: QPainter, frame: QRectF, scene: Scene, width: int, height: int
    ) -> None:
        """Draw `scene` (output size width×height) into `frame`, which has that aspect."""
        size = QSize(max(1, round(frame.width())), max(1, round(frame.height())))
        dpr = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(
            frame.topLeft(), self.backgrounds.pixmap(scene.background, (width, height), size, dpr)
        )
        painter.save()
        painter.setClipRect(frame)
        painter.translate(frame.topLeft())
        painter.scale(frame.width() / width, frame.height() / height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self._avatar(painter, scene.character, width, height)
        if scene.text is not None and scene.text.text:
            paint_text(painter, scene.text, width, height)
        painter.restore()

    def _avatar(self, painter: QPainter, character: Character, width: int, height: int) -> None:
        box = _qrect(layout.avatar_rect(character, width, height, self._aspect(character)))
        if box.width() <= 0 or box.height() <= 0:
            return
        painter.save()
        if layout.is_circle(character):
            clip = QPainterPath()
            clip.addEllipse(box)
            painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
            painter.fillPath(clip, QColor(character.circle_background_color or CIRCLE_DEFAULT))
            content = _zoomed(box, CLOSE_UP_ZOOM, layout.SILHOUETTE_ASPECT)
        elif (
            character.type == CharacterType.AVATAR
            and character.avatar_style == AvatarStyle.CLOSE_UP
        ):
            painter.setClipRect(box, Qt.ClipOperation.IntersectClip)
            content = _zoomed(box, CLOSE_UP_ZOOM, box.width() / box.height())
        else:
            content = box
        picture = self.avatar_pictures(character)
        if picture is not None and not picture.isNull():
            painter.drawPixmap(content, picture, QRectF(picture.rect()))
        else:
            paint_silhouette(painter, content)
        painter.restore()

    def _aspect(self, character: Character) -> float:
        picture = self.avatar_pictures(character)
        if picture is None or picture.isNull() or picture.height() == 0:
            return layout.SILHOUETTE_ASPECT
        return picture.width() / picture.height()


def _zoomed(box: QRectF, zoom: float, aspect: float) -> QRectF:
    """A picture `zoom` times taller than `box`, centred on it horizontally and showing
    the head and shoulders (anchored near the top)."""
    h = box.height() * zoom
    w = h * aspect
    return QRectF(box.center().x() - w / 2, box.y() - box.height() * 0.05, w, h)


def _qrect(rect: layout.Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def text_font(text: TextOverlay) -> QFont:
    font = QFont(text.font_family or "Sans Serif")
    font.setPixelSize(max(1, round(layout.font_px(text))))
    font.setBold(text.font_weight == FontWeight.BOLD)
    return font


def wrap_lines(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Greedy word wrap to `width`; explicit line breaks are kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and metrics.horizontalAdvance(candidate) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


def text_layout(text: TextOverlay, width: int, height: int) -> tuple[list[str], QRectF]:
    """The overlay's wrapped lines and its box in output pixels (lines `line_height` ×
    font size apart)."""
    x, y = layout.text_origin(text, width, height)
    box_w = layout.text_box_width(text, width, height)
    lines = wrap_lines(text.text or "", QFontMetricsF(text_font(text)), box_w)
    return lines, QRectF(x, y, box_w, max(1, len(lines)) * layout.line_px(text))


def paint_text(painter: QPainter, text: TextOverlay, width: int, height: int) -> QRectF:
    lines, box = text_layout(text, width, height)
    painter.setFont(text_font(text))
    painter.setPen(QColor(text.color or "#FFFFFF"))
    step = layout.line_px(text)
    align = ALIGN.get(text.text_align or TextAlign.LEFT, Qt.AlignmentFlag.AlignLeft)
    for number, line in enumerate(lines):
        row = QRectF(box.x(), box.y() + number * step, box.width(), step)
        painter.drawText(row, align | Qt.AlignmentFlag.AlignVCenter, line)
    return box
