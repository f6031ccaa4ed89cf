"""A property panel built from a field table, bound to one scene (or the project).

The panel keeps no copy of the project: it reads the document on every refresh and
writes through UndoableEdits. Fields that do not apply to the current type are hidden
(unless they hold a value, so an imported mistake stays visible and fixable). API-level
fields sit in a collapsed "Advanced" group at the end, opened by a click or by a problem
in one of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, is_dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.model.codec import data_fields, field_type
from composer.model.document import PROJECT, ProjectDocument
from composer.model.paths import NOT_HELD, get_path, held_at
from composer.model.validate import Problem
from composer.ui.commands import UndoableEdits
from composer.ui.i18n import translate
from composer.ui.panels.catalogue_editor import CatalogueEditor
from composer.ui.panels.field_row import FieldRow, path_matches
from composer.ui.panels.field_spec import FieldSpec, shown
from composer.ui.panels.writes import applies, reshaped, write_for

if TYPE_CHECKING:
    from composer.ui.pickers.names import CatalogueNames


@dataclass(frozen=True)
class Presence:
    """An optional part of the scene switched on and off by a check box (the text overlay)."""

    path: str
    label: str
    make: Callable[[], Any]
    noun: str


Chooser = Callable[[str, str | None], str | None]
"""(catalogue kind, current id) -> the id the user chose, or None if they cancelled."""


@dataclass(frozen=True)
class PanelInfo:
    title: str
    object_name: str
    blurb: str
    icon: str


DRAG_REFRESH_MS = 100
"""How often a panel shows the numbers a drag in the preview is changing (the preview's
own read-out follows every move)."""


class FormPanel(QWidget):
    def __init__(
        self,
        info: PanelInfo,
        specs: Sequence[FieldSpec],
        doc: ProjectDocument,
        edits: UndoableEdits,
        *,
        project_level: bool = False,
        presence: Presence | None = None,
        chooser: Chooser | None = None,
        names: CatalogueNames | None = None,
        extras: Sequence[QWidget] = (),
        extras_below: Sequence[QWidget] = (),
    ) -> None:
        super().__init__()
        self.info = info
        self.setObjectName(info.object_name)
        self.doc = doc
        self.edits = edits
        self.project_level = project_level
        self.presence = presence
        self.chooser = chooser
        self.scene_index: int | None = PROJECT if project_level else None
        ordered = [s for s in specs if not s.advanced] + [s for s in specs if s.advanced]
        self.rows = [FieldRow(spec) for spec in ordered]
        self._parts = {spec.path.split(".")[0] for spec in specs}
        if presence is not None:
            self._parts.add(presence.path.split(".")[0])
        self._groups: dict[str, QLabel] = {}
        self._build()
        for widget in extras:
            self.add_extra(widget)
        for widget in extras_below:
            self.add_extra(widget, below=True)
        for row in self.rows:
            row.editor.edited.connect(lambda value, spec=row.spec: self._edited(spec, value))
            if isinstance(row.editor, CatalogueEditor):
                row.editor.names = names
                row.editor.choose_requested.connect(lambda spec=row.spec: self._choose(spec))
        if names is not None:
            names.changed.connect(self.refresh)
        self._held: set[str] = set()
        """Numbers changed by a drag in the preview, not shown yet."""
        self._show_held = QTimer(self, singleShot=True, interval=DRAG_REFRESH_MS)
        self._show_held.timeout.connect(self._refresh_held)
        edits.gesture.ended.connect(self._refresh_held)
        doc.changed.connect(self._doc_changed)
        doc.reset.connect(self.refresh)
        self.refresh()

    # ---- building
    def _build(self) -> None:
        self.toggle = QCheckBox(translate("Panels", self.presence.label) if self.presence else "")
        self.toggle.setObjectName("presenceToggle")
        self.toggle.clicked.connect(self._toggled)
        self.placeholder = QLabel(objectName="panelPlaceholder", wordWrap=True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.advanced = QToolButton(objectName="advancedToggle", checkable=True)
        self.advanced.setText(translate("FormPanel", "Advanced (HeyGen API settings)"))
        self.advanced.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced.setAutoRaise(True)
        self.advanced.setAccessibleName(translate("FormPanel", "Show advanced settings"))
        self.advanced.toggled.connect(self._advanced_toggled)
        for row in self.rows:
            group = row.spec.group
            if row.spec.advanced:
                if self.form.indexOf(self.advanced) < 0:
                    self.form.addRow(self.advanced)
            elif group and group not in self._groups:
                self._groups[group] = QLabel(shown(group), objectName="groupHeader")
                self.form.addRow(self._groups[group])
            self.form.addRow(row.label, row.box)
        self.message = QLabel(objectName="panelMessage", wordWrap=True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(8)
        if self.info.title:
            title, blurb = (
                translate("Panels", self.info.title),
                translate("Panels", self.info.blurb),
            )
            layout.addWidget(QLabel(title, objectName="panelTitle"))
            layout.addWidget(QLabel(blurb, objectName="panelBlurb", wordWrap=True))
        else:  # a strip of fields under someone else's heading
            layout.setContentsMargins(16, 4, 16, 8)
        layout.addWidget(self.toggle)
        self.toggle.setVisible(self.presence is not None)  # once parented: not a window
        layout.addWidget(self.message)
        layout.addWidget(self.placeholder)
        layout.addLayout(self.form)
        if self.info.title:
            layout.addStretch(1)

    def add_extra(self, widget: QWidget, *, below: bool = False) -> None:
        """A widget of someone else's under the panel's heading (the Brand kit… button),
        or `below` its fields (the Music panel)."""
        layout = self.layout()
        at = (
            layout.count() - (1 if self.info.title else 0) if below else layout.indexOf(self.toggle)
        )
        layout.insertWidget(at, widget)  # type: ignore[attr-defined]

    # ---- reading the document
    def set_scene(self, index: int | None) -> None:
        if not self.project_level:
            self.scene_index = index
            self.refresh()

    def target(self) -> Any:
        if self.scene_index == PROJECT:
            return self.doc.project
        if self.scene_index is None or self.scene_index >= len(self.doc):
            return None  # the list has not caught up with a removal yet
        return self.doc.scenes[self.scene_index]

    def refresh(self) -> None:
        self._held.clear()
        target = self.target()
        present = target is not None and (
            self.presence is None or get_path(target, self.presence.path) is not None
        )
        self.toggle.setEnabled(target is not None)
        self.toggle.setChecked(present)
        self.placeholder.setVisible(not present)
        if not present:
            self.placeholder.setText(self._placeholder_text(target))
        shown_groups: set[str] = set()
        for row in self.rows:
            if self._refresh_row(row, target, present):
                shown_groups.add("Advanced" if row.spec.advanced else row.spec.group)
        for group, header in self._groups.items():
            self.form.setRowVisible(header, group in shown_groups)
        if self.form.indexOf(self.advanced) >= 0:
            self.form.setRowVisible(self.advanced, "Advanced" in shown_groups)

    def _advanced_toggled(self, opened: bool) -> None:
        self.advanced.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.advanced.setAccessibleName(
            translate("FormPanel", "Hide advanced settings")
            if opened
            else translate("FormPanel", "Show advanced settings")
        )
        self.refresh()

    def _refresh_row(self, row: FieldRow, target: Any, present: bool) -> bool:
        """Show the row's value (or hide the row); whether it has something to show (a row
        in the closed Advanced group has, but stays hidden until the group is opened)."""
        value = get_path(target, row.spec.path) if present else None
        held = held_at(target, row.spec.path) if present else NOT_HELD
        wanted = present and (
            value is not None or held is not NOT_HELD or applies(target, row.spec.path)
        )
        visible = wanted and (self.advanced.isChecked() or not row.spec.advanced)
        if visible:
            row.editor.frame = (self.doc.project.width, self.doc.project.height)
        if visible and held is not NOT_HELD:
            row.editor.display_held(held)
        elif visible:
            row.editor.display(value)
        if self.form.isRowVisible(row.box) != visible:
            self.form.setRowVisible(row.box, visible)
        return wanted

    def _placeholder_text(self, target: Any) -> str:
        if target is None:
            return translate("FormPanel", "Add a scene to edit it here.")
        assert self.presence is not None
        return translate(
            "FormPanel", "This scene has no {part}. Tick the box above to add one."
        ).format(part=translate("Panels", self.presence.noun))

    def _doc_changed(self, scene_index: int, path: str) -> None:
        if scene_index != self.scene_index or not self.shows(path):
            return
        target = self.target()
        if path and target is not None and numbers_only(type(target), path):
            # A number never decides which fields apply (only types, styles and switches
            # do): during a drag in the preview only the dragged field's rows change,
            # shown every DRAG_REFRESH_MS and when the drag ends.
            self._held.add(path)
            if not self.edits.gesture.live:
                self._refresh_held()
            elif not self._show_held.isActive():
                self._show_held.start()
            return
        self.refresh()

    def _refresh_held(self) -> None:
        self._show_held.stop()
        paths, self._held = self._held, set()
        target = self.target()
        if not paths or target is None:
            return
        present = self.presence is None or get_path(target, self.presence.path) is not None
        for row in self.rows:
            if any(path_matches(row.spec.path, path) for path in paths):
                self._refresh_row(row, target, present)

    def shows(self, path: str) -> bool:
        """Whether a change at `path` ("": the whole scene) can change this panel. Which
        fields apply depends only on the object holding them, so the first part of the
        path decides: a drag in the preview refreshes the avatar panel, not the others."""
        return not path or path.split(".")[0] in self._parts

    # ---- writing through the undo stack
    def _edited(self, spec: FieldSpec, value: Any) -> None:
        target = self.target()
        if target is None or self.scene_index is None:
            return
        if spec.compose is not None:
            value = spec.compose(get_path(target, spec.path), value)
        text = translate("FormPanel", "Change {field}").format(field=spec.noun)
        if spec.reshapes and not self.project_level:
            after = reshaped(target, spec.path, value)
            if after != target:
                self.edits.replace_scene(self.scene_index, after, text)
            return
        path, value = write_for(target, spec.path, value)
        owner = "project" if self.project_level else target.id
        self.edits.set_values(
            self.scene_index, {path: value}, text, merge_key=f"field:{owner}:{spec.path}"
        )

    def _choose(self, spec: FieldSpec) -> None:
        target = self.target()
        if self.chooser is None or target is None:
            return
        chosen = self.chooser(spec.catalogue, get_path(target, spec.path))
        if chosen:
            self._edited(spec, chosen)

    def _toggled(self, checked: bool) -> None:
        if self.presence is None or self.scene_index is None:
            return
        noun = translate("Panels", self.presence.noun)
        text = (
            translate("FormPanel", "Add {part}")
            if checked
            else translate("FormPanel", "Remove {part}")
        ).format(part=noun)
        value = self.presence.make() if checked else None
        self.edits.set_values(self.scene_index, {self.presence.path: value}, text)

    # ---- problems
    def row_for(self, field: str) -> FieldRow | None:
        return next((row for row in self.rows if row.matches(field)), None)

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem beside its field; those no field explains at the top of the panel."""
        by_row: dict[int, list[Problem]] = {id(row): [] for row in self.rows}
        rest: list[Problem] = []
        for problem in problems:
            row = self.row_for(problem.field)
            (by_row[id(row)] if row is not None else rest).append(problem)
        for row in self.rows:
            row.show_problems(by_row[id(row)])
        if any(by_row[id(row)] for row in self.rows if row.spec.advanced):
            self.advanced.setChecked(True)  # a problem is never hidden in a closed group
        text = "\n".join(p.message for p in rest)
        level = "error" if any(p.is_error for p in rest) else "warning" if rest else ""
        if (text, level) != (self.message.text(), self.message.property("problem") or ""):
            self.message.setText(text)  # restyling is slow: only when it changes
            self.message.setVisible(bool(rest))
            self.message.setProperty("problem", level)
            self.message.style().polish(self.message)

    def level(self) -> str:
        """The worst problem shown in this panel ("error", "warning" or "")."""
        levels = {row.level for row in self.rows if self.form.isRowVisible(row.box)}
        levels.add(str(self.message.property("problem") or ""))
        return "error" if "error" in levels else "warning" if "warning" in levels else ""

    def focus_field(self, field: str) -> QWidget | None:
        """Focus the editor for `field`; returns it (None when this panel has no such field)."""
        row = self.row_for(field)
        if row is not None and row.spec.advanced:
            self.advanced.setChecked(True)
        if row is None or not self.form.isRowVisible(row.box):
            return None
        row.editor.control.setFocus(Qt.FocusReason.OtherFocusReason)
        return row.editor


@cache
def numbers_only(root: type, path: str) -> bool:
    """Whether the field at `path` below `root` holds a number, or an object of numbers
    (`character.offset`)."""
    cls: Any = root
    *parents, leaf = path.split(".")
    try:
        for name in parents:
            cls = field_type(cls, name)
        kind = field_type(cls, leaf)
    except (KeyError, TypeError):
        return False
    if is_dataclass(kind):
        return all(field_type(kind, f.name) in (int, float) for f in data_fields(kind))
    return kind in (int, float)
