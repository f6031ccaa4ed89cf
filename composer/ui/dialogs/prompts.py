"""The questions the main window asks, as message boxes with plain-words buttons.

Each returns the answer; the window calls them through methods tests can replace.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from composer.projectfile.recovery import RecoveryInfo
from composer.ui.i18n import translate


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget, name: str) -> SaveChoice:
    box = QMessageBox(parent)
    box.setObjectName("saveChangesBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Prompts", "Unsaved changes"))
    box.setText(translate("Prompts", "Save the changes to “{name}”?").format(name=name))
    box.setInformativeText(
        translate("Prompts", "If you don't save, your changes since the last save are lost.")
    )
    save = box.addButton(translate("Prompts", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        translate("Prompts", "Don't save"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return SaveChoice.SAVE
    if clicked is discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def ask_close_with_jobs(parent: QWidget, count: int, practice: int) -> bool:
    """Videos are still rendering: say what happens to them if the window closes. True:
    close (they go on); False: stay open. `practice`: how many are on the practice server."""
    box = QMessageBox(parent)
    box.setObjectName("closeWithJobsBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Prompts", "Videos still rendering"))
    box.setText(
        translate("Prompts", "1 video is still rendering.")
        if count == 1
        else translate("Prompts", "{count} videos are still rendering.").format(count=count)
    )
    words = []
    if count > practice:
        words.append(
            translate(
                "Prompts",
                "If you close now, rendering goes on at HeyGen: the next time Scene Composer "
                "starts, it follows the videos again and downloads each one when it is ready.",
            )
        )
    if practice:
        words.append(
            translate(
                "Prompts",
                "The practice server stops with the window, but it keeps its videos on disk: "
                "the next time Scene Composer starts, it carries on with them and downloads "
                "each one when it is ready.",
            )
        )
    box.setInformativeText("\n\n".join(words))
    close = box.addButton(
        translate("Prompts", "Keep rendering and close"), QMessageBox.ButtonRole.AcceptRole
    )
    stay = box.addButton(translate("Prompts", "Don't close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is close


class DiskChoice(Enum):
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    SAVE_AS = "save-as"
    CANCEL = "cancel"


def ask_disk_changed(parent: QWidget, name: str) -> DiskChoice:
    """The project's file was changed on disk (another window or program) since this
    window read or saved it: which version wins?"""
    box = QMessageBox(parent)
    box.setObjectName("diskChangedBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Prompts", "Changed on disk"))
    box.setText(
        translate("Prompts", "“{name}” was changed on disk since you opened it.").format(name=name)
    )
    box.setInformativeText(
        translate(
            "Prompts",
            "Another window or program saved it. Reload it (your changes here are lost), "
            "keep yours (the other changes are lost), or save yours as a new file.",
        )
    )
    reload = box.addButton(translate("Prompts", "Reload"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("Prompts", "Keep mine"), QMessageBox.ButtonRole.AcceptRole)
    save_as = box.addButton(translate("Prompts", "Save as…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    answers = {reload: DiskChoice.RELOAD, keep: DiskChoice.OVERWRITE, save_as: DiskChoice.SAVE_AS}
    return answers.get(box.clickedButton(), DiskChoice.CANCEL)


def ask_restore(parent: QWidget, info: RecoveryInfo) -> bool:
    saved = QDateTime.fromSecsSinceEpoch(round(info.saved_at))
    locale = QLocale()
    when = translate("Prompts", "{day} at {time}").format(
        day=locale.toString(saved.date(), "dddd d MMMM"),
        time=locale.toString(saved.time(), "HH:mm"),
    )
    source = (
        info.source_path.name if info.source_path else translate("Prompts", "an unsaved project")
    )
    box = QMessageBox(parent)
    box.setObjectName("restoreBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Prompts", "Restore your work?"))
    box.setText(translate("Prompts", "Scene Composer closed unexpectedly last time."))
    box.setInformativeText(
        translate(
            "Prompts",
            "Your work on {source} was saved automatically on {when} ({count} scenes). Restore it?",
        ).format(source=source, when=when, count=len(info.project.scenes))
    )
    restore = box.addButton(translate("Prompts", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Prompts", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def show_error(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()
