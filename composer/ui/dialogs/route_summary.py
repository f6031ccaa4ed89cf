"""The Submit dialog's route rows: which route renders the video (chosen here too), and
what that route leaves out ("3 scenes lose their text overlay"), updated as the choice
changes, so nothing is a surprise after paying."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton

from composer.model.project import Project
from composer.routes.base import PreviewMode
from composer.routes.registry import DEFAULT_ROUTE, route_class, route_names
from composer.routes.rich_losses import all_losses
from composer.ui.i18n import translate

EXACT = "exact"


class RouteRows:
    def __init__(self, form: QFormLayout, project: Project, source: str | None) -> None:
        self.form = form
        self.project = project
        self.source = source  # the server and account sent to: its clips are not rendered
        self.combo = QComboBox(objectName="submitRoute")
        for name in route_names():
            self.combo.addItem(translate("Routes", route_class(name).label), name)
        self.combo.setCurrentIndex(self.combo.findData(project.route or DEFAULT_ROUTE))
        self.losses = QLabel(objectName="submitLosses", wordWrap=True)
        self.losses.setProperty("problem", "warning")
        self.losses.setToolTip(
            translate("RouteSummary", "The problems list says which field of which scene.")
        )
        self.note = QLabel(objectName="routeNote", wordWrap=True)
        form.addRow(translate("RouteSummary", "Render with"), self.combo)
        form.addRow("", self.note)
        form.addRow(translate("RouteSummary", "Left out"), self.losses)
        self.keep = QPushButton(objectName="keepWithExact")
        self.keep.setToolTip(
            translate(
                "RouteSummary",
                "Layers, transitions, music and caption styles are drawn "
                "only when this computer composes the video.",
            )
        )
        self.keep.clicked.connect(lambda: self.combo.setCurrentIndex(self.combo.findData(EXACT)))
        form.addRow("", self.keep)
        self.combo.currentIndexChanged.connect(self._show)
        self._show()

    def route(self) -> str:
        return str(self.combo.currentData())

    def _show(self) -> None:
        route = route_class(self.route())
        self.combo.setToolTip(translate("Routes", route.summary))
        lines = route.losses_summary(self.project)  # every one: none is a surprise later
        note = route.submit_note(self.project, self.source)  # "0 new HeyGen renders, ..."
        self.note.setText(note or "")
        self.form.setRowVisible(self.note, bool(note))
        self.losses.setText("\n".join(f"• {line}" for line in lines))
        self.form.setRowVisible(self.losses, bool(lines))
        self._offer_exact(route.preview != PreviewMode.EXACT)

    def _offer_exact(self, leaves_out: bool) -> None:
        """The rich parts (layers, transitions, music, caption style) are lost here but kept
        by the exact layout route: offer it, as the problems list says."""
        offered = EXACT in route_names() and leaves_out and any(all_losses(self.project, ""))
        if offered:
            label = translate("Routes", route_class(EXACT).label)
            self.keep.setText(translate("RouteSummary", "Keep them: {route}").format(route=label))
        self.form.setRowVisible(self.keep, offered)
