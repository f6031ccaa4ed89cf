"""The Submit dialog's route rows: which route renders the video, and what it leaves out
("3 scenes lose their text overlay"), so nothing is a surprise after paying."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel

from composer.model.project import Project
from composer.routes.registry import route_class

MAX_LINES = 6


def add_route_rows(form: QFormLayout, project: Project) -> QLabel | None:
    """Add "Render with" and, if the route drops anything, "Left out"; returns that label."""
    route = route_class(project.route)
    form.addRow("Render with", QLabel(route.label, objectName="submitRoute"))
    lines = route.losses_summary(project)
    if not lines:
        return None
    shown = lines[:MAX_LINES] + (
        [f"… and {len(lines) - MAX_LINES} more"] if len(lines) > MAX_LINES else []
    )
    losses = QLabel("\n".join(f"• {line}" for line in shown), objectName="submitLosses")
    losses.setWordWrap(True)
    losses.setProperty("problem", "warning")
    losses.setToolTip("The problems list says which field of which scene.")
    form.addRow("Left out", losses)
    return losses
