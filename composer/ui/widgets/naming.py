"""Naming a widget as it is made (tests and style sheets find it by its object name)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Named = TypeVar("Named", bound=QObject)


def named(widget: Named, name: str) -> Named:
    """`widget`, its object name set to `name`."""
    widget.setObjectName(name)
    return widget
