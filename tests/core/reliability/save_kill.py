"""Kill a process in the middle of saving large projects; the file must never be torn.

A child process saves two large projects (A and B, 50 scenes with long scripts) to one
file, alternately, as fast as it can; the parent SIGKILLs it at a random moment. After
each kill the file must load and equal A or B exactly, and the `.bak` must load too.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from composer.model.project import Project
from composer.model.request import build_request
from composer.projectfile import ProjectFileError, load_project, save_project
from composer.storage.atomic import backup_path
from tests.core.reliability.figures import Figure
from tests.support.builders import valid_project

CHILD = """
import sys
from tests.core.reliability.save_kill import big_project
from composer.projectfile import save_project
if len(sys.argv) > 2:  # --unsafe: a naive overwrite, to show the check catches tearing
    from composer.projectfile.format import project_to_document
    import json, pathlib
    def save_project(project, path):
        with open(path, "w") as handle:  # truncated at once, then written as encoded
            json.dump(project_to_document(project, pathlib.Path("/")), handle)
path = sys.argv[1]
versions = [big_project("A"), big_project("B")]
print("ready", flush=True)
i = 0
while True:
    save_project(versions[i % 2], path)
    i += 1
"""


def big_project(tag: str) -> Project:
    project = valid_project(50)
    project.title = f"Version {tag}"
    for i, scene in enumerate(project.scenes):
        scene.voice.input_text = f"{tag} scene {i} " + "word " * 900
    return project


def run(trials: int = 50, seed: int = 7, *, unsafe: bool = False) -> Figure:
    rng = random.Random(seed)
    expected = {p.title: p for p in (big_project("A"), big_project("B"))}
    torn = bad_backup = mid_write = 0
    repo = str(Path(__file__).resolve().parents[3])
    env = dict(os.environ, PYTHONPATH=repo)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.scene.json"
        save_project(expected["Version A"], path)
        save_project(expected["Version B"], path)
        for _ in range(trials):
            args = [sys.executable, "-c", CHILD, str(path)] + (["--unsafe"] if unsafe else [])
            child = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, text=True)
            assert child.stdout is not None
            child.stdout.readline()  # "ready": it is about to save
            time.sleep(rng.uniform(0.0, 0.08))
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            torn += not _is_one_of(path, expected)
            bad_backup += not _is_one_of(backup_path(path), expected)
            mid_write += _clear_temp_files(Path(folder))
    figure = Figure(
        "kill during save",
        {
            "trials": trials,
            "killed mid-write": mid_write,
            "torn files": torn,
            "torn backups": bad_backup,
        },
        must_be_zero=("torn files", "torn backups"),
    )
    figure.require("a kill landed mid-write", mid_write > 0)
    return figure


def _clear_temp_files(folder: Path) -> int:
    """Remove a killed save's temp file; 1 if there was one (the kill hit mid-write)."""
    temps = [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    for temp in temps:
        temp.unlink()
    return int(bool(temps))


def _is_one_of(path: Path, expected: dict[str | None, Project]) -> bool:
    try:
        project = load_project(path)
    except ProjectFileError:
        return False
    reference = expected.get(project.title)
    # Scene ids are random per process, so compare what the user made: body and names.
    return reference is not None and (build_request(project), _names(project)) == (
        build_request(reference),
        _names(reference),
    )


def _names(project: Project) -> list[str]:
    return [scene.name for scene in project.scenes]
