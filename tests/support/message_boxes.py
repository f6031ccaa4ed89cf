"""Answering the app's message boxes as a user does: wait for the box, note what it says,
click the button with that text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox


def answer(button_text: str, seen: list[str], shot: Path | None = None) -> None:
    """Clicks `button_text` in the next message box; `seen` gets "objectName: text\\ninfo"
    (and `shot` a picture of the box) first."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(f"{box.objectName()}: {box.text()}\n{box.informativeText()}")
        if shot is not None:
            box.grab().save(str(shot))
        next(
            b for b in box.findChildren(QAbstractButton) if b.text().replace("&", "") == button_text
        ).click()

    QTimer.singleShot(0, click)
