"""Qt's translation function for the window's words, in a form pyside6-lupdate extracts:
`translate("Context", "Source text")` with literal strings (a bare `tr("...")` would be
extracted without a context, and a context held in a variable not at all). Values go in
after translation: `translate("Jobs", "Sent {title}").format(title=title)`.

Counts: pyside6-lupdate 6.11 marks a message as plural (`%n`, Qt's numerus forms) only when
the count is a literal number, and drops a call whose count is an expression (`len(rows)`)
or a keyword, so a count gets two messages, "1 scene" and "{count} scenes"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from composer.model.tr_noop import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "amounts", "in_context", "translate"]


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """`text` in the user's language when a translation is installed, else `text`."""
    return QCoreApplication.translate(context, text, disambiguation)


def in_context(context: str) -> Callable[[str], str]:
    """`translate` for words the Qt-free core marked in `context` and fills in itself."""
    return lambda text: translate(context, text)


amounts = in_context("Amounts")
"""Lengths, sizes, credits and prices the core puts in words (composer.model.units,
composer.billing): their templates in the user's language."""
