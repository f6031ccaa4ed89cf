"""Marking words for translation without Qt: the core names fields and choices in English,
Qt's extractor (pyside6-lupdate) finds them by this marker, and the window translates them
when it shows them (`composer.ui.i18n.translate` with the same context). Sentences the core
fills in with numbers take `words`, which translates their marked template first (the window
passes Qt's translate; the command line keeps `english`)."""

from __future__ import annotations

from collections.abc import Callable

Words = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text` unchanged; marked for translation in `context`."""
    return text


def english(text: str) -> str:
    """The marked template as it is."""
    return text
