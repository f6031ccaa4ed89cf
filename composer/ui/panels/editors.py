"""One editor class per field kind, all with the same small interface.

`display(value)` shows a model value without emitting anything; `edited(value)` is
emitted only for user changes, with the value the model should hold; `control` takes the
keyboard focus, and the `ring` around the input turns red (or amber) for a problem.
"""

from __future__ import annotations

import json
import math
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.model.enums import seed_values
from composer.model.project import DEFAULT_HEIGHT, DEFAULT_WIDTH
from composer.model.validate import DIMENSION_MAX, DIMENSION_MIN, SCRIPT_ADVISED
from composer.ui.panels.fields import FieldSpec, Kind, choice_label
from composer.ui.widgets.color_edit import ColorEdit
from composer.ui.widgets.file_picker import FilePicker
from composer.ui.widgets.icons import icon

DEFAULT_TEXT = "(default)"
NOT_SET_TEXT = "(not set)"
_HELD_ITEM = object()
"""The data of a choice list's item that shows a value the file holds but can't be used."""


class FieldEditor(QWidget):
    """Layout: [ring around the input | extras] on one line, then anything below it.
    The ring turns red or amber when the field has a problem (see `set_level`)."""

    edited = Signal(object)

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__()
        self.spec = spec
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
        self.control.setToolTip(self.spec.hint)

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


def _guard_wheel(widget: QWidget) -> None:
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_WHEEL_GUARD)


class ChoiceEditor(FieldEditor):
    """The seed's values, plus "(default)" for optional fields; a value outside the seed
    (from an imported file) is shown as it is rather than hidden."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.combo = QComboBox()
        _guard_wheel(self.combo)
        if not spec.required:
            self.combo.addItem(DEFAULT_TEXT, None)
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
        shown = NOT_SET_TEXT if value is None else f"{value} (not in the v2 docs)"
        self._show(value, shown)

    def display_held(self, value: Any) -> None:
        """An unknown value stays in the list, marked, with its own words in a tooltip."""
        self._show(_HELD_ITEM, f"⚠ {json.dumps(value, ensure_ascii=False)[:40]} (unknown)")

    def _show(self, value: Any, shown: str) -> None:
        with QSignalBlocker(self.combo):
            while self.combo.count() > self._fixed:
                self.combo.removeItem(self._fixed)
            index = self.combo.findData(value)
            if index < 0:
                self.combo.addItem(shown, value)
                index = self.combo.count() - 1
            self.combo.setCurrentIndex(index)


class NumberEditor(FieldEditor):
    """A spin box bounded by the seed's range. One step below the range stands for "unset"
    (shown as "(default)"), and a reset button beside it gets there in one click. A stored
    value outside the range (from a file) widens the range while it is shown, so the box
    tells the truth and the message beside it explains."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        integer = spec.kind == Kind.INTEGER
        self.spin: QSpinBox | QDoubleSpinBox = QSpinBox() if integer else QDoubleSpinBox()
        if isinstance(self.spin, QDoubleSpinBox):
            self.spin.setDecimals(spec.decimals)
        self.spin.setSingleStep(spec.step)  # type: ignore[arg-type]
        self.spin.setSuffix(spec.suffix)
        self.spin.setAccelerated(True)
        self.spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        _guard_wheel(self.spin)
        self._unset = spec.low - spec.step
        self._set_range(spec.low, spec.high)
        self.spin.valueChanged.connect(self._changed)
        self._wrap(self.spin)
        self.reset = QToolButton(objectName="resetButton", toolTip="Reset to HeyGen's default")
        self.reset.setIcon(icon("reset"))
        self.reset.setAutoRaise(True)
        self.reset.clicked.connect(lambda: self.edited.emit(None))
        policy = self.reset.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # number boxes line up, set or not
        self.reset.setSizePolicy(policy)
        self.reset.setVisible(False)
        self.line.addWidget(self.reset)

    def display_held(self, value: Any) -> None:
        """Shown as the box's "unset" text, marked: `⚠ 2.5 (unknown)`."""
        self.display(None)
        self._unset_text(f"⚠ {json.dumps(value, ensure_ascii=False)[:24]} (unknown)")
        self.reset.setVisible(not self.spec.required)

    def _unset_text(self, text: str) -> None:
        if self.spin.specialValueText() != text:  # setting it repaints the box
            self.spin.setSpecialValueText(text)

    def display(self, value: Any) -> None:
        self._unset_text(NOT_SET_TEXT if self.spec.required else DEFAULT_TEXT)
        number = self._from_model(value)
        self.reset.setVisible(value is not None and not self.spec.required)
        with QSignalBlocker(self.spin):
            if number is None:
                self._set_range(self.spec.low, self.spec.high)
                number = self._unset
            else:
                self._set_range(min(self.spec.low, number), max(self.spec.high, number))
            if self.spin.value() != number:  # setting it again would still repaint it
                self.spin.setValue(number)  # type: ignore[arg-type]

    def _set_range(self, low: float, high: float) -> None:
        """Set the range (only when it changes: setting it repaints the box)."""
        low = min(self._unset, low - self.spec.step)
        if (self.spin.minimum(), self.spin.maximum()) != (low, high):
            self.spin.setRange(low, high)  # type: ignore[arg-type]

    def _changed(self, number: float) -> None:
        unset = number <= self.spin.minimum()
        self.edited.emit(None if unset else self._to_model(number))

    def _from_model(self, value: Any) -> float | None:
        return value if isinstance(value, int | float) and not isinstance(value, bool) else None

    def _to_model(self, number: float) -> Any:
        if isinstance(self.spin, QSpinBox):
            return int(number)
        return round(number, self.spec.decimals)


