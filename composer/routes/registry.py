"""The routes by name. A route module is imported only when its route is first used, so
listing routes (the Project panel's chooser) loads no HTTP stack."""

from __future__ import annotations

import importlib
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

from composer.model.project import Project
from composer.model.validate import Problem
from composer.routes.base import RenderRoute

if TYPE_CHECKING:
    from composer.heygen.client import HeyGenClient

ROUTE_MODULES: dict[str, tuple[str, str]] = {
    "v2": ("composer.routes.v2_scenes", "V2ScenesRoute"),
    "v3": ("composer.routes.v3_studio", "V3StudioRoute"),
    "exact": ("composer.routes.exact", "ExactRoute"),
}
"""name -> (module, class). One line per route; the order is the chooser's."""

RouteName = StrEnum("RouteName", {name.upper(): name for name in ROUTE_MODULES})  # type: ignore[misc]
"""The route names as an enum (the Project panel's chooser is built from it)."""

DEFAULT_ROUTE = "v2"
"""The route of jobs and projects that do not name one (made before routes existed)."""


class UnpricedRoute(TypeError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"The render route {name!r} declares no pricing: set its `pricing` to its entry "
            "in the billing rule file."
        )


class UnknownRoute(ValueError):
    def __init__(self, name: str) -> None:
        known = ", ".join(ROUTE_MODULES)
        super().__init__(f"There is no render route called {name!r} (known: {known}).")


def route_names() -> list[str]:
    return list(ROUTE_MODULES)


@cache  # asked on every preview paint: a dict lookup, not an import
def route_class(name: str | None) -> type[RenderRoute]:
    """The route called `name` (None: the default). UnknownRoute for any other name;
    UnpricedRoute for a route that does not say how it is billed."""
    try:
        module, attr = ROUTE_MODULES[name or DEFAULT_ROUTE]
    except KeyError:
        raise UnknownRoute(str(name)) from None
    route: type[RenderRoute] = getattr(importlib.import_module(module), attr)
    if not getattr(route, "pricing", None):
        raise UnpricedRoute(route.name)
    return route


def make_route(name: str | None, client: HeyGenClient) -> RenderRoute:
    """A route object for one server and key (jobs are run through it)."""
    return route_class(name)(client)


def check_project(project: Project) -> list[Problem]:
    """The problems of `project` on its own route (what its Submit would refuse or drop)."""
    return route_class(project.route).check(project)
