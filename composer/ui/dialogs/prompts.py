"""The questions the main window asks, as message boxes with plain-words buttons.

Each returns the answer; the window calls them through methods tests can replace.
"""

from __future__ import annotations

import time
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from composer.projectfile.recovery import RecoveryInfo


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget, name: str) -> SaveChoice:
    box = QMessageBox(parent)
    box.setObjectName("saveChangesBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Unsaved changes")
    box.setText(f"Save the changes to “{name}”?")
    box.setInformativeText("If you don't save, your changes since the last save are lost.")
    save = box.addButton("Save", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("Don't save", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return SaveChoice.SAVE
    if clicked is discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def ask_restore(parent: QWidget, info: RecoveryInfo) -> bool:
    when = time.strftime("%A %d %B at %H:%M", time.localtime(info.saved_at))
    source = info.source_path.name if info.source_path else "an unsaved project"
    box = QMessageBox(parent)
    box.setObjectName("restoreBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Restore your work?")
    box.setText("Scene Composer closed unexpectedly last time.")
    box.setInformativeText(
        f"Your work on {source} was saved automatically on {when} "
        f"({len(info.project.scenes)} scenes). Restore it?"
    )
    restore = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def show_error(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()
