"""The property panels, driven like a user would: typing, picking, ticking; checked against
what the panel shows and the request body HeyGen would get."""

from __future__ import annotations

import copy
from dataclasses import is_dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from composer.model.codec import data_fields, field_type
from composer.model.document import PROJECT, ProjectDocument
from composer.model.enums import AvatarStyle, VoiceType
from composer.model.project import Scene
from composer.model.request import build_request
from composer.ui.commands import UndoableEdits
from composer.ui.panels import fields as tables
from composer.ui.panels import presenter_fields as presenter_tables
from composer.ui.panels.field_spec import FieldSpec
from composer.ui.panels.form_panel import FormPanel
from composer.ui.panels.inspector import Inspector
from composer.ui.panels.live_validation import LiveValidation
from tests.support.builders import valid_project
from tests.support.paint_counter import PaintCounter


class Harness:
    """An inspector on a 2-scene project, re-validated after every edit (as the window does)."""

    def __init__(self, qtbot: QtBot) -> None:
        self.doc = ProjectDocument(valid_project(2))
        self.stack = QUndoStack()
        self.edits = UndoableEdits(self.doc, self.stack)
        self.chosen: list[tuple[str, str | None]] = []
        self.inspector = Inspector(self.doc, self.edits, self.choose)
        # a child of the inspector: its pending re-validation dies with it
        self.validation = LiveValidation(self.doc, self.inspector)
        self.validation.updated.connect(
            lambda: self.inspector.show_problems(self.validation.problems)
        )
        qtbot.addWidget(self.inspector)
        self.inspector.resize(440, 900)
        self.inspector.show()
        self.inspector.set_scene(0)
        self.validation.run_now()

    def choose(self, kind: str, current: str | None) -> str | None:
        """Stands in for the catalogue picker: the user picks "picked-<kind>"."""
        self.chosen.append((kind, current))
        return f"picked-{kind}"

    def panel(self, name: str) -> FormPanel:
        return next(p for p in self.inspector.panels if p.objectName() == name)

    def editor(self, path: str) -> QWidget:
        self.inspector.panels  # noqa: B018 - builds the panels not built yet
        return self.inspector.findChild(QWidget, f"field:{path}")

    def control(self, path: str, kind: type[QWidget] = QWidget) -> Any:
        found = self.editor(path).findChildren(kind)
        return found[0]

    def visible(self, path: str) -> bool:
        return shown(self.editor(path))

    def message(self, path: str) -> QLabel:
        return self.editor(path).parentWidget().findChild(QLabel, "fieldMessage")

    def settle(self) -> None:
        self.validation.run_now()

    def request(self) -> dict[str, Any]:
        return build_request(self.doc.project)


def shown(widget: QWidget) -> bool:
    """Visible within its panel (whichever tab is in front)."""
    while not isinstance(widget, FormPanel):
        if widget.isHidden():
            return False
        widget = widget.parentWidget()
    return True


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the check box's indicator (the box itself may stretch far to the right)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def choose(qtbot: QtBot, combo: QComboBox, index: int) -> None:
    """Open the combo's list and click the item, as a user does."""
    combo.showPopup()
    view = combo.view()
    item = view.model().index(index, combo.modelColumn(), view.rootIndex())
    view.scrollTo(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(item).center())
    assert combo.currentIndex() == index


def type_into(qtbot: QtBot, spin: QAbstractSpinBox, text: str) -> None:
    """Select what the spin box shows and type over it."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)


@pytest.fixture
def ui(qtbot: QtBot) -> Harness:
    return Harness(qtbot)


def _field_paths(cls: type, prefix: str = "") -> list[str]:
    paths = []
    for f in data_fields(cls):
        kind = field_type(cls, f.name)
        path = f"{prefix}{f.name}"
        if is_dataclass(kind):
            paths += _field_paths(kind, path + ".")
        else:
            paths.append(path)
    return paths


def test_every_field_of_the_seed_has_an_editor() -> None:
    edited = {spec.path for table in _tables() for spec in table}
    internal = {"id", "text.type"}  # the scene's own id; the overlay's only type is "text"
    seed = {p for p in _field_paths(Scene) if not p.startswith(RICH_FIELDS)}
    assert seed - internal == {p for p in edited if p not in PROJECT_PATHS}


RICH_FIELDS = ("overlays", "transition_in")
"""Not the seed's: edited in the layer list and the transitions strip (composer.model.rich)."""


