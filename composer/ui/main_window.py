"""The main window: scenes on the left, the preview and its problems in the middle, the
property panels on the right, jobs in a dock below.

Everything edits the one ProjectDocument through UndoableEdits; the window itself only
wires the parts together: files, submitting, settings and the scene actions have their
controllers (composer/ui/controllers).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QPaintEvent,
    QPixmap,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from composer.model.document import PROJECT, ProjectDocument
from composer.model.project import Character
from composer.model.validate import Problem
from composer.paint.look_picture import LookPictures
from composer.paint.scene_painter import ScenePainter
from composer.paint.thumbnails import ThumbnailCache
from composer.settings.preferences import Preferences, load_preferences
from composer.ui import plain_text
from composer.ui.commands import UndoableEdits
from composer.ui.controllers.account_check import AccountCheckController
from composer.ui.controllers.brand import BrandController
from composer.ui.controllers.files import FilesController, dropped_file, new_project
from composer.ui.controllers.jobs import JobController
from composer.ui.controllers.scenes import SceneActions
from composer.ui.controllers.settings import SettingsController
from composer.ui.controllers.soundtrack import SoundtrackController
from composer.ui.controllers.spend import attach as attach_spend
from composer.ui.controllers.submit import SubmitController
from composer.ui.controllers.templates import TemplatesController
from composer.ui.dialogs import prompts
from composer.ui.jobs_panel import JobsDockSizer, JobsPanel
from composer.ui.overlays.window_layers import attach as attach_layers
from composer.ui.panels.inspector import Inspector
from composer.ui.panels.live_validation import LiveValidation
from composer.ui.panels.problems_list import ProblemsHeading, ProblemsList
from composer.ui.pickers.names import CatalogueNames
from composer.ui.practice_server import is_practice
from composer.ui.preview.clip_refresh import show_new_clips
from composer.ui.preview.looks import V3Looks
from composer.ui.preview.presenter import ClipPictures
from composer.ui.preview.preview_widget import PreviewWidget
from composer.ui.preview.scrubber import ClipScrubber
from composer.ui.scene_list.model import SceneListModel
from composer.ui.scene_list.operations import SceneOperations
from composer.ui.scene_list.panel import ScenesPanel
from composer.ui.scene_list.view import SceneListView
from composer.ui.shortcuts import BlockedSubmit
from composer.ui.summary import project_summary
from composer.ui.widgets.folders import PROJECT_FOLDER
from composer.ui.window_bars import build_actions, build_menus, build_toolbar
from composer.ui.window_parts import dock, name_parts

if TYPE_CHECKING:
    from composer.jobs.connection import Connections
    from composer.projectfile.recovery import RecoveryStore
    from composer.settings.credentials import CredentialStore

APP_NAME = "Scene Composer"
STATUS_MS = 6_000
JOBS_HEIGHT = 130
SIDE_WIDTHS = [290, 440]  # scenes, properties


class MainWindow(QMainWindow):
    first_painted = Signal()
    """The window has been painted once, and the work it did not wait for has begun."""

    def __init__(
        self,
        *,
        preferences: Preferences | None = None,
        credentials: CredentialStore | None = None,
        connections: Connections | None = None,
        recovery: RecoveryStore | None = None,
    ) -> None:
        super().__init__()
        plain_text.install(QApplication.instance())  # type: ignore[arg-type]
        with plain_text.paused(self):
            self._build(preferences, credentials, connections, recovery)

    # ------------------------------------------------------------------ building
    def _build(
        self,
        preferences: Preferences | None,
        credentials: CredentialStore | None,
        connections: Connections | None,
        recovery: RecoveryStore | None,
    ) -> None:
        self.setObjectName("mainWindow")
        self.preferences = preferences or load_preferences()
        self._shown_once = False
        self._painted = False
        self._after_paint_done = False
        self.first_paint_time: float | None = None

        self.doc = ProjectDocument(new_project())
        self.stack = QUndoStack(self)
        self.edits = UndoableEdits(self.doc, self.stack)
        self.validation = LiveValidation(self.doc, self)

        self.settings = SettingsController(self, credentials, connections)
        self.account_check = AccountCheckController(self)
        self.files = FilesController(self, recovery)
        self._build_parts()
        self.submitting = SubmitController(self)
        self.scene_actions = SceneActions(self)
        self.action_quit, self.action_undo, self.action_redo = build_actions(self)
        self.video_menu, self.view_menu = build_menus(self)
        self.toolbar = build_toolbar(self)
        self._build_layout()
        self.spend = attach_spend(self)  # rehearsal, storyboard, balance and costs
        self.spend.rehearsal_closed.connect(self._sync_scene)
        self.spend.lengths_changed.connect(self._update_summary)
        self._connect()
        self.layers = attach_layers(self)  # the overlay editor: Layers dock, menu, Add button
        self.brand = BrandController(self)
        self.soundtrack = SoundtrackController(self)  # music and captions style, after paint
        BlockedSubmit(self, self.submitting.action_submit, self.submitting.submit)
        JobsDockSizer(self, self.jobs_dock, self.jobs)
        name_parts(self)

        self.setAcceptDrops(True)
        self.resize(1440, 900)
        self.validation.schedule()  # opening a file at start-up validates that instead
        self._update_summary()
        self._update_title()
        self._loaded()

    def _build_parts(self) -> None:
        connections = self.settings.connections
        self.names = CatalogueNames(lambda base_url: connections.client(base_url), self)
        self.v3_looks = V3Looks(self.names.servers, connections.client, self)
        looks = LookPictures(self.avatar_picture, self.v3_looks.look)  # real size, cut out
        cards = ClipPictures(lambda: self.doc.project, looks)  # first frames
        thumbnails = ThumbnailCache(ScenePainter(cards))
        self.scene_model = SceneListModel(self.doc, self.edits, self.validation, thumbnails)
        self.scene_view = SceneListView(self.scene_model)
        # a video's first frame has arrived: the cards showing it are drawn again
        thumbnails.painter.updated.connect(self.scene_view.viewport().update)
        self.scenes = SceneOperations(self.doc, self.edits, self.scene_view, self.notify)
        self.inspector = Inspector(
            self.doc, self.edits, self.settings.choose_from_catalogue, self.names
        )
        self.problems = ProblemsList()
        self.problems_heading = ProblemsHeading()
        self.clip_pictures = ClipPictures(lambda: self.doc.project, looks)
        self.preview = PreviewWidget(painter=ScenePainter(self.clip_pictures))
        self.clip_scrubber = ClipScrubber(self.preview, self.clip_pictures)
        self.names.changed.connect(self.preview.update)
        self.names.changed.connect(self.scene_view.viewport().update)
        self.v3_looks.changed.connect(self.names.changed)
        self.preview.set_document(self.doc, self.edits)
        for pictures in (cards, self.clip_pictures):
            pictures.follow(self.doc)
        self.job_controller = JobController(connections, parent=self)
        views = [self.preview, self.scene_view.viewport()]
        show_new_clips(self.job_controller.job_changed, [cards, self.clip_pictures], views)
        self.jobs = JobsPanel(self.job_controller)
        self.summary = QLabel(objectName="projectSummary")
        self.templates = TemplatesController(self)

    def _build_layout(self) -> None:
        """Scenes and properties are full-height docks; Jobs docks under the preview only."""
        scene = self.scene_actions
        scenes_panel = ScenesPanel(
            self.scene_view,
            [
                scene.action_add,
                scene.action_duplicate,
                scene.action_delete,
                None,
                scene.action_move_up,
                scene.action_move_down,
            ],
        )
        problems_box = QWidget(objectName="problemsBox")
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(12, 8, 12, 0)
        problems_layout.setSpacing(4)
        problems_layout.addWidget(self.templates.setup_bar)
        problems_layout.addWidget(self.problems_heading)
        problems_layout.addWidget(self.problems, 1)
        centre = QSplitter(Qt.Orientation.Vertical, objectName="centreSplitter")
        centre.addWidget(self.preview)
        centre.addWidget(problems_box)
        centre.setStretchFactor(0, 1)
        centre.setSizes([600, 130])
        centre.setChildrenCollapsible(False)
        self.setCentralWidget(centre)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.scenes_dock = dock(self, "Scenes", "scenesDock", scenes_panel, fixed=True)
        self.inspector_dock = dock(self, "Properties", "propertiesDock", self.inspector, fixed=True)
        self.jobs_dock = dock(self, "Jobs", "jobsDock", self.jobs, fixed=False)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.scenes_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.jobs_dock)
        scenes_panel.setMinimumWidth(240)
        self.view_menu.addAction(self.jobs_dock.toggleViewAction())
        self.statusBar().addPermanentWidget(self.summary)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # docks can only be sized once the window has a size
            self._shown_once = True
            # wide enough for every property tab with its label in full (measured now:
            # the style sheet that pads the tabs may be set after the window is built)
            tabs_width = self.inspector.tabs.tabBar().sizeHint().width() + 12
            self.inspector.setMinimumWidth(max(420, tabs_width))
            self.resizeDocks(
                [self.scenes_dock, self.inspector_dock], SIDE_WIDTHS, Qt.Orientation.Horizontal
            )
            self.resizeDocks([self.jobs_dock], [JOBS_HEIGHT], Qt.Orientation.Vertical)
            self.layers.fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the timer fires once this first frame is finished
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    @property
    def has_painted(self) -> bool:
        """The first frame is on screen (and `first_painted` has been emitted)."""
        return self._after_paint_done

    def _after_first_paint(self) -> None:
        """Start what the first frame need not wait for: the one place that says what is
        built after it (the property tabs not shown, the cached catalogue names, and the
        parts listening to `first_painted`). What is made on first use, and the modules
        imported then, are in README's recipe "Start-up: what waits for the first frame"."""
        self.first_paint_time = time.time()  # the frame is finished (start-up benchmark)
        self._after_paint_done = True
        self.inspector.build_later()
        self.settings.cached_names()
        self.first_painted.emit()

    def _connect(self) -> None:
        self.files.renamed.connect(self._update_title)
        self.files.loaded.connect(self._loaded)
        self.stack.cleanChanged.connect(self._update_title)
        self.scene_actions.limit_reached.connect(self.statusBar().showMessage)
        selection = self.scene_view.selectionModel()
        selection.currentChanged.connect(self._sync_scene)
        selection.selectionChanged.connect(self.scene_actions.refresh)
        for signal in (
            self.scene_model.rowsInserted,
            self.scene_model.rowsRemoved,
            self.scene_model.rowsMoved,
            self.scene_model.modelReset,
        ):
            signal.connect(self._sync_scene)
        for signal in (self.doc.inserted, self.doc.removed):  # a move changes no total
            signal.connect(lambda *_rows: self._update_summary())
        self.doc.changed.connect(self._update_summary)
        self.doc.reset.connect(self._update_summary)
        self.validation.updated.connect(self._problems_changed)
        self.problems.problem_activated.connect(self.go_to_problem)

    # ------------------------------------------------------------------ state
    def current_row(self) -> int | None:
        row = self.scene_view.currentIndex().row()
        return row if 0 <= row < len(self.doc) else None

    @property
    def widget(self) -> QWidget:
        """The window as its controllers' Qt parent (composer/ui/controllers/host.py)."""
        return self

    def notify(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    def _update_title(self) -> None:
        path = self.files.path
        self.setProperty(PROJECT_FOLDER, str(path.parent) if path else "")
        self.setWindowTitle(f"{self.files.display_name()}[*] — {APP_NAME}")
        self.setWindowModified(self.files.is_modified())

    def _sync_scene(self) -> None:
        """Point the panels at the current scene (after selection or structure changes)."""
        row = self.current_row()
        if row is None and len(self.doc):
            self.scenes.select([0])
            return  # selecting calls back here
        self.inspector.set_scene(row)
        self.preview.set_scene_index(-1 if row is None else row)
        self.inspector.show_problems(self.validation.problems)
        self.scene_actions.refresh()

    def _update_summary(self, scene_index: int = PROJECT, path: str = "") -> None:
        """The status bar's scenes · length · size, after an edit that can change them:
        scenes added, removed or moved, a voice, or the project's size."""
        if scene_index != PROJECT and path and path.split(".")[0] != "voice":
            return  # e.g. the avatar dragged in the preview: nothing here changes
        self.summary.setText(project_summary(self.doc.project))

    def _problems_changed(self) -> None:
        problems = self.validation.problems
        self.problems.show_problems(problems)
        self.inspector.show_problems(problems)
        self.problems_heading.show_problems(problems)
        self.scene_actions.refresh()

    def go_to_problem(self, problem: Problem) -> None:
        """Select the problem's scene and put the cursor in the field to fix."""
        if problem.scene_index is not None and problem.scene_index < len(self.doc):
            self.scenes.select([problem.scene_index])
        self.inspector.focus_problem(problem)

    def _loaded(self) -> None:
        """After a project is shown (the document's reset has validated it)."""
        self.scenes.select([0] if len(self.doc) else [])
        self._sync_scene()

    def avatar_picture(self, character: Character) -> QPixmap | None:
        return self.names.avatar_picture(character)

    def show_error(self, title: str, text: str) -> None:
        prompts.show_error(self, title, text)

    # ------------------------------------------------------------------ events
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.files.open_file(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leave_running_jobs() or not self.files.maybe_save():
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def _leave_running_jobs(self) -> bool:
        """With videos rendering, the user hears what becomes of them before closing."""
        running = self.job_controller.running_jobs()
        if not running:
            return True
        practice = sum(1 for record in running if is_practice(record.base_url))
        return self.ask_close_with_jobs(len(running), practice)

    def ask_close_with_jobs(self, count: int, practice: int) -> bool:
        return prompts.ask_close_with_jobs(self, count, practice)

    def shutdown(self) -> None:
        """Leave cleanly: no recovery offer next time; jobs resume at the next start."""
        self.files.shutdown()
        self.job_controller.shutdown()
        self.spend.shutdown()
        self.settings.close()
