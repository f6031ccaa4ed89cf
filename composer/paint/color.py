"""Colours from the project's hex strings, tolerating a value the user is still typing."""

from __future__ import annotations

from PySide6.QtGui import QColor


def parse_color(value: str | None, default: QColor) -> QColor:
    """`value` as a colour, or `default` when it is unset or not a colour (yet)."""
    color = QColor(value) if value else QColor()
    return color if color.isValid() else default