PROJECT_PATHS = {spec.path for spec in tables.PROJECT}


def _tables() -> list[tuple[FieldSpec, ...]]:
    return [
        (tables.SCENE_NAME,),
        presenter_tables.AVATAR,
        presenter_tables.VOICE,
        tables.BACKGROUND,
        tables.TEXT,
        tables.PROJECT,
    ]


PANELS = ("avatarPanel", "voicePanel", "backgroundPanel", "textPanel", "projectPanel")


def built(ui: Harness) -> list[str]:
    return [name for name in PANELS if ui.inspector.findChild(FormPanel, name) is not None]


def test_the_first_tab_is_built_at_once_and_the_rest_later(ui: Harness, qtbot: QtBot) -> None:
    assert built(ui) == ["avatarPanel"]
    ui.inspector.show_panel("textPanel")  # a tab shown is built there and then
    assert built(ui) == ["avatarPanel", "textPanel"]
    ui.inspector.build_later()
    qtbot.waitUntil(lambda: built(ui) == list(PANELS))


def test_a_panel_built_late_shows_the_scene_and_its_problems(ui: Harness) -> None:
    ui.doc.set_value(0, "voice.speed", 3.0)  # out of range
    ui.settle()  # the problem builds the voice panel, though its tab is not shown
    assert "voicePanel" in built(ui)
    assert ui.message("voice.speed").text()
    assert ui.inspector.tabs.tabToolTip(1) == "Has problems to fix"
    ui.inspector.set_scene(1)
    ui.inspector.show_panel("backgroundPanel")
    value = ui.doc.scenes[1].background.value
    assert ui.control("background.value", QLineEdit).text() == value


def test_speed_spinbox_refuses_out_of_range_typing_and_merges_one_undo_step(
    ui: Harness, qtbot: QtBot
) -> None:
    spin = ui.control("voice.speed", QAbstractSpinBox)
    ui.inspector.show_panel("voicePanel")
    type_into(qtbot, spin, "2")  # beyond 1.5: the spin box does not take it
    assert ui.doc.value(0, "voice.speed") is None
    type_into(qtbot, spin, "1.25")
    assert ui.doc.value(0, "voice.speed") == 1.25
    assert ui.request()["video_inputs"][0]["voice"]["speed"] == 1.25
    assert ui.stack.count() == 1  # "1", "1.", "1.2", "1.25" merged
    assert ui.stack.undoText() == "Change voice speed"
    ui.stack.undo()
    assert ui.doc.value(0, "voice.speed") is None
    assert spin.text() == "(default)"


def test_an_out_of_range_value_from_a_file_is_shown_with_its_message(ui: Harness) -> None:
    ui.doc.set_value(0, "voice.speed", 2.0)
    ui.settle()
    spin = ui.control("voice.speed", QAbstractSpinBox)
    assert spin.value() == 2.0  # shown as it is, not clamped
    message = ui.message("voice.speed")
    assert shown(message)
    assert "between 0.5 and 1.5" in message.text()
    assert ui.editor("voice.speed").level == "error"  # the red ring around the box
    spin.setValue(1.0)
    ui.settle()
    assert not shown(message)
    assert ui.editor("voice.speed").level == ""


