"""The window paints its first frame before the HTTP and keyring stacks are loaded (they
take longer to import than the window takes to build): opening a project at start-up
asks no server, and cached catalogue names need no HTTP."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from composer.projectfile import save_project
from composer.settings.preferences import SANDBOX
from tests.support.builders import valid_project

SCRIPT = """
import json, sys
from pathlib import Path
from composer.ui.app import application
from composer.ui.main_window import MainWindow
app = application([])
window = MainWindow()
window.show()
window.files.open_path(Path(sys.argv[1]))
while not window.has_painted:
    app.processEvents()
loaded = sorted({m.split(".")[0] for m in sys.modules} & {"requests", "keyring", "urllib3"})
print(json.dumps({"endpoint": window.preferences.endpoint, "loaded": loaded}))
window.stack.setClean()
window.shutdown()
"""


def test_the_first_frame_is_painted_before_the_http_and_keyring_stacks_load(
    tmp_path: Path,
) -> None:
    project_file = tmp_path / "start.scene.json"
    save_project(valid_project(3), project_file)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / var.lower())  # fresh settings: the real HeyGen endpoint
    env.pop("HEYGEN_API_KEY", None)
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(project_file)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    ).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result["endpoint"] != SANDBOX  # the path that reads the catalogue cache
    assert result["loaded"] == []
