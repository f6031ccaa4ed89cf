"""Run every benchmark and print one line per figure, each with its target and PASS/MISS."""

from __future__ import annotations

import os
import platform
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from benchmarks import compose, core, gui

    app = QApplication(sys.argv)  # noqa: F841 - the GUI figures need one

    print(
        f"Scene Composer benchmarks, {time.strftime('%Y-%m-%d')}, {platform.platform()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, offscreen"
    )
    start = time.perf_counter()
    for figure in core.figures():
        print(figure.line(), flush=True)
    for figure in gui.figures():
        print(figure.line(), flush=True)
    for figure in compose.figures():
        print(figure.line(), flush=True)
    print(f"total {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
