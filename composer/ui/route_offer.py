"""A failed job's "Send with v3 instead": the open project switches to that route (one undo
step, so the problems list and the preview show what it keeps), then the usual Submit
dialog, which lists what the route leaves out, asks before anything is sent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from composer.model.document import PROJECT
from composer.routes.registry import RouteName, route_class

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow


def send_on_route(window: MainWindow, route: str) -> None:
    if window.doc.project.route != route:
        label = route_class(route).label
        window.edits.set_values(PROJECT, {"route": RouteName(route)}, f"Render with {label}")
    window.submit()
