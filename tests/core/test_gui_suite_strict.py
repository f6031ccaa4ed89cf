"""The GUI suite's settings (pyproject.toml) fail a test on a Qt warning and on an exception
raised in a slot, and let only the allowlisted, understood warnings pass: checked by running
pytest with those settings on three small tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBES = """
from PySide6.QtCore import QTimer, qWarning


def test_a_qt_warning(qtbot):
    qWarning("QObject::connect: no such signal")


def test_an_exception_in_a_slot(qtbot):
    timer = QTimer(singleShot=True, interval=0)
    timer.timeout.connect(lambda: 1 / 0)
    timer.start()
    qtbot.wait(50)


def test_an_allowlisted_warning(qtbot):
    qWarning("This plugin does not support raise()")
"""


def test_qt_warnings_and_slot_exceptions_fail_tests(tmp_path: Path) -> None:
    (tmp_path / "test_probes.py").write_text(PROBES)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    config = ["-c", str(REPO / "pyproject.toml"), "--rootdir", str(tmp_path), str(tmp_path)]
    config += ["-n", "0"]  # the suite's settings, in one process
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            *config,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "FAILED test_probes.py::test_a_qt_warning" in out, out
    assert "FAILED test_probes.py::test_an_exception_in_a_slot" in out, out
    assert "ZeroDivisionError" in out
    assert "2 failed, 1 passed" in out, out
