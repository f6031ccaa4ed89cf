"""The main window: scenes on the left, the preview and its problems in the middle, the
property panels on the right, jobs in a dock below.

Everything edits the one ProjectDocument through UndoableEdits; the window itself only
wires the parts together and handles files, autosave, settings and submitting.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
    QPixmap,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.model.document import PROJECT, ProjectDocument
from composer.model.project import MAX_SCENES, Character, Project
from composer.model.validate import Problem
from composer.paint.look_picture import LookPictures
from composer.paint.scene_painter import ScenePainter
from composer.paint.thumbnails import ThumbnailCache
from composer.projectfile import (
    PROJECT_SUFFIX,
    ProjectFileError,
    load_any,
    load_project,
    save_project,
)
from composer.projectfile.recovery import RecoveryInfo, RecoveryStore
from composer.settings.preferences import SANDBOX, Preferences, load_preferences, save_preferences
from composer.settings.route_state import default_route
from composer.templates.library import blank
from composer.ui import window_polish
from composer.ui.brand.controller import BrandController
from composer.ui.commands import UndoableEdits
from composer.ui.dialogs import prompts
from composer.ui.dialogs.prompts import SaveChoice
from composer.ui.job_controller import JobController
from composer.ui.jobs_panel import JobsPanel
from composer.ui.operations import run_in_background
from composer.ui.panels.inspector import Inspector
from composer.ui.panels.live_validation import LiveValidation
from composer.ui.panels.problems_list import ProblemsList
from composer.ui.pickers.names import CatalogueNames
from composer.ui.preview.clip_refresh import show_new_clips
from composer.ui.preview.looks import V3Looks
from composer.ui.preview.presenter import ClipPictures
from composer.ui.preview.preview_widget import PreviewWidget
from composer.ui.preview.scrubber import ClipScrubber
from composer.ui.route_offer import send_on_route, use_route
from composer.ui.save_errors import autosave_failure, save_failure
from composer.ui.scene_list.duration import project_duration_text
from composer.ui.scene_list.model import SceneListModel
from composer.ui.scene_list.operations import LIMIT_MESSAGE, SceneOperations
from composer.ui.scene_list.panel import ScenesPanel
from composer.ui.scene_list.view import SceneListView
from composer.ui.spend.wiring import attach as attach_spend
from composer.ui.summary import size_text, submit_tooltip
from composer.ui.templates.controller import TemplatesController
from composer.ui.widgets.folders import PROJECT_FOLDER, start_folder
from composer.ui.widgets.icons import icon

if TYPE_CHECKING:  # imported where first used: the window opens without them
    from composer.jobs.connection import Connections
    from composer.settings.credentials import CredentialStore
    from composer.ui.batch.batch_dialog import BatchDialog
    from composer.ui.dialogs.submit_dialog import SubmitDialog
    from composer.ui.pickers.service import CatalogueService

log = logging.getLogger(__name__)

APP_NAME = "Scene Composer"
AUTOSAVE_MS = 30_000
STRUCTURE_AUTOSAVE_MS = 250
"""Scenes added, removed or moved are autosaved this soon (a burst of them once)."""
STATUS_MS = 6_000
JOBS_HEIGHT = 130
SIDE_WIDTHS = [290, 440]  # scenes, properties
OPEN_FILTER = (
    f"Projects and request bodies (*{PROJECT_SUFFIX} *.json);;"
    f"Scene Composer projects (*{PROJECT_SUFFIX});;HeyGen request bodies (*.json);;All files (*)"
)


def new_project() -> Project:
    """The Blank template (one scene, its script started: the set-up bar asks for the
    presenter and the voice), on the render route that works (v2 while it answers, else
    v3)."""
    project = blank().new_project()
    project.route = default_route()
    return project


class MainWindow(QMainWindow):
    first_painted = Signal()
    """The window has been painted once, and the work it did not wait for has begun."""
    autosaved = Signal(object)
    """A RecoverySnapshot is now on disk."""

    def __init__(
        self,
        *,
        preferences: Preferences | None = None,
        credentials: CredentialStore | None = None,
        connections: Connections | None = None,
        recovery: RecoveryStore | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.preferences = preferences or load_preferences()
        self._credentials = credentials
        self._connections = connections
        self.recovery = recovery or RecoveryStore()
        self.path: Path | None = None
        self.media_folder: Path | None = None  # local media outside it need the user's yes
        self._restored = False  # showing recovered work that was never saved
        self._structure_changed = False
        self._shown_once = False
        self._painted = False
        self._after_paint_done = False
        self._disk_writer = QThreadPool(self)  # one thread: writes land in order
        self._disk_writer.setMaxThreadCount(1)

        self.doc = ProjectDocument(new_project())
        self.stack = QUndoStack(self)
        self.edits = UndoableEdits(self.doc, self.stack)
        self.validation = LiveValidation(self.doc, self)

        self._build_parts()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_layout()
        self.spend = attach_spend(self)  # rehearsal, storyboard, balance and costs
        self._connect()
        self.brand = BrandController(self)
        window_polish.BlockedSubmit(self, self.action_submit, self.submit)
        window_polish.JobsDockSizer(self, self.jobs_dock, self.jobs)
        window_polish.name_submit(self.action_submit, self.preferences)
        window_polish.name_parts(self)

        self.setAcceptDrops(True)
        self.resize(1440, 900)
        self.autosave_timer = QTimer(self, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self._structure_autosave = QTimer(self, singleShot=True, interval=STRUCTURE_AUTOSAVE_MS)
        self._structure_autosave.timeout.connect(self.autosave)
        self.validation.schedule()  # opening a file at start-up validates that instead
        self._update_summary()
        self._loaded()

    @property
    def credentials(self) -> CredentialStore:
        if self._credentials is None:
            from composer.settings.credentials import CredentialStore

            self._credentials = CredentialStore()
        return self._credentials

    @property
    def connections(self) -> Connections:
        if self._connections is None:
            from composer.jobs.connection import Connections

            self._connections = Connections(self.credentials, self.preferences)
        return self._connections

    # ------------------------------------------------------------------ building
    def _build_parts(self) -> None:
        self.names = CatalogueNames(lambda base_url: self.connections.client(base_url), self)
        self.v3_looks = V3Looks(lambda: self.names.services, self.connections.client, self)
        looks = LookPictures(self.avatar_picture, self.v3_looks.look)  # real size, cut out
        cards = ClipPictures(lambda: self.doc.project, looks)  # first frames
        thumbnails = ThumbnailCache(ScenePainter(cards))
        self.scene_model = SceneListModel(self.doc, self.edits, self.validation, thumbnails)
        self.scene_view = SceneListView(self.scene_model)
        # a video's first frame has arrived: the cards showing it are drawn again
        thumbnails.painter.updated.connect(self.scene_view.viewport().update)
        self.scenes = SceneOperations(self.doc, self.edits, self.scene_view, self.notify)
        self.inspector = Inspector(self.doc, self.edits, self.choose_from_catalogue, self.names)
        self.problems = ProblemsList()
        self.problems_heading = QLabel(objectName="problemsHeading")
        self.clip_pictures = ClipPictures(lambda: self.doc.project, looks)
        self.preview = PreviewWidget(painter=ScenePainter(self.clip_pictures))
        self.clip_scrubber = ClipScrubber(self.preview, self.clip_pictures)
        self.names.changed.connect(self.preview.update)
        self.names.changed.connect(self.scene_view.viewport().update)
        self.v3_looks.changed.connect(self.names.changed)
        self.preview.set_document(self.doc, self.edits)
        self.controller = JobController(self.connections, parent=self)
        self.controller.uploads_learned.connect(self._remember_uploads)
        views = [self.preview, self.scene_view.viewport()]
        show_new_clips(self.controller.job_changed, [cards, self.clip_pictures], views)
        self.jobs = JobsPanel(self.controller)
        self.jobs.route_offered.connect(lambda route: send_on_route(self, route))
        self.summary = QLabel(objectName="projectSummary")
        self.templates = TemplatesController(self)

    def _action(
        self,
        name: str,
        text: str,
        icon_name: str | None,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("…", ""))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        Key = QKeySequence.StandardKey
        self.action_new = self._action("actionNew", "&New", "new", self.new, Key.New)
        self.action_open = self._action("actionOpen", "&Open…", "open", self.open_dialog, Key.Open)
        self.action_save = self._action("actionSave", "&Save", "save", self.save, Key.Save)
        self.action_save_as = self._action(
            "actionSaveAs", "Save &As…", "save-as", self.save_as, Key.SaveAs
        )
        self.action_settings = self._action(
            "actionSettings", "Se&ttings…", "settings", self.open_settings, Key.Preferences
        )
        self.action_quit = self._action("actionQuit", "&Quit", None, self.close, Key.Quit)
        self.action_undo = self.stack.createUndoAction(self, "Undo")
        self.action_redo = self.stack.createRedoAction(self, "Redo")
        for action, name, icon_name, key in (
            (self.action_undo, "actionUndo", "undo", Key.Undo),
            (self.action_redo, "actionRedo", "redo", Key.Redo),
        ):
            action.setObjectName(name)
            action.setIcon(icon(icon_name))
            action.setShortcut(QKeySequence(key))
            action.setIconText(name.removeprefix("action"))
        window_polish.bind_redo(self.action_redo)
        self.action_add = self._action(
            "actionAddScene", "&Add scene", "add", self.scenes.add, "Ctrl+Shift+N"
        )
        self.action_duplicate = self._action(
            "actionDuplicate", "D&uplicate", "duplicate", self.scenes.duplicate, "Ctrl+D"
        )
        self.action_delete = self._action(
            "actionDelete", "&Delete", "delete", self.scenes.delete, Key.Delete
        )
        self.action_move_up = self._action(
            "actionMoveUp", "Move &up", "move-up", self.scenes.move_up, "Ctrl+Up"
        )
        self.action_move_down = self._action(
            "actionMoveDown", "Move do&wn", "move-down", self.scenes.move_down, "Ctrl+Down"
        )
        for action in (self.action_delete, self.action_move_up, self.action_move_down):
            # Only while the scene list has focus: Delete in a text field deletes text.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.scene_view.addAction(action)
        self.action_submit = self._action(
            "actionSubmit", "Su&bmit video…", "submit", self.submit, "Ctrl+Return"
        )
        self.action_submit.setIconText("Submit")
        self.action_batch = self._action(
            "actionBatch", "Personalise from a &spreadsheet…", "scene", self.open_batch, None
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.recent_menu = QMenu("Open &Recent", self, objectName="recentMenu")
        self.recent_menu.setIcon(icon("recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addActions([self.action_new, self.action_open])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.action_save, self.action_save_as])
        file_menu.addAction(self.templates.action_save_template)
        file_menu.addSeparator()
        file_menu.addAction(self.action_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.action_undo, self.action_redo])
        scene_menu = bar.addMenu("&Scene")
        scene_menu.addActions([self.action_add, self.action_duplicate, self.action_delete])
        scene_menu.addSeparator()
        scene_menu.addActions([self.action_move_up, self.action_move_down])
        self.video_menu = bar.addMenu("&Video")
        self.video_menu.addActions([self.action_submit, self.action_batch])
        self.view_menu = bar.addMenu("Vie&w")

    def _build_toolbar(self) -> None:
        toolbar = QToolBar("Main", objectName="mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.action_new, self.action_open, self.action_save])
        toolbar.addSeparator()
        toolbar.addActions([self.action_undo, self.action_redo])
        toolbar.addSeparator()
        toolbar.addActions([self.action_add, self.action_duplicate])
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.action_settings)
        submit = QToolButton(objectName="submitButton")
        submit.setDefaultAction(self.action_submit)
        submit.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addWidget(submit)
        self.addToolBar(toolbar)

    def _build_layout(self) -> None:
        """Scenes and properties are full-height docks; Jobs docks under the preview only."""
        scenes_panel = ScenesPanel(
            self.scene_view,
            [
                self.action_add,
                self.action_duplicate,
                self.action_delete,
                None,
                self.action_move_up,
                self.action_move_down,
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
        self.scenes_dock = self._dock("Scenes", "scenesDock", scenes_panel, fixed=True)
        self.inspector_dock = self._dock("Properties", "propertiesDock", self.inspector, fixed=True)
        self.jobs_dock = self._dock("Jobs", "jobsDock", self.jobs, fixed=False)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.scenes_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.jobs_dock)
        scenes_panel.setMinimumWidth(240)
        # wide enough for every property tab with its label in full
        tabs_width = self.inspector.tabs.tabBar().sizeHint().width() + 12
        self.inspector.setMinimumWidth(max(420, tabs_width))
        self.view_menu.addAction(self.jobs_dock.toggleViewAction())
        self.statusBar().addPermanentWidget(self.summary)

    def _dock(self, title: str, name: str, widget: QWidget, *, fixed: bool) -> QDockWidget:
        """`fixed`: always there, no title bar (the panel has its own header)."""
        dock = QDockWidget(title, self, objectName=name)
        dock.setWidget(widget)
        if fixed:
            dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
            dock.setTitleBarWidget(QWidget())
        else:
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetClosable
                | QDockWidget.DockWidgetFeature.DockWidgetMovable
            )
        return dock

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # docks can only be sized once the window has a size
            self._shown_once = True
            self.resizeDocks(
                [self.scenes_dock, self.inspector_dock], SIDE_WIDTHS, Qt.Orientation.Horizontal
            )
            self.resizeDocks([self.jobs_dock], [JOBS_HEIGHT], Qt.Orientation.Vertical)

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
        """Start what the first frame need not wait for."""
        self._after_paint_done = True
        self.inspector.build_later()
        if self.preferences.endpoint != SANDBOX:  # names from the catalogue cached on disk
            self.catalogue_service()
            self.names.changed.emit()
        self.first_painted.emit()

    def _connect(self) -> None:
        self.stack.cleanChanged.connect(self._update_title)
        self.stack.indexChanged.connect(self._after_edit)
        selection = self.scene_view.selectionModel()
        selection.currentChanged.connect(self._sync_scene)
        selection.selectionChanged.connect(self._update_actions)
        for signal in (
            self.scene_model.rowsInserted,
            self.scene_model.rowsRemoved,
            self.scene_model.rowsMoved,
            self.scene_model.modelReset,
        ):
            signal.connect(self._sync_scene)
        for signal in (self.doc.inserted, self.doc.removed, self.doc.moved):
            signal.connect(self._structure_edited)
            signal.connect(lambda *_rows: self._update_summary())
        self.doc.changed.connect(self._update_summary)
        self.doc.reset.connect(self._update_summary)
        self.validation.updated.connect(self._problems_changed)
        self.problems.problem_activated.connect(self.go_to_problem)

    # ------------------------------------------------------------------ state
    def current_row(self) -> int | None:
        row = self.scene_view.currentIndex().row()
        return row if 0 <= row < len(self.doc) else None

    def is_modified(self) -> bool:
        return self._restored or not self.stack.isClean()

    def open_batch(self) -> BatchDialog:
        """One video per spreadsheet row, from this project's {{column}} placeholders."""
        from composer.ui.batch.batch_dialog import BatchDialog

        dialog = BatchDialog(
            self.doc.project,
            self.controller,
            self,
            self.spend.batch_quote,
            media_folder=self.media_folder,
        )
        dialog.show()
        return dialog

    def _remember_uploads(self, uploads: dict) -> None:
        """Asset ids from a submit: kept with the project so no file is uploaded twice."""
        self.doc.project.uploads.update(uploads)

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name.removesuffix(PROJECT_SUFFIX)
        return self.doc.project.title or "Untitled"

    def notify(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    def _update_title(self) -> None:
        self.setProperty(PROJECT_FOLDER, str(self.path.parent) if self.path else "")
        self.setWindowTitle(f"{self.display_name()}[*] — {APP_NAME}")
        self.setWindowModified(self.is_modified())

    def _sync_scene(self) -> None:
        """Point the panels at the current scene (after selection or structure changes)."""
        row = self.current_row()
        if row is None and len(self.doc):
            self.scenes.select([0])
            return  # selecting calls back here
        self.inspector.set_scene(row)
        self.preview.set_scene_index(-1 if row is None else row)
        self.inspector.show_problems(self.validation.problems)
        self._update_actions()

    def _update_actions(self) -> None:
        rows = self.scenes.rows()
        full = len(self.doc) >= MAX_SCENES
        self.action_add.setEnabled(not full)
        self.action_add.setToolTip(LIMIT_MESSAGE if full else "Add a scene after the selected one")
        self.action_duplicate.setEnabled(bool(rows) and self.scenes.room_for(len(rows)))
        self.action_delete.setEnabled(bool(rows))
        self.action_move_up.setEnabled(self.scenes.can_move(up=True))
        self.action_move_down.setEnabled(self.scenes.can_move(up=False))
        if full:
            self.statusBar().showMessage(LIMIT_MESSAGE)

    def _update_summary(self, scene_index: int = PROJECT, path: str = "") -> None:
        """The status bar's scenes · length · size, after an edit that can change them:
        scenes added, removed or moved, a voice, or the project's size."""
        if scene_index != PROJECT and path and path.split(".")[0] != "voice":
            return  # e.g. the avatar dragged in the preview: nothing here changes
        self.summary.setText(
            f"{len(self.doc)} scene{'s' if len(self.doc) != 1 else ''} · "
            f"{project_duration_text(self.doc.project)} · {size_text(self.doc.project)}"
        )

    def _problems_changed(self) -> None:
        problems = self.validation.problems
        self.problems.show_problems(problems)
        self.inspector.show_problems(problems)
        errors = [p for p in problems if p.is_error]
        warnings = len(problems) - len(errors)
        parts = [f"{len(errors)} to fix"] if errors else []
        parts += [f"{warnings} warning{'s' if warnings != 1 else ''}"] if warnings else []
        self.problems_heading.setText("Problems · " + ", ".join(parts) if parts else "Ready")
        level = "error" if errors else "warning" if warnings else ""
        if self.problems_heading.property("problem") != level:
            self.problems_heading.setProperty("problem", level)
            self.problems_heading.style().polish(self.problems_heading)
        self.action_submit.setEnabled(not errors)
        self.action_submit.setToolTip(submit_tooltip(errors))
        self._update_actions()

    def go_to_problem(self, problem: Problem) -> None:
        """Select the problem's scene and put the cursor in the field to fix."""
        if problem.scene_index is not None and problem.scene_index < len(self.doc):
            self.scenes.select([problem.scene_index])
        self.inspector.focus_problem(problem)

    # ------------------------------------------------------------------ files
    def new(self) -> None:
        """File → New: the template gallery (Blank is its first card)."""
        self.templates.new_from_gallery()

    def new_from(self, project: Project) -> None:
        """Show `project` (from a template) as a new, untitled one."""
        project.route = project.route or default_route()
        self._load(project, None)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = str(start_folder(self))
        path, _ = QFileDialog.getOpenFileName(self, "Open", start, OPEN_FILTER)
        if path:
            self.open_path(Path(path))

    def open_file(self, path: Path) -> bool:
        """Open after asking about unsaved changes (recent files, drops, the command line)."""
        return self.maybe_save() and self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open a project file or a raw HeyGen request body; on failure nothing changes."""
        try:
            project = load_project(path)
            source: Path | None = path
        except ProjectFileError:
            try:
                project = load_any(path)
            except ProjectFileError as error:
                self.show_error("Can't open the file", str(error))
                return False
            source = None  # a request body: Save asks where to keep the project
        self._load(project, source)
        self.media_folder = path.parent
        self._remember(path)
        if source is None:
            self.notify(f"Imported {path.name}. Save to keep it as a project.")
        return True

    def save(self) -> bool:
        return self._write(self.path) if self.path is not None else self.save_as()

    def save_as(self) -> bool:
        suggested = start_folder(self) / f"{self.display_name()}{PROJECT_SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Save project", str(suggested), f"Scene Composer projects (*{PROJECT_SUFFIX})"
        )
        if not chosen:
            return False
        path = Path(chosen)
        if not path.name.endswith(PROJECT_SUFFIX):
            path = path.with_name(path.name.removesuffix(".json") + PROJECT_SUFFIX)
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            save_project(self.doc.project, path)
        except Exception as error:  # every failure is told: the work is still open
            self.show_error("Can't save the project", save_failure(path, error))
            return False
        self.path = path
        self.media_folder = path.parent
        self._restored = False
        self.stack.setClean()
        self._write_later(self.recovery.discard, "could not remove the recovery copy")
        self._remember(path)
        self._update_title()
        self.notify(f"Saved {path.name}")
        return True

    def _load(self, project: Project, path: Path | None, *, restored: bool = False) -> None:
        self.doc.load(project)
        self.stack.clear()
        self.path = path
        self.media_folder = path.parent if path else None
        self._restored = restored
        self._loaded()

    def _loaded(self) -> None:
        """After a project is shown (the document's reset has validated it)."""
        self._update_title()
        self.scenes.select([0] if len(self.doc) else [])
        self._sync_scene()

    def _remember(self, path: Path) -> None:
        """Add `path` to the recent files (saved from a snapshot, on the writer thread)."""
        self.preferences.add_recent(path)
        snapshot = copy.deepcopy(self.preferences)
        self._write_later(lambda: save_preferences(snapshot), "could not save the recent files")

    def _write_later(
        self,
        write: Callable[[], object],
        failure: str,
        on_done: Callable[[], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Do `write` on the disk-writer thread: an atomic write syncs the disk, which can
        take longer than a frame. `on_done` runs on the GUI thread after it succeeded,
        `on_failure` (default: a line in the log) after it failed."""
        run_in_background(
            write,
            on_success=(lambda _result: on_done()) if on_done else None,
            on_failure=on_failure or (lambda error: log.warning("%s: %s", failure, error)),
            parent=self,
            pool=self._disk_writer,
        )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for text in self.preferences.recent_files:
            path = Path(text)
            action = self.recent_menu.addAction(path.name, lambda p=path: self.open_file(p))
            action.setToolTip(text)
            action.setEnabled(path.exists())
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("No recent files").setEnabled(False)

    def maybe_save(self) -> bool:
        """True when it is fine to replace the current project (saved or discarded)."""
        if not self.is_modified():
            return True
        choice = self.ask_save_changes()
        if choice == SaveChoice.SAVE:
            return self.save()
        return choice == SaveChoice.DISCARD

    # The questions, as methods so tests can answer them.
    def ask_save_changes(self) -> SaveChoice:
        return prompts.ask_save_changes(self, self.display_name())

    def ask_restore(self, info: RecoveryInfo) -> bool:
        return prompts.ask_restore(self, info)

    def show_error(self, title: str, text: str) -> None:
        prompts.show_error(self, title, text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_file(path)

    # ------------------------------------------------------------------ autosave, recovery
    def start(self, file: Path | None = None, *, gallery: bool = False) -> None:
        """At launch: offer crash recovery, mark the session, then open `file` (or with
        `gallery`, when there is no file and nothing was recovered, offer the templates)."""
        restored = self.offer_recovery()
        self.recovery.mark_session_start()
        if file is not None and not restored:
            self.open_file(file)
        elif gallery and not restored:  # the app starts without a file: a template first
            QTimer.singleShot(0, lambda: self.templates.new_from_gallery(first_run=True))

    def offer_recovery(self) -> bool:
        info = self.recovery.pending()
        if info is None:
            return False
        if not self.ask_restore(info):
            self.recovery.discard()
            return False
        self._load(info.project, info.source_path, restored=True)
        self.notify("Restored your unsaved work. Save it to keep it.")
        return True

    def _structure_edited(self, *_args: int) -> None:
        self._structure_changed = True

    def _after_edit(self) -> None:
        """Scenes added, removed or moved are autosaved within STRUCTURE_AUTOSAVE_MS; other
        edits every 30 s."""
        if self._structure_changed:
            self._structure_changed = False
            if not self._structure_autosave.isActive():
                self._structure_autosave.start()
        self._update_actions()

    def autosave(self) -> None:
        """Write the recovery copy (in the app's data folder, never over the user's file).
        The bytes are taken here; the disk is written on the writer thread."""
        if not self.is_modified():
            return
        try:
            snapshot = self.recovery.snapshot(self.doc.project, self.path)
        except Exception as error:  # every failure is told
            self._autosave_failed(error)
            return
        self._write_later(
            lambda: self.recovery.write_snapshot(snapshot),
            "autosave failed",
            lambda: self.autosaved.emit(snapshot),
            self._autosave_failed,
        )

    def _autosave_failed(self, error: BaseException) -> None:
        log.warning("autosave failed: %s", error)
        self.notify(autosave_failure(error))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Leave cleanly: no recovery offer next time; jobs resume at the next start."""
        self.autosave_timer.stop()
        self._structure_autosave.stop()
        self._disk_writer.waitForDone()
        self.recovery.mark_clean_exit()
        self.controller.shutdown()
        if self._connections is not None:
            self._connections.close()

    # ------------------------------------------------------------------ settings, submit
    def open_settings(self) -> None:
        from composer.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.credentials, self.preferences, self).exec()
        window_polish.name_submit(self.action_submit, self.preferences)

    def choose_from_catalogue(self, kind: str, current: str | None) -> str | None:
        """The avatar, talking photo or voice picker for the server new jobs go to."""
        from composer.ui.pickers.catalogue_picker import CataloguePicker

        needs_key = self.preferences.endpoint != SANDBOX and not self.credentials.api_key()
        set_key = self._ask_for_key if needs_key else None
        picker = CataloguePicker(self.catalogue_service(), kind, current, self, set_key=set_key)
        return (
            picker.selected_id() if picker.exec() == CataloguePicker.DialogCode.Accepted else None
        )

    def _ask_for_key(self) -> bool:
        """Settings, opened from a picker that has no key to work with: True once set."""
        self.open_settings()
        return bool(self.credentials.api_key())

    def catalogue_service(self) -> CatalogueService:
        return self.names.service(self.connections.base_url)

    def avatar_picture(self, character: Character) -> QPixmap | None:
        return self.names.avatar_picture(character)

    def submit(self) -> None:
        self.validation.run_now()
        if self.validation.errors:
            self.notify(submit_tooltip(self.validation.errors))
            self.go_to_problem(self.validation.errors[0])
            return
        dialog = self.confirm_submit_dialog()
        if dialog.exec() == dialog.DialogCode.Accepted and use_route(self, dialog.route()):
            from composer.ui.dialogs.outside_files import approve_uploads

            uploads = approve_uploads(self, self.doc.project, self.media_folder)
            if uploads is None:
                self.notify("Not sent: files outside the project's folder were not allowed.")
                return
            project, title = self.spend.outgoing(self.doc.project, dialog.title(), dialog.draft)
            self.jobs.submit(project, title, uploads)
            self.notify(f"Sent “{title}”: follow it in the Jobs panel.")

    def confirm_submit_dialog(self) -> SubmitDialog:
        from composer.ui.dialogs.submit_dialog import SubmitDialog

        server = window_polish.server_name(self.preferences)
        warnings = sum(1 for p in self.validation.problems if not p.is_error)
        title = self.doc.project.title or self.display_name()
        return SubmitDialog(
            self.doc.project,
            title,
            server,
            warnings,
            self,
            quotes=self.spend,
            prefer_draft=self.spend.prefer_draft,
        )


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile():
        path = Path(urls[0].toLocalFile())
        if path.suffix.lower() == ".json":
            return path
    return None
