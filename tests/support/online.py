"""Online backgrounds as a finished download leaves them in the user cache (a still
pattern, so a video's first frame is every frame)."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage

from composer.assets.online import cache_path, online_media
from composer.model.project import Project
from tests.support.media import write_video


def pattern(index: int, width: int, height: int) -> np.ndarray:
    """Soft diagonal bands, the same in every frame."""
    yy, xx = np.mgrid[0:height, 0:width]
    frame = np.empty((height, width, 3), np.uint8)
    frame[..., 0] = 40 + (xx * 120 // max(1, width - 1))
    frame[..., 1] = 30 + (yy * 90 // max(1, height - 1))
    frame[..., 2] = 110
    return frame


def seed_online_media(project: Project, width: int = 640, height: int = 360) -> None:
    for item in online_media(project):
        path = cache_path(item.url)
        path.parent.mkdir(parents=True, exist_ok=True)
        if item.kind.name == "video":
            write_video(path.with_suffix(".mp4"), pattern, width, height, frames=25)
            path.with_suffix(".mp4").rename(path)
        else:
            image = QImage(width, height, QImage.Format.Format_RGB32)
            image.fill(QColor(60, 90, 130))
            assert image.save(str(path), "PNG")
