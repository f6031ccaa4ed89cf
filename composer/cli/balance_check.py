"""Before a command-line batch is sent: what it costs against the account's balance, and a
refusal when the balance can't pay for every row (naming how many fit)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from composer.model.project import Project
from composer.routes.quote import batch_quote

if TYPE_CHECKING:
    from composer.heygen.client import HeyGenClient


def batch_affordable(projects: list[Project], route: str | None, client: HeyGenClient) -> bool:
    """Print the batch's cost on stderr; False when the balance is too small for it all."""
    from composer.heygen.errors import HeyGenError
    from composer.routes.registry import make_route

    chosen = make_route(route, client)
    try:
        from composer.routes.pricing import route_unit

        balance = chosen.balance().amount_in(route_unit(chosen.name))
    except HeyGenError as exc:
        print(f"Couldn't ask HeyGen for the balance ({exc}); sending anyway.", file=sys.stderr)
        balance = None
    quote = batch_quote(projects, chosen.name, balance, client.source)
    print(quote.sentence(), file=sys.stderr)
    return not quote.refused
