"""Core figures: open, save, validate and build a 50-scene project."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.measure import Figure, median, samples_ms
from composer.model.request import build_request
from composer.model.validate import validate
from composer.projectfile import load_project, save_project
from composer.resources import example_project


def fifty_scene_project():
    """The example's scenes repeated to 50, with their names numbered."""
    import copy

    from composer.model.project import new_scene_id

    base = load_project(example_project())
    scenes = []
    for i in range(50):
        scene = copy.deepcopy(base.scenes[i % len(base.scenes)])
        scene.id, scene.name = new_scene_id(), f"Scene {i + 1}"
        scenes.append(scene)
    base.scenes = scenes
    return base


def figures(repeat: int = 50) -> list[Figure]:
    project = fifty_scene_project()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fifty.scene.json"
        save_ms = samples_ms(lambda: save_project(project, path), repeat)
        open_ms = samples_ms(lambda: load_project(path), repeat)
    samples_ms(lambda: (validate(project), build_request(project)), 5)  # warm up
    check_ms = samples_ms(lambda: (validate(project), build_request(project)), repeat * 2)
    return [
        Figure("core: open 50 scenes", median(open_ms), "ms", 20, f"median of {repeat}"),
        Figure(
            "core: save 50 scenes",
            median(save_ms),
            "ms",
            20,
            f"median of {repeat}, atomic with fsync and backup",
        ),
        Figure(
            "core: validate + build 50 scenes", median(check_ms), "ms", 5, f"median of {repeat * 2}"
        ),
    ]
