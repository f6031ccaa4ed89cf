"""A scripted editing session, for the reliability suite's kill-during-editing trials.

With SCENE_COMPOSER_EDIT_SCRIPT=FILE the window applies FILE's edits one at a time through
the same undoable operations a user's clicks use, printing `edit N` after each and
`autosaved N` after each recovery write, so a test can kill the process at any moment and
know exactly which edits the recovery copy must hold. Without the variable it does nothing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from composer.model.project import Project, default_scene
from composer.projectfile.recovery import RecoverySnapshot

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow

ENV = "SCENE_COMPOSER_EDIT_SCRIPT"


def install(window: MainWindow) -> None:
    path = os.environ.get(ENV)
    if not path:
        return
    script = json.loads(Path(path).read_text("utf-8"))
    edits: list[dict[str, str]] = script["edits"]
    applied = [0]
    taken: dict[int, int] = {}  # id(snapshot) -> edits applied when it was taken
    snapshot = window.files.recovery.snapshot

    def counted_snapshot(project: Project, source: Path | None) -> RecoverySnapshot:
        taken_now = snapshot(project, source)
        taken[id(taken_now)] = applied[0]
        return taken_now

    def written(done: RecoverySnapshot) -> None:
        print(f"autosaved {taken.pop(id(done))}", flush=True)

    window.files.recovery.snapshot = counted_snapshot  # type: ignore[method-assign]
    window.files.autosaved.connect(written)

    def step() -> None:
        if applied[0] >= len(edits):
            timer.stop()
            print("done", flush=True)
            return
        edit = edits[applied[0]]
        applied[0] += 1
        apply_edit(window, edit)
        print(f"edit {applied[0]}", flush=True)

    timer = QTimer(window, interval=int(script.get("interval_ms", 30)))
    timer.timeout.connect(step)
    timer.start()


def apply_edit(window: MainWindow, edit: dict[str, Any]) -> None:
    if "insert" in edit:
        window.edits.insert(len(window.doc), [default_scene(edit["insert"])], "Add scene")
    else:
        window.edits.set_values(0, {"name": edit["rename"]}, "Rename scene")
