"""Test set-up: headless Qt, an in-memory keyring, and app folders in a temporary place."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.memory_keyring.MemoryKeyring"
os.environ.pop("HEYGEN_API_KEY", None)
os.environ["PYTHONFAULTHANDLER"] = "1"  # a CLI subprocess that crashes prints its stack
REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "tests" / "artifacts"
CORE_TESTS = REPO / "tests" / "core"

from tests.support.memory_keyring import MemoryKeyring  # noqa: E402

pytest_plugins = ["tests.support.sandbox_fixture", "tests.support.window_fixtures"]


@pytest.fixture(autouse=True)
def isolated_app_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own home, config/data/cache/log folders, an empty keyring and
    no server and account the lengths follow yet (a window sets it)."""
    from composer.billing.lengths import use_source

    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        (home / sub).mkdir(parents=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("PYTHONPATH", str(REPO))
    keyring.set_keyring(MemoryKeyring())
    use_source(None)
    return home


@pytest.fixture
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(autouse=True)
def one_qapplication(request: pytest.FixtureRequest) -> Iterator[object]:
    """A QApplication from the first test outside tests/core on: painting outside the window
    (stills, the compositor) would otherwise make a QGuiApplication, after which no widget
    test could run, whatever order the tests run in. tests/core runs without one (and
    without importing Qt: tests/core/test_test_layout.py), and with Python's automatic
    garbage collection, which the app's collector (composer/ui/collector.py) switches off
    once there is an application and runs from its event loop instead."""
    if CORE_TESTS in request.path.parents:
        was_enabled = gc.isenabled()
        gc.enable()
        yield None
        if not was_enabled:
            gc.disable()
        return
    app = request.getfixturevalue("qapp")
    from composer.ui import collector

    collector.install(app)  # as the app does: cycles are collected on the GUI thread only
    yield app
