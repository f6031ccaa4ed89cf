"""Template placeholders left unfilled: "[Feature name]" (the starter templates' words to
replace) and "{{name}}" (a batch's column). Sent as they are, they are spoken and shown in
the video word for word, so every one left in the title, a script or an overlay text is an
error naming its scene and field. `batch` fills the `{{…}}` ones from its table first and
then validates the filled copy."""

from __future__ import annotations

import re
from collections.abc import Iterator

from composer.model.paths import get_path
from composer.model.project import Scene
from composer.model.wording import ERROR, Found, label

DOUBLE_BRACES = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
"""A batch placeholder; group 1 is the column's name."""
BRACKETS = re.compile(r"\[[^\[\]\n]{1,80}\]")
"""A starter template's "[words to replace]"."""
SCENE_TEXT_FIELDS = ("voice.input_text", "text.text")
"""Scene fields a user writes words in (plus the project's title)."""


def unfilled(text: str | None) -> list[str]:
    """The placeholders left in `text`, as written, in order, each once."""
    if not text:
        return []
    found = sorted(
        [*DOUBLE_BRACES.finditer(text), *BRACKETS.finditer(text)], key=lambda m: m.start()
    )
    return list(dict.fromkeys(m.group(0) for m in found))


def message(field: str, left: list[str]) -> str:
    shown = ", ".join(left[:3]) + (f" and {len(left) - 3} more" if len(left) > 3 else "")
    batch = any(text.startswith("{{") for text in left)
    how = " (or make one video per row of a table with Batch)" if batch else ""
    return f"{label(field)} still has the placeholder {shown}: replace it with your own words{how}."


def scene_placeholders(scene: Scene) -> Iterator[Found]:
    for field in SCENE_TEXT_FIELDS:
        value = get_path(scene, field)
        left = unfilled(value) if isinstance(value, str) else []
        if left:
            yield ERROR, field, message(field, left)