class SecondsEditor(NumberEditor):
    """Silence length: the request carries it as a string ("2.5")."""

    def _from_model(self, value: Any) -> float | None:
        try:
            number = float(value)
        except (TypeError, ValueError):
            return None
        return number if math.isfinite(number) else None

    def _to_model(self, number: float) -> Any:
        return f"{round(number, self.spec.decimals):g}"


class LineEditor(FieldEditor):
    """One line of text; ids from a catalogue also get a "Choose…" button."""

    choose_requested = Signal()

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.text_field = QLineEdit(placeholderText=spec.placeholder)
        self.text_field.textEdited.connect(
            lambda text: self.edited.emit(text.strip() or spec.empty)
        )
        self._wrap(self.text_field)
        if spec.catalogue:
            choose = QPushButton("Choose…", objectName="chooseButton")
            choose.setToolTip("Pick from your HeyGen account, with previews")
            choose.clicked.connect(self.choose_requested)
            self.line.addWidget(choose)

    def display(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.text_field.text().strip() != text:
            self.text_field.setText(text)


class ParagraphEditor(FieldEditor):
    """Several lines; with `max_chars`, a live "n / max" counter that turns amber then red."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.text = QPlainTextEdit(placeholderText=spec.placeholder)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(132 if spec.max_chars else 64)
        self.text.setMaximumHeight(150 if spec.max_chars else 90)  # room for the fields below
        self.counter = QLabel(objectName="charCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.counter.setVisible(bool(spec.max_chars))
        self._wrap(self.text)
        self.column.addWidget(self.counter)
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
        self.counter.setText(f"{len(text):,} / {limit:,} characters")
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
        self.fonts.lineEdit().setPlaceholderText(DEFAULT_TEXT)
        _guard_wheel(self.fonts)
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
        self.picker = FilePicker(spec.file_filter)
        self.picker.edited.connect(self.edited)
        self._wrap(self.picker, self.picker.line)

    def display(self, value: Any) -> None:
        self.picker.set_path(value)


class CheckEditor(FieldEditor):
    """Tri-state where HeyGen's default is not documented: partly checked = "Default"."""

    WORDS: ClassVar[dict[Qt.CheckState, str]] = {
        Qt.CheckState.PartiallyChecked: "Default",
        Qt.CheckState.Checked: "On",
        Qt.CheckState.Unchecked: "Off",
    }

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
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
        self.box.setText(self.WORDS[state])

    def _clicked(self) -> None:
        state = self.box.checkState()
        self.box.setText(self.WORDS[state])
        if state == Qt.CheckState.PartiallyChecked:
            self.edited.emit(None)
        elif self.spec.tristate:
            self.edited.emit(state == Qt.CheckState.Checked)
        else:
            self.edited.emit(True if state == Qt.CheckState.Checked else None)


PRESETS = (
    ("16:9 landscape · 1920 × 1080", (1920, 1080)),
    ("9:16 portrait · 1080 × 1920", (1080, 1920)),
    ("1:1 square · 1080 × 1080", (1080, 1080)),
)
CUSTOM = "Custom size"


class DimensionEditor(FieldEditor):
    """Preset sizes or a custom width × height; emits (width, height)."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.presets = QComboBox(objectName="dimensionPreset")
        _guard_wheel(self.presets)
        self.presets.addItems([text for text, _size in PRESETS] + [CUSTOM])
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
        spin = QSpinBox(objectName=name, suffix=" px")
        spin.setRange(DIMENSION_MIN, DIMENSION_MAX)
        spin.setSingleStep(2)
        spin.setKeyboardTracking(False)  # a size is taken when typed in full
        _guard_wheel(spin)
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


EDITORS: dict[Kind, type[FieldEditor]] = {
    Kind.CHOICE: ChoiceEditor,
    Kind.NUMBER: NumberEditor,
    Kind.INTEGER: NumberEditor,
    Kind.SECONDS: SecondsEditor,
    Kind.LINE: LineEditor,
    Kind.PARAGRAPH: ParagraphEditor,
    Kind.COLOR: ColorEditor,
    Kind.FONT: FontEditor,
    Kind.FILE: FileEditor,
    Kind.CHECK: CheckEditor,
    Kind.DIMENSION: DimensionEditor,
}


def make_editor(spec: FieldSpec) -> FieldEditor:
    return EDITORS[spec.kind](spec)
