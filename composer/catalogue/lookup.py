"""Names for catalogue ids from the catalogues cached on disk (any server), for words that
must work offline and without a window: the storyboard, the command line."""

from __future__ import annotations

from composer.catalogue.store import cached_files, read


def cached_names() -> dict[tuple[str, str], str]:
    """(kind, id) -> name over every cached catalogue ("avatar", "talking_photo", "voice")."""
    names: dict[tuple[str, str], str] = {}
    for path in cached_files():
        catalogue = read(path)
        for kind in ("avatar", "talking_photo", "voice"):
            for item in catalogue.items(kind) if catalogue else []:
                names.setdefault((kind, item.id), item.name)
    return names
