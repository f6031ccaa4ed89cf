"""The main window's commands: Quit, Undo and Redo, its menus and its toolbar, put
together from the controllers' actions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QSizePolicy, QToolBar, QToolButton, QWidget

from composer.ui.i18n import translate
from composer.ui.shortcuts import bind_redo
from composer.ui.widgets.actions import make_action
from composer.ui.widgets.icons import icon
from composer.ui.widgets.named import named

if TYPE_CHECKING:
    from composer.ui.controllers.account_check import AccountCheckController
    from composer.ui.controllers.files import FilesController
    from composer.ui.controllers.scenes import SceneActions
    from composer.ui.controllers.settings import SettingsController
    from composer.ui.controllers.submit import SubmitController
    from composer.ui.controllers.templates import TemplatesController


class BarsHost(Protocol):
    """What the bars are made from: the main window, with the actions `build_actions`
    gave it."""

    stack: QUndoStack
    files: FilesController
    submitting: SubmitController
    templates: TemplatesController
    settings: SettingsController
    scene_actions: SceneActions
    account_check: AccountCheckController
    action_quit: QAction
    action_undo: QAction
    action_redo: QAction

    @property
    def widget(self) -> QWidget: ...
    def close(self) -> bool: ...
    def menuBar(self) -> QMenuBar: ...
    def addToolBar(self, toolbar: QToolBar) -> None: ...


def build_actions(window: BarsHost) -> tuple[QAction, QAction, QAction]:
    """Quit, Undo and Redo."""
    Key = QKeySequence.StandardKey
    quit_action = make_action(
        window.widget, "actionQuit", translate("MainWindow", "&Quit"), None, window.close, Key.Quit
    )
    undo = window.stack.createUndoAction(window.widget, translate("MainWindow", "Undo"))
    redo = window.stack.createRedoAction(window.widget, translate("MainWindow", "Redo"))
    for action, name, icon_name, key in (
        (undo, "actionUndo", "undo", Key.Undo),
        (redo, "actionRedo", "redo", Key.Redo),
    ):
        action.setObjectName(name)
        action.setIcon(icon(icon_name))
        action.setShortcut(QKeySequence(key))
        action.setIconText(action.text())  # the prefix alone: nothing to undo yet
    bind_redo(redo)
    return quit_action, undo, redo


def build_menus(window: BarsHost) -> tuple[QMenu, QMenu]:
    """The menu bar's menus; the Video and View menus, which other parts add to."""
    bar = window.menuBar()
    files, submitting = window.files, window.submitting
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([files.action_new, files.action_open])
    file_menu.addMenu(files.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([files.action_save, files.action_save_as])
    file_menu.addAction(window.templates.action_save_template)
    file_menu.addSeparator()
    file_menu.addAction(window.settings.action_settings)
    file_menu.addSeparator()
    file_menu.addAction(window.action_quit)
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addActions([window.action_undo, window.action_redo])
    scene_menu = bar.addMenu(translate("MainWindow", "&Scene"))
    scene = window.scene_actions
    scene_menu.addActions([scene.action_add, scene.action_duplicate, scene.action_delete])
    scene_menu.addSeparator()
    scene_menu.addActions([scene.action_move_up, scene.action_move_down])
    video_menu = bar.addMenu(translate("MainWindow", "&Video"))
    video_menu.addActions([submitting.action_submit, submitting.action_batch])
    view_menu = bar.addMenu(translate("MainWindow", "Vie&w"))
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(window.account_check.action_check)
    return video_menu, view_menu


def build_toolbar(window: BarsHost) -> QToolBar:
    toolbar = named(QToolBar(translate("MainWindow", "Main")), "mainToolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    files = window.files
    toolbar.addActions([files.action_new, files.action_open, files.action_save])
    toolbar.addSeparator()
    toolbar.addActions([window.action_undo, window.action_redo])
    toolbar.addSeparator()
    toolbar.addActions([window.scene_actions.action_add, window.scene_actions.action_duplicate])
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addAction(window.settings.action_settings)
    submit = named(QToolButton(), "submitButton")
    submit.setDefaultAction(window.submitting.action_submit)
    submit.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addWidget(submit)
    window.addToolBar(toolbar)
    return toolbar
