"""tests/core runs without a QApplication (tests/conftest.py makes one only for the tests
outside this folder); a test here that paints would make one, and is refused."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest


def _gui_application() -> object | None:
    gui = sys.modules.get("PySide6.QtGui")
    return None if gui is None else gui.QGuiApplication.instance()


@pytest.fixture(autouse=True)
def no_qt_application_made() -> Iterator[None]:
    before = _gui_application()
    yield
    if before is None and _gui_application() is not None:
        pytest.fail("This test made a QApplication (it paints): it belongs outside tests/core.")
