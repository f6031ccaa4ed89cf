"""What the preview tells assistive technology: which item is selected and where it is,
in the same friendly units as the panels (screen readers read the description)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

from composer.model import units

NAMES = {"character": "Presenter", "text": "Text"}


def position_words(part: str, x: float, y: float) -> str:
    """ "Presenter selected: Across 52.8 %   Down 64.8 %. Arrow keys move it." """
    return f"{NAMES[part]} selected: {units.readout(part, x, y)}. Arrow keys move it."


def announce(widget: QWidget, text: str) -> None:
    """Set the widget's accessible description and tell assistive technology it changed."""
    if widget.accessibleDescription() != text:
        widget.setAccessibleDescription(text)
        QAccessible.updateAccessibility(
            QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
        )
