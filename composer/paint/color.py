"""Colours from the project's hex strings, tolerating a value the user is still typing."""

from __future__ import annotations

from PySide6.QtGui import QColor

from composer.model.colours import is_hex


def parse_color(value: str | None, default: QColor) -> QColor:
    """`value` as a colour, or `default` when it is unset or not a colour HeyGen takes: the
    preview shows what the validator accepts (QColor alone would also paint "orange")."""
    return QColor(value) if is_hex(value) else default
