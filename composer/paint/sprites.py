"""Shapes drawn once into transparent pixmaps and blitted. Qt fills translucent and
antialiased shapes (a 4 px halo, a dashed guide, a rounded card) one scanline at a time,
so on paths that repaint every frame (a drag in the preview, the cards following it) a
blit of the same pixels is much cheaper than drawing them again."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap

from composer.paint.cache import PixmapCache


class Sprites:
    def __init__(self, budget_bytes: int) -> None:
        self._pixmaps = PixmapCache(budget_bytes)

    def sprite(
        self,
        painter: QPainter,
        area: QRectF,
        key: Hashable,
        draw: Callable[[QPainter], None],
        antialiased: bool = False,
    ) -> QPixmap | None:
        """What `draw` paints inside `area` (whole pixels, in `painter`'s coordinates: the
        sprite's painter is moved so), made once per `key`, size and `painter`'s pixel
        ratio; None for an empty area."""
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        width, height = round(area.width() * dpr), round(area.height() * dpr)
        if width <= 0 or height <= 0:
            return None

        def make() -> QPixmap:
            sprite = QPixmap(width, height)
            sprite.setDevicePixelRatio(dpr)
            sprite.fill(Qt.GlobalColor.transparent)
            sprite_painter = QPainter(sprite)
            if antialiased:
                sprite_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                sprite_painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            sprite_painter.translate(-area.topLeft())
            draw(sprite_painter)
            sprite_painter.end()
            return sprite

        return self._pixmaps.get((key, width, height, dpr), make)

    def blit(
        self,
        painter: QPainter,
        area: QRectF,
        key: Hashable,
        draw: Callable[[QPainter], None],
        *,
        antialiased: bool = False,
        parts: list[QRectF] | None = None,
    ) -> None:
        """Draw the `sprite` at `area`; only its `parts` (same coordinates) if given."""
        sprite = self.sprite(painter, area, key, draw, antialiased)
        if sprite is None:
            return
        if parts is None:
            painter.drawPixmap(area.topLeft(), sprite)
            return
        dpr = sprite.devicePixelRatio()
        for part in parts:
            source = part.translated(-area.topLeft())
            painter.drawPixmap(
                part,
                sprite,
                QRectF(
                    source.x() * dpr, source.y() * dpr, source.width() * dpr, source.height() * dpr
                ),
            )
