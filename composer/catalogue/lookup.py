"""Names for catalogue ids from the catalogues cached on disk (any server), for words that
must work offline and without a window: the storyboard, the command line."""

from __future__ import annotations

import json

from composer.catalogue.store import load
from composer.settings.paths import cache_dir


def cached_names() -> dict[tuple[str, str], str]:
    """(kind, id) -> name over every cached catalogue ("avatar", "talking_photo", "voice")."""
    names: dict[tuple[str, str], str] = {}
    for path in sorted(cache_dir().glob("catalogue-*.json")):  # see store.cache_path
        try:
            server = json.loads(path.read_text("utf-8"))["server"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        catalogue = load(server)
        for kind in ("avatar", "talking_photo", "voice"):
            for item in catalogue.items(kind) if catalogue else []:
                names.setdefault((kind, item.id), item.name)
    return names
