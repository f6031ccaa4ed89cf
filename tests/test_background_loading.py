"""The HTTP stack (requests, keyring, cryptography) is imported on a worker after start-up
to ask for the balance (with no API key set, only keyring is needed), but not while the
user is editing: the import takes Python's lock from the GUI thread in
turns, and a drag in the preview stuttered (frames of 10 ms instead of 2) when it landed
mid-drag. It loads once editing pauses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from composer.projectfile import save_project
from tests.support.builders import valid_project

SCRIPT = """
import json, sys, time
from pathlib import Path
from composer.ui.app import application
from composer.ui.main_window import MainWindow
from composer.ui.spend.wiring import BALANCE_DELAY_MS
app = application([])
window = MainWindow()
window.show()
window.files.open_path(Path(sys.argv[1]))
while not window.has_painted:
    app.processEvents()

def run_for(seconds, edit):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if edit:
            x = window.doc.value(0, "character.offset.x") or 0.0
            window.edits.set_values(0, {"character.offset.x": round(x + 0.001, 4)}, "Move", "d")
        app.processEvents()
        time.sleep(0.05)

run_for(BALANCE_DELAY_MS / 1000 + 4, edit=True)  # a long drag, from start-up on
loaded = lambda: "keyring" in sys.modules or "requests" in sys.modules
while_editing = loaded()
paused = time.monotonic()
while not loaded() and time.monotonic() - paused < 15:
    run_for(0.05, edit=False)
print(json.dumps({"while_editing": while_editing, "after_pause": loaded(),
                  "seconds": round(time.monotonic() - paused, 2)}))
window.stack.setClean()
window.shutdown()
"""


CLOSED = """
import json, sys, time
from pathlib import Path
from composer.ui.app import application
from composer.ui.main_window import MainWindow
from composer.ui.spend.wiring import BALANCE_DELAY_MS, QUIET_MS
app = application([])
window = MainWindow()
window.show()
window.files.open_path(Path(sys.argv[1]))
while not window.has_painted:
    app.processEvents()
window.close()
end = time.monotonic() + (BALANCE_DELAY_MS + QUIET_MS) / 1000 + 2
while time.monotonic() < end:
    app.processEvents()
    time.sleep(0.05)
print(json.dumps({"loaded": "keyring" in sys.modules or "requests" in sys.modules}))
"""


def _run(script: str, tmp_path: Path) -> dict:
    project_file = tmp_path / "drag.scene.json"
    save_project(valid_project(2), project_file)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("HEYGEN_API_KEY", None)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / var.lower())
    out = subprocess.run(
        [sys.executable, "-c", script, str(project_file)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_a_closed_window_loads_and_asks_nothing_more(tmp_path: Path) -> None:
    assert _run(CLOSED, tmp_path) == {"loaded": False}


def test_the_http_stack_loads_when_editing_pauses(tmp_path: Path) -> None:
    result = _run(SCRIPT, tmp_path)
    assert result["while_editing"] is False, result
    assert result["after_pause"] is True, result
    assert result["seconds"] < 6, result  # about QUIET_MS after the last edit
