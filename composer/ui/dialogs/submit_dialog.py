"""Confirm before spending credits: what will be sent, how long it should be, at what size."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from composer.assets.containment import size_words
from composer.assets.uploads import files_to_upload
from composer.billing.quote import DraftOffer
from composer.model.project import Project
from composer.routes.registry import route_class
from composer.ui.scene_list.duration import project_duration_text
from composer.ui.spend.draft_button import add_draft_button
from composer.ui.summary import size_text


class SubmitDialog(QDialog):
    def __init__(
        self,
        project: Project,
        title: str,
        server: str,
        warnings: int,
        parent: QWidget | None = None,
        *,
        cost: str = "",
        draft: DraftOffer | None = None,
        prefer_draft: bool = False,
    ) -> None:
        """`cost`: 'this video ≈ 1.5 credits of 42 left'; `draft`: whether a free draft can
        be sent instead (the button says why not when it can't)."""
        super().__init__(parent)
        self.draft = False  # the user chose "Send draft (free)"
        self.setObjectName("submitDialog")
        self.setWindowTitle("Submit video")
        heading = QLabel("Send this video to be rendered?", objectName="dialogHeading")
        self.title_field = QLineEdit(title, objectName="jobTitleField")
        self.title_field.setPlaceholderText("A name for this video")
        count = len(project.scenes)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow("Title", self.title_field)
        form.addRow("Scenes", QLabel(f"{count} scene{'s' if count != 1 else ''}"))
        form.addRow("Estimated length", QLabel(project_duration_text(project)))
        if cost:
            form.addRow("Estimated cost", QLabel(cost, objectName="costLabel", wordWrap=True))
        form.addRow("Size", QLabel(size_text(project)))
        form.addRow("Server", QLabel(server))
        route = route_class(project.route)
        form.addRow("Rendered by", QLabel(route.label, objectName="routeLabel"))
        note = route.submit_note(project)
        if note:
            form.addRow("", QLabel(note, objectName="routeNote", wordWrap=True))
        files = files_to_upload(route.uploaded_part(project))
        if files:
            self.upload_list = QListWidget(objectName="uploadList")
            for item in files:
                self.upload_list.addItem(f"{item.path.name} ({size_words(item.size)})")
                self.upload_list.item(self.upload_list.count() - 1).setToolTip(str(item.real_path))
            self.upload_list.setMaximumHeight(min(160, 22 * len(files) + 8))
            form.addRow(f"Files to upload ({len(files)})", self.upload_list)
        if warnings:
            note = QLabel(
                f"{warnings} warning{'s' if warnings != 1 else ''} in the problems list: "
                "HeyGen will accept the video, but check them first.",
                objectName="fieldMessage",
                wordWrap=True,
            )
            note.setProperty("problem", "warning")
            form.addRow("", note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = buttons.addButton(
            "Submit video", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.submit_button.setObjectName("confirmSubmit")
        self.submit_button.setDefault(True)
        senders = [self.submit_button]
        if draft is not None:
            self.draft_button = add_draft_button(self, buttons, form, draft, prefer_draft)
            senders.append(self.draft_button)
        self._senders = senders
        self.title_field.textChanged.connect(self._title_changed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _title_changed(self, text: str) -> None:
        """A video needs a title; a draft button the route does not offer stays off."""
        for button in self._senders:
            button.setEnabled(bool(text.strip()) and button.property("offered") is not False)

    def title(self) -> str:
        return self.title_field.text().strip()
