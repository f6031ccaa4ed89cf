"""Puts the "before you spend" parts into the main window: the Rehearse action and bar, the
storyboard and stills exports, the balance, costs and free drafts. The window calls
`attach(window)` once; everything else is here, so main_window.py stays small. What is not
needed for the first frame (the rehearsal bar, the billing sums) is loaded when first used."""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSplitter

from composer.billing.lengths import configured_source, use_source
from composer.model.document import PROJECT
from composer.model.project import Project
from composer.routes.registry import DEFAULT_ROUTE, route_class
from composer.ui.i18n import amounts, translate
from composer.ui.operations import run_in_background
from composer.ui.spend.balance import BalanceWatcher
from composer.ui.spend.exports import ExportController
from composer.ui.widgets.actions import make_action

if TYPE_CHECKING:
    from composer.heygen.client import HeyGenClient
    from composer.routes.base import Balance
    from composer.routes.quote import BatchQuote, DraftOffer
    from composer.ui.controllers.host import SpendHost
    from composer.ui.rehearsal.panel import RehearsalPanel


HTTP_STACK = (
    "composer.jobs.connection",
    "composer.settings.credentials",
    "composer.routes.v2_scenes",
)
BALANCE_DELAY_MS = 1500
"""The balance is first asked this long after the first paint: starting up comes first."""
QUIET_MS = 2000
"""...and once editing has paused this long: importing the HTTP stack on a worker still
takes Python's lock from the GUI thread in turns (a drag's frames would stutter)."""


def _import_http_stack() -> None:
    """On a worker: the modules asking for the balance needs (requests, keyring...), so the
    GUI thread never stalls importing them."""
    for module in HTTP_STACK:
        importlib.import_module(module)


