"""The script as it is spoken, over the bottom of the preview's frame: words already said
in white, the next few dimmed (like a teleprompter's subtitle)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QTextDocument

from composer.rehearsal.timeline import Segment

BEFORE, AFTER = 10, 8  # words either side of the one being said
BOX = QColor(0, 0, 0, 170)


def subtitle_html(segment: Segment, t: float) -> str:
    spoken = segment.spoken(t)
    first = max(0, spoken - BEFORE)
    said = " ".join(segment.words[first:spoken])
    coming = " ".join(segment.words[spoken : spoken + AFTER])
    more = " …" if spoken + AFTER < len(segment.words) else ""
    lead = "… " if first else ""
    return (
        f"<span style='color:#ffffff'>{escape(lead + said)}</span> "
        f"<span style='color:#9aa4b2'>{escape(coming + more)}</span>"
    )


def paint_subtitle(painter: QPainter, frame: QRectF, segment: Segment, t: float) -> None:
    if not segment.words:
        return
    doc = QTextDocument()
    font = painter.font()
    font.setPixelSize(max(12, round(frame.height() * 0.045)))
    doc.setDefaultFont(font)
    doc.setTextWidth(frame.width() * 0.84)
    doc.setHtml(f"<div align='center'>{subtitle_html(segment, t)}</div>")
    size = doc.size()
    box = QRectF(
        frame.center().x() - size.width() / 2 - 8,
        frame.bottom() - size.height() - frame.height() * 0.06,
        size.width() + 16,
        size.height(),
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BOX)
    painter.drawRoundedRect(box, 6, 6)
    painter.translate(QPointF(box.left() + 8, box.top()))
    doc.drawContents(painter)
    painter.restore()
