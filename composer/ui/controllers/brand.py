"""The brand kit in the window: the "Brand kit…" button in the Project panel, applying a
kit to every scene as one undo step, new scenes following the kit, gentle warnings for
colours outside it, and its logo drawn by the scene painter over every scene."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QPushButton

from composer.brand import kit as kits
from composer.brand.apply import apply_kit, fill_from_kit, off_brand
from composer.brand.kit import BrandKit, LogoSpec
from composer.model.document import ProjectDocument
from composer.model.project import Project, Scene
from composer.model.validate import WARNING, Problem
from composer.routes.base import PreviewMode
from composer.routes.registry import route_class
from composer.ui.i18n import translate

if TYPE_CHECKING:
    from composer.ui.brand.dialog import BrandKitDialog
    from composer.ui.controllers.host import BrandHost

LOGO_FIELD = "brand_kit.logo"
"""The project-level warning that the logo is not sent: given on the routes HeyGen lays
out (v2, v3), not on a route whose frames the app paints (PreviewMode.EXACT)."""


class EmbedKit(QUndoCommand):
    """Keep a kit in the project file, or take it out (undoable, and marks the project
    unsaved like any other edit)."""

    def __init__(self, doc: ProjectDocument, kit: BrandKit | None, controller: BrandController):
        super().__init__(translate("BrandController", "Change brand kit"))
        self.doc = doc
        self.controller = controller
        self.old: Any = copy.deepcopy(doc.project.file_extra.get(kits.PROJECT_KEY))
        self.new = kit

    def redo(self) -> None:
        kits.embed(self.doc.project, self.new)
        self.controller.reload()

    def undo(self) -> None:
        self.doc.project.file_extra.pop(kits.PROJECT_KEY, None)
        if self.old is not None:
            self.doc.project.file_extra[kits.PROJECT_KEY] = copy.deepcopy(self.old)
        self.controller.reload()


class BrandController(QObject):
    def __init__(self, window: BrandHost) -> None:
        super().__init__(window.widget)
        self.window = window
        self.kit = kits.kit_for(window.doc.project)
        self.button = QPushButton(
            translate("BrandController", "Brand kit…"), objectName="brandKitButton"
        )
        self.button.setToolTip(
            translate("BrandController", "Your colours, fonts, presenter, voice and logo")
        )
        self.button.clicked.connect(self.open_dialog)
        window.inspector.add_to_panel("projectPanel", self.button)
        window.validation.checks.append(self.check)
        window.scenes.dress = self.dress
        for painter in (window.preview.scene_painter, window.scene_model.thumbnails.painter):
            painter.logo.source = self.logo
        window.doc.reset.connect(self.reload)

    # ---- what the kit does
    def dress(self, scene: Scene) -> Scene:
        """A new scene follows the kit (its presenter and voice where it has none)."""
        return fill_from_kit(scene, self.kit)

    def dress_project(self, project: Project) -> None:
        """A project started from a template takes the whole kit, if the user has one."""
        if not self.kit.is_empty():
            project.scenes = [apply_kit(scene, self.kit) for scene in project.scenes]

    def check(self, project: Project) -> list[Problem]:
        problems = off_brand(project, self.kit)
        route = route_class(project.route)
        if self.kit.logo and route.preview != PreviewMode.EXACT:
            problems.append(
                Problem(
                    WARNING,
                    None,
                    LOGO_FIELD,
                    translate(
                        "BrandController",
                        "Your brand kit's logo shows in the preview only: the {route} route "
                        "has no way to place a logo, so it is not sent.",
                    ).format(route=translate("Routes", route.label)),
                )
            )
        return problems

    def logo(self) -> LogoSpec | None:
        """The kit's logo, except on a route whose preview shows HeyGen's own frame (v3
        studio): the logo is not sent there, so it is not shown either."""
        if route_class(self.window.doc.project.route).preview == PreviewMode.WHOLE_FRAME:
            return None
        return self.kit.logo_spec()

    def apply_to_all(self, kit: BrandKit) -> int:
        """Dress every scene in `kit`: one undo step. Returns how many scenes changed."""
        window = self.window
        changed = [
            (row, after)
            for row, scene in enumerate(window.doc.scenes)
            if (after := apply_kit(scene, kit)) != scene
        ]
        if changed:
            window.stack.beginMacro(translate("BrandController", "Apply brand kit to all scenes"))
            for row, after in changed:
                window.edits.replace_scene(
                    row, after, translate("BrandController", "Apply brand kit")
                )
            window.stack.endMacro()
        return len(changed)

    # ---- the dialog
    def dialog(self) -> BrandKitDialog:
        from composer.ui.brand.dialog import BrandKitDialog

        embedded = kits.embedded_kit(self.window.doc.project) is not None
        dialog = BrandKitDialog(
            self.kit,
            embedded,
            lambda kind, now: self.window.settings.choose_from_catalogue(kind, now),
            self._name,
            self.window.widget,
        )
        dialog.apply_requested.connect(lambda kit: self._apply_from(dialog, kit))
        return dialog

    def open_dialog(self) -> None:
        dialog = self.dialog()
        if dialog.exec() == dialog.DialogCode.Accepted:
            self.save(dialog.kit(), embed=dialog.embed.isChecked())

    def save(self, kit: BrandKit, *, embed: bool) -> None:
        """Keep `kit` for the user, and in the project file if `embed`."""
        try:
            kits.save_user_kit(kit)
        except OSError as error:
            self.window.show_error(
                translate("BrandController", "Can't save the brand kit"), str(error)
            )
        was_embedded = kits.embedded_kit(self.window.doc.project)
        if embed or was_embedded is not None:
            new = kit if embed else None
            folder = self.window.files.path.parent if self.window.files.path else None
            if new is not None and folder is not None:  # the user's own choice of logo:
                new = kits.logo_beside(new, folder)  # copied beside the project, relative
            if new != was_embedded:
                self.window.stack.push(EmbedKit(self.window.doc, new, self))
        self.reload()

    def _apply_from(self, dialog: BrandKitDialog, kit: BrandKit) -> None:
        self.save(kit, embed=dialog.embed.isChecked())
        count = self.apply_to_all(kit)
        self.window.notify(
            translate("BrandController", "Applied the brand kit to {count} scene(s).").format(
                count=count
            )
            if count
            else translate("BrandController", "Every scene already follows the brand kit.")
        )

    def reload(self) -> None:
        """Take up the project's (or the user's) kit and show what changed."""
        kit = kits.kit_for(self.window.doc.project)
        if kit != self.kit:  # a loaded project was validated already, with this kit
            self.kit = kit
            self.window.validation.run_now()
        self.window.preview.update()
        self.window.scene_view.viewport().update()

    def _name(self, kind: str, item_id: str | None) -> str:
        item = self.window.names.find(kind, item_id)
        return item.name if item is not None else (item_id or "")
