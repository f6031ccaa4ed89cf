"""Painting without a window: QPixmap and fonts need a QGuiApplication. The command line
(`still`, `compose`) creates one on Qt's offscreen platform when the process has none."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication

_app: QGuiApplication | None = None


def ensure_gui() -> None:
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["scene-composer"])
