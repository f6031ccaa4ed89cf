"""Small pictures of scenes for the scene list, re-rendered only when a scene changes."""

from __future__ import annotations

import json

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPixmap

from composer.model.codec import to_json
from composer.model.project import Project, Scene
from composer.paint.cache import MB, PixmapCache
from composer.paint.safe_paint import painting
from composer.paint.scene_painter import ScenePainter, frame_in

BUDGET = 32 * MB  # about 900 thumbnails of 128×72 at 2×
UNSEEN = frozenset({"id", "name", "voice"})
"""Scene fields a thumbnail doesn't show: editing them (typing a script) redraws nothing."""


class ThumbnailCache:
    """`thumbnail(scene, project, size, dpr)` gives a pixmap of the project's aspect that
    fits `size`; it is drawn again only when the scene's look (its JSON less `UNSEEN`
    fields), the video size, the thumbnail size, the scene's media (a local file's
    time, a video's first frame) or its avatar's catalogue picture changes. Connect
    `painter.updated` to a repaint of the views showing thumbnails."""

    def __init__(self, painter: ScenePainter | None = None) -> None:
        self.painter = painter or ScenePainter()
        self._pixmaps = PixmapCache(BUDGET)

    @property
    def renders(self) -> int:
        """How many thumbnails were drawn (the rest came from the cache)."""
        return self._pixmaps.renders

    def thumbnail(self, scene: Scene, project: Project, size: QSize, dpr: float = 1.0) -> QPixmap:
        fitted = _fitted(project, size)
        key = (
            json.dumps(
                to_json(scene, local=True, applicable_only=True, skip=UNSEEN),
                sort_keys=True,
                default=str,
            ),
            self.painter.media_key(scene),
            self.painter.avatar_key(scene.character),
            self.painter.logo.key(),
            project.width,
            project.height,
            fitted.width(),
            fitted.height(),
            dpr,
        )
        return self._pixmaps.get(key, lambda: self._render(scene, project, fitted, dpr))

    def render(self, scene: Scene, project: Project, size: QSize, dpr: float = 1.0) -> QPixmap:
        """`thumbnail` drawn afresh, without working out its cache key (a JSON of the scene):
        for a scene the caller knows has just changed, as one being dragged in the preview."""
        return self._render(scene, project, _fitted(project, size), dpr)

    def _render(self, scene: Scene, project: Project, size: QSize, dpr: float) -> QPixmap:
        pixmap = QPixmap(max(1, round(size.width() * dpr)), max(1, round(size.height() * dpr)))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        frame = frame_in(QRectF(0, 0, size.width(), size.height()), project.width, project.height)
        with painting(pixmap) as painter:
            self.painter.paint(painter, frame, scene, project.width, project.height)
        return pixmap


def _fitted(project: Project, size: QSize) -> QSize:
    return QSize(project.width, project.height).scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
