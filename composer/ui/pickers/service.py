"""The catalogue as the pickers see it: the cached copy at once, a refresh in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPixmap

from composer.catalogue import previews, store
from composer.catalogue.store import Catalogue, CatalogueSource
from composer.paint.safe_images import read_image
from composer.ui.i18n import translate
from composer.ui.operations import run_in_background

PREVIEW_SIDE = 1024
"""Catalogue pictures are decoded at most this large (a look's picture drawn in a frame:
an 8000² picture would take 256 MB, and its cut-out several times that)."""


class CatalogueService(QObject):
    """One per window. `make_client` builds an API client for the current settings."""

    updated = Signal()
    failed = Signal(str)
    preview_ready = Signal(str)  # url

    def __init__(
        self, make_client: Callable[[], CatalogueSource], server: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._make_client = make_client
        self.server = server
        self.api_host = server.split("/")[0]
        """The API's host: previews come only from hosts it may link to."""
        self.catalogue: Catalogue | None = store.load(server)
        self.refreshing = False
        self.last_error = ""
        self._pixmaps: dict[str, QPixmap] = {}
        self._fetching: set[str] = set()

    def refresh(self) -> None:
        """Fetch a fresh catalogue off the GUI thread; the cached one stays usable meanwhile."""
        if self.refreshing:
            return
        self.refreshing = True
        run_in_background(
            lambda: store.refresh(self._make_client()),
            on_success=self._refreshed,
            on_failure=self._refresh_failed,
            parent=self,
        )

    def status_text(self) -> str:
        if self.catalogue is None:
            if self.refreshing:
                return translate("Catalogue", "Loading the catalogue…")
            if self.last_error:
                return translate("Catalogue", "No catalogue yet: {error}").format(
                    error=translate("Jobs", self.last_error)
                )
            return translate("Catalogue", "No catalogue yet")
        age = age_words(*store.age(self.catalogue))
        if self.refreshing:
            return translate("Catalogue", "Catalogue updated {age} · refreshing…").format(age=age)
        if self.last_error:
            return translate("Catalogue", "Offline: showing the catalogue {age}").format(age=age)
        return translate("Catalogue", "Catalogue updated {age}").format(age=age)

    def pixmap(self, url: str | None) -> QPixmap | None:
        """The preview image if it is on disk; otherwise start fetching it and return None."""
        if not url:
            return None
        if url in self._pixmaps:
            return self._pixmaps[url]
        path = previews.cached_preview(url)
        if path is not None:
            pixmap = QPixmap.fromImage(read_image(path, PREVIEW_SIDE))
            if not pixmap.isNull():
                self._pixmaps[url] = pixmap
                return pixmap
        if url not in self._fetching:
            self._fetching.add(url)
            run_in_background(
                lambda: previews.fetch_preview(url, self.api_host),
                on_success=lambda _path: self._preview_done(url),
                on_failure=lambda _error: self._fetching.discard(url),
                parent=self,
            )
        return None

    def preview_audio(self, url: str) -> Path:
        """Blocking download of a voice preview (call it through run_in_background)."""
        return previews.fetch_preview(url, self.api_host)

    def _preview_done(self, url: str) -> None:
        self._fetching.discard(url)
        self.preview_ready.emit(url)

    def _refreshed(self, catalogue: Catalogue) -> None:
        self.refreshing = False
        self.last_error = ""
        self.catalogue = catalogue
        self.updated.emit()

    def _refresh_failed(self, error: BaseException) -> None:
        self.refreshing = False
        self.last_error = str(error) or type(error).__name__
        self.failed.emit(self.last_error)
        self.updated.emit()


def age_words(count: int, unit: str) -> str:
    """ "just now", "1 hour ago", "3 days ago"."""
    if unit == "day":
        words = (
            translate("Catalogue", "1 day ago")
            if count == 1
            else translate("Catalogue", "{count} days ago")
        )
    elif unit == "hour":
        words = (
            translate("Catalogue", "1 hour ago")
            if count == 1
            else translate("Catalogue", "{count} hours ago")
        )
    elif unit == "minute":
        words = (
            translate("Catalogue", "1 minute ago")
            if count == 1
            else translate("Catalogue", "{count} minutes ago")
        )
    else:
        words = translate("Catalogue", "just now")
    return words.format(count=count)
