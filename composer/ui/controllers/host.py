"""What the controllers need of the main window, as protocols: `Host` is what every one may
use (the document, its undo stack and edits, live validation, preferences, a way to tell
the user and to show an error); each controller's protocol adds the few parts it works
with, and sibling controllers appear only as the members used. MainWindow satisfies them
all; no controller imports it, so a controller can be built against a small stand-in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMenu, QStatusBar, QToolBar, QWidget

from composer.model.document import ProjectDocument
from composer.model.project import Project
from composer.settings.preferences import Preferences
from composer.ui.commands import UndoableEdits
from composer.ui.panels.live_validation import LiveValidation
from composer.ui.spend.submit_rows import Quotes

if TYPE_CHECKING:
    from composer.jobs.connection import Connections
    from composer.model.validate import Problem
    from composer.routes.quote import BatchQuote
    from composer.ui.controllers.jobs import JobController
    from composer.ui.jobs_panel import JobsPanel
    from composer.ui.panels.inspector import Inspector
    from composer.ui.pickers.names import CatalogueNames
    from composer.ui.preview.preview_widget import PreviewWidget
    from composer.ui.scene_list.model import SceneListModel
    from composer.ui.scene_list.operations import SceneOperations
    from composer.ui.scene_list.view import SceneListView


class Host(Protocol):
    doc: ProjectDocument
    stack: QUndoStack
    edits: UndoableEdits
    validation: LiveValidation
    preferences: Preferences

    @property
    def widget(self) -> QWidget:
        """The window as the Qt parent of a controller's actions and dialogs."""
        ...

    def notify(self, message: str) -> None: ...
    def show_error(self, title: str, text: str) -> None: ...


# --- sibling controllers, as far as another controller uses them ---


class FilesPart(Protocol):
    path: Path | None
    media_folder: Path | None

    def display_name(self) -> str: ...
    def new_from(self, project: Project) -> None: ...
    def open_dialog(self) -> None: ...
    def maybe_save(self) -> bool: ...
    def write_later(
        self,
        write: Callable[[], object],
        failure: str,
        on_done: Callable[[], None] | None = None,
    ) -> None: ...


class SettingsPart(Protocol):
    changed: SignalInstance
    action_settings: QAction

    @property
    def connections(self) -> Connections: ...
    def choose_from_catalogue(self, kind: str, current: str | None) -> str | None: ...


class SubmitPart(Protocol):
    action_submit: QAction
    action_batch: QAction

    def submit(self) -> None: ...


class SpendPart(Quotes, Protocol):
    prefer_draft: bool

    def batch_quote(self, projects: list[Project]) -> BatchQuote: ...
    def account(self) -> str | None: ...
    def outgoing(self, project: Project, title: str, draft: bool) -> tuple[Project, str]: ...


class TemplatesPart(Protocol):
    def new_from_gallery(self, *, first_run: bool = False) -> bool: ...


class BrandPart(Protocol):
    def dress_project(self, project: Project) -> None: ...


# --- each controller's window ---


class FilesHost(Host, Protocol):
    @property
    def templates(self) -> TemplatesPart: ...


class SettingsHost(Host, Protocol):
    @property
    def names(self) -> CatalogueNames: ...


class ScenesHost(Host, Protocol):
    @property
    def scenes(self) -> SceneOperations: ...
    @property
    def scene_view(self) -> SceneListView: ...


class RouteOfferHost(Host, Protocol):
    @property
    def submitting(self) -> SubmitPart: ...


class SubmitHost(RouteOfferHost, Protocol):
    @property
    def files(self) -> FilesPart: ...
    @property
    def settings(self) -> SettingsPart: ...
    @property
    def spend(self) -> SpendPart: ...
    @property
    def jobs(self) -> JobsPanel: ...
    @property
    def job_controller(self) -> JobController: ...

    def go_to_problem(self, problem: Problem) -> None: ...


class TemplatesHost(Host, Protocol):
    @property
    def files(self) -> FilesPart: ...
    @property
    def settings(self) -> SettingsPart: ...
    @property
    def brand(self) -> BrandPart: ...


class BrandHost(Host, Protocol):
    @property
    def settings(self) -> SettingsPart: ...
    @property
    def names(self) -> CatalogueNames: ...
    @property
    def scenes(self) -> SceneOperations: ...
    @property
    def scene_view(self) -> SceneListView: ...
    @property
    def scene_model(self) -> SceneListModel: ...
    @property
    def inspector(self) -> Inspector: ...
    @property
    def preview(self) -> PreviewWidget: ...


class SpendHost(Host, Protocol):
    @property
    def files(self) -> FilesPart: ...
    @property
    def settings(self) -> SettingsPart: ...
    @property
    def submitting(self) -> SubmitPart: ...
    @property
    def preview(self) -> PreviewWidget: ...
    @property
    def scene_model(self) -> SceneListModel: ...
    @property
    def video_menu(self) -> QMenu: ...
    @property
    def toolbar(self) -> QToolBar: ...
    @property
    def first_painted(self) -> SignalInstance: ...

    def statusBar(self) -> QStatusBar: ...
    def centralWidget(self) -> QWidget | None: ...


class AccountCheckHost(Host, Protocol):
    @property
    def settings(self) -> SettingsPart: ...


class SoundtrackHost(Host, Protocol):
    @property
    def files(self) -> FilesPart: ...
    @property
    def inspector(self) -> Inspector: ...
    @property
    def first_painted(self) -> SignalInstance: ...
    @property
    def has_painted(self) -> bool: ...
