"""Help → Check my HeyGen account…: the `doctor` report in a dialog. It opens at once,
saying it is checking; the read-only calls run in the background (operations.py) and the
report fills it in: names and plain words, problems marked; ids and API names only under
"Details"."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from composer.ui.i18n import translate
from composer.ui.plain_text import TRUSTED

if TYPE_CHECKING:
    from composer.routes.doctor import DoctorReport

WARNING = "⚠"


class AccountCheckDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="accountCheckDialog")
        self.setWindowTitle(translate("AccountCheck", "Your HeyGen account"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        self.report = QLabel(objectName="accountCheckReport", wordWrap=True)
        self.report.setTextFormat(Qt.TextFormat.RichText)
        self.report.setProperty(TRUSTED, True)  # markup of its own; every finding is escaped
        self.report.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report.setText(translate("AccountCheck", "Checking your HeyGen account…"))
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.report)
        layout.addWidget(scroll, 1)
        note = translate(
            "AccountCheck", "Only looked up: nothing was sent to be made and no credit was spent."
        )
        layout.addWidget(QLabel(note, objectName="accountCheckNote", wordWrap=True))
        self.show_details = QCheckBox(
            translate("AccountCheck", "Details (ids and API names)"), objectName="accountDetails"
        )
        self.details = QPlainTextEdit(objectName="accountCheckDetails", readOnly=True)
        self.details.setVisible(False)
        self.show_details.toggled.connect(self.details.setVisible)
        layout.addWidget(self.show_details)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_report(self, report: DoctorReport) -> None:
        parts = []
        for section in report.sections:
            items = "".join(
                f"<li>{WARNING + ' ' if finding.problem else ''}{escape(finding.text)}</li>"
                for finding in section.findings
            )
            parts.append(f"<p><b>{escape(section.title)}</b></p><ul>{items}</ul>")
        self.report.setText("".join(parts))
        self.details.setPlainText(report.as_text(details=True))

    def show_failure(self, error: BaseException) -> None:
        words = translate("AccountCheck", "The check could not be made: {reason}")
        self.report.setText(escape(words.format(reason=error)))
