"""One editor class per field kind, all with the small interface of `FieldEditor`."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFontComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from composer.model.enums import seed_values
from composer.model.project import DEFAULT_HEIGHT, DEFAULT_WIDTH
from composer.model.validation_rules import DIMENSION_MAX, DIMENSION_MIN, SCRIPT_ADVISED
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate
from composer.ui.panels.editor_base import FieldEditor, guard_wheel, unset_words
from composer.ui.panels.field_spec import FieldSpec, choice_label, shown
from composer.ui.widgets.color_edit import ColorEdit
from composer.ui.widgets.file_picker import FilePicker

_HELD_ITEM = object()
"""The data of a choice list's item that shows a value the file holds but can't be used."""


class ChoiceEditor(FieldEditor):
    """The seed's values, plus "(default)" for optional fields; a value outside the seed
    (from an imported file) is shown as it is rather than hidden."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.combo = QComboBox()
        guard_wheel(self.combo)
        if not spec.required:
            self.combo.addItem(unset_words(required=False), None)
        assert spec.choices is not None
        for value in seed_values(spec.choices):
            self.combo.addItem(choice_label(value), value)
        self._fixed = self.combo.count()
        self.combo.activated.connect(self._activated)
        self._wrap(self.combo)

    def _activated(self, index: int) -> None:
        value = self.combo.itemData(index)
        if value is not _HELD_ITEM:  # choosing the held value again changes nothing
            self.edited.emit(value)

    def display(self, value: Any) -> None:
        words = (
            unset_words(required=True)
            if value is None
            else translate("Editors", "{value} (not in the v2 docs)").format(value=value)
        )
        self._show(value, words)

    def display_held(self, value: Any) -> None:
        """An unknown value stays in the list, marked, with its own words in a tooltip."""
        held = json.dumps(value, ensure_ascii=False)[:40]
        self._show(_HELD_ITEM, translate("Editors", "⚠ {value} (unknown)").format(value=held))

    def _show(self, value: Any, shown: str) -> None:
        with QSignalBlocker(self.combo):
            while self.combo.count() > self._fixed:
                self.combo.removeItem(self._fixed)
            index = self.combo.findData(value)
            if index < 0:
                self.combo.addItem(shown, value)
                index = self.combo.count() - 1
            self.combo.setCurrentIndex(index)


