"""Starting the window: `scene-composer [FILE]`, or `--smoke-test` to open, paint and quit."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from composer.resources import resource
from composer.ui import collector, edit_script, plain_text, translations
from composer.ui.main_window import APP_NAME, MainWindow
from composer.ui.widgets.style import apply_style


def _parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="scene-composer", add_help=False)
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--smoke-test", action="store_true")
    return parser.parse_known_args(argv)


def application(qt_args: list[str] | None = None, *, style_sheet: bool = True) -> QApplication:
    """The QApplication, created once, with the app's name, icon and style (without the
    style sheet if `style_sheet` is false: `run_gui` sets it once the window is built)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0], *(qt_args or [])])
        translations.install(app)  # before any widget: words are translated when made
        collector.install(app)
    plain_text.install(app)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("Scene Composer")
    app.setDesktopFileName("scene-composer")
    app.setWindowIcon(QIcon(str(resource("app", "scene-composer.svg"))))
    apply_style(app, sheet=style_sheet)
    return app


def run_gui(argv: list[str]) -> int:
    args, qt_args = _parse(argv)
    app = application(qt_args, style_sheet=False)
    window = MainWindow()
    with plain_text.paused(window):  # nothing else is shown meanwhile
        apply_style(app)  # after building the window, before showing it: see apply_style
        window.show()
    if args.smoke_test:
        return _smoke_test(app, window, args.file)
    window.files.start(args.file, gallery=True)
    edit_script.install(window)
    return app.exec()


def _smoke_test(app: QApplication, window: MainWindow, file: Path | None) -> int:
    """Open (the file, if given), paint, finish starting up, and quit: 0 when all of it
    worked. Prints when the window was first painted and when it was ready (all panels
    built), as seconds since the epoch, for the start-up benchmark."""
    if file is not None and not window.files.open_path(file):
        return 1
    painted = _wait_for(app, lambda: window.has_painted)
    print(f"painted {window.first_paint_time or time.time():.6f}", flush=True)
    ready = _wait_for(app, lambda: window.inspector.fully_built)
    print(f"ready {time.time():.6f}", flush=True)
    drawn = not window.grab().isNull()
    window.shutdown()
    window.hide()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0 if painted and ready and drawn else 1


def _wait_for(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> bool:
    """Run the event loop until `done()` (False if `timeout` seconds pass first)."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    return True
