"""Templates in the window: File → New opens the gallery (and so does a start without a
file), File → Save as template keeps the project for next time, and the set-up bar asks
for the presenter and voice a template leaves open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit

from composer.model.project import Project
from composer.projectfile import ProjectFileError
from composer.templates import library
from composer.ui.i18n import translate
from composer.ui.templates.setup_bar import SetupBar

if TYPE_CHECKING:
    from composer.ui.controllers.host import TemplatesHost
    from composer.ui.templates.gallery import TemplateGallery


class TemplatesController(QObject):
    def __init__(self, window: TemplatesHost) -> None:
        super().__init__(window.widget)
        self.window = window
        self.setup_bar = SetupBar(
            window.doc,
            window.edits,
            lambda kind, now: window.settings.choose_from_catalogue(kind, now),
        )
        self.action_save_template = QAction(
            translate("TemplatesController", "Save as &template…"), window.widget
        )
        self.action_save_template.setObjectName("actionSaveTemplate")
        self.action_save_template.triggered.connect(self.save_as_template)

    def new_from_gallery(self, *, first_run: bool = False) -> bool:
        """Ask for a template and start a new project from it (True if one was started)."""
        if not first_run and not self.window.files.maybe_save():
            return False
        from composer.ui.templates.gallery import OPEN_FILE  # with the gallery, when first used

        gallery = self.gallery(first_run=first_run)
        result = gallery.exec()
        if result == OPEN_FILE:
            self.window.files.open_dialog()
            return False
        project = gallery.new_project() if result == gallery.DialogCode.Accepted else None
        if project is None:
            return False
        self.start(project)
        return True

    def gallery(self, *, first_run: bool = False) -> TemplateGallery:
        from composer.ui.templates.gallery import TemplateGallery

        return TemplateGallery(library.all_templates(), self.window.widget, first_run=first_run)

    def start(self, project: Project) -> None:
        """Show `project` as a new, untitled one; the brand kit's choices fill what it can."""
        self.window.brand.dress_project(project)
        self.window.files.new_from(project)
        self.setup_bar.refresh()

    def save_as_template(self) -> None:
        project = self.window.doc.project
        name, ok = QInputDialog.getText(
            self.window.widget,
            translate("TemplatesController", "Save as template"),
            translate("TemplatesController", "Template name (it appears under File → New):"),
            QLineEdit.EchoMode.Normal,
            project.title or self.window.files.display_name(),
        )
        if not ok or not name.strip():
            return
        try:
            library.save_as_template(project, name.strip())
        except (OSError, ProjectFileError) as error:
            self.window.show_error(
                translate("TemplatesController", "Can't save the template"), str(error)
            )
            return
        self.window.notify(
            translate("TemplatesController", "Saved the template “{name}”.").format(
                name=name.strip()
            )
        )
