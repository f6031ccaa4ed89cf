"""The avatar layer: a catalogue picture or the silhouette, cropped per style, rendered
once per size into a cached sprite so that moving the avatar only blits it."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPixmap

from composer.model import layout
from composer.model.project import Character
from composer.paint.cache import MB, PixmapCache
from composer.paint.color import parse_color
from composer.paint.silhouette import paint_silhouette

AvatarPictures = Callable[[Character], QPixmap | None]
"""Gives the catalogue picture of a character's avatar or talking photo, if one is at hand."""
CIRCLE_DEFAULT = QColor("#C9CDD6")
BUDGET = 48 * MB
SPRITE_MAX_PIXELS = 2400 * 2400
"""Avatars bigger than this on screen (scales far above 1) are drawn directly instead."""


is_close_up = layout.is_close_up


def content_rect(character: Character, box: QRectF, aspect: float) -> QRectF:
    """Where the whole picture goes (see layout.content_rect), in any coordinates."""
    rect = layout.content_rect(
        character, layout.Rect(box.x(), box.y(), box.width(), box.height()), aspect
    )
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def paint_avatar(
    painter: QPainter, character: Character, picture: QPixmap | None, box: QRectF
) -> None:
    """The avatar in its box (any coordinates), cropped and filled as its style says."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if layout.is_circle(character):
        circle = QPainterPath()
        circle.addEllipse(box)
        painter.setClipPath(circle, Qt.ClipOperation.IntersectClip)
        painter.fillPath(circle, parse_color(character.circle_background_color, CIRCLE_DEFAULT))
    elif is_close_up(character):
        painter.setClipRect(box, Qt.ClipOperation.IntersectClip)
    if picture is None:
        paint_silhouette(painter, content_rect(character, box, layout.SILHOUETTE_ASPECT))
    else:
        aspect = picture.width() / picture.height()
        painter.drawPixmap(content_rect(character, box, aspect), picture, QRectF(picture.rect()))
    painter.restore()


class AvatarLayer:
    def __init__(self, pictures: AvatarPictures | None = None) -> None:
        self.pictures = pictures or (lambda _character: None)
        self._sprites = PixmapCache(BUDGET)

    def picture(self, character: Character) -> QPixmap | None:
        picture = self.pictures(character)
        return None if picture is None or picture.isNull() or not picture.height() else picture

    def picture_key(self, character: Character) -> Hashable:
        """Identifies the picture drawn for `character`: the provider's own key when it has
        one (a clip's file: its frames are decoded anew), else the pixmap's."""
        key = getattr(self.pictures, "picture_key", None)
        if key is not None:
            return key(character)
        picture = self.picture(character)
        return picture.cacheKey() if picture is not None else 0

    def rect(self, character: Character, width: int, height: int) -> layout.Rect:
        """The avatar's box in output pixels, shaped like its picture (or the silhouette)."""
        return self.rect_of(character, width, height, self.picture(character))

    @staticmethod
    def rect_of(
        character: Character, width: int, height: int, picture: QPixmap | None
    ) -> layout.Rect:
        """`rect` for the picture `picture(character)` gave (looked up once a frame)."""
        aspect = picture.width() / picture.height() if picture else layout.SILHOUETTE_ASPECT
        return layout.avatar_rect(character, width, height, aspect)

    def paint(
        self,
        painter: QPainter,
        character: Character,
        target: QRectF,
        dpr: float,
        picture: QPixmap | None,
    ) -> None:
        """Draw the avatar, with the picture `picture(character)` gave, into `target` (the
        painter's unscaled coordinates)."""
        device = QSize(round(target.width() * dpr), round(target.height() * dpr))
        if device.isEmpty():
            return
        if device.width() * device.height() > SPRITE_MAX_PIXELS:
            paint_avatar(painter, character, picture, target)
            return
        key = (
            str(character.type),
            layout.is_circle(character),
            is_close_up(character),
            character.circle_background_color if layout.is_circle(character) else None,
            picture.cacheKey() if picture else 0,
            device.width(),
            device.height(),
            dpr,
        )
        sprite = self._sprites.get(key, lambda: _sprite(character, picture, device, dpr))
        at = QPointF(round(target.x() * dpr) / dpr, round(target.y() * dpr) / dpr)
        painter.drawPixmap(at, sprite)


def _sprite(character: Character, picture: QPixmap | None, device: QSize, dpr: float) -> QPixmap:
    sprite = QPixmap(device)
    sprite.setDevicePixelRatio(dpr)
    sprite.fill(Qt.GlobalColor.transparent)
    painter = QPainter(sprite)
    paint_avatar(
        painter, character, picture, QRectF(0, 0, device.width() / dpr, device.height() / dpr)
    )
    painter.end()
    return sprite
