"""What every field editor shares: the problem ring, the frame size it is shown for, and
the guard that keeps the mouse wheel from changing a field the pointer only passes over.

`display(value)` shows a model value without emitting anything; `edited(value)` is
emitted only for user changes, with the value the model should hold; `control` takes the
keyboard focus (and carries the accessible name), and the `ring` around the input turns
red (or amber) for a problem.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from composer.model.project import DEFAULT_HEIGHT, DEFAULT_WIDTH
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate
from composer.ui.panels.field_spec import FieldSpec, shown

DEFAULT_TEXT = QT_TRANSLATE_NOOP("Editors", "(default)")
NOT_SET_TEXT = QT_TRANSLATE_NOOP("Editors", "(not set)")


def unset_words(required: bool) -> str:
    """What an unset field shows: "(not set)" when the request needs it, else "(default)"."""
    return translate("Editors", NOT_SET_TEXT if required else DEFAULT_TEXT)


class FieldEditor(QWidget):
    """Layout: [ring around the input | extras] on one line, then anything below it.
    The ring turns red or amber when the field has a problem (see `set_level`)."""

    edited = Signal(object)

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__()
        self.spec = spec
        self.frame = (DEFAULT_WIDTH, DEFAULT_HEIGHT)
        """The video's output size (the panel keeps it current), for pixel read-outs."""
        self.control: QWidget = self
        self.ring = QFrame(objectName="problemRing")
        QHBoxLayout(self.ring).setContentsMargins(0, 0, 0, 0)
        self.line = QHBoxLayout()
        self.line.setSpacing(4)
        self.line.addWidget(self.ring, 1)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2)
        self.column.addLayout(self.line)

    def display(self, value: Any) -> None:
        raise NotImplementedError

    def display_held(self, value: Any) -> None:
        """Show a value the file holds that this field can't use (the problem beside the
        field says why): as unset, unless the editor can show it marked."""
        self.display(None)

    def _wrap(self, widget: QWidget, control: QWidget | None = None) -> None:
        """Put `widget` in the ring; `control` (default: the widget) takes the focus."""
        self.ring.layout().addWidget(widget)
        self.control = control or widget
        self.setFocusProxy(self.control)
        self.control.setToolTip(shown(self.spec.hint))
        self.control.setAccessibleName(shown(self.spec.label))
        self.control.setAccessibleDescription(shown(self.spec.hint))

    def set_level(self, level: str) -> None:
        """ "error", "warning" or "": the ring's colour (styled in widgets/style.py)."""
        if (self.ring.property("problem") or "") != level:
            self.ring.setProperty("problem", level)
            self.ring.style().unpolish(self.ring)
            self.ring.style().polish(self.ring)

    @property
    def level(self) -> str:
        return str(self.ring.property("problem") or "")


class _WheelGuard(QObject):
    """Scrolling the panel must not change a spin box or combo the pointer passes over."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():  # type: ignore[attr-defined]
            event.ignore()
            return True
        return False


_WHEEL_GUARD = _WheelGuard()


def guard_wheel(widget: QWidget) -> None:
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_WHEEL_GUARD)