class LineEditor(FieldEditor):
    """One line of text."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.text_field = QLineEdit(placeholderText=shown(spec.placeholder))
        self.text_field.textEdited.connect(
            lambda text: self.edited.emit(text.strip() or spec.empty)
        )
        self._wrap(self.text_field)

    def display(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.text_field.text().strip() != text:
            self.text_field.setText(text)


class ParagraphEditor(FieldEditor):
    """Several lines; with `max_chars`, a live "n / max" counter that turns amber then red."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.text = QPlainTextEdit(placeholderText=shown(spec.placeholder))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(132 if spec.max_chars else 64)
        self.text.setMaximumHeight(150 if spec.max_chars else 90)  # room for the fields below
        self.counter = QLabel(objectName="charCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._wrap(self.text)
        self.column.addWidget(self.counter)  # parented first: never a window of its own
        self.counter.setVisible(bool(spec.max_chars))
        self.text.textChanged.connect(self._changed)

    def display(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.text.toPlainText() != text:
            with QSignalBlocker(self.text):
                self.text.setPlainText(text)
        self._count(text)

    def _changed(self) -> None:
        text = self.text.toPlainText()
        self._count(text)
        self.edited.emit(text if text.strip() else self.spec.empty)

    def _count(self, text: str) -> None:
        limit = self.spec.max_chars
        if not limit:
            return
        self.counter.setText(
            translate("Editors", "{count} / {limit} characters").format(
                count=f"{len(text):,}", limit=f"{limit:,}"
            )
        )
        level = "error" if len(text) > limit else "warning" if len(text) > SCRIPT_ADVISED else ""
        if self.counter.property("problem") != level:
            self.counter.setProperty("problem", level)
            self.counter.style().unpolish(self.counter)
            self.counter.style().polish(self.counter)


class ColorEditor(FieldEditor):
    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.edit = ColorEdit()
        self.edit.edited.connect(self.edited)
        self._wrap(self.edit, self.edit.line)

    def display(self, value: Any) -> None:
        self.edit.set_text(value)


class FontEditor(FieldEditor):
    """Installed font families; empty means HeyGen's default font."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.fonts = QFontComboBox()
        self.fonts.setEditable(True)
        self.fonts.lineEdit().setPlaceholderText(unset_words(required=False))
        guard_wheel(self.fonts)
        self.fonts.activated.connect(lambda i: self.edited.emit(self.fonts.itemText(i) or None))
        self.fonts.lineEdit().editingFinished.connect(self._typed)
        self._wrap(self.fonts)

    def display(self, value: Any) -> None:
        with QSignalBlocker(self.fonts):
            if value:
                self.fonts.setCurrentFont(QFont(value))
            self.fonts.setEditText(value or "")

    def _typed(self) -> None:
        self.edited.emit(self.fonts.currentText().strip() or None)


class FileEditor(FieldEditor):
    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.picker = FilePicker(shown(spec.file_filter))
        self.picker.edited.connect(self.edited)
        self._wrap(self.picker, self.picker.line)

    def display(self, value: Any) -> None:
        self.picker.set_path(value)


class CheckEditor(FieldEditor):
    """Tri-state where the request may leave the field out: partly checked means HeyGen's
    default, named when it is known ("HeyGen's default (off)")."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        default = translate("Editors", "HeyGen's default ({value})").format(
            value=shown(spec.default_text)
        )
        self.words = {
            Qt.CheckState.PartiallyChecked: default
            if spec.default_text
            else translate("Editors", "HeyGen's default"),
            Qt.CheckState.Checked: translate("Editors", "On"),
            Qt.CheckState.Unchecked: translate("Editors", "Off"),
        }
        self.box = QCheckBox()
        self.box.setTristate(spec.tristate)
        self.box.clicked.connect(self._clicked)
        self._wrap(self.box)

    def display(self, value: Any) -> None:
        if value is True:
            state = Qt.CheckState.Checked
        elif value is None and self.spec.tristate:
            state = Qt.CheckState.PartiallyChecked
        else:
            state = Qt.CheckState.Unchecked
        if self.box.checkState() != state:  # setting it again would still repaint it
            with QSignalBlocker(self.box):
                self.box.setCheckState(state)
        self.box.setText(self.words[state])

    def _clicked(self) -> None:
        state = self.box.checkState()
        self.box.setText(self.words[state])
        if state == Qt.CheckState.PartiallyChecked:
            self.edited.emit(None)
        elif self.spec.tristate:
            self.edited.emit(state == Qt.CheckState.Checked)
        else:
            self.edited.emit(True if state == Qt.CheckState.Checked else None)


PRESETS = (
    (QT_TRANSLATE_NOOP("Editors", "16:9 landscape · 1920 × 1080"), (1920, 1080)),
    (QT_TRANSLATE_NOOP("Editors", "9:16 portrait · 1080 × 1920"), (1080, 1920)),
    (QT_TRANSLATE_NOOP("Editors", "1:1 square · 1080 × 1080"), (1080, 1080)),
)
CUSTOM = QT_TRANSLATE_NOOP("Editors", "Custom size")


class DimensionEditor(FieldEditor):
    """Preset sizes or a custom width × height; emits (width, height)."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.presets = QComboBox(objectName="dimensionPreset")
        guard_wheel(self.presets)
        self.presets.addItems(
            [translate("Editors", text) for text, _size in (*PRESETS, (CUSTOM, None))]
        )
        self.width_spin = self._side("widthSpin")
        self.height_spin = self._side("heightSpin")
        sides = QHBoxLayout()
        sides.setSpacing(6)
        sides.addWidget(self.width_spin, 1)
        sides.addWidget(QLabel("×"))
        sides.addWidget(self.height_spin, 1)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.presets)
        layout.addLayout(sides)
        self._wrap(box, self.presets)
        self.presets.activated.connect(self._preset_chosen)

    def _side(self, name: str) -> QSpinBox:
        spin = QSpinBox(objectName=name, suffix=translate("Editors", " px"))
        words = (
            translate("Editors", "Video width")
            if name == "widthSpin"
            else translate("Editors", "Video height")
        )
        spin.setAccessibleName(words)
        spin.lineEdit().setAccessibleName(words)
        spin.setRange(DIMENSION_MIN, DIMENSION_MAX)
        spin.setSingleStep(2)
        spin.setKeyboardTracking(False)  # a size is taken when typed in full
        guard_wheel(spin)
        spin.valueChanged.connect(self._typed)
        return spin

    def display(self, value: Any) -> None:
        width = value.width if value is not None else DEFAULT_WIDTH
        height = value.height if value is not None else DEFAULT_HEIGHT
        for spin, number in ((self.width_spin, width), (self.height_spin, height)):
            with QSignalBlocker(spin):
                if isinstance(number, int):
                    spin.setRange(min(DIMENSION_MIN, number), max(DIMENSION_MAX, number))
                    spin.setValue(number)
        sizes = [size for _text, size in PRESETS]
        index = sizes.index((width, height)) if (width, height) in sizes else len(PRESETS)
        with QSignalBlocker(self.presets):
            self.presets.setCurrentIndex(index)

    def _preset_chosen(self, index: int) -> None:
        if index < len(PRESETS):
            self.edited.emit(PRESETS[index][1])
        else:
            self.width_spin.setFocus()
            self.width_spin.selectAll()

    def _typed(self) -> None:
        self.edited.emit((self.width_spin.value(), self.height_spin.value()))
