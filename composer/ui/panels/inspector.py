"""The property inspector: the scene's name, then one tab per part of the scene and one for
the project. Tabs carry an error/warning mark when a field inside has a problem."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from composer.model.document import ProjectDocument
from composer.model.validate import Problem
from composer.ui.commands import UndoableEdits
from composer.ui.panels import fields
from composer.ui.panels.form_panel import Chooser, FormPanel, PanelInfo, Presence
from composer.ui.widgets.icons import icon

AVATAR = PanelInfo(
    "Avatar", "avatarPanel", "Who presents this scene, how they look and where.", "avatar"
)
VOICE = PanelInfo("Voice", "voicePanel", "What the presenter says, and how.", "voice")
BACKGROUND = PanelInfo(
    "Background", "backgroundPanel", "A colour, an image or a video behind the scene.", "background"
)
TEXT = PanelInfo("Text", "textPanel", "An optional line of on-screen text.", "text")
PROJECT_INFO = PanelInfo(
    "Project", "projectPanel", "Settings for the whole video: every scene shares them.", "project"
)
TEXT_OVERLAY = Presence("text", "Show text overlay", fields.new_text_overlay, "text overlay")


class Inspector(QWidget):
    def __init__(
        self, doc: ProjectDocument, edits: UndoableEdits, chooser: Chooser | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("inspector")
        self.doc = doc
        self.heading = QLabel(objectName="inspectorHeading")
        self.name_panel = FormPanel(
            PanelInfo("", "scenePanel", "", "scene"), (fields.SCENE_NAME,), doc, edits
        )
        self.scene_message = QLabel(objectName="panelMessage", wordWrap=True)
        self.scene_message.hide()
        self.scene_panels = [
            FormPanel(AVATAR, fields.AVATAR, doc, edits, chooser=chooser),
            FormPanel(VOICE, fields.VOICE, doc, edits, chooser=chooser),
            FormPanel(BACKGROUND, fields.BACKGROUND, doc, edits),
            FormPanel(TEXT, fields.TEXT, doc, edits, presence=TEXT_OVERLAY),
        ]
        self.project_panel = FormPanel(PROJECT_INFO, fields.PROJECT, doc, edits, project_level=True)
        self.tabs = QTabWidget(objectName="propertyTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)
        for panel in self.panels:
            scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(panel)
            self.tabs.addTab(scroll, icon(panel.info.icon), panel.info.title)
        header = QWidget(objectName="inspectorHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(16, 12, 16, 0)
        header_layout.setSpacing(2)
        header_layout.addWidget(self.heading)
        header_layout.addWidget(self.scene_message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.name_panel)
        layout.addWidget(self.tabs, 1)
        self.set_scene(None)

    @property
    def panels(self) -> list[FormPanel]:
        return [*self.scene_panels, self.project_panel]

    def set_scene(self, index: int | None) -> None:
        for panel in (self.name_panel, *self.scene_panels):
            panel.set_scene(index)
        self.name_panel.setVisible(index is not None)
        self.heading.setText(
            "No scene selected" if index is None else f"Scene {index + 1} of {len(self.doc)}"
        )

    @property
    def scene_index(self) -> int | None:
        return self.name_panel.scene_index

    def show_problems(self, problems: list[Problem]) -> None:
        """Route the current scene's and the project's problems to the panels."""
        current = self.scene_index
        project = [p for p in problems if p.scene_index is None]
        scene = [p for p in problems if p.scene_index is not None and p.scene_index == current]
        placed: dict[int, list[Problem]] = {id(panel): [] for panel in self.scene_panels}
        unplaced: list[Problem] = []
        for problem in scene:
            panel = self._panel_for(problem.field)
            (placed[id(panel)] if panel is not None else unplaced).append(problem)
        for panel in self.scene_panels:
            panel.show_problems(placed[id(panel)])
        self.project_panel.show_problems(project)
        self.scene_message.setText("\n".join(p.message for p in unplaced))
        self.scene_message.setVisible(bool(unplaced))
        self.name_panel.show_problems([p for p in scene if p.field == "name"])
        self._mark_tabs()

    def _panel_for(self, field: str) -> FormPanel | None:
        beside = [p for p in self.scene_panels if p.row_for(field) is not None]
        owning = [p for p in self.scene_panels if p.owns(field)]
        return next(iter(beside or owning), None)

    def _mark_tabs(self) -> None:
        for index, panel in enumerate(self.panels):
            level = panel.level()
            self.tabs.setTabIcon(index, icon(level or panel.info.icon))
            self.tabs.setTabToolTip(
                index, {"error": "Has problems to fix", "warning": "Has warnings"}.get(level, "")
            )

    def focus_problem(self, problem: Problem) -> QWidget | None:
        """Bring the problem's field into view and focus it; returns its editor."""
        if problem.scene_index is None:
            panel: FormPanel | None = self.project_panel
        elif problem.scene_index != self.scene_index:
            return None
        elif self.name_panel.row_for(problem.field) is not None:
            return self.name_panel.focus_field(problem.field)
        else:
            panel = self._panel_for(problem.field)
        if panel is None:
            return None
        self.tabs.setCurrentIndex(self.panels.index(panel))
        editor = panel.focus_field(problem.field)
        scroll = self.tabs.currentWidget()
        if editor is not None and isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(editor, 40, 60)
        return editor

    def show_panel(self, object_name: str) -> None:
        for index, panel in enumerate(self.panels):
            if panel.objectName() == object_name:
                self.tabs.setCurrentIndex(index)
