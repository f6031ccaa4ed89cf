"""Settings for the main window: the Settings dialog (server and API key), the
credentials and connections made from them, and the catalogue pickers that need a key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence

from composer.settings.preferences import SANDBOX
from composer.ui.i18n import translate
from composer.ui.widgets.actions import make_action

PRACTICE_CACHE_URL = "http://127.0.0.1"
"""The practice server before it starts: its cached catalogue is found by host alone."""

if TYPE_CHECKING:  # imported where first used: the window opens without them
    from composer.jobs.connection import Connections
    from composer.settings.credentials import CredentialStore
    from composer.ui.controllers.host import SettingsHost
    from composer.ui.pickers.service import CatalogueService


class SettingsController(QObject):
    """The Settings action; the API key and server every part of the window talks to."""

    changed = Signal()
    """The Settings dialog has closed: the server or the key may be another."""

    def __init__(
        self,
        window: SettingsHost,
        credentials: CredentialStore | None = None,
        connections: Connections | None = None,
    ) -> None:
        super().__init__(window.widget)
        self.window = window
        self._credentials = credentials
        self._connections = connections
        self.action_settings = make_action(
            window.widget,
            "actionSettings",
            translate("SettingsController", "Se&ttings…"),
            "settings",
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
        )

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

            self._connections = Connections(self.credentials, self.window.preferences)
        return self._connections

    def open_settings(self) -> None:
        from composer.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.credentials, self.window.preferences, self.window.widget).exec()
        self.changed.emit()

    def choose_from_catalogue(self, kind: str, current: str | None) -> str | None:
        """The avatar, talking photo or voice picker for the server new jobs go to."""
        from composer.ui.pickers.catalogue_picker import CataloguePicker

        needs_key = self.window.preferences.endpoint != SANDBOX and not self.credentials.api_key()
        set_key = self._ask_for_key if needs_key else None
        picker = CataloguePicker(
            self.catalogue_service(), kind, current, self.window.widget, set_key=set_key
        )
        return (
            picker.selected_id() if picker.exec() == CataloguePicker.DialogCode.Accepted else None
        )

    def _ask_for_key(self) -> bool:
        """Settings, opened from a picker that has no key to work with: True once set."""
        self.open_settings()
        return bool(self.credentials.api_key())

    def catalogue_service(self) -> CatalogueService:
        project = self.window.doc.project
        return self.window.names.service(self.connections.base_url, project.route)

    def cached_names(self) -> None:
        """Names from the catalogue cached on disk for the chosen server, without starting
        the practice server (its port is not known until it starts; its cached catalogue is
        kept under "practice", whatever port it had)."""
        if self.window.preferences.endpoint == SANDBOX:
            self.window.names.service(PRACTICE_CACHE_URL, self.window.doc.project.route)
        else:
            self.catalogue_service()
        self.window.names.changed.emit()

    def close(self) -> None:
        """Close the connections, if any were made."""
        if self._connections is not None:
            self._connections.close()
