"""The Help menu's "Check my HeyGen account…": runs the read-only account check
(composer/routes/doctor.py) in the background for the open project and shows it."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from composer.ui.i18n import in_context, translate
from composer.ui.operations import run_in_background
from composer.ui.widgets.actions import make_action

if TYPE_CHECKING:
    from composer.routes.doctor import DoctorReport
    from composer.ui.controllers.host import AccountCheckHost
    from composer.ui.dialogs.account_check import AccountCheckDialog

CONTEXTS = [in_context(name) for name in ("Doctor", "Amounts", "Routes")]


def doctor_words(text: str) -> str:
    """The core's marked words in the user's language, whichever context marked them."""
    for words in CONTEXTS:
        translated = words(text)
        if translated != text:
            return translated
    return text


class AccountCheckController(QObject):
    def __init__(self, window: AccountCheckHost) -> None:
        super().__init__(window.widget)
        self.window = window
        self.dialog: AccountCheckDialog | None = None
        self.action_check = make_action(
            window.widget,
            "actionCheckAccount",
            translate("AccountCheck", "Check my HeyGen &account…"),
            None,
            self.check,
        )

    def check(self) -> None:
        from composer.heygen.errors import AuthError
        from composer.ui.dialogs.account_check import AccountCheckDialog  # made on first use

        self.dialog = AccountCheckDialog(self.window.widget)
        self.dialog.show()
        try:
            client = self.window.settings.connections.client()
        except AuthError as exc:
            self.dialog.show_failure(exc)
            return
        project = copy.deepcopy(self.window.doc.project)  # the worker reads a copy

        def work() -> DoctorReport:
            from composer.routes.doctor import check_account

            return check_account(client, project, words=doctor_words)

        dialog = self.dialog
        run_in_background(work, on_success=dialog.show_report, on_failure=dialog.show_failure,
                          parent=dialog)  # fmt: skip
