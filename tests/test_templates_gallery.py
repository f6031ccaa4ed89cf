"""File → New and the first start open the template gallery; a template opens as a new
project that asks for a presenter and a voice, once, for every scene."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from composer.templates import library
from composer.ui.main_window import MainWindow
from composer.ui.templates.gallery import TemplateGallery
from tests.support.editor_window import DAISY, RACHEL, in_modal, picking_window


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    return picking_window(qtbot, monkeypatch, {"avatar": DAISY, "voice": RACHEL})


def in_gallery(qtbot: QtBot, act: Callable[[TemplateGallery], object]) -> None:
    in_modal(TemplateGallery, act)


def pick(gallery: TemplateGallery, name: str, *, shape: int = 0) -> None:
    gallery.filters.button(shape).click()
    row = gallery.names().index(name)
    gallery.list.setCurrentRow(row)
    gallery.create.click()


def test_file_new_shows_the_gallery_and_opens_a_template(
    window: MainWindow, qtbot: QtBot, artifacts_dir: Path
) -> None:
    seen: list[list[str]] = []

    def act(gallery: TemplateGallery) -> None:
        assert gallery.objectName() == "templateGallery"
        seen.append(gallery.names())
        gallery.filters.button(2).click()  # portrait 9:16
        seen.append(gallery.names())
        gallery.filters.button(0).click()
        gallery.grab().save(str(artifacts_dir / "template-gallery.png"))
        pick(gallery, "Limited-time offer", shape=2)

    in_gallery(qtbot, act)
    window.files.action_new.trigger()
    everything, portrait = seen
    assert everything[0] == "Blank" and len(everything) >= 9
    assert portrait == ["Blank", "Limited-time offer", "Social short"]
    project = window.doc.project
    assert (project.width, project.height) == (1080, 1920)
    assert [s.name for s in project.scenes] == ["Offer", "Deadline", "Act now"]
    assert window.files.path is None and window.windowTitle().startswith("Limited-time offer")
    bar = window.templates.setup_bar
    assert bar.isVisible() and "choose a presenter and a voice" in bar.text.text()
    window.validation.run_now()
    assert {p.field for p in window.validation.problems} == {
        "character.avatar_id",
        "voice.voice_id",
        "voice.input_text",  # the starter's "[words to replace]" until they are replaced
        "text.text",
    }
    window.scenes.select([0])
    window.inspector.show_panel("textPanel")
    window.inspector.panels  # noqa: B018 - builds the panels not built yet
    editor = window.inspector.findChild(QWidget, "field:text.text")
    message = editor.parentWidget().findChild(QLabel, "fieldMessage")
    qtbot.waitUntil(message.isVisible, timeout=2000)
    assert message.text().startswith("Overlay text still has the placeholder [Discount]")
    assert editor.level == "error"
    window.grab().save(str(artifacts_dir / "template-opened.png"))


def test_choosing_presenter_and_voice_once_fixes_every_scene(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.templates.start(library.shipped()[0].new_project())
    bar = window.templates.setup_bar
    qtbot.mouseClick(bar.findChild(QPushButton, "choosePresenter"), Qt.MouseButton.LeftButton)
    assert window.stack.count() == 1  # one undo step for every scene
    assert window.stack.undoText() == "Choose presenter for every scene"
    assert {s.character.avatar_id for s in window.doc.scenes} == {DAISY}
    assert bar.isVisible() and not bar.presenter.isVisible()
    qtbot.mouseClick(bar.findChild(QPushButton, "chooseVoice"), Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    window.validation.run_now()
    left = window.validation.problems  # only the words the starter asks to replace
    assert left and all("still has the placeholder [" in p.message for p in left)
    assert not window.submitting.action_submit.isEnabled()
    window.stack.undo()
    assert {s.voice.voice_id for s in window.doc.scenes} == {None}
    assert bar.isVisible()


def test_blank_takes_the_shape_filtered_for(window: MainWindow, qtbot: QtBot) -> None:
    in_gallery(qtbot, lambda gallery: pick(gallery, "Blank", shape=3))
    window.files.new()
    assert len(window.doc) == 1
    assert (window.doc.project.width, window.doc.project.height) == (1080, 1080)
    window.validation.run_now()
    assert {p.field for p in window.validation.problems} == {
        "character.avatar_id",
        "voice.voice_id",
    }


def test_a_start_without_a_file_begins_at_the_gallery(window: MainWindow, qtbot: QtBot) -> None:
    opened: list[bool] = []

    def act(gallery: TemplateGallery) -> None:
        opened.append(gallery.isVisible())
        gallery.reject()

    in_gallery(qtbot, act)
    window.files.start(None, gallery=True)  # as the app starts without a file
    qtbot.waitUntil(lambda: opened == [True])
    assert len(window.doc) == 1  # cancelled: the blank project stays


def test_save_as_template_shows_up_in_the_gallery(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.templates.start(library.shipped()[1].new_project())
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("Our feature video", True))
    window.templates.action_save_template.trigger()
    assert "Saved the template “Our feature video”" in window.statusBar().currentMessage()
    names: list[str] = []
    in_gallery(qtbot, lambda gallery: (names.extend(gallery.names()), gallery.reject()))
    window.files.new()
    assert names[-1] == "Our feature video"
