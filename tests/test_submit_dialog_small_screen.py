"""The Submit dialog on a small laptop screen (800×600) with a v3 project that loses a lot:
it is no bigger than the screen, Submit and Cancel stay in sight, every line of what v3
leaves out can be scrolled to, and no text is cut off. Once in a window a small screen's
window manager shrinks, once opened on a real 800×600 screen (Qt's offscreen screen of
that size, in a process of its own)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from composer.ui.main_window import MainWindow
from tests.support.editor_window import shown_window
from tests.support.submit_fit import losing_much, submit_measured

SMALL = QSize(800, 600)


def check_fits(seen: dict[str, Any], bound: list[int]) -> None:
    width, height = seen["frame"]
    assert width <= bound[0] and height <= bound[1], (seen["frame"], bound)
    assert seen["buttons"] == [True, True]  # Submit, Cancel: shown, inside the dialog
    assert seen["clipped"] == []
    losses = seen["losses"]
    assert losses.count("• ") == 19, losses
    for line in ("6 scenes lose their transition", "v3 has no folders", "captions' style"):
        assert line in losses, losses
    assert seen["reach"] == [True, True, True]
    assert seen["focus"] == "jobTitleField"  # typing names the video, as on a big screen


def test_the_submit_dialog_shrunk_to_a_small_screen_keeps_everything_in_reach(
    qtbot: QtBot, artifacts_dir: Path
) -> None:
    window = shown_window(qtbot, MainWindow())
    window.files.load(losing_much(), None)
    picture = artifacts_dir / "submit-small-screen.png"
    seen = submit_measured(window, SMALL, str(picture))
    check_fits(seen, [SMALL.width(), SMALL.height()])


def test_the_submit_dialog_opens_within_an_800x600_screen(
    tmp_path: Path, artifacts_dir: Path
) -> None:
    screen = {"name": "small", "x": 0, "y": 0, "width": 800, "height": 600}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    picture = artifacts_dir / "submit-800x600-screen.png"
    run = subprocess.run(
        [sys.executable, "-m", "tests.support.submit_fit", str(picture)],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["screen"] == [800, 600]
    check_fits(seen, seen["screen"])
