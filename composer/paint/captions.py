"""Burned-in captions for the exact layout: the words HeyGen transcribed for a clip (its
SRT), painted by the app in the style of HeyGen's default captions: white bold words on a
dark translucent box, centred near the bottom, wrapping at 80% of the frame's width.
`still` and the compositor both paint them with `paint_caption`, so they agree."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from composer.model.rich import CaptionsStyle
from composer.paint.arrays import premultiplied
from composer.paint.layers import Patch, canvas
from composer.paint.text import DEFAULT_FAMILY

FONT_SHARE = 0.045  # of the frame's height (48 px at 1080p)
BOTTOM_SHARE = 0.07  # the box's bottom edge, from the frame's bottom
WIDTH_SHARE = 0.8
BOX = QColor(0, 0, 0, 150)
WORDS = QColor("#FFFFFF")


def caption_font(height: int) -> QFont:
    font = QFont(DEFAULT_FAMILY)
    font.setPixelSize(max(8, round(height * FONT_SHARE)))
    font.setBold(True)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def caption_box(words: str, width: int, height: int) -> tuple[QRectF, QRectF]:
    """(box, text rectangle) of `words` in a width×height frame, in output pixels."""
    font = caption_font(height)
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
    limit = QRectF(0, 0, width * WIDTH_SHARE, height)
    text = QFontMetricsF(font).boundingRect(limit, flags, words)
    pad = font.pixelSize() * 0.35
    w, h = text.width() + 2 * pad, text.height() + pad
    box = QRectF((width - w) / 2, height * (1 - BOTTOM_SHARE) - h, w, h)
    return box, box.adjusted(pad, pad / 2, -pad, -pad / 2)


def paint_caption(
    painter: QPainter, words: str, width: int, height: int, style: CaptionsStyle | None = None
) -> None:
    """Paint `words` as a caption over a frame drawn at output size (0, 0, width, height).
    `style`: the project's captions style; this version draws HeyGen's default look for
    every style (the painter's lane, h24-paint, draws the style itself)."""
    if not words.strip():
        return
    box, text = caption_box(words, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BOX)
    radius = caption_font(height).pixelSize() * 0.25
    painter.drawRoundedRect(box, radius, radius)
    painter.setFont(caption_font(height))
    painter.setPen(WORDS)
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
    painter.drawText(text, flags, words)
    painter.restore()


def caption_patch(words: str, width: int, height: int) -> Patch | None:
    """The caption as a premultiplied RGBA patch for the compositor (None: no words)."""
    if not words.strip():
        return None
    box, _text = caption_box(words, width, height)
    x0, y0 = max(0, int(box.left())), max(0, int(box.top()))
    x1, y1 = min(width, int(box.right()) + 2), min(height, int(box.bottom()) + 2)
    image, qp = canvas(x1 - x0, y1 - y0)
    qp.translate(-x0, -y0)
    paint_caption(qp, words, width, height)
    qp.end()
    return Patch(x0, y0, np.ascontiguousarray(premultiplied(image)))
