"""Render resources/app/scene-composer.svg to the PNG sizes desktops ask for (+ .ico, .icns).

Run from the repository: `python packaging/make_icons.py` (offscreen, no display needed).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP = Path(__file__).resolve().parent.parent / "resources" / "app"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    QGuiApplication(sys.argv)
    svg = APP / "scene-composer.svg"
    for size in SIZES:
        render(svg, size, APP / f"scene-composer-{size}.png")
    render(svg, 256, APP / "scene-composer.ico")  # Windows (PyInstaller icon=)
    render(svg, 512, APP / "scene-composer.icns")  # macOS bundle
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
