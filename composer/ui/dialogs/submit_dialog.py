"""Confirm before spending credits: what will be sent, how long it should be, what it
costs, at what size and on which route."""

from __future__ import annotations

from collections.abc import Callable

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
from composer.model.project import Project
from composer.routes.registry import route_class
from composer.ui.dialogs.route_summary import RouteRows
from composer.ui.i18n import translate
from composer.ui.scene_list.duration import project_duration_text
from composer.ui.spend.submit_rows import Quotes, SpendRows
from composer.ui.summary import scene_count_text, size_text
from composer.ui.widgets.screen_fit import fit_to_screen, scrolling_body

WIDTH = 520


class SubmitDialog(QDialog):
    def __init__(
        self,
        project: Project,
        title: str,
        server: str,
        warnings: Callable[[str], int],
        parent: QWidget | None = None,
        *,
        source: str | None,
        quotes: Quotes | None = None,
        prefer_draft: bool = False,
    ) -> None:
        """`warnings(route)`: how many warnings the project has on that route; `source`: the
        server and account the video goes to (HeyGenClient.source; None: not known), whose
        cached clips the count of new renders leaves out; `quotes`: the cost on each route
        and whether it offers a free draft (all follow the route chosen here)."""
        super().__init__(parent)
        self.project = project
        self.setObjectName("submitDialog")
        self.setWindowTitle(translate("SubmitDialog", "Submit video"))
        heading = QLabel(
            translate("SubmitDialog", "Send this video to be rendered?"), objectName="dialogHeading"
        )
        self.title_field = QLineEdit(title, objectName="jobTitleField")
        self.title_field.setPlaceholderText(translate("SubmitDialog", "A name for this video"))
        count = len(project.scenes)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        self.form = form
        form.addRow(translate("SubmitDialog", "Title"), self.title_field)
        form.addRow(translate("SubmitDialog", "Scenes"), QLabel(scene_count_text(count)))
        form.addRow(
            translate("SubmitDialog", "Estimated length"), QLabel(project_duration_text(project))
        )
        form.addRow(translate("SubmitDialog", "Size"), QLabel(size_text(project)))
        form.addRow(translate("SubmitDialog", "Server"), QLabel(server))
        self.routes = RouteRows(form, project, source)
        self.losses = self.routes.losses
        self.upload_list = QListWidget(objectName="uploadList")
        form.addRow(translate("SubmitDialog", "Files to upload"), self.upload_list)
        self.warnings = warnings
        self.warning_note = QLabel(objectName="fieldMessage", wordWrap=True)
        self.warning_note.setProperty("problem", "warning")
        form.addRow("", self.warning_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = buttons.addButton(
            translate("SubmitDialog", "Submit video"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.submit_button.setObjectName("confirmSubmit")
        self.submit_button.setDefault(True)
        self.spend = SpendRows(self, form, buttons, quotes, prefer_draft) if quotes else None
        self.title_field.textChanged.connect(self._update_buttons)
        self.routes.combo.currentIndexChanged.connect(self._route_changed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        self.body = scrolling_body(form)  # a long list of losses scrolls on a small screen
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)
        self._route_changed()

    @property
    def draft(self) -> bool:
        """The user chose "Send draft (free)"."""
        return self.spend is not None and self.spend.chosen

    def _route_changed(self) -> None:
        """What depends on the route (besides RouteRows' own): the files it uploads, the
        cost and drafts."""
        route = route_class(self.route())
        files = [f for f in route.files_used(self.project) if f.uploaded]
        self.upload_list.clear()
        for item in files:
            self.upload_list.addItem(f"{item.path.name} ({size_words(item.size)})")
            self.upload_list.item(self.upload_list.count() - 1).setToolTip(str(item.real_path))
        self.upload_list.setMaximumHeight(min(160, 22 * len(files) + 8))
        label = self.form.labelForField(self.upload_list)
        if isinstance(label, QLabel):
            label.setText(
                translate("SubmitDialog", "Files to upload ({count})").format(count=len(files))
            )
        self.form.setRowVisible(self.upload_list, bool(files))
        self._show_warnings(self.warnings(self.route()))
        if self.spend is not None:
            self.spend.show_route(self.route())
        self._update_buttons()
        # another route's lines (more losses, fewer files) fit the dialog, as the screen allows
        fit_to_screen(self, self.body, None if self.isVisible() else WIDTH)

    def _show_warnings(self, count: int) -> None:
        self.warning_note.setText(
            translate(
                "SubmitDialog",
                "1 warning in the problems list: HeyGen will accept the video, but check it first.",
            )
            if count == 1
            else translate(
                "SubmitDialog",
                "{count} warnings in the problems list: HeyGen will accept the video, but "
                "check them first.",
            ).format(count=count)
        )
        self.form.setRowVisible(self.warning_note, bool(count))

    def _update_buttons(self) -> None:
        """A video needs a title; a draft only where the route offers one."""
        named = bool(self.title_field.text().strip())
        self.submit_button.setEnabled(named)
        if self.spend is not None:
            self.spend.enable(named)

    def title(self) -> str:
        return self.title_field.text().strip()

    def route(self) -> str:
        """The render route chosen (the project's, unless changed here)."""
        return self.routes.route()
