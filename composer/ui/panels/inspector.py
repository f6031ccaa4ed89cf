"""The property inspector: the scene's name, then one tab per part of the scene and one for
the project. Tabs carry an error/warning mark when a field inside has a problem.

A tab's panel is built when it is first shown or has a problem to show, and the rest one
per event-loop turn once the window is up (`build_later`): building all five panels takes
longer than painting the whole window, and the first tab is all the user sees at first."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from composer.model.document import ProjectDocument
from composer.model.validate import Problem
from composer.ui.commands import UndoableEdits
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate
from composer.ui.panels import fields, presenter_fields
from composer.ui.panels.field_row import path_matches, specs_own
from composer.ui.panels.field_spec import FieldSpec
from composer.ui.panels.form_panel import Chooser, FormPanel, PanelInfo, Presence
from composer.ui.widgets.icons import icon

if TYPE_CHECKING:
    from composer.ui.pickers.names import CatalogueNames

AVATAR = PanelInfo(
    QT_TRANSLATE_NOOP("Panels", "Avatar"),
    "avatarPanel",
    QT_TRANSLATE_NOOP("Panels", "Who presents this scene, how they look and where."),
    "avatar",
)
VOICE = PanelInfo(
    QT_TRANSLATE_NOOP("Panels", "Voice"),
    "voicePanel",
    QT_TRANSLATE_NOOP("Panels", "What the presenter says, and how."),
    "voice",
)
BACKGROUND = PanelInfo(
    QT_TRANSLATE_NOOP("Panels", "Background"),
    "backgroundPanel",
    QT_TRANSLATE_NOOP("Panels", "A colour, an image or a video behind the scene."),
    "background",
)
TEXT = PanelInfo(
    QT_TRANSLATE_NOOP("Panels", "Text"),
    "textPanel",
    QT_TRANSLATE_NOOP("Panels", "An optional line of on-screen text."),
    "text",
)
PROJECT_INFO = PanelInfo(
    QT_TRANSLATE_NOOP("Panels", "Project"),
    "projectPanel",
    QT_TRANSLATE_NOOP("Panels", "Settings for the whole video: every scene shares them."),
    "project",
)
TEXT_OVERLAY = Presence(
    "text",
    QT_TRANSLATE_NOOP("Panels", "Show text overlay"),
    fields.new_text_overlay,
    QT_TRANSLATE_NOOP("Panels", "text overlay"),
)


@dataclass
class _Page:
    """One tab: what its panel is made of, and the panel once built."""

    info: PanelInfo
    specs: tuple[FieldSpec, ...]
    options: dict[str, Any] = field(default_factory=dict)
    scroll: QScrollArea = field(default_factory=QScrollArea)
    panel: FormPanel | None = None
    marked: str = ""
    """The problem level its tab shows ("error", "warning" or "")."""

    @property
    def is_scene_part(self) -> bool:
        return not self.options.get("project_level", False)


class Inspector(QWidget):
    def __init__(
        self,
        doc: ProjectDocument,
        edits: UndoableEdits,
        chooser: Chooser | None = None,
        names: CatalogueNames | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("inspector")
        self.doc = doc
        self.edits = edits
        self._problems: list[Problem] = []
        self.heading = QLabel(objectName="inspectorHeading")
        # "Scene 9 of 50" → "Scene 10 of 50" must not re-lay out the window (and repaint it)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.name_panel = FormPanel(
            PanelInfo("", "scenePanel", "", "scene"), (fields.SCENE_NAME,), doc, edits
        )
        self.scene_message = QLabel(objectName="panelMessage", wordWrap=True)
        self.scene_message.hide()
        self._pages = [
            _Page(AVATAR, presenter_fields.AVATAR, {"chooser": chooser, "names": names}),
            _Page(VOICE, presenter_fields.VOICE, {"chooser": chooser, "names": names}),
            _Page(BACKGROUND, fields.BACKGROUND),
            _Page(TEXT, fields.TEXT, {"presence": TEXT_OVERLAY}),
            _Page(PROJECT_INFO, fields.PROJECT, {"project_level": True}),
        ]
        self.tabs = QTabWidget(objectName="propertyTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)
        for page in self._pages:
            page.scroll.setWidgetResizable(True)
            page.scroll.setFrameShape(QFrame.Shape.NoFrame)
            page.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.tabs.addTab(
                page.scroll, icon(page.info.icon), translate("Panels", page.info.title)
            )
        self.tabs.currentChanged.connect(lambda index: self._panel(self._pages[index]))
        self._builder = QTimer(self, interval=0)
        self._builder.timeout.connect(self._build_next)
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
        self._panel(self._pages[0])
        self.set_scene(None)

    # ---- building the panels
    def build_later(self) -> None:
        """Build the panels not built yet, one per event-loop turn."""
        self._builder.start()

    def _build_next(self) -> None:
        page = next((p for p in self._pages if p.panel is None), None)
        if page is None:
            self._builder.stop()
        else:
            self._panel(page)

    def _panel(self, page: _Page) -> FormPanel:
        if page.panel is None:
            panel = FormPanel(page.info, page.specs, self.doc, self.edits, **page.options)
            page.panel = panel
            page.scroll.setWidget(panel)
            panel.set_scene(self.scene_index)
            panel.show_problems(self._routed().get(id(page), []))
            self._mark_tabs()
        return page.panel

    @property
    def fully_built(self) -> bool:
        return all(page.panel is not None for page in self._pages)

    @property
    def panels(self) -> list[FormPanel]:
        """Every tab's panel (building those not built yet)."""
        return [self._panel(page) for page in self._pages]

    # ---- the scene shown
    def set_scene(self, index: int | None) -> None:
        self.name_panel.set_scene(index)
        for page in self._pages:
            if page.panel is not None:
                page.panel.set_scene(index)
        self.name_panel.setVisible(index is not None)
        self.heading.setText(
            translate("Inspector", "No scene selected")
            if index is None
            else translate("Inspector", "Scene {number} of {count}").format(
                number=index + 1, count=len(self.doc)
            )
        )

    @property
    def scene_index(self) -> int | None:
        return self.name_panel.scene_index

    # ---- problems
    def show_problems(self, problems: list[Problem]) -> None:
        """Route the current scene's and the project's problems to the panels."""
        self._problems = problems
        current = self.scene_index
        scene = [p for p in problems if p.scene_index is not None and p.scene_index == current]
        routed = self._routed()
        for page in self._pages:
            mine = routed.get(id(page), [])
            if page.panel is not None or mine:
                self._panel(page).show_problems(mine)
        unplaced = [p for p in scene if p.field != "name" and self._page_for(p.field) is None]
        self.scene_message.setText("\n".join(p.message for p in unplaced))
        self.scene_message.setVisible(bool(unplaced))
        self.name_panel.show_problems([p for p in scene if p.field == "name"])
        self._mark_tabs()

    def _routed(self) -> dict[int, list[Problem]]:
        """The problems each page shows, by `id(page)`: the current scene's go to the scene
        part they are about, the project's to the project tab."""
        current = self.scene_index
        routed: dict[int, list[Problem]] = {}
        for problem in self._problems:
            if problem.scene_index is None:
                page: _Page | None = self._pages[-1]
            elif problem.scene_index == current and problem.field != "name":
                page = self._page_for(problem.field)
            else:
                page = None
            if page is not None:
                routed.setdefault(id(page), []).append(problem)
        return routed

    def _page_for(self, field: str) -> _Page | None:
        """The scene part with an editor for `field`, else the one that owns it."""
        parts = [page for page in self._pages if page.is_scene_part]
        beside = [p for p in parts if any(path_matches(s.path, field) for s in p.specs)]
        owning = [p for p in parts if specs_own(p.specs, field)]
        return next(iter(beside or owning), None)

    def _mark_tabs(self) -> None:
        for index, page in enumerate(self._pages):
            level = page.panel.level() if page.panel is not None else ""
            if level == page.marked:
                continue  # setting the same icon again would repaint the tab bar
            page.marked = level
            self.tabs.setTabIcon(index, icon(level or page.info.icon))
            self.tabs.setTabToolTip(
                index, {"error": "Has problems to fix", "warning": "Has warnings"}.get(level, "")
            )

    def focus_problem(self, problem: Problem) -> QWidget | None:
        """Bring the problem's field into view and focus it; returns its editor."""
        if problem.scene_index is None:
            page: _Page | None = self._pages[-1]
        elif problem.scene_index != self.scene_index:
            return None
        elif self.name_panel.row_for(problem.field) is not None:
            return self.name_panel.focus_field(problem.field)
        else:
            page = self._page_for(problem.field)
        if page is None:
            return None
        self.tabs.setCurrentIndex(self._pages.index(page))
        editor = self._panel(page).focus_field(problem.field)
        if editor is not None:
            page.scroll.ensureWidgetVisible(editor, 40, 60)
        return editor

    def add_to_panel(self, object_name: str, widget: QWidget, *, below: bool = False) -> None:
        """Put `widget` under the heading of a panel, or `below` its fields (now, or when
        the panel is built)."""
        page = next(p for p in self._pages if p.info.object_name == object_name)
        page.options.setdefault("extras_below" if below else "extras", []).append(widget)
        if page.panel is not None:
            page.panel.add_extra(widget, below=below)

    def show_panel(self, object_name: str) -> None:
        for index, page in enumerate(self._pages):
            if page.info.object_name == object_name:
                self.tabs.setCurrentIndex(index)
