"""One field in a panel: its label, its editor, and the problem message under the editor."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from composer.model.validate import Problem
from composer.ui.panels.editor_base import FieldEditor
from composer.ui.panels.editor_kinds import make_editor
from composer.ui.panels.field_spec import FieldSpec, shown
from composer.ui.panels.fields import object_name


class FieldRow:
    def __init__(self, spec: FieldSpec) -> None:
        self.spec = spec
        self.editor: FieldEditor = make_editor(spec)
        self.editor.setObjectName(object_name(spec))
        self.label = QLabel(shown(spec.label), objectName="fieldLabel")
        self.label.setBuddy(self.editor.control)
        self.label.setToolTip(shown(spec.hint))
        self.message = QLabel(objectName="fieldMessage", wordWrap=True)
        self.message.hide()
        self.box = QWidget()
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.editor)
        layout.addWidget(self.message)
        self._shown = ("", "")  # the message and level shown: none yet

    def matches(self, field: str) -> bool:
        """Whether a problem at `field` belongs beside this editor."""
        return path_matches(self.spec.path, field)

    def show_problems(self, problems: list[Problem]) -> None:
        """Problems come again after every check (and every scene move); restyling a
        label is slow, so only a change is shown."""
        level = "error" if any(p.is_error for p in problems) else "warning" if problems else ""
        text = "\n".join(p.message for p in problems)
        if (text, level) == self._shown:
            return
        self._shown = (text, level)
        self.message.setText(text)
        self.message.setVisible(bool(problems))
        self.message.setProperty("problem", level)
        self.message.style().polish(self.message)
        self.editor.set_level(level)

    @property
    def level(self) -> str:
        return self.editor.level


def path_matches(path: str, field: str) -> bool:
    """Whether a problem at `field` belongs beside the editor of `path`."""
    return field == path or path.startswith(field + ".") or field.startswith(path + ".")


def specs_own(specs: Sequence[FieldSpec], field: str) -> bool:
    """Whether a problem at `field` belongs in a panel of `specs` (beside a field or at
    its top): one of them matches it, or shares its first part."""
    part = field.split(".")[0]
    return any(path_matches(s.path, field) or s.path.split(".")[0] == part for s in specs)
