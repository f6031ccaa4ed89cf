"""The account's balance in the status bar ("Balance: 42 credits"), asked in the background
when the window has painted, every few minutes, after each video is sent and when the
server or route changes. Failures keep the last known figure and say why in the tooltip."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from composer.billing.money import CREDITS, amount_text
from composer.ui.i18n import amounts, translate
from composer.ui.operations import run_in_background

if TYPE_CHECKING:
    from composer.routes.base import Balance

REFRESH_MS = 5 * 60_000


class BalanceWatcher(QObject):
    changed = Signal()

    def __init__(
        self,
        fetch: Callable[[], Callable[[], Balance]],
        parent: QObject | None = None,
    ) -> None:
        """`fetch()` (GUI thread) gives the work that asks the server (run on a worker).
        The figure is shown in the account's own unit (dollars or credits)."""
        super().__init__(parent)
        self._fetch = fetch
        self.amount: float | None = None
        self.unit = CREDITS
        self.asked_at: float | None = None
        self.label = QLabel(objectName="balanceLabel")
        self.label.hide()
        self._busy = False
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self._timer.start()
        self.refresh()

    def stop(self) -> None:
        """No more asking (the window is closing)."""
        self._timer.stop()

    def refresh(self) -> None:
        if self._busy:
            return
        self._busy = True
        run_in_background(
            self._fetch(), on_success=self._got, on_failure=self._failed, parent=self.label
        )

    def forget(self) -> None:
        """The server or route changed: the old figure is not this account's."""
        self.amount = None
        self.label.hide()
        self.changed.emit()
        if self._timer.isActive():  # not before `start`: opening a file at start-up
            self.refresh()  # must not load the HTTP stack while the window first paints

    def text(self) -> str:
        return "" if self.amount is None else amount_text(self.amount, self.unit, amounts)

    def amount_in(self, unit: str) -> float | None:
        """The balance when it is counted in `unit`, else None (dollars aren't credits)."""
        return self.amount if self.unit == unit else None

    def _got(self, balance: Balance) -> None:
        self._busy = False
        self.amount, self.unit, self.asked_at = balance.amount, balance.unit, time.time()
        if balance.amount is None:
            self.label.hide()
        else:
            self.label.setText(translate("Balance", "Balance: {amount}").format(amount=self.text()))
            self.label.setToolTip(translate("Balance", "What HeyGen says is left on this account"))
            self.label.show()
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.label.setToolTip(
            translate("Balance", "Couldn't ask HeyGen for the balance: {error}").format(
                error=translate("Jobs", str(error))  # the core's fixed messages are marked
            )
        )
