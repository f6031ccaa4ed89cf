"""Submitting from the main window: Submit video (checks, the confirmation dialog, its
route and draft choice, files outside the project's folder) and the spreadsheet batch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from composer.ui import practice_server
from composer.ui.controllers.route_offer import send_on_route, use_route
from composer.ui.i18n import translate
from composer.ui.summary import submit_tooltip
from composer.ui.widgets.actions import make_action

if TYPE_CHECKING:  # imported where first used: the window opens without them
    from composer.jobs.state import JobRecord
    from composer.ui.batch.batch_dialog import BatchDialog
    from composer.ui.controllers.host import SubmitHost
    from composer.ui.dialogs.submit_dialog import SubmitDialog


class SubmitController(QObject):
    """The Submit and batch actions, and what a job learns back (the uploaded files)."""

    def __init__(self, window: SubmitHost) -> None:
        super().__init__(window.widget)
        self.window = window
        self.action_submit = make_action(
            window.widget,
            "actionSubmit",
            translate("SubmitController", "Su&bmit video…"),
            "submit",
            self.submit,
            "Ctrl+Return",
        )
        self.action_submit.setIconText(translate("SubmitController", "Submit"))
        self._name_submit()
        self.action_batch = make_action(
            window.widget,
            "actionBatch",
            translate("SubmitController", "Personalise from a &spreadsheet…"),
            "scene",
            self.open_batch,
            None,
        )
        window.job_controller.uploads_learned.connect(self._remember_uploads)
        window.jobs.route_offered.connect(lambda route: send_on_route(window, route))
        window.job_controller.job_changed.connect(self._refused_presenter)
        window.validation.updated.connect(self._problems_changed)
        window.settings.changed.connect(self._name_submit)

    def _refused_presenter(self, record: JobRecord) -> None:
        """HeyGen refused a presenter (v2's "unlimited mode"): the problems list says so
        beside each scene that uses it, at once."""
        if record.failure == "unlimited_mode":
            self.window.validation.run_now()

    def _name_submit(self) -> None:
        """Say where Submit sends to (the practice server or HeyGen)."""
        practice_server.name_submit(self.action_submit, self.window.preferences)

    def _problems_changed(self) -> None:
        errors = self.window.validation.errors
        self.action_submit.setEnabled(not errors)
        self.action_submit.setToolTip(submit_tooltip(errors))

    def submit(self) -> None:
        window = self.window
        window.validation.run_now()
        if window.validation.errors:
            window.notify(submit_tooltip(window.validation.errors))
            window.go_to_problem(window.validation.errors[0])
            return
        dialog = self.confirm_submit_dialog()
        if dialog.exec() == dialog.DialogCode.Accepted and use_route(window, dialog.route()):
            from composer.ui.dialogs.outside_files import approve_uploads

            uploads = approve_uploads(window.widget, window.doc.project, window.files.media_folder)
            if uploads is None:
                window.notify(
                    translate(
                        "SubmitController",
                        "Not sent: files outside the project's folder were not allowed.",
                    )
                )
                return
            project, title = window.spend.outgoing(window.doc.project, dialog.title(), dialog.draft)
            window.jobs.submit(project, title, uploads)
            window.notify(
                translate(
                    "SubmitController", "Sent “{title}”: follow it in the Jobs panel."
                ).format(title=title)
            )

    def confirm_submit_dialog(self) -> SubmitDialog:
        from composer.ui.dialogs.submit_dialog import SubmitDialog

        window = self.window
        server = practice_server.server_name(window.preferences)
        title = window.doc.project.title or window.files.display_name()
        source = window.spend.account()  # what the send will reuse, counted as it will
        return SubmitDialog(
            window.doc.project,
            title,
            server,
            lambda route: sum(1 for p in window.validation.problems_on(route) if not p.is_error),
            window.widget,
            source=source,
            quotes=window.spend,
            prefer_draft=window.spend.prefer_draft,
        )

    def open_batch(self) -> BatchDialog:
        """One video per spreadsheet row, from this project's {{column}} placeholders."""
        from composer.ui.batch.batch_dialog import BatchDialog

        window = self.window
        dialog = BatchDialog(
            window.doc.project,
            window.job_controller,
            window.widget,
            window.spend.batch_quote,
            media_folder=window.files.media_folder,
        )
        dialog.show()
        return dialog

    def _remember_uploads(self, uploads: dict) -> None:
        """Asset ids from a submit: kept with the project so no file is uploaded twice."""
        self.window.doc.project.uploads.update(uploads)
