"""What sending a project on a route costs: the route says how it is billed (its `pricing`
entry in the billing rule file) and which clips it must still have rendered; composer.billing
does the arithmetic."""

from __future__ import annotations

from composer.billing.credits import Estimate, estimate
from composer.billing.lengths import speech_for
from composer.billing.rules import BillingRules, load_rules
from composer.billing.speech import SpeechCache
from composer.model.project import Project
from composer.routes.registry import route_class


def route_estimate(
    project: Project,
    route: str | None,
    *,
    source: str | None,
    rules: BillingRules | None = None,
    speech: SpeechCache | None = None,
) -> Estimate:
    """The cost of `project` on the route called `route` (None: the default route), sent
    to the server and account `source` (HeyGenClient.source): only what it made before
    (clips, speech) counts as cached. None: no account is known (an offline estimate):
    nothing cached counts, every clip is priced and scripts last their words."""
    chosen = route_class(route)
    to_render = chosen.clips_to_bill(project, source)
    removals = chosen.removals_to_bill(project, to_render) if to_render is not None else ()
    return estimate(
        project,
        chosen.pricing,
        rules=rules,
        speech=speech or speech_for(source),
        to_render=to_render,
        removals=removals,
    )


def route_unit(route: str | None, rules: BillingRules | None = None) -> str:
    """What the route's price is counted in ("credits" or "usd")."""
    return (rules or load_rules()).route(route_class(route).pricing).unit
