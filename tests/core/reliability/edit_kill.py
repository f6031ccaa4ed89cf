"""Kill the real app (a subprocess, offscreen) at random moments while it is being edited.

The app applies a script of edits (scene inserts, which autosave within 0.25 s, and renames,
which wait for the next autosave) and prints what it applied and autosaved. After each
SIGKILL the recovery store, exactly as the next start reads it, must offer a project that
holds every edit made before the last autosave, and no file may be unreadable.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from composer.projectfile import ProjectFileError, load_project, save_project
from composer.projectfile.recovery import RecoveryStore
from tests.core.reliability.figures import Figure
from tests.support.builders import valid_project

REPO = Path(__file__).resolve().parents[3]
EDITS = [{"insert": f"S{i}"} if i % 2 else {"rename": f"R{i}"} for i in range(1, 41)]


def names_after(count: int, first: list[str]) -> list[str]:
    """Scene names once the first `count` edits are applied."""
    names = list(first)
    for edit in EDITS[:count]:
        if "insert" in edit:
            names.append(edit["insert"])
        else:
            names[0] = edit["rename"]
    return names


def _read_lines(stream, lines: list[str]) -> None:
    for line in stream:
        lines.append(line.strip())


def one_trial(root: Path, rng: random.Random) -> tuple[int, int, int, bool, bool]:
    """(edits made, made before the last autosave, recovered, offered, corrupted)."""
    project_path = root / "p.scene.json"
    start = valid_project(2)
    save_project(start, project_path)
    script = root / "edits.json"
    script.write_text(json.dumps({"interval_ms": 25, "edits": EDITS}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "SCENE_COMPOSER_EDIT_SCRIPT": str(script),
        "HOME": str(root / "home"),
        "XDG_DATA_HOME": str(root / "data"),
        "XDG_CONFIG_HOME": str(root / "config"),
        "XDG_CACHE_HOME": str(root / "cache"),
        "XDG_STATE_HOME": str(root / "state"),
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "composer", str(project_path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=_read_lines, args=(child.stdout, lines), daemon=True)
    reader.start()
    deadline = time.monotonic() + 30
    while not any(line.startswith("edit") for line in lines) and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(rng.uniform(0.0, 1.5))
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    reader.join(timeout=5)
    made = max((int(line.split()[1]) for line in lines if line.startswith("edit ")), default=0)
    saved = max(
        (int(line.split()[1]) for line in lines if line.startswith("autosaved ")), default=0
    )
    store = RecoveryStore(root / "data" / "scene-composer" / "recovery")
    corrupted = _unreadable(store.autosave_path) or _unreadable(project_path)
    info = store.pending()
    first = [s.name for s in start.scenes]
    if info is None:
        return made, saved, 0, False, corrupted
    got = [s.name for s in info.project.scenes]
    # An edit's autosave is written before its lines are printed: a kill in between leaves
    # a recovery copy one edit newer than the output says.
    newest = min(made + 1, len(EDITS))
    recovered = next((n for n in range(newest, saved - 1, -1) if names_after(n, first) == got), -1)
    return made, saved, recovered, True, corrupted


def _unreadable(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        load_project(path)
    except ProjectFileError:
        return True
    return False


def run(trials: int = 20, seed: int = 5) -> Figure:
    rng = random.Random(seed)
    made_total = saved_total = recovered_total = offered = corrupted = lost = 0
    for _ in range(trials):
        with tempfile.TemporaryDirectory() as folder:
            made, saved, recovered, was_offered, bad = one_trial(Path(folder), rng)
        made_total += made
        saved_total += saved
        offered += was_offered
        corrupted += bad
        recovered_total += max(recovered, 0)
        lost += saved > 0 and recovered < saved
    figure = Figure(
        "kill during editing",
        {
            "trials": trials,
            "recovery offered": offered,
            "edits made": made_total,
            "edits before the last autosave": saved_total,
            "edits recovered": recovered_total,
            "trials losing autosaved edits": lost,
            "files corrupted": corrupted,
        },
        must_be_zero=("trials losing autosaved edits", "files corrupted"),
    )
    # Kills land 0-1.5 s after the first edit, whose autosave is due within 0.25 s: on a busy
    # machine (the suite's other workers) a few kills beat the first autosave (14 of 20 seen),
    # while an autosave slowed to 5 s (the mutation table's row) is offered in none.
    figure.require("recovery offered in at least half the trials", offered >= 0.5 * trials)
    figure.require("autosaves seen", saved_total > 0)
    return figure
