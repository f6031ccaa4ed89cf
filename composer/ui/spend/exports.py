"""File → "Export storyboard…" (a PDF for sign-off) and "Export stills…" (a PNG per scene),
painted by the preview's own scene painter so the pages show what the preview shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from composer.model.project import Project
from composer.paint.scene_painter import ScenePainter
from composer.ui.i18n import translate


class ExportController(QObject):
    def __init__(
        self,
        window: QWidget,
        project: Callable[[], Project],
        route: Callable[[], str],
        painter: ScenePainter,
        notify: Callable[[str], None],
        show_error: Callable[[str, str], None],
        folder: Callable[[], Path],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._project, self._route, self._painter = project, route, painter
        self._notify, self._show_error, self._folder = notify, show_error, folder

    def storyboard(self, path: Path | None = None) -> Path | None:
        """Write the storyboard PDF (asks where, unless `path` is given)."""
        from composer.billing.lengths import configured_source
        from composer.paint.storyboard import write_storyboard
        from composer.routes.pricing import route_estimate
        from composer.routes.registry import route_class
        from composer.storyboard.sheet import build_sheet

        project = self._project()
        if path is None:
            title = project.title or translate("Exports", "Storyboard")
            suggested = self._folder() / translate("Exports", "{title} storyboard.pdf").format(
                title=title
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self._window,
                translate("Exports", "Export storyboard"),
                str(suggested),
                translate("Exports", "PDF documents (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        route = self._route()
        try:
            cost = route_estimate(project, route, source=configured_source())
            label = route_class(route).label
            write_storyboard(project, build_sheet(project, cost, label), path, self._painter)
        except OSError as error:
            self._show_error(translate("Exports", "Can't export the storyboard"), str(error))
            return None
        self._notify(
            translate("Exports", "Storyboard saved as {file} ({count} pages)").format(
                file=path.name, count=len(project.scenes) + 1
            )
        )
        return path

    def stills(self, folder: Path | None = None) -> list[Path]:
        """One PNG per scene at the video's size (asks for a folder unless given)."""
        from composer.paint.scene_pictures import export_stills

        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self._window,
                translate("Exports", "Export stills to folder"),
                str(self._folder()),
            )
            if not chosen:
                return []
            folder = Path(chosen)
        try:
            written = export_stills(self._project(), folder, painter=self._painter)
        except OSError as error:
            self._show_error(translate("Exports", "Can't export the stills"), str(error))
            return []
        self._notify(
            translate("Exports", "Saved {count} stills in {folder}").format(
                count=len(written), folder=folder.name
            )
        )
        return written
