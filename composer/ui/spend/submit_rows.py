"""The Submit dialog's spending rows: "Estimated cost: this video ≈ 1 credit of 42 left" and
the "Send draft (free)" button (a watermarked, lower-quality render that costs nothing,
where the route offers one; otherwise disabled, saying why). Both follow the route chosen
in the dialog."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel

from composer.routes.quote import DraftOffer
from composer.ui.i18n import translate


class Quotes(Protocol):
    def quote(self, route: str | None = None) -> str: ...
    def draft_offer(self, route: str | None = None) -> DraftOffer: ...


class SpendRows:
    def __init__(
        self,
        dialog: QDialog,
        form: QFormLayout,
        buttons: QDialogButtonBox,
        quotes: Quotes,
        prefer_draft: bool,
    ) -> None:
        self.quotes = quotes
        self.chosen = False
        self.offer: DraftOffer | None = None
        self.cost = QLabel(objectName="costLabel", wordWrap=True)
        form.insertRow(
            3, translate("SubmitRows", "Estimated cost"), self.cost
        )  # under the estimated length
        self.draft_button = buttons.addButton(
            translate("SubmitRows", "Send draft (free)"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.draft_button.setObjectName("sendDraft")
        self.draft_note = QLabel(objectName="draftNote", wordWrap=True)
        form.addRow(translate("SubmitRows", "Free draft"), self.draft_note)
        self.prefer_draft = prefer_draft

        def send_draft() -> None:
            self.chosen = True
            dialog.accept()

        self.draft_button.clicked.connect(send_draft)

    def show_route(self, route: str) -> None:
        self.cost.setText(self.quotes.quote(route))
        self.offer = self.quotes.draft_offer(route)
        self.draft_note.setText(self.offer.reason)
        self.draft_button.setToolTip(self.offer.reason)
        self.draft_button.setDefault(self.prefer_draft and self.offer.available)

    def enable(self, named: bool) -> None:
        self.draft_button.setEnabled(named and self.offer is not None and self.offer.available)
