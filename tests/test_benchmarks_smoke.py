"""The benchmark script runs and prints each figure with its target and PASS/MISS."""

import re
from pathlib import Path

from benchmarks import compose, core, gui
from benchmarks.measure import Figure, median_of_runs
from composer.projectfile import save_project

LINE = re.compile(r"^.+: \d+\.\d\d (ms|x|MB)( \(.*\))?; target (<=|>=) [\d.]+ \1: (PASS|MISS)$")


def test_core_figures_print_value_target_and_verdict() -> None:
    figures = core.figures(repeat=3)
    assert len(figures) == 3
    for figure in figures:
        assert figure.value > 0
        assert LINE.match(figure.line()), figure.line()


def test_a_missed_target_says_miss() -> None:
    assert Figure("x", 5.0, "ms", 4).line().endswith("MISS")
    assert Figure("x", 3.0, "ms", 4).line().endswith("PASS")
    assert Figure("x", 0.8, "x", 1, at_least=True).line().endswith("target >= 1 x: MISS")
    assert Figure("x", 1.2, "x", 1, at_least=True).line().endswith("PASS")


def test_compose_figures_run_on_a_short_video(tmp_path: Path) -> None:
    """The compose benchmark on 4 scenes of 0.4 s, once each (the real one: 60 s, 3 runs)."""
    figures = compose.figures(seconds=0.4, repeat=1, cache=tmp_path)
    assert [f.unit for f in figures] == ["x", "MB"]
    for figure in figures:
        assert figure.value > 0
        assert LINE.match(figure.line()), figure.line()


def test_gui_figures_run_on_a_small_sample(qtbot, tmp_path: Path) -> None:
    project_file = tmp_path / "images.scene.json"
    save_project(gui.image_project(tmp_path, count=3), project_file)
    figures = [
        gui.cold_start(project_file, repeat=1),
        *gui.preview_drags(project_file, events=20),
        *gui.scene_list(project_file, drops=5),
    ]
    assert len(figures) == 5
    for figure in figures:
        assert figure.value > 0
        assert LINE.match(figure.line()), figure.line()


def test_gui_figures_report_the_median_of_three_runs() -> None:
    values = iter([7.0, 3.0, 5.0])
    calls: list[int] = []

    def measure() -> list[Figure]:
        calls.append(1)
        return [Figure("drag p99", next(values), "ms", 4, "p50 1 ms")]

    (figure,) = median_of_runs(measure)
    assert len(calls) == 3 and figure.value == 5.0
    assert figure.detail == "median of 3 runs: 7.00, 3.00, 5.00; p50 1 ms"
    assert LINE.match(figure.line()), figure.line()
