"""Making a window's QAction: named (for tests and accessibility), with an icon, a
shortcut and a tooltip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from composer.ui.widgets.icons import icon


def make_action(
    parent: QObject,
    name: str,
    text: str,
    icon_name: str | None,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, parent)
    if icon_name:
        action.setIcon(icon(icon_name))
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(tip or text.replace("…", ""))
    # `triggered` carries the checked flag: a slot with an optional first parameter (a path
    # to export to, say) would take it for that, so the slot is called with nothing
    action.triggered.connect(lambda _checked=False: slot())
    return action
