"""Before uploading files from outside the project's folder: show each one with its real
path and size, and upload them only if the user says yes.

A project someone shared can name any file on this computer (`../../.ssh/id_rsa`, or a
symlink called `photo.jpg`); nothing outside the project's folder leaves without a yes.
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
from composer.assets.uploads import files_to_upload
from composer.model.project import Project
from composer.ui.i18n import translate


class OutsideFilesDialog(QDialog):
    def __init__(self, files: list[UploadFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outsideFilesDialog")
        self.setWindowTitle(
            translate("OutsideFilesDialog", "Upload files from outside the project?")
        )
        count = len(files)
        heading = QLabel(
            translate(
                "OutsideFilesDialog",
                "1 file outside the project's folder would be uploaded to HeyGen",
            )
            if count == 1
            else translate(
                "OutsideFilesDialog",
                "{count} files outside the project's folder would be uploaded to HeyGen",
            ).format(count=count),
            objectName="dialogHeading",
            wordWrap=True,
        )
        note = QLabel(
            translate(
                "OutsideFilesDialog",
                "A project can name any file on this computer. Upload these only if you know "
                "them; a project someone sent you should keep its media in its own folder.",
            ),
            wordWrap=True,
        )
        self.file_list = QListWidget(objectName="outsideFileList")
        for item in files:
            where = {
                LOGO_FIELD: translate("OutsideFilesDialog", "Brand kit logo: {file}"),
                MUSIC_FIELD: translate("OutsideFilesDialog", "Music: {file}"),
            }.get(item.field) or translate("OutsideFilesDialog", "Scene {number}: {file}")
            self.file_list.addItem(where.format(number=item.scene_index + 1, file=item.describe()))
        self.file_list.setWordWrap(True)
        self.file_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.file_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.file_list.setFixedHeight(min(240, 44 * count + 12))
        buttons = QDialogButtonBox()
        self.dont_send_button = buttons.addButton(
            translate("OutsideFilesDialog", "Don't send"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.upload_button = buttons.addButton(
            translate("OutsideFilesDialog", "Upload them"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.upload_button.setObjectName("uploadOutsideFiles")
        self.dont_send_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        for widget in (heading, note, self.file_list):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())


def approve_uploads(parent: QWidget, project: Project, folder: Path | None) -> UploadPolicy | None:
    """The files `project` may upload: those in `folder`, plus those outside it the user
    allows in the dialog. None when the user said no (nothing is sent)."""
    policy = UploadPolicy(folder)
    outside = policy.outside(files_to_upload(project))
    if not outside:
        return policy
    dialog = OutsideFilesDialog(outside, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return policy.approving(outside)
