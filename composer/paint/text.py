"""The text overlay, laid out in output pixels with QTextLayout: lines wrap inside `width`
(at word boundaries, or anywhere in a word longer than the box; CJK text wraps too), sit
`line_height` × font size apart with the glyphs centred in each line box (CSS-like), and
are aligned per `text_align`. Layouts are cached, so repaints during drags only draw."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextLayout, QTextOption

from composer.model import layout
from composer.model.enums import FontWeight, TextAlign
from composer.model.project import TextOverlay
from composer.paint.color import parse_color

DEFAULT_FAMILY = "Sans Serif"
DEFAULT_COLOR = QColor("#FFFFFF")
CACHE_LIMIT = 64
ALIGN = {
    TextAlign.LEFT: Qt.AlignmentFlag.AlignLeft,
    TextAlign.CENTER: Qt.AlignmentFlag.AlignHCenter,
    TextAlign.RIGHT: Qt.AlignmentFlag.AlignRight,
}


def text_font(text: TextOverlay) -> QFont:
    font = QFont(text.font_family or DEFAULT_FAMILY)
    font.setPixelSize(max(1, round(layout.font_px(text))))
    font.setBold(text.font_weight == FontWeight.BOLD)
    # Metrics independent of screen hinting: lines break the same at every preview size.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@dataclass(frozen=True)
class TextBlock:
    lines: QTextLayout  # positioned relative to the box's top-left corner
    box: QRectF  # output pixels
    ink: QRectF  # output pixels: where the lines' glyphs are, within the box


def _lines(text: TextOverlay, box_w: float) -> tuple[QTextLayout, int, QRectF]:
    """The wrapped lines positioned from (0, 0), how many there are, and their glyphs'
    extent."""
    step = layout.line_px(text)
    # QTextLayout breaks lines at U+2028, not at "\n".
    lines = QTextLayout((text.text or "").replace("\r\n", "\n").replace("\n", "\u2028"))
    lines.setFont(text_font(text))
    option = QTextOption(ALIGN.get(text.text_align or TextAlign.LEFT, Qt.AlignmentFlag.AlignLeft))
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    lines.setTextOption(option)
    count, ink = 0, QRectF()
    lines.beginLayout()
    while (line := lines.createLine()).isValid():
        line.setLineWidth(box_w)
        line.setPosition(QPointF(0, count * step + (step - line.height()) / 2))
        ink = ink.united(line.naturalTextRect())
        count += 1
    lines.endLayout()
    return lines, count, ink


class TextLayer:
    def __init__(self) -> None:
        self._lines: OrderedDict[tuple, tuple[QTextLayout, int, QRectF]] = OrderedDict()

    def block(self, text: TextOverlay, width: int, height: int) -> TextBlock:
        """The laid-out overlay and its box; moving it reuses the layout."""
        box_w = layout.text_box_width(text, width, height)
        key = (
            text.text,
            text.font_family,
            text.font_size,
            str(text.font_weight),
            str(text.text_align),
            text.line_height,
            box_w,
        )
        cached = self._lines.get(key)
        if cached is None:
            cached = self._lines[key] = _lines(text, box_w)
            if len(self._lines) > CACHE_LIMIT:
                self._lines.popitem(last=False)
        self._lines.move_to_end(key)
        lines, count, ink = cached
        x, y = layout.text_origin(text, width, height)
        box = QRectF(x, y, box_w, max(1, count) * layout.line_px(text))
        return TextBlock(lines, box, ink.translated(x, y))

    def paint(self, painter: QPainter, text: TextOverlay, width: int, height: int) -> None:
        """Draw on a painter already mapping output pixels onto the frame."""
        block = self.block(text, width, height)
        painter.setPen(parse_color(text.color, DEFAULT_COLOR))
        block.lines.draw(painter, block.box.topLeft())
