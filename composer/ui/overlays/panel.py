"""The Layers panel: its heading, an Add button and the restacking buttons, the layer
list, and under it the selected overlay's properties."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QToolButton, QVBoxLayout, QWidget

from composer.ui.i18n import translate
from composer.ui.overlays.actions import LayerActions
from composer.ui.overlays.layer_list import LayerList
from composer.ui.overlays.properties import OverlayProperties
from composer.ui.widgets.icons import icon
from composer.ui.widgets.named import named


class LayersPanel(QWidget):
    def __init__(
        self, actions: LayerActions, layer_list: LayerList, properties: OverlayProperties
    ) -> None:
        super().__init__()
        self.setObjectName("layersPanel")
        self.list, self.properties = layer_list, properties
        self.add_button = named(QToolButton(), "addLayerButton")
        self.add_button.setText(translate("Layers", "Add"))
        self.add_button.setIcon(icon("add"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setMenu(actions.add_menu(self))
        bar = QHBoxLayout()
        bar.addWidget(named(QLabel(translate("Layers", "Layers")), "panelTitle"), 1)
        bar.addWidget(self.add_button)
        for action in actions.arrange_actions[:4]:  # duplicate, delete, forward, backward
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            bar.addWidget(button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(12, 8, 12, 4)
        top_layout.addLayout(bar)
        top_layout.addWidget(layer_list, 1)
        splitter = named(QSplitter(Qt.Orientation.Vertical), "layersSplitter")
        splitter.addWidget(top)
        splitter.addWidget(properties)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
