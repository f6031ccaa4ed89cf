"""File handling for the main window: new, open, save, save as, recent files, the title,
autosave to the recovery store and the recovery offer at launch."""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from composer.model.project import Project
from composer.projectfile import (
    PROJECT_SUFFIX,
    ProjectFileError,
    load_any,
    load_project,
    save_project,
)
from composer.projectfile.disk_stamp import DiskStamp
from composer.projectfile.recovery import RecoveryInfo, RecoveryStore
from composer.settings.preferences import save_preferences
from composer.settings.route_state import default_route
from composer.templates.library import blank
from composer.ui.dialogs import prompts
from composer.ui.dialogs.prompts import DiskChoice, SaveChoice
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate
from composer.ui.operations import run_in_background
from composer.ui.save_errors import autosave_failure, save_failure
from composer.ui.widgets.actions import make_action
from composer.ui.widgets.folders import start_folder
from composer.ui.widgets.icons import icon

if TYPE_CHECKING:
    from composer.ui.controllers.host import FilesHost

log = logging.getLogger(__name__)

AUTOSAVE_MS = 30_000
STRUCTURE_AUTOSAVE_MS = 250
"""Scenes added, removed or moved are autosaved this soon (a burst of them once)."""
OPEN_FILTER = QT_TRANSLATE_NOOP(
    "FilesController",
    "Projects and request bodies (*{suffix} *.json);;Scene Composer projects (*{suffix});;"
    "HeyGen request bodies (*.json);;All files (*)",
)


def new_project() -> Project:
    """The Blank template (one scene, its script started: the set-up bar asks for the
    presenter and the voice), on the render route that works (v2 while it answers, else
    v3)."""
    project = blank().new_project()
    project.route = default_route()
    return project


