"""The plan's length limit as a validation problem (HeyGen fails a render that is too long
with 40119 "Video is too long" after it has been queued; better to say so before)."""

from __future__ import annotations

from composer.billing.lengths import format_seconds, project_length
from composer.billing.rules import BillingRules, load_rules
from composer.model.project import Project
from composer.model.validate import ERROR, Problem

FIELD = "video_inputs"


def length_problems(project: Project, rules: BillingRules | None = None) -> list[Problem]:
    """An error when the video's (estimated) length is over the plan's limit."""
    rules = rules or load_rules()
    total = project_length(project, rules).seconds
    if total <= rules.max_video_seconds:
        return []
    limit = format_seconds(rules.max_video_seconds)
    message = (
        f"The video runs about {format_seconds(total)}; the {rules.plan_label} plan allows at "
        f"most {limit}. Shorten the scripts or split the video (your plan is set in the "
        f"billing rule file, {rules.source.name})."
    )
    return [Problem(ERROR, None, FIELD, message)]
