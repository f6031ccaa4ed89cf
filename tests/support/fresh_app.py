"""Run a few lines against the real window in a fresh process (what a process has imported
can't be undone inside the test run): fresh settings (so the real HeyGen endpoint), no API
key, offscreen, a saved project opened and the first frame painted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from composer.projectfile import save_project
from tests.support.builders import valid_project

PAINTED = """
import json, sys, time
from pathlib import Path
from composer.ui.app import application
from composer.ui.main_window import MainWindow
app = application([])
window = MainWindow()
window.show()
window.files.open_path(Path(sys.argv[1]))
while not window.has_painted:
    app.processEvents()
"""


def after_first_paint(script: str, tmp_path: Path, scenes: int = 2) -> Any:
    """Run `script` once the window has painted (`app` and `window` are there); the JSON
    it prints last."""
    project_file = tmp_path / "fresh.scene.json"
    save_project(valid_project(scenes), project_file)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("HEYGEN_API_KEY", None)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / var.lower())
    out = subprocess.run(
        [sys.executable, "-c", PAINTED + script, str(project_file)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])