def test_invalid_hex_colour_shows_beside_the_field_until_fixed(ui: Harness, qtbot: QtBot) -> None:
    ui.inspector.show_panel("backgroundPanel")
    line = ui.control("background.value", QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "#12zz")
    ui.settle()
    assert ui.doc.value(0, "background.value") == "#12zz"
    message = ui.message("background.value")
    assert shown(message)
    assert "hex colour" in message.text()
    assert ui.editor("background.value").level == "error"
    line.selectAll()
    qtbot.keyClicks(line, "#1A1A2E")
    ui.settle()
    assert not shown(message)
    assert ui.request()["video_inputs"][0]["background"]["value"] == "#1A1A2E"


def test_colour_swatch_opens_the_colour_dialog(
    ui: Harness, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a: QColor("#336699"))
    ui.inspector.show_panel("backgroundPanel")
    swatch = ui.editor("background.value").findChild(QWidget, "swatchButton")
    qtbot.mouseClick(swatch, Qt.MouseButton.LeftButton)
    assert ui.doc.value(0, "background.value") == "#336699"


def test_ids_can_be_chosen_from_the_catalogue(ui: Harness, qtbot: QtBot) -> None:
    ui.inspector.show_panel("avatarPanel")
    choose = ui.editor("character.avatar_id").parentWidget().findChild(QWidget, "chooseButton")
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    assert ui.chosen == [("avatar", "avatar-1")]
    assert ui.doc.value(0, "character.avatar_id") == "picked-avatar"
    assert ui.stack.undoText() == "Change presenter"
    assert ui.editor("voice.voice_id").findChild(QWidget, "chooseButton") is not None
    assert ui.editor("voice.audio_url").findChild(QWidget, "chooseButton") is None


def test_empty_script_shows_its_message_and_counter(ui: Harness, qtbot: QtBot) -> None:
    ui.inspector.show_panel("voicePanel")
    script = ui.control("voice.input_text", QPlainTextEdit)
    script.selectAll()
    qtbot.keyClick(script, Qt.Key.Key_Delete)
    ui.settle()
    assert ui.doc.value(0, "voice.input_text") == ""
    assert "Script is empty" in ui.message("voice.input_text").text()
    counter = ui.editor("voice.input_text").findChild(QLabel, "charCounter")
    assert counter.text() == "0 / 5,000 characters"
    qtbot.keyClicks(script, "Hi")
    ui.settle()
    assert counter.text() == "2 / 5,000 characters"
    assert not shown(ui.message("voice.input_text"))


def test_changing_voice_type_hides_fields_and_one_undo_restores(ui: Harness, qtbot: QtBot) -> None:
    ui.inspector.show_panel("voicePanel")
    before = ui.request()
    combo = ui.control("voice.type", QComboBox)
    assert ui.visible("voice.input_text") and not ui.visible("voice.duration")
    choose(qtbot, combo, combo.findData(VoiceType.SILENCE))
    assert ui.doc.value(0, "voice.type") == VoiceType.SILENCE
    assert ui.doc.value(0, "voice.input_text") is None  # cleared in the same step
    assert not ui.visible("voice.input_text") and not ui.visible("voice.voice_id")
    assert ui.visible("voice.duration")
    assert ui.stack.count() == 1
    ui.stack.undo()
    assert ui.request() == before
    assert ui.visible("voice.input_text") and not ui.visible("voice.duration")


def test_choosing_from_a_combo_with_the_keyboard(ui: Harness, qtbot: QtBot) -> None:
    ui.inspector.show_panel("avatarPanel")
    combo = ui.control("character.avatar_style", QComboBox)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert ui.doc.value(0, "character.avatar_style") == "closeUp"
    choose(qtbot, combo, 0)
    assert ui.doc.value(0, "character.avatar_style") is None
    assert "avatar_style" not in ui.request()["video_inputs"][0]["character"]


def test_circle_colour_appears_only_for_the_circle_style(ui: Harness, qtbot: QtBot) -> None:
    ui.inspector.show_panel("avatarPanel")
    combo = ui.control("character.avatar_style", QComboBox)
    assert not ui.visible("character.circle_background_color")
    choose(qtbot, combo, combo.findData("circle"))
    assert ui.visible("character.circle_background_color")
    ui.doc.set_value(0, "character.circle_background_color", "#FFFFFF")
    choose(qtbot, combo, combo.findData("normal"))
    assert ui.doc.value(0, "character.circle_background_color") is None  # cleared with it


