"""Numbers are read as the user's locale writes them: "12,5" in a German locale is 12.5 %,
and a comma typed in an English locale is a decimal point too, never a thousands mark
(which made "12,5" 125 %)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from composer.ui.panels import fields
from composer.ui.panels.number_editor import NumberEditor

FROM_LEFT = next(spec for spec in fields.TEXT if spec.path == "text.position.x")
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def in_locale() -> Iterator[object]:
    before = QLocale()

    def use(locale: QLocale) -> None:
        QLocale.setDefault(locale)

    yield use
    QLocale.setDefault(before)


def typed(qtbot: QtBot, text: str) -> tuple[NumberEditor, list[object]]:
    """A "From left" field at 10 %, `text` typed over it and Enter pressed."""
    editor = NumberEditor(FROM_LEFT)
    qtbot.addWidget(editor)
    editor.show()
    editor.display(0.1)
    sent: list[object] = []
    editor.edited.connect(sent.append)
    editor.spin.setFocus()
    editor.spin.selectAll()
    qtbot.keyClicks(editor.spin, text)
    qtbot.keyClick(editor.spin, Qt.Key.Key_Return)
    return editor, sent


@pytest.mark.parametrize(
    ("locale", "text", "shown"),
    [
        (GERMAN, "12,5", "12,5 %"),
        (GERMAN, "12.5", "12,5 %"),
        (ENGLISH, "12.5", "12.5 %"),
        (ENGLISH, "12,5", "12.5 %"),
    ],
)
def test_a_decimal_comma_or_point_is_a_decimal(
    qtbot: QtBot, in_locale: object, locale: QLocale, text: str, shown: str
) -> None:
    in_locale(locale)  # type: ignore[operator]
    editor, sent = typed(qtbot, text)
    assert sent[-1] == pytest.approx(0.125)  # stored as the share of the frame
    assert editor.spin.text() == shown
    assert editor.range_message.isHidden()


def test_an_out_of_range_value_is_explained_in_the_locales_numbers(
    qtbot: QtBot, in_locale: object
) -> None:
    in_locale(GERMAN)  # type: ignore[operator]
    editor, _sent = typed(qtbot, "125,5")
    assert editor.range_message.isVisible()
    assert "125,5 %" in editor.range_message.text()
    assert "10 %" in editor.range_message.text()  # kept
    assert editor.spin.value() == pytest.approx(10.0)
