"""The brand kit's logo, drawn over every scene in a corner of the frame: the preview,
the scene cards and anything else composed with the shared scene painter show it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from composer.brand.kit import LogoSpec
from composer.model import layout
from composer.paint.safe_images import read_image

LOGO_SIDE = 2048
"""A logo is decoded at most this large (it covers a corner of the frame)."""
MARGIN = 0.04
"""The logo's distance from the frame's edges, as a share of the frame's width."""


LogoSource = Callable[[], LogoSpec | None]


class LogoLayer:
    def __init__(self, source: LogoSource | None = None) -> None:
        self.source = source or (lambda: None)
        self._images: dict[tuple[str, float], QImage] = {}

    def image(self) -> tuple[LogoSpec, QImage] | None:
        spec = self.source()
        if spec is None:
            return None
        path = Path(spec.path)
        try:
            key = (spec.path, path.stat().st_mtime)
        except OSError:
            return None
        if key not in self._images:
            self._images = {key: read_image(path, LOGO_SIDE)}  # one logo at a time
        image = self._images[key]
        return None if image.isNull() else (spec, image)

    def key(self) -> tuple[object, ...]:
        """What the logo looks like, for caches of painted scenes."""
        found = self.image()
        if found is None:
            return ()
        spec, image = found
        return (spec, image.cacheKey())

    def rect(self, width: int, height: int) -> layout.Rect | None:
        """The logo's box in output pixels (None: no logo)."""
        found = self.image()
        if found is None:
            return None
        spec, image = found
        w = spec.size * width
        h = w * image.height() / max(1, image.width())
        margin = MARGIN * width
        x = margin if spec.corner.endswith("left") else width - margin - w
        y = margin if spec.corner.startswith("top") else height - margin - h
        return layout.Rect(x, y, w, h)

    def paint(self, painter: QPainter, frame: QRectF, width: int, height: int) -> None:
        box = self.rect(width, height)
        found = self.image()
        if box is None or found is None:
            return
        scale = frame.width() / width
        target = QRectF(
            frame.x() + box.x * scale, frame.y() + box.y * scale, box.w * scale, box.h * scale
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, found[1])
        painter.restore()
