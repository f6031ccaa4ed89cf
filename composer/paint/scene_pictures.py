"""Pictures of whole scenes, painted by the shared scene painter exactly as the preview
paints them: for the storyboard and "Export stills" (one PNG per scene)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from composer.model.project import Project, Scene
from composer.paint.safe_paint import painting
from composer.paint.scene_painter import ScenePainter

STILL_WIDTH = 1280


def scene_image(
    scene: Scene, project: Project, width: int = STILL_WIDTH, painter: ScenePainter | None = None
) -> QImage:
    """The scene as a `width`-pixel-wide picture of the video's aspect."""
    height = max(1, round(width * project.height / project.width))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.black)
    with painting(image) as qp:
        qp.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        (painter or ScenePainter.for_project(project)).paint(
            qp, QRectF(0, 0, width, height), scene, project.width, project.height
        )
    return image


def still_name(number: int, name: str) -> str:
    """'scene-02-why-it-matters.png'."""
    slug = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")
    slug = "-".join(part for part in slug.split("-") if part)
    return f"scene-{number:02d}{'-' + slug if slug else ''}.png"


def export_stills(
    project: Project, folder: Path, width: int | None = None, painter: ScenePainter | None = None
) -> list[Path]:
    """One PNG per scene in `folder` (the video's own size unless `width` is given)."""
    folder.mkdir(parents=True, exist_ok=True)
    painter = painter or ScenePainter.for_project(project)
    written = []
    for number, scene in enumerate(project.scenes, start=1):
        path = folder / still_name(number, scene.name)
        if not scene_image(scene, project, width or project.width, painter).save(str(path)):
            raise OSError(f"Can't write {path}")
        written.append(path)
    return written
