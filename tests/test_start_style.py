"""At start-up the style sheet is set after the main window is built (composer/ui/app.py:
a sheet set first restyles each subtree as it is added to its parent). The window must
look exactly as one built with the sheet already set, as every other window is: nothing
measured while it is built may depend on the sheet (the property tabs' padding did)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from composer.projectfile import save_project
from tests.support.builders import valid_project

BOTH_WAYS = """
import sys
from pathlib import Path
from composer.ui.app import _wait_for, application
from composer.ui.main_window import MainWindow
from composer.ui.widgets.style import apply_style

project, folder = Path(sys.argv[1]), Path(sys.argv[2])
app = application([], style_sheet=False)
for name in ("sheet_after", "sheet_before"):  # the second is built with the sheet set
    window = MainWindow()
    apply_style(app)
    window.show()
    window.files.open_path(project)
    assert _wait_for(app, lambda: window.has_painted)
    window.grab().save(str(folder / f"{name}.first.png"))
    window.inspector.tabs.setCurrentIndex(4)  # the project tab, built after the first frame
    app.processEvents()
    window.grab().save(str(folder / f"{name}.project.png"))
    window.stack.setClean()
    window.shutdown()
    window.hide()
"""


def test_the_window_looks_the_same_with_the_style_sheet_set_after_it_is_built(
    tmp_path: Path,
) -> None:
    project_file = tmp_path / "start.scene.json"
    save_project(valid_project(3), project_file)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / var.lower())
    subprocess.run(
        [sys.executable, "-c", BOTH_WAYS, str(project_file), str(tmp_path)],
        env=env,
        timeout=120,
        check=True,
    )
    for shot in ("first", "project"):
        after = QImage(str(tmp_path / f"sheet_after.{shot}.png"))
        before = QImage(str(tmp_path / f"sheet_before.{shot}.png"))
        assert not after.isNull() and after.size() == before.size()
        assert after == before, shot
