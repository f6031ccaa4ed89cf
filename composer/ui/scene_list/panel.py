"""The left column: a "Scenes" header with the count, the list, and scene buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from composer.model.project import MAX_SCENES
from composer.ui.i18n import translate
from composer.ui.scene_list.view import SceneListView


class ScenesPanel(QWidget):
    def __init__(self, view: SceneListView, actions: Sequence[QAction | None]) -> None:
        """`actions`: the buttons under the list, None for a gap."""
        super().__init__()
        self.setObjectName("scenesPanel")
        self.view = view
        title = QLabel(translate("SceneListPanel", "Scenes"), objectName="sectionTitle")
        self.count = QLabel(objectName="sceneCount")
        header = QHBoxLayout()
        header.setContentsMargins(14, 12, 14, 6)
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(8, 4, 8, 8)
        buttons.setSpacing(2)
        for action in actions:
            if action is None:
                buttons.addStretch(1)
                continue
            button = QToolButton()
            button.setDefaultAction(action)
            button.setIconSize(QSize(20, 20))
            button.setAutoRaise(True)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(view, 1)
        layout.addLayout(buttons)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._count_changed)
        self._count_changed()

    def _count_changed(self) -> None:
        count = self.view.model().rowCount()
        full = count >= MAX_SCENES
        self.count.setText(
            translate("SceneListPanel", "{count} / {most} · limit reached").format(
                count=count, most=MAX_SCENES
            )
            if full
            else f"{count} / {MAX_SCENES}"
        )
        self.count.setProperty("problem", "warning" if full else "")
        self.count.style().polish(self.count)
        self.count.setToolTip(
            translate("SceneListPanel", "HeyGen accepts up to {most} scenes per video.").format(
                most=MAX_SCENES
            )
        )