class FilesController(QObject):
    """The File menu's actions and the open project's file: its path, whether it is saved,
    and the recovery copy kept while it is not."""

    autosaved = Signal(object)
    """A RecoverySnapshot is now on disk."""
    renamed = Signal()
    """The file, or whether the project is recovered work, changed: the title is another."""
    loaded = Signal()
    """Another project is shown (the document's reset has validated it)."""

    def __init__(self, window: FilesHost, recovery: RecoveryStore | None = None) -> None:
        super().__init__(window.widget)
        self.window = window
        self.recovery = recovery or RecoveryStore()
        self.path: Path | None = None
        self.media_folder: Path | None = None  # local media outside it need the user's yes
        self._restored = False  # showing recovered work that was never saved
        self._stamp: DiskStamp | None = None  # the file as last read or written here
        self._structure_changed = False
        self._disk_writer = QThreadPool(self)  # one thread: writes land in order
        self._disk_writer.setMaxThreadCount(1)

        Key = QKeySequence.StandardKey
        self.action_new = make_action(
            window.widget,
            "actionNew",
            translate("FilesController", "&New"),
            "new",
            self.new,
            Key.New,
        )
        self.action_open = make_action(
            window.widget,
            "actionOpen",
            translate("FilesController", "&Open…"),
            "open",
            self.open_dialog,
            Key.Open,
        )
        self.action_save = make_action(
            window.widget,
            "actionSave",
            translate("FilesController", "&Save"),
            "save",
            self.save,
            Key.Save,
        )
        self.action_save_as = make_action(
            window.widget,
            "actionSaveAs",
            translate("FilesController", "Save &As…"),
            "save-as",
            self.save_as,
            Key.SaveAs,
        )
        self.recent_menu = QMenu(
            translate("FilesController", "Open &Recent"), window.widget, objectName="recentMenu"
        )
        self.recent_menu.setIcon(icon("recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)

        self.autosave_timer = QTimer(self, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self._structure_autosave = QTimer(self, singleShot=True, interval=STRUCTURE_AUTOSAVE_MS)
        self._structure_autosave.timeout.connect(self.autosave)
        window.stack.indexChanged.connect(self._after_edit)
        for signal in (window.doc.inserted, window.doc.removed, window.doc.moved):
            signal.connect(self._structure_edited)

    # ------------------------------------------------------------------ state
    def is_modified(self) -> bool:
        return self._restored or not self.window.stack.isClean()

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name.removesuffix(PROJECT_SUFFIX)
        return self.window.doc.project.title or translate("FilesController", "Untitled")

    # ------------------------------------------------------------------ files
    def new(self) -> None:
        """File → New: the template gallery (Blank is its first card)."""
        self.window.templates.new_from_gallery()

    def new_from(self, project: Project) -> None:
        """Show `project` (from a template) as a new, untitled one."""
        project.route = project.route or default_route()
        self.load(project, None)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = str(start_folder(self.window.widget))
        path, _ = QFileDialog.getOpenFileName(
            self.window.widget,
            translate("FilesController", "Open"),
            start,
            translate("FilesController", OPEN_FILTER).format(suffix=PROJECT_SUFFIX),
        )
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
                self.window.show_error(
                    translate("FilesController", "Can't open the file"), str(error)
                )
                return False
            source = None  # a request body: Save asks where to keep the project
        self.load(project, source)
        self.media_folder = path.parent
        self._remember(path)
        if source is None:
            self.window.notify(
                translate(
                    "FilesController", "Imported {file}. Save to keep it as a project."
                ).format(file=path.name)
            )
        return True

    def save(self) -> bool:
        return self.write(self.path) if self.path is not None else self.save_as()

    def save_as(self) -> bool:
        suggested = start_folder(self.window.widget) / f"{self.display_name()}{PROJECT_SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(
            self.window.widget,
            translate("FilesController", "Save project"),
            str(suggested),
            translate("FilesController", "Scene Composer projects (*{suffix})").format(
                suffix=PROJECT_SUFFIX
            ),
        )
        if not chosen:
            return False
        path = Path(chosen)
        if not path.name.endswith(PROJECT_SUFFIX):
            path = path.with_name(path.name.removesuffix(".json") + PROJECT_SUFFIX)
        return self.write(path)

    def write(self, path: Path) -> bool:
        if path == self.path and self._stamp is not None and self._stamp.changed_on_disk(path):
            choice = self.ask_disk_changed()
            if choice == DiskChoice.RELOAD:
                self.open_path(path)
                return False
            if choice == DiskChoice.SAVE_AS:
                return self.save_as()
            if choice == DiskChoice.CANCEL:
                return False
        try:
            save_project(self.window.doc.project, path)
        except Exception as error:  # every failure is told: the work is still open
            self.window.show_error(
                translate("FilesController", "Can't save the project"), save_failure(path, error)
            )
            return False
        self.path = path
        self._stamp = DiskStamp.of(path)
        self.media_folder = path.parent
        self._restored = False
        self.window.stack.setClean()
        self.write_later(self.recovery.discard, "could not remove the recovery copy")
        self._remember(path)
        self.renamed.emit()
        self.window.notify(translate("FilesController", "Saved {file}").format(file=path.name))
        return True

    def load(self, project: Project, path: Path | None, *, restored: bool = False) -> None:
        self.window.doc.load(project)
        self.window.stack.clear()
        self.path = path
        self._stamp = DiskStamp.of(path) if path is not None else None
        self.media_folder = path.parent if path else None
        self._restored = restored
        self.renamed.emit()
        self.loaded.emit()

    def _remember(self, path: Path) -> None:
        """Add `path` to the recent files (saved from a snapshot, on the writer thread)."""
        preferences = self.window.preferences
        preferences.add_recent(path)
        snapshot = copy.deepcopy(preferences)
        self.write_later(lambda: save_preferences(snapshot), "could not save the recent files")

    def write_later(
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
            parent=self.window.widget,
            pool=self._disk_writer,
        )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for text in self.window.preferences.recent_files:
            path = Path(text)
            action = self.recent_menu.addAction(path.name, lambda p=path: self.open_file(p))
            action.setToolTip(text)
            action.setEnabled(path.exists())
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(translate("FilesController", "No recent files")).setEnabled(
                False
            )

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
        return prompts.ask_save_changes(self.window.widget, self.display_name())

    def ask_disk_changed(self) -> DiskChoice:
        return prompts.ask_disk_changed(self.window, self.display_name())

    def ask_restore(self, info: RecoveryInfo) -> bool:
        return prompts.ask_restore(self.window.widget, info)

    # ------------------------------------------------------------------ autosave, recovery
    def start(self, file: Path | None = None, *, gallery: bool = False) -> None:
        """At launch: offer crash recovery, mark the session, then open `file` (or with
        `gallery`, when there is no file and nothing was recovered, offer the templates)."""
        restored = self.offer_recovery()
        self.recovery.mark_session_start()
        if file is not None and not restored:
            self.open_file(file)
        elif gallery and not restored:  # the app starts without a file: a template first
            QTimer.singleShot(0, lambda: self.window.templates.new_from_gallery(first_run=True))

    def offer_recovery(self) -> bool:
        info = self.recovery.pending()
        if info is None:
            return False
        if not self.ask_restore(info):
            self.recovery.discard()
            return False
        self.load(info.project, info.source_path, restored=True)
        self.window.notify(
            translate("FilesController", "Restored your unsaved work. Save it to keep it.")
        )
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

    def autosave(self) -> None:
        """Write the recovery copy (in the app's data folder, never over the user's file).
        The bytes are taken here; the disk is written on the writer thread."""
        if not self.is_modified():
            return
        try:
            snapshot = self.recovery.snapshot(self.window.doc.project, self.path)
        except Exception as error:  # every failure is told
            self._autosave_failed(error)
            return
        self.write_later(
            lambda: self.recovery.write_snapshot(snapshot),
            "autosave failed",
            lambda: self.autosaved.emit(snapshot),
            self._autosave_failed,
        )

    def _autosave_failed(self, error: BaseException) -> None:
        log.warning("autosave failed: %s", error)
        self.window.notify(autosave_failure(error))

    def shutdown(self) -> None:
        """No more writes, and no recovery offer next time."""
        self.autosave_timer.stop()
        self._structure_autosave.stop()
        self._disk_writer.waitForDone()
        self.recovery.mark_clean_exit()


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one .json file dropped on the window, if that is what is dropped."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile():
        path = Path(urls[0].toLocalFile())
        if path.suffix.lower() == ".json":
            return path
    return None
