"""The Scene menu's actions (add, duplicate, delete, move) for the main window, enabled
for the selected scenes and the scene limit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from composer.model.project import MAX_SCENES
from composer.ui.i18n import translate
from composer.ui.scene_list.operations import limit_message
from composer.ui.widgets.actions import make_action

if TYPE_CHECKING:
    from composer.ui.controllers.host import ScenesHost


class SceneActions(QObject):
    """Add, duplicate, delete and move scenes, through the window's SceneOperations."""

    limit_reached = Signal(str)
    """The project has as many scenes as a video can: the message to show."""

    def __init__(self, window: ScenesHost) -> None:
        super().__init__(window.widget)
        self.window = window
        scenes = window.scenes
        self.action_add = make_action(
            window.widget,
            "actionAddScene",
            translate("ScenesController", "&Add scene"),
            "add",
            scenes.add,
            "Ctrl+Shift+N",
        )
        self.action_duplicate = make_action(
            window.widget,
            "actionDuplicate",
            translate("ScenesController", "D&uplicate"),
            "duplicate",
            scenes.duplicate,
            "Ctrl+D",
        )
        self.action_delete = make_action(
            window.widget,
            "actionDelete",
            translate("ScenesController", "&Delete"),
            "delete",
            scenes.delete,
            QKeySequence.StandardKey.Delete,
        )
        self.action_move_up = make_action(
            window.widget,
            "actionMoveUp",
            translate("ScenesController", "Move &up"),
            "move-up",
            scenes.move_up,
            "Ctrl+Up",
        )
        self.action_move_down = make_action(
            window.widget,
            "actionMoveDown",
            translate("ScenesController", "Move do&wn"),
            "move-down",
            scenes.move_down,
            "Ctrl+Down",
        )
        for action in (self.action_delete, self.action_move_up, self.action_move_down):
            # Only while the scene list has focus: Delete in a text field deletes text.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._context_menu(window.scene_view)

    def _context_menu(self, view: QWidget) -> None:
        """A right click on the scene list offers the Scene menu's actions."""
        separator = QAction(view)
        separator.setSeparator(True)
        view.addActions(
            [
                self.action_add,
                self.action_duplicate,
                self.action_delete,
                separator,
                self.action_move_up,
                self.action_move_down,
                self.window.scene_view.action_transition,
            ]
        )
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def refresh(self) -> None:
        """Enable what the selection and the scene limit allow."""
        scenes = self.window.scenes
        rows = scenes.rows()
        full = len(self.window.doc) >= MAX_SCENES
        self.action_add.setEnabled(not full)
        self.action_add.setToolTip(
            limit_message()
            if full
            else translate("ScenesController", "Add a scene after the selected one")
        )
        self.action_duplicate.setEnabled(bool(rows) and scenes.room_for(len(rows)))
        self.action_delete.setEnabled(bool(rows))
        self.action_move_up.setEnabled(scenes.can_move(up=True))
        self.action_move_down.setEnabled(scenes.can_move(up=False))
        if full:
            self.limit_reached.emit(limit_message())
