"""Burned-in captions for the exact layout: the words HeyGen transcribed for a clip (its
SRT), painted by the app in the project's `captions_style` (composer.model.rich): its
font family and size (output pixels), colour, box colour and place (bottom, top, or a
point {x, y}: the box's centre as fractions of the frame); unset parts take HeyGen's
default look: white bold words on a dark translucent box, centred near the bottom,
wrapping at 80% of the frame's width. With `highlight_words` the words being spoken are
drawn in HIGHLIGHT: HeyGen's video routes return captions as SRT cues only (no word
timestamps; only its separate text-to-speech endpoint gives those), so the highlight is
the cue's whole line. `still`, the preview and the compositor all paint them with
`paint_caption`, so they agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from composer.model.rich import CaptionPlace, CaptionsStyle
from composer.paint.color import parse_color
from composer.paint.text import DEFAULT_FAMILY

if TYPE_CHECKING:  # the compositor's layers (numpy): not imported to paint the window
    from composer.paint.layers import Patch

FONT_SHARE = 0.045  # of the frame's height (48 px at 1080p)
BOTTOM_SHARE = 0.07  # the box's bottom edge, from the frame's bottom
WIDTH_SHARE = 0.8
BOX = QColor(0, 0, 0, 150)
WORDS = QColor("#FFFFFF")
HIGHLIGHT = QColor("#FFD23F")
PLAIN = CaptionsStyle()


def caption_font(height: int, style: CaptionsStyle = PLAIN) -> QFont:
    font = QFont(style.font_family or DEFAULT_FAMILY)
    size = style.font_size if style.font_size else height * FONT_SHARE
    font.setPixelSize(max(8, round(size)))
    font.setBold(True)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def caption_box(
    words: str, width: int, height: int, style: CaptionsStyle = PLAIN
) -> tuple[QRectF, QRectF]:
    """(box, text rectangle) of `words` in a width×height frame, in output pixels."""
    font = caption_font(height, style)
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
    limit = QRectF(0, 0, width * WIDTH_SHARE, height)
    text = QFontMetricsF(font).boundingRect(limit, flags, words)
    pad = font.pixelSize() * 0.35
    w, h = text.width() + 2 * pad, text.height() + pad
    box = QRectF(0, 0, w, h)
    place = style.position
    if place == CaptionPlace.TOP:
        box.moveTopLeft(QPointF((width - w) / 2, height * BOTTOM_SHARE))
    elif place is not None and not isinstance(place, str):
        x = place.x if place.x is not None else 0.5
        y = place.y if place.y is not None else 1 - BOTTOM_SHARE
        box.moveCenter(QPointF(x * width, y * height))
    else:
        box.moveTopLeft(QPointF((width - w) / 2, height * (1 - BOTTOM_SHARE) - h))
    # the measured width is whole pixels, the words' not: a pixel more on each side keeps
    # the last word on its line (the words are centred, so they don't move)
    return box, box.adjusted(pad - 1, pad / 2, 1 - pad, -pad / 2)


def paint_caption(
    painter: QPainter, words: str, width: int, height: int, style: CaptionsStyle | None = None
) -> None:
    """Paint `words` as a caption over a frame drawn at output size (0, 0, width, height)."""
    if not words.strip():
        return
    style = style or PLAIN
    box, text = caption_box(words, width, height, style)
    font = caption_font(height, style)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(parse_color(style.background, BOX))
    radius = font.pixelSize() * 0.25
    painter.drawRoundedRect(box, radius, radius)
    painter.setFont(font)
    painter.setPen(HIGHLIGHT if style.highlight_words else parse_color(style.color, WORDS))
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
    painter.drawText(text, flags, words)
    painter.restore()


def paint_caption_in(
    painter: QPainter,
    frame: QRectF,
    words: str,
    size: tuple[int, int],
    style: CaptionsStyle | None = None,
) -> None:
    """Paint the caption over a frame of output `size` drawn into `frame` (the preview)."""
    painter.save()
    painter.translate(frame.topLeft())
    painter.scale(frame.width() / size[0], frame.width() / size[0])
    paint_caption(painter, words, *size, style)
    painter.restore()


def caption_patch(
    words: str, width: int, height: int, style: CaptionsStyle | None = None
) -> Patch | None:
    """The caption as a premultiplied RGBA patch for the compositor (None: no words)."""
    import numpy as np  # here: the preview paints captions without numpy

    from composer.paint.arrays import premultiplied
    from composer.paint.layers import Patch, canvas

    if not words.strip():
        return None
    box, _text = caption_box(words, width, height, style or PLAIN)
    x0, y0 = max(0, int(box.left())), max(0, int(box.top()))
    x1, y1 = min(width, int(box.right()) + 2), min(height, int(box.bottom()) + 2)
    image, qp = canvas(x1 - x0, y1 - y0)
    qp.translate(-x0, -y0)
    paint_caption(qp, words, width, height, style)
    qp.end()
    return Patch(x0, y0, np.ascontiguousarray(premultiplied(image)))