def test_offset_edit_creates_the_offset_and_undo_removes_it(ui: Harness, qtbot: QtBot) -> None:
    ui.inspector.show_panel("avatarPanel")
    before = ui.request()
    spin = ui.control("character.offset.x", QAbstractSpinBox)
    type_into(qtbot, spin, "70")  # "7", "70" (% from the left): the first creates the offset
    assert ui.request()["video_inputs"][0]["character"]["offset"] == {"x": 0.2}
    assert ui.stack.count() == 1
    ui.stack.undo()
    assert ui.request() == before  # no stray "offset": {}
    ui.stack.redo()
    reset = ui.editor("character.offset.x").findChild(QWidget, "resetButton")
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)  # back to unset: the offset goes away
    assert "offset" not in ui.request()["video_inputs"][0]["character"]


def test_silence_length_is_stored_as_text(ui: Harness, qtbot: QtBot) -> None:
    ui.inspector.show_panel("voicePanel")
    combo = ui.control("voice.type", QComboBox)
    choose(qtbot, combo, combo.findData(VoiceType.SILENCE))
    type_into(qtbot, ui.control("voice.duration", QAbstractSpinBox), "2.5")
    assert ui.request()["video_inputs"][0]["voice"] == {"type": "silence", "duration": "2.5"}


def test_audio_file_picker_sets_the_local_file(
    ui: Harness, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path
) -> None:
    clip = tmp_path / "voice.mp3"
    clip.write_bytes(b"ID3")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(clip), ""))
    combo = ui.control("voice.type", QComboBox)
    choose(qtbot, combo, combo.findData(VoiceType.AUDIO))
    ui.inspector.show_panel("voicePanel")
    browse = ui.editor("voice.local_file").findChild(QWidget, "browseButton")
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert ui.doc.value(0, "voice.local_file") == str(clip)
    ui.settle()
    assert not [p for p in ui.validation.problems if p.field.startswith("voice")]


def test_tri_state_check_box_cycles_through_default(ui: Harness, qtbot: QtBot) -> None:
    ui.inspector.show_panel("avatarPanel")
    ui.panel("avatarPanel").advanced.click()  # matting is an API-level setting
    box = ui.control("character.matting", QCheckBox)
    assert box.text() == "HeyGen's default (off)"
    tick(qtbot, box)
    assert ui.doc.value(0, "character.matting") is True
    tick(qtbot, box)
    assert ui.doc.value(0, "character.matting") is False
    assert box.text() == "Off"
    tick(qtbot, box)
    assert ui.doc.value(0, "character.matting") is None


def test_text_overlay_can_be_added_and_removed(ui: Harness, qtbot: QtBot) -> None:
    ui.inspector.show_panel("textPanel")
    panel = ui.panel("textPanel")
    toggle = panel.findChild(QCheckBox, "presenceToggle")
    assert not toggle.isChecked() and not ui.visible("text.text")
    tick(qtbot, toggle)
    overlay = ui.request()["video_inputs"][0]["text"]
    assert overlay["type"] == "text" and overlay["line_height"] == 1.2
    assert ui.visible("text.text") and ui.visible("text.font_family")
    ui.stack.undo()
    assert "text" not in ui.request()["video_inputs"][0]
    assert not ui.visible("text.text")


def test_font_family_is_chosen_from_installed_fonts(ui: Harness, qtbot: QtBot) -> None:
    ui.doc.set_value(0, "text", tables.new_text_overlay())
    ui.inspector.show_panel("textPanel")
    fonts = ui.control("text.font_family", QComboBox)
    choose(qtbot, fonts, 0)
    assert ui.doc.value(0, "text.font_family") == fonts.itemText(0)