class SpendParts(QObject):
    rehearsal_closed = Signal()  # the window shows its selected scene again
    lengths_changed = Signal()  # real audio replaced estimates: the window's summary follows

    def __init__(self, window: SpendHost) -> None:
        super().__init__()
        self.window = window
        self._rehearsal: RehearsalPanel | None = None
        self.exports = ExportController(
            window.widget,
            lambda: window.doc.project,
            self.route,
            window.preview.scene_painter,
            window.notify,
            window.show_error,
            self.folder,
        )
        self.prefer_draft = False
        self._balance_route: str | None = None  # the route the balance was asked for
        self.balance = BalanceWatcher(self._balance_job, window.widget)
        window.statusBar().addPermanentWidget(self.balance.label)
        window.first_painted.connect(self._after_first_paint)
        window.doc.changed.connect(self._project_changed)
        window.doc.reset.connect(self._project_changed)
        self._last_edit = 0.0  # time.monotonic() of the latest edit
        self._closed = False
        window.doc.changed.connect(self._edited)
        window.settings.changed.connect(self.account)
        self._actions()

    @property
    def rehearsal(self) -> RehearsalPanel:
        """The rehearsal bar under the preview, made on first use."""
        if self._rehearsal is None:
            from composer.ui.rehearsal.panel import RehearsalPanel

            window = self.window
            panel = RehearsalPanel(window.doc, window.preview, self._client)
            panel.closed.connect(self.rehearsal_closed)  # the window goes back to its scene
            panel.audio_arrived.connect(self._lengths_changed)
            centre = window.centralWidget()
            if isinstance(centre, QSplitter):
                centre.insertWidget(1, panel)
                centre.setStretchFactor(1, 0)
            self._rehearsal = panel
        return self._rehearsal

    def rehearse(self) -> None:
        self.rehearsal.start()

    def _after_first_paint(self) -> None:
        """Copy the billing rule for the user, then (once the window has settled and the
        HTTP stack is loaded off the GUI thread) ask for the balance."""
        from composer.billing.rules import install_user_copy

        self.window.files.write_later(install_user_copy, "could not copy the billing rule")
        QTimer.singleShot(BALANCE_DELAY_MS, self._load_http_stack)

    def _edited(self, _scene_index: int, _path: str) -> None:
        self._last_edit = time.monotonic()

    def shutdown(self) -> None:
        """The window is closing: nothing more is loaded or asked in the background."""
        self._closed = True
        self.balance.stop()

    def _load_http_stack(self) -> None:
        if self._closed:
            return
        quiet_for = (time.monotonic() - self._last_edit) * 1000
        if quiet_for < QUIET_MS:  # still editing: look again once it may have paused
            QTimer.singleShot(int(QUIET_MS - quiet_for) + 50, self._load_http_stack)
            return
        run_in_background(
            _import_http_stack,
            on_success=lambda _none: (self.account(), self.balance.start()),
            parent=self.window.widget,
        )

    def account(self) -> str | None:
        """The server and account the app is set to, as caches key what it made
        (HeyGenClient.source; None without a key). Lengths follow it: a script lasts the
        real speech this account spoke, never another's."""
        from composer.heygen.errors import AuthError

        try:
            return self._client().source
        except (AuthError, OSError):  # no key, or the practice server can't start
            return self._learn(None)

    def _client(self) -> HeyGenClient:
        """A client for the server and account the app is set to (whose speech lengths
        then read)."""
        client = self.window.settings.connections.client()
        self._learn(client.source)
        return client

    def _learn(self, source: str | None) -> str | None:
        if source != configured_source():
            use_source(source)
            self._lengths_changed()
        return source

    def _lengths_changed(self) -> None:
        """Real audio replaced estimates: the status bar and scene cards say so."""
        self.lengths_changed.emit()
        self.window.scene_model.lengths_changed()

    def _project_changed(self, scene_index: int = PROJECT, path: str = "route") -> None:
        """Another route may use another account balance and unit: ask again."""
        if scene_index == PROJECT and path == "route" and self.route() != self._balance_route:
            self.balance.forget()

    def route(self) -> str:
        return self.window.doc.project.route or DEFAULT_ROUTE

    def unit(self, route: str | None = None) -> str:
        """The unit the route's costs are counted in (the billing rule's)."""
        from composer.routes.pricing import route_unit

        return route_unit(route or self.route())

    def _balance_job(self) -> Callable[[], Balance]:
        """On the GUI thread: the work that asks the server (run on a worker)."""
        connections, route = self.window.settings.connections, self.route()
        self._balance_route = route

        def ask() -> float | None:
            from composer.routes.registry import make_route  # the HTTP stack, off the GUI thread

            return make_route(route, connections.client()).balance()

        return ask

    # ---- quotes and drafts (the Submit and batch dialogs)
    def quote(self, route: str | None = None) -> str:
        """'this video ≈ 1 credit of 42 left' on `route` (default: the project's). The
        balance was asked through the project's route: on another route it may not apply."""
        from composer.routes.quote import video_quote

        route = route or self.route()
        balance = self.balance.amount_in(self.unit(route)) if route == self._balance_route else None
        project, source = self.window.doc.project, configured_source()
        return video_quote(project, route, balance, source, words=amounts)

    def batch_quote(self, projects: list[Project]) -> BatchQuote:
        from composer.routes.quote import batch_quote

        balance = self.balance.amount_in(self.unit())
        return batch_quote(projects, self.route(), balance, configured_source())

    def draft_offer(self, route: str | None = None) -> DraftOffer:
        from composer.routes.quote import draft_offer

        route = route or self.route()
        label = translate("Routes", route_class(route).label)
        project, source = self.window.doc.project, configured_source()
        return draft_offer(project, route, label, source, words=amounts)

    def send_draft(self) -> None:
        """Video → Send draft (free): the Submit dialog with the draft button chosen."""
        self.prefer_draft = True
        try:
            self.window.submitting.submit()
        finally:
            self.prefer_draft = False
        self._balance_route: str | None = None  # the route the balance was asked for

    def outgoing(self, project: Project, title: str, draft: bool) -> tuple[Project, str]:
        """The project and job title to send; a draft carries HeyGen's `test` flag and
        '(draft)' in its title (so in the Jobs panel and the file name), and is counted."""
        from composer.billing.drafts import mark_draft

        QTimer.singleShot(3000, self.balance.refresh)  # the server has charged it by then
        return mark_draft(project, title) if draft else (project, title)

    def folder(self) -> Path:
        return self.window.files.path.parent if self.window.files.path else Path.home()

    def _actions(self) -> None:
        window = self.window
        self.action_rehearse = make_action(
            window.widget,
            "actionRehearse",
            translate("Spend", "&Rehearse"),
            "eye",
            self.rehearse,
            "Ctrl+R",
            translate(
                "Spend",
                "Play the video in the preview with its timing and voices, before rendering",
            ),
        )
        self.action_storyboard = make_action(
            window.widget,
            "actionStoryboard",
            translate("Spend", "Export s&toryboard…"),
            "save-as",
            self.exports.storyboard,
            None,
            translate(
                "Spend",
                "A PDF with every scene's frame, script and length, and an approval block",
            ),
        )
        self.action_stills = make_action(
            window.widget,
            "actionStills",
            translate("Spend", "Export st&ills…"),
            None,
            self.exports.stills,
            None,
            translate("Spend", "One picture per scene, as the preview shows it"),
        )
        self.action_draft = make_action(
            window.widget,
            "actionSendDraft",
            translate("Spend", "Send &draft (free)…"),
            None,
            self.send_draft,
            None,
            translate(
                "Spend",
                "A watermarked, lower-quality render that costs nothing, to check before paying",
            ),
        )
        window.video_menu.insertAction(window.submitting.action_submit, self.action_rehearse)
        window.video_menu.insertAction(window.submitting.action_batch, self.action_draft)
        window.video_menu.addSeparator()
        window.video_menu.addActions([self.action_storyboard, self.action_stills])
        window.toolbar.insertAction(window.settings.action_settings, self.action_rehearse)


def attach(window: SpendHost) -> SpendParts:
    return SpendParts(window)
