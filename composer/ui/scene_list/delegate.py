"""Draws each scene as a card: number, thumbnail, name, estimated length and a problem badge.

The card's rounded, antialiased shapes (its body, the thumbnail's rounded corners and
border) are drawn once into cached sprites and blitted: a card is repainted several times
a second while its scene is dragged in the preview, and antialiased fills and clip paths
are the slow part of a paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from composer.paint.cache import MB, PixmapCache
from composer.ui.scene_list.model import (
    THUMBNAIL_SIZE,
    DurationRole,
    ProblemCountRole,
    SeverityRole,
)
from composer.ui.widgets.icons import icon

Index = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 72
MARGIN = 6
NUMBER_WIDTH = 22
GAP = 10
BADGE = 20
BADGE_COLOURS = {"error": QColor("#D93025"), "warning": QColor("#E8A317")}
_SPRITES = PixmapCache(8 * MB)


class SceneDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width() or 240, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(MARGIN, 3, -MARGIN, -3)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        self._card(painter, card, palette, selected, hovered)
        number_rect = QRect(card.left() + 4, card.top(), NUMBER_WIDTH, card.height())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.setFont(_font(option.font, 0.9))
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, str(index.row() + 1))
        thumb = self.thumbnail_rect(card)
        self._thumbnail(painter, thumb, index.data(Qt.ItemDataRole.DecorationRole), palette)
        text_left = thumb.right() + GAP
        badge = self._badge_rect(card)
        name_rect = QRect(text_left, card.top() + 12, badge.left() - GAP - text_left, 22)
        painter.setPen(palette.color(QPalette.ColorRole.Text))  # selection tints, never fills
        bold = _font(option.font, 1.0, bold=True)
        painter.setFont(bold)
        name = painter.fontMetrics().elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole)),
            Qt.TextElideMode.ElideRight,
            name_rect.width(),
        )
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name
        )
        detail_rect = name_rect.translated(0, 22)
        painter.setFont(_font(option.font, 0.9))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            detail_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            str(index.data(DurationRole) or ""),
        )
        self._problem_badge(painter, badge, index, option.font)
        painter.restore()

    @staticmethod
    def thumbnail_rect(card: QRect) -> QRect:
        top = card.top() + (card.height() - THUMBNAIL_SIZE.height()) // 2
        return QRect(
            card.left() + NUMBER_WIDTH + 8, top, THUMBNAIL_SIZE.width(), THUMBNAIL_SIZE.height()
        )

    @staticmethod
    def _badge_rect(card: QRect) -> QRect:
        return QRect(card.right() - BADGE - 10, card.center().y() - BADGE // 2, BADGE, BADGE)

    @staticmethod
    def _card(
        painter: QPainter, card: QRect, palette: QPalette, selected: bool, hovered: bool
    ) -> None:
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if selected:
            fill = QColor(highlight)
            fill.setAlphaF(0.16)
            border = highlight
        else:
            fill = palette.color(
                QPalette.ColorRole.AlternateBase if hovered else QPalette.ColorRole.Base
            )
            border = palette.color(QPalette.ColorRole.Mid)
            border.setAlphaF(0.45)
        width = 1.5 if selected else 1.0
        key = ("card", card.size().toTuple(), fill.rgba(), border.rgba(), width)

        def draw(sprite: QPainter, rect: QRectF) -> None:
            sprite.setPen(QPen(border, width))
            sprite.setBrush(fill)
            sprite.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)

        _blit(painter, card, key, draw)

    @staticmethod
    def _thumbnail(painter: QPainter, box: QRect, pixmap: object, palette: QPalette) -> None:
        """The thumbnail fitted into the box, keeping its aspect (portrait videos are narrow),
        with rounded corners and a border."""
        border = palette.color(QPalette.ColorRole.Mid)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            size = (
                pixmap.deviceIndependentSize()
                .toSize()
                .scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
            )
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(box.center())
            key = ("thumbnail", pixmap.cacheKey(), size.toTuple(), border.rgba())

            def draw(sprite: QPainter, around: QRectF) -> None:
                rect = around.adjusted(1, 1, -1, -1)  # the border's outer half fits
                path = QPainterPath()
                path.addRoundedRect(rect, 4, 4)
                sprite.save()
                sprite.setClipPath(path)
                sprite.drawPixmap(rect.toRect(), pixmap)
                sprite.restore()
                sprite.setPen(QPen(border, 1))
                sprite.drawPath(path)

            _blit(painter, target.adjusted(-1, -1, 1, 1), key, draw)
            return
        path = QPainterPath()
        path.addRoundedRect(QRectF(box), 4, 4)
        painter.fillPath(path, palette.color(QPalette.ColorRole.Button))
        icon("scene").paint(painter, box.adjusted(32, 13, -32, -13))
        painter.setPen(QPen(border, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    @staticmethod
    def _problem_badge(painter: QPainter, rect: QRect, index: Index, font: QFont) -> None:
        level = index.data(SeverityRole)
        if level not in BADGE_COLOURS:
            return
        count = int(index.data(ProblemCountRole) or 0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BADGE_COLOURS[level])
        painter.drawEllipse(rect)
        painter.setPen(QColor("white"))
        painter.setFont(_font(font, 0.8, bold=True))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count) if count < 10 else "9+")

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """Rename in place, over the name."""
        card = option.rect.adjusted(MARGIN, 3, -MARGIN, -3)
        left = self.thumbnail_rect(card).right() + GAP - 4
        editor.setGeometry(QRect(left, card.top() + 9, card.right() - 12 - left, 28))


def _blit(
    painter: QPainter, area: QRect, key: tuple, draw: Callable[[QPainter, QRectF], None]
) -> None:
    """Draw what `draw` paints into a rectangle of `area`'s size (antialiased, from (0, 0))
    at `area`, from a sprite made once per `key` and pixel ratio."""
    device = painter.device()
    dpr = device.devicePixelRatioF() if device is not None else 1.0

    def make() -> QPixmap:
        sprite = QPixmap(round(area.width() * dpr), round(area.height() * dpr))
        sprite.setDevicePixelRatio(dpr)
        sprite.fill(Qt.GlobalColor.transparent)
        sprite_painter = QPainter(sprite)
        sprite_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        sprite_painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        draw(sprite_painter, QRectF(0, 0, area.width(), area.height()))
        sprite_painter.end()
        return sprite

    painter.drawPixmap(area.topLeft(), _SPRITES.get((*key, dpr), make))


def _font(base: QFont, scale: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font
