"""The Submit dialog's "Send draft (free)" button: a watermarked, lower-quality render that
costs nothing, where the route offers one; otherwise disabled, saying why."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton

from composer.billing.quote import DraftOffer


def add_draft_button(
    dialog: QDialog,
    buttons: QDialogButtonBox,
    form: QFormLayout,
    offer: DraftOffer,
    preferred: bool,
) -> QPushButton:
    button = buttons.addButton("Send draft (free)", QDialogButtonBox.ButtonRole.ActionRole)
    button.setObjectName("sendDraft")
    button.setEnabled(offer.available)
    button.setProperty("offered", offer.available)
    button.setToolTip(offer.reason)
    note = QLabel(offer.reason, objectName="draftNote", wordWrap=True)
    form.addRow("Free draft", note)

    def send_draft() -> None:
        dialog.draft = True  # type: ignore[attr-defined]
        dialog.accept()

    button.clicked.connect(send_draft)
    if preferred and offer.available:
        button.setDefault(True)
    return button
