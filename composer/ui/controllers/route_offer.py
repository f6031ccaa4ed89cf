"""Switching the open project's render route from outside the Project panel: a failed job's
"Send with v3 instead" and the Submit dialog's route choice. The switch is one undo step,
so the problems list and the preview show what the route keeps; the usual Submit dialog,
which lists what the route leaves out, asks before anything is sent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from composer.model.document import PROJECT
from composer.routes.registry import DEFAULT_ROUTE, RouteName, route_class
from composer.ui.i18n import translate

if TYPE_CHECKING:
    from composer.ui.controllers.host import RouteOfferHost


def send_on_route(window: RouteOfferHost, route: str) -> None:
    use_route(window, route)
    window.submitting.submit()


def use_route(window: RouteOfferHost, route: str) -> bool:
    """Put the project on `route`; False (with a note) when it has errors there."""
    if (window.doc.project.route or DEFAULT_ROUTE) != route:
        label = translate("Routes", route_class(route).label)
        text = translate("RouteOffer", "Render with {route}").format(route=label)
        window.edits.set_values(PROJECT, {"route": RouteName(route)}, text)
        window.validation.run_now()
        if window.validation.errors:
            window.notify(
                translate(
                    "RouteOffer", "Not sent: {route} can't render it yet; see the problems list."
                ).format(route=label)
            )
            return False
    return True
