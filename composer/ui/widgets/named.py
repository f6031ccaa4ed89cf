"""`named(QLabel(...), "panelTitle")`: a widget with its object name (the style sheet and
the tests find it by), typed as what it is (the `objectName=` keyword isn't in the stubs)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Q = TypeVar("Q", bound=QObject)


def named(obj: Q, name: str) -> Q:
    obj.setObjectName(name)
    return obj
