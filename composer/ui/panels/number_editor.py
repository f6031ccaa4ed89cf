"""Number fields: a spin box in the field's unit, which explains a typed value outside the
range beside the field and keeps the old value (it never clamps one silently).

One step below the range stands for "unset" (shown as HeyGen's default), and a reset
button beside the box gets there in one click. A stored value outside the range (from a
file) widens the range while it is shown, so the box tells the truth and the validator's
message beside it explains. Fields with a `unit` (composer/model/units.py) show the
friendly value and store the API's.
"""

from __future__ import annotations

import json
import math
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QLabel,
    QSpinBox,
    QToolButton,
)

from composer.model.units import UNITS, font_share
from composer.ui.i18n import amounts, translate
from composer.ui.panels.editor_base import FieldEditor, guard_wheel, unset_words
from composer.ui.panels.field_spec import FieldSpec, Kind, shown
from composer.ui.widgets.icons import icon


class _RangeCheck:
    """Mixed into a spin box: typed numbers outside `allowed` stay in the box (so the user
    sees what they typed) and are reported by `out_of_range` when the typing ends."""

    allowed: tuple[float, float] = (-math.inf, math.inf)

    def typed_number(self, text: str) -> float | None:
        box: Any = self
        core = text.removeprefix(box.prefix()).removesuffix(box.suffix()).strip()
        if core == box.specialValueText():
            return None
        number, ok = box.locale().toDouble(core)
        return number if ok else None

    def validate(self, text: str, pos: int) -> object:
        text = self.with_decimal_point(text)
        number = self.typed_number(text)
        if number is not None and not self.allowed[0] <= number <= self.allowed[1]:
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)  # type: ignore[misc]

    def with_decimal_point(self, text: str) -> str:
        """`text` as typed (integer boxes have no decimals to mistake)."""
        return text

    def _check_typed(self) -> bool:
        """True (and `out_of_range` emitted) if the box holds a number outside the range."""
        box: Any = self
        number = self.typed_number(box.lineEdit().text())
        if number is not None and not self.allowed[0] <= number <= self.allowed[1]:
            box.out_of_range.emit(number)
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._check_typed():
            event.accept()
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._check_typed()
        super().focusOutEvent(event)  # type: ignore[misc]


class RangeDoubleSpin(_RangeCheck, QDoubleSpinBox):
    out_of_range = Signal(float)

    def with_decimal_point(self, text: str) -> str:
        """Numbers are read in the user's locale (QLocale), and the other usual decimal mark
        counts as the decimal point too: "12,5" is 12.5 whether the locale writes 12,5 or
        12.5, never 125 (a group separator has no place in these small numbers)."""
        point = self.locale().decimalPoint()
        other = "," if point == "." else "."
        if other in text and point not in text:
            return text.replace(other, point, 1)
        return text


class RangeSpin(_RangeCheck, QSpinBox):
    out_of_range = Signal(float)


