"""What to tell the user before sending: 'this video ≈ 1.5 credits of 42 left', whether a
batch fits the balance (and how many rows do), and whether a free draft can be sent."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from composer.billing.credits import Estimate, estimate, rows_that_fit
from composer.billing.drafts import drafts_today
from composer.billing.lengths import format_seconds
from composer.billing.money import cost_sentence
from composer.billing.rules import BillingRules, load_rules
from composer.model.project import Project


def video_quote(
    project: Project,
    route: str,
    balance: float | None,
    to_render: Collection[int] | None = None,
) -> str:
    """'this video ≈ 1.5 credits of 42 left' (+ a note when some lengths are unknown or
    when cached clips are not billed)."""
    cost = estimate(project, route, to_render=to_render)
    return cost_sentence("this video", cost.amount, cost.unit, balance) + _notes(cost)


def _notes(cost: Estimate) -> str:
    notes = []
    if cost.length.unknown:
        notes.append(f"plus {cost.length.unknown} scene(s) of audio whose length HeyGen measures")
    skipped = len(cost.scenes) - cost.counted_scenes - cost.length.unknown
    if skipped > 0:
        notes.append(
            f"{skipped} scene(s) cost nothing: their presenter clips are cached, shared "
            "with another scene, or not needed"
        )
    return f" ({'; '.join(notes)})" if notes else ""


@dataclass(frozen=True)
class BatchQuote:
    amounts: list[float]
    unit: str
    balance: float | None

    @property
    def total(self) -> float:
        return sum(self.amounts)

    @property
    def fits(self) -> int:
        """Rows the balance pays for, in order (all when the balance is not known)."""
        return (
            len(self.amounts) if self.balance is None else rows_that_fit(self.amounts, self.balance)
        )

    @property
    def refused(self) -> bool:
        return self.fits < len(self.amounts)

    def sentence(self) -> str:
        count = len(self.amounts)
        what = f"{count} video{'s' if count != 1 else ''}"
        text = cost_sentence(what, self.total, self.unit, self.balance)
        if self.refused:
            text += (
                f". Not enough for all of them: {self.fits} of the {count} rows fit. "
                "Top up your HeyGen balance or send fewer rows."
            )
        return text


def batch_quote(projects: list[Project], route: str, balance: float | None) -> BatchQuote:
    rules = load_rules()
    estimates = [estimate(p, route, rules=rules) for p in projects]
    return BatchQuote([e.amount for e in estimates], rules.route(route).unit, balance)


@dataclass(frozen=True)
class DraftOffer:
    available: bool
    reason: str  # why not, or what to know ("3 of 10 free drafts used today")


def draft_offer(
    project: Project, route: str, route_label: str, rules: BillingRules | None = None
) -> DraftOffer:
    rules = rules or load_rules()
    draft = rules.route(route).draft if route in rules.routes else None
    if draft is None:
        return DraftOffer(
            False, f"{route_label} has no free draft: HeyGen charges every video sent on it."
        )
    used = drafts_today()
    if used >= draft.per_day:
        return DraftOffer(
            False,
            f"You have sent {used} free drafts today, about HeyGen's daily limit "
            f"({draft.per_day}). Try again tomorrow.",
        )
    words = f"Free: watermarked and lower quality. {used} of {draft.per_day} drafts used today."
    seconds = estimate(project, route, rules=rules).length.seconds
    if seconds > draft.max_seconds:
        words += (
            f" Drafts may be at most {format_seconds(draft.max_seconds)}; this video runs about "
            f"{format_seconds(seconds)}, so HeyGen may cut or refuse it."
        )
    return DraftOffer(True, words)
