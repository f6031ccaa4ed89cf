"""Words about a project for the status bar, the Submit button's tooltip and the submit
confirmation (apart from the dialog, which the window only needs when submitting)."""

from __future__ import annotations

from math import gcd

from composer.model.project import Project
from composer.model.validate import Problem
from composer.ui.i18n import translate
from composer.ui.panels.problems_list import describe
from composer.ui.scene_list.duration import project_duration_text

TOOLTIP_PROBLEMS = 5


def size_text(project: Project) -> str:
    """'1920 × 1080 (16:9)'."""
    width, height = project.width, project.height
    divisor = gcd(width, height) or 1
    return f"{width} × {height} ({width // divisor}:{height // divisor})"


def project_summary(project: Project) -> str:
    """The status bar's '3 scenes · ≈ 17 s · 1920 × 1080 (16:9)'."""
    scenes = scene_count_text(len(project.scenes))
    return f"{scenes} · {project_duration_text(project)} · {size_text(project)}"


def scene_count_text(count: int) -> str:
    if count == 1:
        return translate("Summary", "1 scene")
    return translate("Summary", "{count} scenes").format(count=count)


def submit_tooltip(errors: list[Problem]) -> str:
    """Why Submit is disabled, in the words of the problems list."""
    if not errors:
        return translate("Summary", "Send this video to HeyGen to be rendered (Ctrl+Return)")
    count = len(errors)
    lines = [
        translate("Summary", "Fix 1 problem first:")
        if count == 1
        else translate("Summary", "Fix {count} problems first:").format(count=count)
    ]
    lines += [describe(p) for p in errors[:TOOLTIP_PROBLEMS]]
    if count > TOOLTIP_PROBLEMS:
        more = count - TOOLTIP_PROBLEMS
        lines.append(
            translate("Summary", "…and {count} more (see the problems list)").format(count=more)
        )
    return "\n".join(lines)
