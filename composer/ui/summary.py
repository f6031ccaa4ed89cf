"""Words about a project for the status bar, the Submit button's tooltip and the submit
confirmation (apart from the dialog, which the window only needs when submitting)."""

from __future__ import annotations

from math import gcd

from composer.model.project import Project
from composer.model.validate import Problem
from composer.ui.panels.problems_list import describe

TOOLTIP_PROBLEMS = 5


def size_text(project: Project) -> str:
    """'1920 × 1080 (16:9)'."""
    width, height = project.width, project.height
    divisor = gcd(width, height) or 1
    return f"{width} × {height} ({width // divisor}:{height // divisor})"


def submit_tooltip(errors: list[Problem]) -> str:
    """Why Submit is disabled, in the words of the problems list."""
    if not errors:
        return "Send this video to HeyGen to be rendered (Ctrl+Return)"
    count = len(errors)
    lines = [f"Fix {count} problem{'s' if count != 1 else ''} first:"]
    lines += [describe(p) for p in errors[:TOOLTIP_PROBLEMS]]
    if count > TOOLTIP_PROBLEMS:
        lines.append(f"…and {count - TOOLTIP_PROBLEMS} more (see the problems list)")
    return "\n".join(lines)
