"""Run every benchmark and print one line per figure, each with its target and PASS/MISS."""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _isolated_app_folders() -> tempfile.TemporaryDirectory:
    """The app's settings, data (job history, recovery) and caches in a fresh folder, for
    this process and the ones it starts: the figures must not depend on (or touch) what
    the user's own folders hold."""
    folder = tempfile.TemporaryDirectory(prefix="scene-composer-bench-")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = os.path.join(folder.name, var.lower())
    return folder


def main() -> int:
    import platformdirs

    # the compose benchmark's inputs (clips, a video) are kept between runs, in the user's
    # cache folder; the app itself runs with fresh folders
    inputs = platformdirs.user_cache_path("scene-composer") / "benchmark"
    folders = _isolated_app_folders()  # noqa: F841 - removed when the run ends
    from PySide6.QtWidgets import QApplication

    from benchmarks import compose, core, gui, mixing

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
    for figure in compose.figures(cache=inputs):
        print(figure.line(), flush=True)
    for figure in mixing.figures():
        print(figure.line(), flush=True)
    print(f"total {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
