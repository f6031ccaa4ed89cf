"""What to tell the user before sending: 'this video ≈ 1.5 credits of 42 left', whether a
batch fits the balance (and how many rows do), and whether a free draft can be sent."""

from __future__ import annotations

from dataclasses import dataclass

from composer.billing.credits import Estimate, rows_that_fit
from composer.billing.drafts import drafts_today
from composer.billing.lengths import format_seconds
from composer.billing.money import cost_sentence
from composer.billing.rules import BillingRules, load_rules
from composer.model.project import Project
from composer.model.tr_noop import QT_TRANSLATE_NOOP, Words, english
from composer.routes.pricing import route_estimate, route_unit
from composer.routes.registry import route_class


def video_quote(
    project: Project,
    route: str,
    balance: float | None,
    source: str | None,
    words: Words = english,
) -> str:
    """'this video ≈ 1.5 credits of 42 left' sent to the server and account `source` (+ a
    note when some lengths are unknown or when cached clips are not billed)."""
    cost = route_estimate(project, route, source=source)
    what = words(QT_TRANSLATE_NOOP("Amounts", "this video"))
    return cost_sentence(what, cost.amount, cost.unit, balance, words) + _notes(cost, words)


def _notes(cost: Estimate, words: Words) -> str:
    notes = []
    if cost.length.unknown:
        template = QT_TRANSLATE_NOOP(
            "Amounts", "plus {count} scene(s) of audio whose length HeyGen measures"
        )
        notes.append(words(template).format(count=cost.length.unknown))
    if cost.removals:
        template = QT_TRANSLATE_NOOP(
            "Amounts", "with HeyGen's background removal for {count} presenter clip(s)"
        )
        notes.append(words(template).format(count=cost.removals))
    skipped = len(cost.scenes) - cost.counted_scenes - cost.length.unknown
    if skipped > 0:
        template = QT_TRANSLATE_NOOP(
            "Amounts",
            "{count} scene(s) cost nothing: their presenter clips are cached, shared "
            "with another scene, or not needed",
        )
        notes.append(words(template).format(count=skipped))
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

    def sentence(self, words: Words = english) -> str:
        count = len(self.amounts)
        if count == 1:
            what = words(QT_TRANSLATE_NOOP("Amounts", "1 video"))
        else:
            what = words(QT_TRANSLATE_NOOP("Amounts", "{count} videos")).format(count=count)
        text = cost_sentence(what, self.total, self.unit, self.balance, words)
        if self.refused:
            template = QT_TRANSLATE_NOOP(
                "Amounts",
                ". Not enough for all of them: {fits} of the {count} rows fit. "
                "Top up your HeyGen balance or send fewer rows.",
            )
            text += words(template).format(fits=self.fits, count=count)
        return text


def batch_quote(
    projects: list[Project], route: str, balance: float | None, source: str | None
) -> BatchQuote:
    rules = load_rules()
    estimates = [route_estimate(p, route, source=source, rules=rules) for p in projects]
    return BatchQuote([e.amount for e in estimates], route_unit(route, rules), balance)


@dataclass(frozen=True)
class DraftOffer:
    available: bool
    reason: str  # why not, or what to know ("3 of 10 free drafts used today")


def draft_offer(
    project: Project,
    route: str,
    route_label: str,
    source: str | None,
    rules: BillingRules | None = None,
    words: Words = english,
) -> DraftOffer:
    rules = rules or load_rules()
    pricing = route_class(route).pricing
    draft = rules.route(pricing).draft if pricing in rules.routes else None
    if draft is None:
        template = QT_TRANSLATE_NOOP(
            "Amounts", "{route} has no free draft: HeyGen charges every video sent on it."
        )
        return DraftOffer(False, words(template).format(route=route_label))
    used = drafts_today()
    if used >= draft.per_day:
        template = QT_TRANSLATE_NOOP(
            "Amounts",
            "You have sent {used} free drafts today, about HeyGen's daily limit ({most}). "
            "Try again tomorrow.",
        )
        return DraftOffer(False, words(template).format(used=used, most=draft.per_day))
    template = QT_TRANSLATE_NOOP(
        "Amounts", "Free: watermarked and lower quality. {used} of {most} drafts used today."
    )
    reason = words(template).format(used=used, most=draft.per_day)
    seconds = route_estimate(project, route, source=source, rules=rules).length.seconds
    if seconds > draft.max_seconds:
        template = QT_TRANSLATE_NOOP(
            "Amounts",
            " Drafts may be at most {most}; this video runs about {length}, so HeyGen may cut "
            "or refuse it.",
        )
        reason += words(template).format(
            most=format_seconds(draft.max_seconds, words), length=format_seconds(seconds, words)
        )
    return DraftOffer(True, reason)
