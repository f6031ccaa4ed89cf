"""The main window's overlay editor: the Layers dock (layer list and properties), the
Layers menu, the toolbar's Add button, and the keys the preview and the list give to the
overlays. `attach(window)` wires it with the preview's shared selection."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar, QToolBar, QToolButton, QWidget

from composer.model.document import ProjectDocument
from composer.ui.commands import UndoableEdits
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate
from composer.ui.overlays.actions import LayerActions, LayerKeys
from composer.ui.overlays.layer_list import LayerList
from composer.ui.overlays.layer_model import LayerListModel
from composer.ui.overlays.panel import LayersPanel
from composer.ui.overlays.properties import OverlayProperties
from composer.ui.preview.preview_widget import PreviewWidget
from composer.ui.widgets.icons import icon
from composer.ui.widgets.named import named

DOCK_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Layers")
HEIGHTS = (330, 520)
"""The scene cards' and the Layers panel's share of the left column."""


class SceneActionsPart(Protocol):
    action_duplicate: QAction


class LayersHost(Protocol):
    """What the overlay editor needs of the main window (a QMainWindow)."""

    doc: ProjectDocument
    edits: UndoableEdits
    preview: PreviewWidget
    scenes_dock: QDockWidget
    video_menu: QMenu
    toolbar: QToolBar
    scene_actions: SceneActionsPart

    @property
    def widget(self) -> QWidget: ...
    def menuBar(self) -> QMenuBar: ...
    def splitDockWidget(
        self, after: QDockWidget, dock: QDockWidget, orientation: Qt.Orientation
    ) -> None: ...
    def resizeDocks(
        self, docks: Sequence[QDockWidget], sizes: Sequence[int], orientation: Qt.Orientation
    ) -> None: ...


class Layers:
    """The overlay editor's parts. The Layers panel is in the first frame, at its final
    size (`fit`, when the window is first shown): built after that frame, it pushed the
    scene cards up a moment after the window appeared, under the user's pointer."""

    def __init__(self, window: LayersHost) -> None:
        self.window = window
        preview = window.preview
        selection = preview.overlay_items.selection
        self.model = LayerListModel(window.doc, window.edits)
        self.model.set_scene(selection.scene_index)
        selection.scene_changed.connect(self.model.set_scene)
        self.list = LayerList(self.model, selection)
        self.actions = LayerActions(window.doc, window.edits, selection, window.widget)
        self.properties = OverlayProperties(window.doc, window.edits, selection)
        self.list.part_chosen.connect(preview.select_item)
        for widget in (preview, self.list):
            LayerKeys(self.actions, widget)
        title = translate("MainWindow", DOCK_TITLE)
        self.dock = named(QDockWidget(title, window.widget), "layersDock")
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.dock.setTitleBarWidget(QWidget())  # the panel has its heading
        # under the scene cards, which rarely need the whole height
        window.splitDockWidget(window.scenes_dock, self.dock, Qt.Orientation.Vertical)
        self.panel = LayersPanel(self.actions, self.list, self.properties)
        self.dock.setWidget(self.panel)
        self.menu = self.actions.menu(window.widget)
        window.menuBar().insertMenu(window.video_menu.menuAction(), self.menu)
        self.add_button = named(QToolButton(), "toolbarAddLayer")
        self.add_button.setText(translate("Layers", "Add layer"))
        self.add_button.setIcon(icon("add"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setMenu(self.actions.add_menu(self.add_button))
        bar = window.toolbar.actions()  # after the scene buttons
        after = bar[bar.index(window.scene_actions.action_duplicate) + 1]
        window.toolbar.insertWidget(after, self.add_button)

    def fit(self) -> None:
        """Share the left column between the scene cards and the panel (once the window
        has a size: docks can't be sized before)."""
        self.window.resizeDocks(
            [self.window.scenes_dock, self.dock], list(HEIGHTS), Qt.Orientation.Vertical
        )


def attach(window: LayersHost) -> Layers:
    return Layers(window)
