"""The window opens bodies with values it can't use and shows each beside its field; a
body from HeyGen's own tools (no background) opens without one being invented."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from composer.model.request import build_request
from tests.core.test_held_values import WRONG_VALUES, _body
from tests.core.test_heygen_bodies import MCP_AVATAR
from tests.test_main_window import make_window
from tests.test_panels import choose


def _editor(window, path: str) -> QWidget:
    window.inspector.panels  # noqa: B018 - builds the panels not built yet
    return window.inspector.findChild(QWidget, f"field:{path}")


def _message(window, path: str) -> str:
    return _editor(window, path).parentWidget().findChild(QLabel, "fieldMessage").text()


def test_unknown_values_open_marked_beside_their_fields(
    qtbot: QtBot, tmp_path: Path, artifacts_dir: Path
) -> None:
    body = _body(*((p, v) for _, p, v in WRONG_VALUES))
    path = tmp_path / "held.json"
    path.write_text(json.dumps(body), "utf-8")
    window = make_window(qtbot)
    assert window.files.open_path(path)
    window.validation.run_now()
    window.inspector.show_panel("avatarPanel")
    listed = {p.json_path for p in window.validation.problems if p.is_error}
    assert len(listed) == len(WRONG_VALUES)  # each one, in the problems list

    style = _editor(window, "character.avatar_style").findChild(QComboBox)
    assert style.currentText().startswith("⚠") and '"fullBody"' in style.currentText()
    assert "fullBody" in _message(window, "character.avatar_style")
    pitch = _editor(window, "voice.pitch").findChild(QSpinBox)
    assert pitch.text().startswith("⚠ 2.5")
    assert "whole number" in _message(window, "voice.pitch")
    window.grab().save(str(artifacts_dir / "held-values.png"))

    # nothing is lost until the user chooses: then the chosen value replaces the held one
    assert build_request(window.doc.project) == body
    choose(qtbot, style, 2)
    sent = build_request(window.doc.project)["video_inputs"][0]["character"]["avatar_style"]
    assert sent == style.itemData(2)
    window.action_undo.trigger()
    assert build_request(window.doc.project) == body


def test_a_heygen_body_without_background_opens_as_it_is(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    path.write_text(json.dumps(MCP_AVATAR), "utf-8")
    window = make_window(qtbot)
    assert window.files.open_path(path)
    window.validation.run_now()
    assert not [p for p in window.validation.problems if p.is_error]
    assert build_request(window.doc.project) == MCP_AVATAR
    window.grab()  # the preview paints HeyGen's default background without a crash

    # the background tab offers only the type until one is chosen
    window.inspector.show_panel("backgroundPanel")
    kind = _editor(window, "background.type").findChild(QComboBox)
    assert kind.isVisibleTo(window) and not _editor(window, "background.url").isVisibleTo(window)
    choose(qtbot, kind, kind.findData("color"))
    assert build_request(window.doc.project)["video_inputs"][0]["background"] == {"type": "color"}
    assert _editor(window, "background.value").isVisibleTo(window)
