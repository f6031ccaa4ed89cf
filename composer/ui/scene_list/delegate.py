"""Draws each scene as a card: number, thumbnail, name, estimated length and a problem badge.

The card's rounded, antialiased shapes (its body, the thumbnail's rounded corners and
border) are drawn once into cached sprites and blitted: a card is repainted several times
a second while its scene is dragged in the preview, and antialiased fills and clip paths
are the slow part of a paint."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from composer.paint.cache import MB
from composer.paint.sprites import Sprites
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
_SPRITES = Sprites(16 * MB)


@dataclass(frozen=True)
class _Words:
    """What a card says (part of its sprite's key)."""

    number: int
    name: str
    duration: str
    level: str | None
    count: int


class SceneDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width() or 240, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The card's words and shapes come from a sprite made once per look (they stay
        put while its scene is dragged in the preview); the thumbnail is drawn on it."""
        card = option.rect.adjusted(MARGIN, 3, -MARGIN, -3)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        words = _Words(
            index.row() + 1,
            str(index.data(Qt.ItemDataRole.DisplayRole)),
            str(index.data(DurationRole) or ""),
            index.data(SeverityRole),
            int(index.data(ProblemCountRole) or 0),
        )
        look = (card.size().toTuple(), selected, hovered, palette.cacheKey(), option.font.key())

        def draw(sprite: QPainter, rect: QRectF) -> None:
            self._draw_card(sprite, rect.toRect(), option.font, palette, selected, hovered, words)

        _blit(painter, card, ("card", *look, words), draw)
        thumbnail = index.data(Qt.ItemDataRole.DecorationRole)
        self._thumbnail(painter, self.thumbnail_rect(card), thumbnail, palette)

    def _draw_card(
        self,
        painter: QPainter,
        card: QRect,
        font: QFont,
        palette: QPalette,
        selected: bool,
        hovered: bool,
        words: _Words,
    ) -> None:
        """Everything on a card but its thumbnail: body, number, name, length, badge."""
        self._card(painter, card, palette, selected, hovered)
        number_rect = QRect(card.left() + 4, card.top(), NUMBER_WIDTH, card.height())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.setFont(_font(font, 0.9))
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, str(words.number))
        text_left = self.thumbnail_rect(card).right() + GAP
        badge = self._badge_rect(card)
        name_rect = QRect(text_left, card.top() + 12, badge.left() - GAP - text_left, 22)
        painter.setPen(palette.color(QPalette.ColorRole.Text))  # selection tints, never fills
        painter.setFont(_font(font, 1.0, bold=True))
        name = painter.fontMetrics().elidedText(
            words.name, Qt.TextElideMode.ElideRight, name_rect.width()
        )
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(name_rect, left, name)
        painter.setFont(_font(font, 0.9))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(name_rect.translated(0, 22), left, words.duration)
        self._problem_badge(painter, badge, words, font)

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
        painter.setPen(QPen(border, 1.5 if selected else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)

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
            around = target.adjusted(-1, -1, 1, 1)  # the border's outer half fits
            shape = size.toTuple()
            mask = _SPRITES.sprite(
                painter,
                QRectF(around),
                ("thumbnail shape", shape),
                lambda sprite: _fill_rounded(sprite, QRectF(around)),
                antialiased=True,
            )

            def rounded(sprite: QPainter, rect: QRectF) -> None:
                """The picture cut to the rounded shape: a blit and a mask, no clip path
                (a thumbnail is new on every refresh while its scene is dragged)."""
                sprite.drawPixmap(rect.adjusted(1, 1, -1, -1).toRect(), pixmap)
                sprite.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
                if mask is not None:
                    sprite.drawPixmap(rect.topLeft(), mask)

            _blit(painter, around, ("thumbnail", pixmap.cacheKey(), shape), rounded)
            _blit(painter, around, ("thumbnail border", shape, border.rgba()), _outline(border))
            return
        path = QPainterPath()
        path.addRoundedRect(QRectF(box), 4, 4)
        painter.fillPath(path, palette.color(QPalette.ColorRole.Button))
        icon("scene").paint(painter, box.adjusted(32, 13, -32, -13))
        painter.setPen(QPen(border, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    @staticmethod
    def _problem_badge(painter: QPainter, rect: QRect, words: _Words, font: QFont) -> None:
        if words.level not in BADGE_COLOURS:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BADGE_COLOURS[words.level])
        painter.drawEllipse(rect)
        painter.setPen(QColor("white"))
        painter.setFont(_font(font, 0.8, bold=True))
        count = words.count
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
    """Draw what `draw` paints antialiased into `area` (given as a QRectF) from a sprite
    made once per `key`."""
    _SPRITES.blit(painter, QRectF(area), key, lambda p: draw(p, QRectF(area)), antialiased=True)


def _rounded_path(around: QRectF) -> QPainterPath:
    """A thumbnail's shape inside the 1 px margin its border needs."""
    path = QPainterPath()
    path.addRoundedRect(around.adjusted(1, 1, -1, -1), 4, 4)
    return path


def _fill_rounded(painter: QPainter, around: QRectF) -> None:
    painter.fillPath(_rounded_path(around), QColor("black"))


def _outline(colour: QColor) -> Callable[[QPainter, QRectF], None]:
    def draw(painter: QPainter, around: QRectF) -> None:
        painter.setPen(QPen(colour, 1))
        painter.drawPath(_rounded_path(around))

    return draw


def _font(base: QFont, scale: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font