class NumberEditor(FieldEditor):
    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.unit = UNITS.get(spec.unit)
        integer = spec.kind == Kind.INTEGER
        self.spin: RangeSpin | RangeDoubleSpin = RangeSpin() if integer else RangeDoubleSpin()
        if isinstance(self.spin, QDoubleSpinBox):
            self.spin.setDecimals(spec.decimals)
        self.spin.allowed = (spec.low, spec.high)
        self.spin.setSingleStep(spec.step)  # type: ignore[arg-type]
        self.spin.setSuffix(shown(spec.suffix))
        self._unset_words = shown(spec.default_text) or unset_words(spec.required)
        self.spin.setSpecialValueText(self._unset_words)
        self.spin.setAccelerated(True)
        self.spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        guard_wheel(self.spin)
        self._unset = spec.low - spec.step
        self._shown: Any = None
        self._before: Any = None
        """The model value before the current typing began: what a refused value restores."""
        self._set_range(spec.low, spec.high)
        self.spin.valueChanged.connect(self._changed)
        self.spin.editingFinished.connect(self._typing_done)
        self.spin.out_of_range.connect(self._refuse)
        self._wrap(self.spin)
        self.spin.lineEdit().setAccessibleName(shown(spec.label))  # what a screen reader focuses
        self.reset = QToolButton(
            objectName="resetButton",
            toolTip=translate("NumberEditor", "Reset to HeyGen's default"),
        )
        self.reset.setIcon(icon("reset"))
        self.reset.setAccessibleName(
            translate("NumberEditor", "Reset {field} to HeyGen's default").format(
                field=shown(spec.label)
            )
        )
        self.reset.setAutoRaise(True)
        self.reset.clicked.connect(lambda: self.edited.emit(None))
        policy = self.reset.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # number boxes line up, set or not
        self.reset.setSizePolicy(policy)
        self.reset.setVisible(False)
        self.line.addWidget(self.reset)
        self.range_message = QLabel(objectName="rangeMessage", wordWrap=True)
        self.range_message.hide()
        self.column.addWidget(self.range_message)

    def display_held(self, value: Any) -> None:
        """Shown as the box's "unset" text, marked: `⚠ 2.5 (unknown)`."""
        self.display(None)
        self._unset_text(
            translate("NumberEditor", "⚠ {value} (unknown)").format(
                value=json.dumps(value, ensure_ascii=False)[:24]
            )
        )
        self.reset.setVisible(not self.spec.required)

    def _unset_text(self, text: str) -> None:
        if self.spin.specialValueText() != text:  # setting it repaints the box
            self.spin.setSpecialValueText(text)

    def display(self, value: Any) -> None:
        self._unset_text(self._unset_words)
        if not self.spin.hasFocus():
            self._before = value
        self._shown = value
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
        self._explain_pixels(None if value is None else number)

    def _explain_pixels(self, number: float | None) -> None:
        """The tool tip says what the value is in the output video's pixels."""
        width, height = self.frame
        extra = ""
        if number is not None and self.unit is not None:
            extra = self.unit.pixels(number, width, height, amounts)
        elif number is not None and self.spec.path == "text.font_size":
            extra = font_share(number, height, amounts)
        hint = shown(self.spec.hint)
        tip = f"{hint}\n{extra[0].upper()}{extra[1:]}." if extra else hint
        if self.spin.toolTip() != tip:
            self.spin.setToolTip(tip)

    def _set_range(self, low: float, high: float) -> None:
        """Set the range (only when it changes: setting it repaints the box)."""
        low = min(self._unset, low - self.spec.step)
        if (self.spin.minimum(), self.spin.maximum()) != (low, high):
            self.spin.setRange(low, high)  # type: ignore[arg-type]

    def _changed(self, number: float) -> None:
        self.range_message.hide()
        unset = number <= self.spin.minimum()
        self.edited.emit(None if unset else self._to_model(number))

    def _typing_done(self) -> None:
        self._before = self._shown

    def _refuse(self, typed: float) -> None:
        """A typed value outside the range: say why beside the field, keep the old value."""
        old = self._before
        low, high = self.spec.low, self.spec.high
        kept = self._from_model(old)
        kept_text = (
            translate("NumberEditor", "HeyGen's default") if kept is None else self._number(kept)
        )
        self.range_message.setText(
            translate(
                "NumberEditor",
                "{field} can be {low} to {high}; {typed} is outside that, so it stays at {kept}.",
            ).format(
                field=shown(self.spec.label),
                low=self._number(low),
                high=self._number(high),
                typed=self._number(typed),
                kept=kept_text,
            )
        )
        self.range_message.show()
        if old != self._shown:
            self.edited.emit(old)  # typing passed through values that were in range
        self.display(old)
        self.spin.lineEdit().setText(self.spin.textFromValue(self.spin.value()))
        self.spin.selectAll()

    def _number(self, number: float) -> str:
        """`number` as the user's locale writes it ("12,5 %" in German)."""
        text = self.spin.locale().toString(float(number), "g", 6)
        return f"{text}{shown(self.spec.suffix)}".replace("-", "−")

    def _from_model(self, value: Any) -> float | None:
        if not isinstance(value, int | float) or isinstance(value, bool):
            return None
        return self.unit.shown(value) if self.unit else value

    def _to_model(self, number: float) -> Any:
        if isinstance(self.spin, QSpinBox):
            return int(number)
        if self.unit is not None:
            return self.unit.api(number)
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
