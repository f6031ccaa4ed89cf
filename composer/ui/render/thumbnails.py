"""Small pictures of scenes for the scene list, re-rendered only when a scene changes."""

from __future__ import annotations

import json

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPixmap

from composer.model.codec import to_json
from composer.model.project import Project, Scene
from composer.ui.render.scene_painter import ScenePainter, frame_in

CACHE_LIMIT = 256


class ThumbnailCache:
    def __init__(self, painter: ScenePainter | None = None) -> None:
        self.painter = painter or ScenePainter()
        self._pixmaps: dict[str, QPixmap] = {}
        self.renders = 0  # how many were drawn (the rest came from the cache)

    def thumbnail(self, scene: Scene, project: Project, size: QSize, dpr: float = 1.0) -> QPixmap:
        key = json.dumps(
            [
                to_json(scene, local=True, applicable_only=True),
                project.width,
                project.height,
                size.width(),
                size.height(),
                dpr,
            ],
            sort_keys=True,
            default=str,
        )
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            if len(self._pixmaps) >= CACHE_LIMIT:
                self._pixmaps.pop(next(iter(self._pixmaps)))
            pixmap = self._pixmaps[key] = self._render(scene, project, size, dpr)
        return pixmap

    def _render(self, scene: Scene, project: Project, size: QSize, dpr: float) -> QPixmap:
        self.renders += 1
        pixmap = QPixmap(round(size.width() * dpr), round(size.height() * dpr))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        frame = frame_in(QRectF(0, 0, size.width(), size.height()), project.width, project.height)
        self.painter.paint(painter, frame, scene, project.width, project.height)
        painter.end()
        return pixmap
