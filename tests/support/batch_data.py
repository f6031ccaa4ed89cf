"""A project with {{column}} placeholders and a CSV writer, for the batch tests."""

from __future__ import annotations

import csv
from pathlib import Path

from composer.model.project import Project, TextOverlay
from tests.support.builders import valid_project


def personal_project() -> Project:
    project = valid_project(2)
    project.title = "Offer for {{company}}"
    project.scenes[0].voice.input_text = "Hi {{first_name}}, a video just for {{company}}."
    project.scenes[1].text = TextOverlay(text="{{discount}} off", line_height=1.2)
    return project


def write_table(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path
