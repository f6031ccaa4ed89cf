"""Fixtures for the tests that open windows (a plugin of tests/conftest.py, so that a
Qt-free test importing the conftest's constants imports no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

CORE_TESTS = Path(__file__).resolve().parents[1] / "core"


@pytest.fixture(autouse=True)
def windows_close_with_jobs_running(request: pytest.FixtureRequest) -> None:
    """A window closed by a test while its jobs render closes (they go on, as after the
    user's "Keep rendering and close"): the question would wait for a click forever.
    tests/test_close_with_jobs.py asks it for real. (tests/core opens no window.)"""
    if CORE_TESTS in request.path.parents:
        return
    from composer.ui.main_window import MainWindow

    monkeypatch = request.getfixturevalue("monkeypatch")
    monkeypatch.setattr(MainWindow, "ask_close_with_jobs", lambda *_args: True)
