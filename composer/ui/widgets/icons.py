"""The app's icons: line-art SVGs in resources/icons, tinted to the current palette.

Outline icons draw with `currentColor`; it is replaced by the palette's text colour so
they read well in light and dark themes. An icon engine renders the SVG at whatever size
and pixel density is asked for, when it is asked for (crisp at 2×, nothing drawn up front).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from composer.resources import resource

DISABLED_OPACITY = 0.35


def icon(name: str) -> QIcon:
    """The icon `name` (file stem in resources/icons), tinted with the palette's text colour."""
    return _icon(name, _text_colour())


def _text_colour() -> str:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()


@cache
def _icon(name: str, colour: str) -> QIcon:
    svg = resource("icons", f"{name}.svg").read_text("utf-8").replace("currentColor", colour)
    return QIcon(SvgIconEngine(QByteArray(svg.encode("utf-8"))))


class SvgIconEngine(QIconEngine):
    def __init__(self, svg: QByteArray) -> None:
        super().__init__()
        self.svg = svg
        self.renderer = QSvgRenderer(svg)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(painter.opacity() * DISABLED_OPACITY)
        self.renderer.render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """Drawn at the screen's density (2× screens get twice the pixels)."""
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.svg)