def test_project_dimension_presets_and_custom_size(ui: Harness, qtbot: QtBot) -> None:
    ui.inspector.show_panel("projectPanel")
    presets = ui.inspector.findChild(QComboBox, "dimensionPreset")
    choose(qtbot, presets, presets.findText("9:16", Qt.MatchFlag.MatchStartsWith))
    assert ui.request()["dimension"] == {"width": 1080, "height": 1920}
    width = ui.inspector.findChild(QAbstractSpinBox, "widthSpin")
    type_into(qtbot, width, "1081")
    qtbot.keyClick(width, Qt.Key.Key_Return)
    ui.settle()
    assert ui.request()["dimension"] == {"width": 1081, "height": 1920}
    assert presets.currentText() == "Custom size"
    assert "even number" in ui.message("dimension").text()
    ui.stack.undo()
    ui.stack.undo()
    assert ui.request()["dimension"] == {"width": 1920, "height": 1080}


def test_project_fields_write_project_level_values(ui: Harness, qtbot: QtBot) -> None:
    ui.inspector.show_panel("projectPanel")
    title = ui.control("title", QLineEdit)
    title.selectAll()
    qtbot.keyClicks(title, "Launch")
    url = ui.control("callback_url", QLineEdit)
    qtbot.keyClicks(url, "ftp://nope")
    ui.settle()
    assert ui.request()["title"] == "Launch"
    assert "http" in ui.message("callback_url").text()
    caption = ui.control("caption", QCheckBox)
    tick(qtbot, caption)
    assert ui.request()["caption"] is True


def test_imported_value_outside_the_seed_is_shown_not_hidden(ui: Harness) -> None:
    project = copy.deepcopy(ui.doc.project)
    project.scenes[0].character.type = "talking_photo"  # type: ignore[assignment]
    project.scenes[0].character.talking_photo_style = "square"  # type: ignore[assignment]
    ui.doc.load(project)
    ui.inspector.set_scene(0)
    combo = ui.control("character.talking_photo_style", QComboBox)
    assert combo.currentText() == "square (not in the v2 docs)"
    assert ui.visible("character.avatar_id")  # set but inapplicable: visible to be cleared
    ui.settle()
    assert "only applies to avatars" in ui.message("character.avatar_id").text()


def test_an_edit_refreshes_only_the_panels_that_show_it(ui: Harness, monkeypatch) -> None:
    refreshed: list[str] = []
    for panel in ui.inspector.panels:
        original = panel.refresh
        monkeypatch.setattr(
            panel, "refresh", lambda p=panel, f=original: (refreshed.append(p.objectName()), f())
        )
    ui.doc.set_value(0, "character.offset.x", 0.25)  # a number: only its own row is shown again
    assert refreshed == []
    assert ui.control("character.offset.x", QAbstractSpinBox).text() == "75.0 %"
    ui.doc.set_value(0, "character.avatar_style", AvatarStyle.CIRCLE)  # may show other fields
    assert refreshed == ["avatarPanel"]
    assert ui.visible("character.circle_background_color")
    refreshed.clear()
    ui.doc.replace_scene(0, copy.deepcopy(ui.doc.scenes[0]))  # the whole scene
    assert sorted(refreshed) == ["avatarPanel", "backgroundPanel", "textPanel", "voicePanel"]


def test_editors_whose_value_did_not_change_are_not_repainted(ui: Harness, qtbot: QtBot) -> None:
    ui.inspector.show_panel("avatarPanel")
    qtbot.wait(50)
    still = [ui.control("character.scale", QAbstractSpinBox), ui.control("character.type")]
    moved = ui.control("character.offset.x", QAbstractSpinBox)
    counters = {}
    for widget in [*still, moved]:
        counters[widget] = PaintCounter()
        widget.installEventFilter(counters[widget])
    ui.doc.set_value(0, "character.offset.x", 0.125)
    qtbot.waitUntil(lambda: counters[moved].count > 0)
    qtbot.wait(50)
    assert [counters[w].count for w in still] == [0, 0]


