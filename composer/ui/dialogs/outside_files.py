"""Before sending with files from outside the project's folder: show each one with its
real path and size and what sending does with it (uploaded to HeyGen, or on the exact
layout route put into the video composed on this computer), and use them only if the user
says yes.

A project someone shared can name any file on this computer (`../../.ssh/id_rsa`, or a
symlink called `photo.jpg`); nothing outside the project's folder is read for sending
without a yes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from composer.assets.containment import LOGO_FIELD, MUSIC_FIELD, UploadFile, UploadPolicy
from composer.model.project import Project
from composer.routes.registry import route_class
from composer.ui.i18n import translate


class OutsideFilesDialog(QDialog):
    def __init__(self, files: list[UploadFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outsideFilesDialog")
        count = len(files)
        uploaded = sum(item.uploaded for item in files)
        self.setWindowTitle(
            translate("OutsideFilesDialog", "Upload files from outside the project?")
            if uploaded == count
            else translate("OutsideFilesDialog", "Use files from outside the project?")
        )
        self.heading = QLabel(
            heading_text(count, uploaded), objectName="dialogHeading", wordWrap=True
        )
        note = QLabel(
            translate(
                "OutsideFilesDialog",
                "A project can name any file on this computer. Say yes only if you know these "
                "files; a project someone sent you should keep its media in its own folder.",
            ),
            wordWrap=True,
        )
        self.file_list = QListWidget(objectName="outsideFileList")
        for item in files:
            self.file_list.addItem(item_text(item))
        self.file_list.setWordWrap(True)
        self.file_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.file_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.file_list.setSpacing(5)  # each file and what is done with it, apart
        self.file_list.setFixedHeight(min(300, 52 * count + 12))
        buttons = QDialogButtonBox()
        self.dont_send_button = buttons.addButton(
            translate("OutsideFilesDialog", "Don't send"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.upload_button = buttons.addButton(
            button_text(count, uploaded), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.upload_button.setObjectName("uploadOutsideFiles")
        self.dont_send_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        for widget in (self.heading, note, self.file_list):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())


def heading_text(count: int, uploaded: int) -> str:
    """How many files, and whether they go to HeyGen or only into the video made here."""
    if uploaded == count:
        if count == 1:
            return translate(
                "OutsideFilesDialog",
                "1 file outside the project's folder would be uploaded to HeyGen",
            )
        return translate(
            "OutsideFilesDialog",
            "{count} files outside the project's folder would be uploaded to HeyGen",
        ).format(count=count)
    if uploaded == 0:
        if count == 1:
            return translate(
                "OutsideFilesDialog",
                "1 file outside the project's folder would be put into your video on this "
                "computer; it is not uploaded",
            )
        return translate(
            "OutsideFilesDialog",
            "{count} files outside the project's folder would be put into your video on this "
            "computer; none of them is uploaded",
        ).format(count=count)
    return translate(
        "OutsideFilesDialog",
        "{count} files outside the project's folder would be used: {uploaded} uploaded to "
        "HeyGen, {composed} put into your video on this computer",
    ).format(count=count, uploaded=uploaded, composed=count - uploaded)


def item_text(item: UploadFile) -> str:
    """'Music: /home/ana/song.wav (3.1 MB)' and, below, what sending does with it."""
    where = {
        LOGO_FIELD: translate("OutsideFilesDialog", "Brand kit logo: {file}"),
        MUSIC_FIELD: translate("OutsideFilesDialog", "Music: {file}"),
    }.get(item.field) or translate("OutsideFilesDialog", "Scene {number}: {file}")
    fate = (
        translate("OutsideFilesDialog", "Uploaded to HeyGen")
        if item.uploaded
        else translate("OutsideFilesDialog", "Put into your video on this computer, not uploaded")
    )
    return where.format(number=item.scene_index + 1, file=item.describe()) + "\n" + fate


def button_text(count: int, uploaded: int) -> str:
    if uploaded == count:
        return translate("OutsideFilesDialog", "Upload them")
    if uploaded == 0:
        return translate("OutsideFilesDialog", "Use them")
    return translate("OutsideFilesDialog", "Use and upload them")


def approve_uploads(parent: QWidget, project: Project, folder: Path | None) -> UploadPolicy | None:
    """The files `project` may upload: those in `folder`, plus those outside it the user
    allows in the dialog. None when the user said no (nothing is sent)."""
    policy = UploadPolicy(folder)
    outside = policy.outside(route_class(project.route).files_used(project))
    if not outside:
        return policy
    dialog = OutsideFilesDialog(outside, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return policy.approving(outside)
