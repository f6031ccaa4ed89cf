"""What the preview tells assistive technology: which item is selected and where it is,
in the same friendly units as the panels (screen readers read the description)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

from composer.model import units
from composer.ui.i18n import QT_TRANSLATE_NOOP, amounts, translate
from composer.ui.preview.canvas import AVATAR, HANDLE, TEXT

UNIT_WORDS = amounts
NO_SCENE = QT_TRANSLATE_NOOP("Preview", "No scene selected")
EDIT_TEXT = {
    AVATAR: QT_TRANSLATE_NOOP("Preview", "Move avatar"),
    TEXT: QT_TRANSLATE_NOOP("Preview", "Move text"),
    HANDLE: QT_TRANSLATE_NOOP("Preview", "Resize avatar"),
}
"""The undo step of each dragged item."""
NAMES = {
    "character": QT_TRANSLATE_NOOP("Preview", "Presenter"),
    "text": QT_TRANSLATE_NOOP("Preview", "Text"),
}


def no_scene() -> str:
    return translate("Preview", NO_SCENE)


def edit_text(item: str) -> str:
    return translate("Preview", EDIT_TEXT[item])


def position_words(part: str, x: float, y: float) -> str:
    """ "Presenter selected: Across 52.8 %   Down 64.8 %. Arrow keys move it." """
    return translate("Preview", "{item} selected: {where}. Arrow keys move it.").format(
        item=translate("Preview", NAMES[part]), where=units.readout(part, x, y, UNIT_WORDS)
    )


def announce(widget: QWidget, text: str) -> None:
    """Set the widget's accessible description and tell assistive technology it changed."""
    if widget.accessibleDescription() != text:
        widget.setAccessibleDescription(text)
        QAccessible.updateAccessibility(
            QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
        )
