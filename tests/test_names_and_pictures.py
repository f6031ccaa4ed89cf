"""Avatar, talking-photo and voice fields show catalogue names and pictures, not ids;
the id stays one hover, one click (copy) or one click into the field away."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from composer.jobs.connection import Connections
from composer.resources import example_project
from composer.sandbox.server import SandboxServer
from composer.settings.credentials import CredentialStore
from composer.settings.preferences import SANDBOX, Preferences
from composer.ui.main_window import MainWindow
from tests.support.editor_window import RACHEL, sandbox_window, shown_window


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The example project in a window talking to the sandbox, its catalogue fetched."""
    with SandboxServer() as sandbox:
        window = sandbox_window(qtbot, sandbox, tmp_path)
        assert window.files.open_path(example_project())
        character = window.doc.scenes[0].character
        qtbot.waitUntil(lambda: window.avatar_picture(character) is not None, timeout=10_000)
        yield window
        window.close()


def _field(window: MainWindow, path: str) -> QLineEdit:
    window.inspector.panels  # noqa: B018 - builds every tab
    return window.inspector.findChild(QLineEdit.__base__, f"field:{path}")  # type: ignore[return-value]


def test_presenter_and_voice_show_names_pictures_and_the_id_on_hover(
    window: MainWindow, qtbot: QtBot, artifacts_dir: Path
) -> None:
    avatar = _field(window, "character.avatar_id")
    line = avatar.findChild(QLineEdit)
    assert line.text() == "Daisy in skirt"
    assert "Daisy-inskirt-20220818" in line.toolTip()
    assert not avatar.findChild(QLabel, "catalogueThumb").pixmap().isNull()
    qtbot.mouseClick(avatar.findChild(QToolButton, "copyIdButton"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Daisy-inskirt-20220818"
    window.inspector.show_panel("voicePanel")
    voice = _field(window, "voice.voice_id")
    assert voice.findChild(QLineEdit).text() == "Rachel"
    assert RACHEL in voice.findChild(QLineEdit).toolTip()
    assert voice.findChild(QToolButton, "sampleButton").isVisibleTo(voice)
    window.inspector.show_panel("avatarPanel")
    window.inspector.grab().save(str(artifacts_dir / "names-and-pictures.png"))


def test_the_id_stays_typeable_and_an_unknown_id_is_said_to_be_unknown(
    window: MainWindow, qtbot: QtBot
) -> None:
    editor = _field(window, "character.avatar_id")
    line = editor.findChild(QLineEdit)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(line.hasFocus)
    assert line.text() == "Daisy-inskirt-20220818"  # editing shows the id
    line.selectAll()
    qtbot.keyClicks(line, "Nobody-123")
    assert window.doc.scenes[0].character.avatar_id == "Nobody-123"
    note = editor.findChild(QLabel, "catalogueNote")
    assert not note.isHidden()
    assert "“Nobody-123” is not in your HeyGen catalogue" in note.text()
    line.selectAll()
    qtbot.keyClicks(line, "Tyler-incasualsuit-20220721")
    window.scene_view.setFocus()
    assert line.text() == "Tyler in casual suit" and note.isHidden()


def test_scene_cards_use_the_same_picture_as_the_preview(window: MainWindow) -> None:
    thumbnails = window.scene_model.thumbnails
    scene, project = window.doc.scenes[0], window.doc.project
    pictured = thumbnails.thumbnail(scene, project, QSize(128, 72)).toImage()
    painter = thumbnails.painter
    assert painter.avatar_key(scene.character) != 0  # drawn with the catalogue picture
    silhouette = scene.character.__class__(type=scene.character.type, avatar_id="unknown")
    assert painter.avatar_key(silhouette) == 0
    bare = type(scene)(character=silhouette, background=scene.background, voice=scene.voice)
    assert thumbnails.thumbnail(bare, project, QSize(128, 72)).toImage() != pictured


def test_after_a_practice_server_restart_fields_show_names_and_pictures_at_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The practice server starts on a new port each time; its catalogue and pictures are
    cached by host ("practice") and account, so the next session names at once."""
    with SandboxServer() as first:
        window = sandbox_window(qtbot, first, tmp_path)
        assert window.files.open_path(example_project())
        character = window.doc.scenes[0].character
        qtbot.waitUntil(lambda: window.avatar_picture(character) is not None, timeout=10_000)
        window.close()
    second = SandboxServer().start()  # a new port, then gone: nothing can be fetched from it
    second.stop()
    assert second.base_url != first.base_url
    preferences = Preferences(endpoint=SANDBOX, download_dir=str(tmp_path))
    connections = Connections(CredentialStore(), preferences, sandbox=second)
    window = shown_window(qtbot, MainWindow(preferences=preferences, connections=connections))
    assert window.files.open_path(example_project())
    character = window.doc.scenes[0].character
    qtbot.waitUntil(lambda: window.avatar_picture(character) is not None, timeout=5_000)
    avatar = _field(window, "character.avatar_id")
    assert avatar.findChild(QLineEdit).text() == "Daisy in skirt"
    assert not avatar.findChild(QLabel, "catalogueThumb").pixmap().isNull()
    window.close()
