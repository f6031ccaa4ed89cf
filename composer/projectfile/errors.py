"""The one error type for a project (or request body) file that cannot be opened."""

from __future__ import annotations

from pathlib import Path


class ProjectFileError(Exception):
    """Says which file, where in it, what is wrong and what to do. Never alters the file."""

    def __init__(
        self, path: Path | str, problem: str, *, where: str = "", advice: str = ""
    ) -> None:
        self.path = Path(path)
        self.problem = problem
        self.where = where
        self.advice = advice
        location = f" at {where}" if where else ""
        text = f"Can't open {self.path.name}{location}: {problem}"
        if advice:
            text += f" {advice}"
        super().__init__(text)