def test_layout_fields_show_friendly_units_and_store_the_api_values(
    ui: Harness, qtbot: QtBot
) -> None:
    ui.inspector.show_panel("avatarPanel")
    ui.doc.set_value(0, "character.scale", 0.8)
    ui.doc.set_value(0, "character.offset", None)
    size = ui.control("character.scale", QAbstractSpinBox)
    across = ui.control("character.offset.x", QAbstractSpinBox)
    assert size.text() == "80 %" and across.text() == "Centre (default)"
    assert "864 px tall in the 1,080 px high video" in size.toolTip()
    type_into(qtbot, ui.control("character.offset.y", QAbstractSpinBox), "25")
    assert ui.request()["video_inputs"][0]["character"]["offset"] == {"y": -0.25}
    down = ui.control("character.offset.y", QAbstractSpinBox)
    assert "Centre 270 px from the top" in down.toolTip()


def test_typing_minus_three_in_size_explains_and_keeps_the_old_value(
    ui: Harness, qtbot: QtBot
) -> None:
    ui.inspector.show_panel("avatarPanel")
    ui.doc.set_value(0, "character.scale", 0.8)
    spin = ui.control("character.scale", QAbstractSpinBox)
    type_into(qtbot, spin, "-3")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert ui.doc.value(0, "character.scale") == 0.8  # not clamped to 0, not unset
    message = ui.editor("character.scale").findChild(QLabel, "rangeMessage")
    assert shown(message)
    assert message.text() == (
        "Size can be 0 % to 500 %; −3 % is outside that, so it stays at 80 %."
    )
    assert spin.text() == "80 %"
    type_into(qtbot, spin, "50")
    assert ui.doc.value(0, "character.scale") == 0.5
    assert not shown(message)


def test_typing_past_the_range_restores_the_value_from_before_the_typing(
    ui: Harness, qtbot: QtBot
) -> None:
    ui.inspector.show_panel("avatarPanel")
    ui.doc.set_value(0, "character.scale", 0.8)
    spin = ui.control("character.scale", QAbstractSpinBox)
    type_into(qtbot, spin, "900")  # "9" and "90" are in range and were applied on the way
    qtbot.keyClick(spin, Qt.Key.Key_Tab)  # leaving the field ends the typing too
    assert ui.doc.value(0, "character.scale") == 0.8
    ui.stack.undo()
    assert ui.doc.value(0, "character.scale") == 0.8  # the net step changed nothing


def test_orange_becomes_ffa500_and_the_preview_agrees_with_validation(
    ui: Harness, qtbot: QtBot
) -> None:
    ui.inspector.show_panel("backgroundPanel")
    line = ui.control("background.value", QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "orange")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    ui.settle()
    assert ui.doc.value(0, "background.value") == "#FFA500"
    assert ui.request()["video_inputs"][0]["background"]["value"] == "#FFA500"
    assert line.text() == "#FFA500"
    assert not shown(ui.message("background.value"))
    line.selectAll()
    qtbot.keyClicks(line, "#0af")
    assert ui.doc.value(0, "background.value") == "#00AAFF"


def test_api_settings_wait_in_a_collapsed_advanced_group(ui: Harness, qtbot: QtBot) -> None:
    ui.inspector.show_panel("projectPanel")
    panel = ui.panel("projectPanel")
    assert ui.visible("title") and not ui.visible("callback_url")
    assert shown(panel.advanced) and not panel.advanced.isChecked()
    qtbot.mouseClick(panel.advanced, Qt.MouseButton.LeftButton)
    assert ui.visible("callback_url") and ui.visible("folder_id")
    qtbot.mouseClick(panel.advanced, Qt.MouseButton.LeftButton)
    ui.doc.set_value(PROJECT, "callback_url", "ftp://nope")
    ui.settle()  # a problem in a closed group opens it
    assert ui.visible("callback_url") and "http" in ui.message("callback_url").text()
