"""Colour fields take every CSS name, whatever its length, with completion from the CSS list;
the brand kit keeps such names and refuses, beside the field, text that is not a colour."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from composer.brand.kit import BrandKit
from composer.ui.brand.dialog import BrandKitDialog
from composer.ui.widgets.color_edit import ColorEdit


def shown(qtbot: QtBot, widget: object) -> object:
    qtbot.addWidget(widget)
    widget.show()  # type: ignore[attr-defined]
    qtbot.waitExposed(widget)
    return widget


def type_into(qtbot: QtBot, edit: ColorEdit, text: str) -> None:
    edit.line.setFocus()
    edit.line.selectAll()
    qtbot.keyClicks(edit.line, text)


def test_long_colour_names_are_typed_in_full(qtbot: QtBot) -> None:
    edit = shown(qtbot, ColorEdit())
    sent: list[object] = []
    edit.edited.connect(sent.append)
    for name, hex_value in (
        ("cornflowerblue", "#6495ED"),
        ("whitesmoke", "#F5F5F5"),
        ("light goldenrod yellow", "#FAFAD2"),
    ):
        type_into(qtbot, edit, name)
        assert edit.line.text() == name
        assert sent[-1] == hex_value


def test_names_are_completed_from_the_css_list(qtbot: QtBot) -> None:
    edit = shown(qtbot, ColorEdit())
    sent: list[object] = []
    edit.edited.connect(sent.append)
    type_into(qtbot, edit, "flower")  # any part of a name
    completer = edit.line.completer()
    offered = [completer.completionModel().index(row, 0).data() for row in range(3)]
    assert "cornflowerblue" in offered
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    row = offered.index("cornflowerblue")
    place = popup.visualRect(completer.completionModel().index(row, 0)).center()
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=place)
    qtbot.waitUntil(lambda: edit.line.text() == "#6495ED")  # the stored hex, once chosen
    assert sent[-1] == "#6495ED"


def test_the_brand_kit_keeps_long_names_and_refuses_non_colours(
    qtbot: QtBot, artifacts_dir: Path
) -> None:
    dialog = shown(qtbot, BrandKitDialog(BrandKit(), False, lambda *_: None, lambda *_: ""))
    type_into(qtbot, dialog.colours["primary"], "cornflowerblue")
    type_into(qtbot, dialog.colours["text"], "whitesmoke")
    type_into(qtbot, dialog.colours["background"], "midnight blu")
    dialog.findChild(QLabel, "dialogHeading").setFocus()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)  # refused too
    buttons = dialog.findChildren(type(dialog.apply_button))
    save = next(b for b in buttons if b.text().replace("&", "") == "Save")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0, "saved with a colour that is not one"
    assert dialog.colour_problem.isVisible()
    assert "Background colour" in dialog.colour_problem.text()
    assert "midnight blu" in dialog.colour_problem.text()
    assert dialog.focusWidget() is dialog.colours["background"].line
    dialog.grab().save(str(artifacts_dir / "brand-kit-colour-problem.png"))
    type_into(qtbot, dialog.colours["background"], "midnightblue")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    kit = dialog.kit()
    assert (kit.primary, kit.text, kit.background) == ("#6495ED", "#F5F5F5", "#191970")
