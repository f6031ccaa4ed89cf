"""Names and pictures for catalogue ids: what the id fields, the preview and the scene
cards show instead of `2d5b0e6cf36f460aa7fc47e3eee4ba54`.

One catalogue service per server (the pickers share them); the newest catalogue that
knows an id names it. Until a server's catalogue is fetched, the copy cached on disk
from an earlier session names what it can.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPixmap

from composer.model.enums import CharacterType
from composer.model.project import Character
from composer.routes.registry import DEFAULT_ROUTE, route_class

if TYPE_CHECKING:  # loaded when a catalogue is first needed (the service: the HTTP stack)
    from composer.catalogue.store import CatalogueItem
    from composer.ui.pickers.service import CatalogueService


class CatalogueNames(QObject):
    changed = Signal()
    """A catalogue arrived or a picture finished downloading: names and pictures may differ."""

    def __init__(self, make_client: Callable[[str], object], parent: QObject | None = None) -> None:
        """`make_client(base_url)` builds an API client (called off the GUI thread)."""
        super().__init__(parent)
        self._make_client = make_client
        self.services: dict[str, CatalogueService] = {}  # by "route|base URL"

    def service(self, base_url: str, route: str | None = None) -> CatalogueService:
        """The catalogue service for `base_url` as the render `route` names presenters and
        voices (v2's lists, or v3's looks and voices), made (from the disk cache) on first use."""
        name = route_class(route).name
        key = f"{name}|{base_url}"
        if key not in self.services:
            from composer.ui.pickers.service import CatalogueService

            server = urlsplit(base_url).netloc
            service = CatalogueService(
                lambda: route_class(name)(self._make_client(base_url)).catalogue(),  # type: ignore[arg-type]
                server if name == DEFAULT_ROUTE else f"{server}/{name}",
                self,
            )
            service.preview_ready.connect(self.changed)
            service.updated.connect(self.changed)
            self.services[key] = service
        return self.services[key]

    def servers(self) -> list[str]:
        """The base URLs whose catalogue the app reads (on any route), oldest first."""
        return list(dict.fromkeys(key.split("|", 1)[1] for key in self.services))

    def find(self, kind: str, item_id: str | None) -> CatalogueItem | None:
        if not item_id:
            return None
        catalogues = [s.catalogue for s in self.services.values() if s.catalogue is not None]
        catalogues.sort(key=lambda c: c.fetched_at, reverse=True)
        return next((item for c in catalogues if (item := c.find(kind, item_id))), None)

    def has_catalogue(self) -> bool:
        """Whether any catalogue is at hand (else an id cannot be called unknown)."""
        return any(s.catalogue is not None for s in self.services.values())

    def picture(self, item: CatalogueItem) -> QPixmap | None:
        """The item's preview picture if downloaded (a download starts otherwise)."""
        for service in self.services.values():
            if service.catalogue is not None and service.catalogue.find(item.kind, item.id):
                return service.pixmap(item.preview_image_url)
        return None

    def avatar_picture(self, character: Character) -> QPixmap | None:
        """The catalogue picture of a scene's avatar or talking photo (the preview and the
        scene cards draw a silhouette until it is at hand)."""
        is_avatar = character.type == CharacterType.AVATAR
        item_id = character.avatar_id if is_avatar else character.talking_photo_id
        item = self.find(str(character.type), item_id)
        return self.picture(item) if item is not None else None

    def play_sample(self, item: CatalogueItem, on_path: Callable[[object], None]) -> None:
        """Download a voice's sample off the GUI thread and hand its file to `on_path`."""
        from composer.ui.operations import run_in_background

        url = item.preview_audio_url
        service = next(iter(self.services.values()), None)
        if url and service is not None:
            run_in_background(lambda: service.preview_audio(url), on_success=on_path, parent=self)
