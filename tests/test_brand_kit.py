"""The brand kit from the Project panel: applied to every scene in one undo step, new
scenes follow it, stray colours get a gentle warning, the logo shows in the preview."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from composer.brand import kit as kits
from composer.brand.kit import BrandKit
from composer.ui.brand.dialog import BrandKitDialog
from composer.ui.main_window import MainWindow
from tests.support.builders import valid_project
from tests.support.editor_window import PAUL, TYLER, in_modal, picking_window


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    window = picking_window(qtbot, monkeypatch, {"avatar": TYLER, "voice": PAUL})
    window.files.load(valid_project(3), None)
    return window


def in_dialog(act: Callable[[BrandKitDialog], object]) -> None:
    in_modal(BrandKitDialog, act)


def fill(dialog: BrandKitDialog, qtbot: QtBot) -> None:
    """Type the colours and choose presenter and voice, as a user does."""
    for name, text in (("primary", "orange"), ("background", "#0B132B"), ("text", "white")):
        line = dialog.colours[name].line
        line.selectAll()
        qtbot.keyClicks(line, text)
    for kind in ("avatar", "voice"):
        row = dialog.findChild(QWidget, f"brand:{kind}")
        qtbot.mouseClick(row.findChild(QPushButton, "chooseButton"), Qt.MouseButton.LeftButton)


def test_apply_to_all_scenes_is_one_undo_step(
    window: MainWindow, qtbot: QtBot, artifacts_dir: Path
) -> None:
    before = [s.background.value for s in window.doc.scenes]
    window.inspector.show_panel("projectPanel")
    button = window.inspector.findChild(QPushButton, "brandKitButton")
    assert button.isVisible()

    def act(dialog: BrandKitDialog) -> None:
        assert dialog.objectName() == "brandKit"
        fill(dialog, qtbot)
        dialog.grab().save(str(artifacts_dir / "brand-kit.png"))
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        dialog.accept()

    in_dialog(act)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    scenes = window.doc.scenes
    assert {s.background.value for s in scenes} == {"#0B132B"}
    assert {s.character.avatar_id for s in scenes} == {TYLER}
    assert {s.voice.voice_id for s in scenes} == {PAUL}
    assert window.stack.count() == 1
    assert window.stack.undoText() == "Apply brand kit to all scenes"
    assert kits.load_user_kit().primary == "#FFA500"  # saved for next time
    window.stack.undo()
    assert [s.background.value for s in window.doc.scenes] == before
    window.stack.redo()
    window.scenes.select([2])
    window.scene_actions.action_add.trigger()
    assert window.doc.scenes[3].character.avatar_id == TYLER


def test_new_scenes_follow_the_kit_and_stray_colours_are_warned_about(
    window: MainWindow, qtbot: QtBot
) -> None:
    kit = BrandKit(background="#0B132B", text="#FFFFFF", presenter_id=TYLER, voice_id=PAUL)
    window.brand.save(kit, embed=False)
    window.brand.apply_to_all(kit)
    window.validation.run_now()
    assert window.validation.problems == []
    window.edits.set_values(1, {"background.value": "#FF00FF"}, "Colour")
    window.validation.run_now()
    [warning] = window.validation.problems
    assert (warning.scene_index, warning.field, warning.is_error) == (1, "background.value", False)
    assert "not one of your brand colours" in warning.message
    assert window.submitting.action_submit.isEnabled()  # a warning, gently: nothing is blocked


def test_the_logo_is_drawn_in_the_preview_and_said_not_to_be_sent(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#00FF00"))
    image.save(str(logo))
    plain = window.preview.grab().toImage()
    window.brand.save(BrandKit(logo=str(logo), logo_corner="top-left"), embed=True)
    window.preview.repaint()
    frame = window.preview.frame_rect()
    inside_logo = (0.1, 0.12)  # it spans 4-16% of the width, about 7-18% of the height
    probe = QPoint(
        round(frame.x() + frame.width() * inside_logo[0]),
        round(frame.y() + frame.height() * inside_logo[1]),
    )
    shown = window.preview.grab().toImage()
    assert shown != plain
    assert shown.pixelColor(probe) == QColor("#00FF00")
    notes = [p for p in window.validation.problems if p.field == "brand_kit.logo"]
    assert notes and "not sent" in notes[0].message and not notes[0].is_error
    saved = tmp_path / "branded.scene.json"
    assert window.files.write(saved)
    assert json.loads(saved.read_text())["brand_kit"]["logo"] == "logo.png"  # beside it
    window.stack.undo()  # taking the kit out of the project is an edit like any other
    assert kits.embedded_kit(window.doc.project) is None


def test_the_exact_layout_compositor_gets_the_logo_with_the_text(tmp_path: Path) -> None:
    """The compositor's still layers are painted by the same painter: the logo lands in
    the overlay patch at the place the preview shows it."""
    from composer.brand.kit import LogoSpec
    from composer.compose.painted import scene_layers

    logo = tmp_path / "logo.png"
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#00FF00"))
    image.save(str(logo))
    scene = valid_project(1).scenes[0]
    assert scene_layers(scene, 1920, 1080, 0.75).text is None  # no text, no logo
    layers = scene_layers(scene, 1920, 1080, 0.75, LogoSpec(str(logo), "top-left", 0.1))
    patch = layers.text
    assert patch is not None
    x, y = round(0.04 * 1920) + 96, round(0.04 * 1920) + 48  # inside the 192×96 logo
    r, g, b, a = patch.pixels[y - patch.y, x - patch.x]
    assert (r, g, b, a) == (0, 255, 0, 255)


def test_stills_storyboard_cards_and_the_batch_preview_show_the_logo(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """One painter call draws every picture of a scene: the logo the preview shows is in
    `still`, the storyboard's stills, the scene cards and the batch preview too."""
    from composer.cli import main
    from composer.projectfile import save_project

    logo = tmp_path / "logo.png"
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#00FF00"))
    image.save(str(logo))
    window.brand.save(BrandKit(logo=str(logo), logo_corner="top-left"), embed=True)
    project = window.doc.project
    path = tmp_path / "branded.scene.json"
    save_project(project, path)
    inside = (0.1, 0.12)  # inside the logo: it spans 4-16% of the width, 7-18% of the height

    def green_at(picture: QImage) -> bool:
        point = QPoint(round(picture.width() * inside[0]), round(picture.height() * inside[1]))
        return picture.pixelColor(point) == QColor("#00FF00")

    still = tmp_path / "still.png"
    assert main(["still", str(path), "--scene", "1", "-o", str(still)]) == 0
    assert green_at(QImage(str(still)))
    pdf, stills = tmp_path / "board.pdf", tmp_path / "stills"
    assert main(["storyboard", str(path), "-o", str(pdf), "--stills", str(stills)]) == 0
    assert all(green_at(QImage(str(p))) for p in sorted(stills.glob("*.png")))
    assert len(list(stills.glob("*.png"))) == 3
    card = window.scene_model.thumbnails.thumbnail(project.scenes[0], project, QSize(320, 180))
    assert green_at(card.toImage())
    project.title = "For {{company}}"
    table = tmp_path / "people.csv"
    table.write_text("company\nAcme\n", encoding="utf-8")
    dialog = window.submitting.open_batch()
    qtbot.addWidget(dialog)
    assert dialog.load(table)
    dialog.view.selectRow(0)
    assert dialog.preview.scene() is not None
    dialog.preview.show_guides = False
    dialog.preview.repaint()
    frame = dialog.preview.frame_rect().toRect()
    assert green_at(dialog.preview.grab().toImage().copy(frame))
    dialog.close()
