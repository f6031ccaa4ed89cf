"""The practice server named as such wherever it is in use: the Submit action, the Submit
dialog and the jobs that went to it."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtGui import QAction

from composer.settings.preferences import SANDBOX, Preferences
from composer.ui.i18n import translate


def practice_name() -> str:
    return translate("PracticeServer", "Practice server (no credits)")


def is_practice(base_url: str | None) -> bool:
    """Whether a job went to a practice server on this computer (the built-in sandbox)."""
    host = urlsplit(base_url or "").hostname or ""
    return host in ("127.0.0.1", "localhost", "::1")


def server_name(preferences: Preferences) -> str:
    return practice_name() if preferences.endpoint == SANDBOX else "HeyGen"


def name_submit(action: QAction, preferences: Preferences) -> None:
    """The Submit action says where the video goes: HeyGen, or the practice server."""
    if preferences.endpoint == SANDBOX:
        action.setText(translate("PracticeServer", "Send to practice server…"))
        action.setIconText(translate("PracticeServer", "Send to practice server"))
    else:
        action.setText(translate("PracticeServer", "Su&bmit video…"))
        action.setIconText(translate("PracticeServer", "Submit"))
