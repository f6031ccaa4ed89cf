"""The v3 catalogue's looks (real picture size, matting) for the servers whose catalogue
the app already reads: fetched once per server, off the GUI thread, when the preview first
asks about a look there."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from composer.model.enums import CharacterType
from composer.model.project import Character

if TYPE_CHECKING:
    from composer.heygen.client import HeyGenClient
    from composer.heygen.v3_models import Look


def look_id(character: Character) -> str | None:
    """The id the catalogues know the character's avatar or talking photo by."""
    if character.type == CharacterType.AVATAR:
        return character.avatar_id
    return character.talking_photo_id


class V3Looks(QObject):
    changed = Signal()
    """Looks arrived from a server: pictures may take another shape."""

    def __init__(
        self,
        servers: Callable[[], Iterable[str]],
        make_client: Callable[[str], HeyGenClient],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._servers = servers
        self._make_client = make_client
        self._looks: dict[str, dict[str, Look]] = {}  # by server, then look id

    def look(self, character: Character) -> Look | None:
        key = look_id(character)
        for server in self._servers():
            if server not in self._looks:
                self._fetch(server)
            elif key in self._looks[server]:
                return self._looks[server][key]
        return None

    def _fetch(self, server: str) -> None:
        from composer.heygen.v3 import V3Api
        from composer.ui.operations import run_in_background

        self._looks[server] = {}  # asked once; a failure leaves the catalogue unknown

        def arrived(looks: list[Look]) -> None:
            self._looks[server] = {look.look_id: look for look in looks}
            self.changed.emit()

        run_in_background(
            lambda: V3Api(self._make_client(server)).looks(),
            on_success=arrived,
            on_failure=lambda _error: None,
            parent=self,
        )
