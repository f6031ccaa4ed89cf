"""Numbers are finite and bounded where they enter: a shared project's `scale: 1e308`,
offset, font size or video width, and a server's 10^400 or -5 pixels, are held or
dropped (validation names the scene and field), the file still opens and paints, and
the painter never raises (a warning box, logged)."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from composer.heygen.models import parse_status
from composer.heygen.v3_models import parse_account, parse_look, parse_video
from composer.paint.safe_paint import BOX
from composer.paint.scene_painter import ScenePainter
from composer.projectfile import load_project, save_project
from composer.ui.main_window import MainWindow
from tests.support.builders import valid_project
from tests.support.editor_window import shown_window


def _absurd_project(folder: Path) -> Path:
    path = folder / "absurd.scene.json"
    save_project(valid_project(1), path)
    data = json.loads(path.read_text("utf-8"))
    data["project"]["dimension"]["width"] = 100_000
    character = data["scenes"][0]["character"]
    character["scale"], character["offset"] = 1e308, {"x": -1e300, "y": 0}
    data["scenes"][0]["text"] = {
        "text": "Hi", "font_size": 1e300, "line_height": 1.2, "position": {"x": 0.1, "y": 1e9}
    }  # fmt: skip
    path.write_text(json.dumps(data), "utf-8")
    return path


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "composer", *args], capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


def test_absurd_numbers_are_listed_by_scene_and_field_and_never_painted(tmp_path: Path) -> None:
    path = _absurd_project(tmp_path)
    checked = _cli("validate", str(path))
    assert checked.returncode == 1
    for field in ("dimension.width", "character.scale", "character.offset.x",
                  "text.font_size", "text.position.y"):  # fmt: skip
        line = next(line for line in checked.stdout.splitlines() if field in line)
        assert "must be at most" in line and (field == "dimension.width" or "Scene 1" in line)
    project = load_project(path)  # opens: the values are held, not used
    assert project.width == 1920 and project.scenes[0].character.scale is None
    still = _cli("still", str(path), "--scene", "1", "-o", str(tmp_path / "s.png"))
    assert still.returncode == 0, still.stderr
    assert QImage(str(tmp_path / "s.png")).width() == 1920


def test_the_window_opens_and_paints_the_file(qtbot: QtBot, tmp_path: Path) -> None:
    window = shown_window(qtbot, MainWindow())
    assert window.files.open_path(_absurd_project(tmp_path))
    assert not window.grab().isNull()
    assert any("must be at most" in str(p) for p in window.validation.problems)


def test_a_paint_error_is_a_warning_box_and_logged(qapp, caplog: pytest.LogCaptureFixture) -> None:
    def broken_picture(_character: object) -> None:
        raise OverflowError("cannot convert float infinity to integer")

    image = QImage(320, 180, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    with caplog.at_level(logging.ERROR):
        ScenePainter(broken_picture).paint(
            painter, QRectF(0, 0, 320, 180), valid_project(1).scenes[0], 1920, 1080
        )
    assert painter.isActive()
    painter.end()
    assert QColor(image.pixel(4, 4)) == BOX
    assert "painting scene failed" in caplog.text and "OverflowError" in caplog.text


@pytest.mark.parametrize("bad", [10**400, -5, 0, float("inf"), "640", True])
def test_a_server_s_absurd_numbers_are_dropped(bad: object) -> None:
    look = parse_look({"id": "l", "name": "L", "image_width": bad, "image_height": bad})
    assert (look.image_width, look.image_height) == (None, None)
    assert parse_video({"duration": bad}, "v").duration in (None, 0)
    wallet = {"currency": "usd", "remaining_balance": bad}
    assert parse_account({"billing_type": "wallet", "wallet": wallet}).amount in (None, 0, -5)


def test_plausible_server_numbers_are_kept() -> None:
    look = parse_look({"id": "l", "name": "L", "image_width": 1080, "image_height": 1920})
    assert (look.image_width, look.image_height) == (1080, 1920)
    assert parse_video({"duration": 12.5}, "v").duration == 12.5
    status = {"status": "completed", "duration": "1e400"}
    assert parse_status(status, "v").duration is None
