"""The benchmark script runs and prints each figure with its target and PASS/MISS."""

import re
from pathlib import Path

from benchmarks import compose, core, gui, mixing
from benchmarks.measure import Figure, median_of_runs
from composer.projectfile import save_project

LINE = re.compile(r"^.+: \d+\.\d\d (ms|x|MB|s)( \(.*\))?; target (<=|>=) [\d.]+ \1: (PASS|MISS)$")
"""A figure that measured what it says (a FAIL line, where the measured thing did not
happen, does not match)."""


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


def test_compose_figures_run_on_a_short_video(qapp, tmp_path: Path) -> None:
    """The compose benchmark on 4 scenes of 0.4 s at 640x360 and 360x640 against the
    FFmpeg peer, once each, and the long video as 3 scenes (the real one: 4 x 6 s at
    1920x1080 and 1080x1920, 3 runs, and 100 scenes)."""
    figures = compose.figures(
        seconds=0.4, repeat=1, cache=tmp_path, long_scenes=3, shapes=((640, 360), (360, 640))
    )
    assert [f.unit for f in figures] == ["x", "MB", "x", "MB", "MB"]
    for figure in figures:
        assert figure.value > 0 or figure.unit == "MB"
        assert LINE.match(figure.line()), figure.line()
    assert "app " in figures[0].detail and "vs ffmpeg" in figures[0].detail


def test_mixing_figures_run_on_a_short_video() -> None:
    """The mixing benchmark on one scene of 0.5 s, once (the real one: 4 and 100 scenes of
    6 s, 3 runs each)."""
    figures = mixing.figures(repeat=1, videos=((1, 5.0),), seconds=0.5)
    assert [f.unit for f in figures] == ["s", "MB"]
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


def test_the_preview_drag_moves_the_presenter_and_the_text(qtbot, tmp_path: Path) -> None:
    """The drags go through the window's event dispatch and move what they drag in the
    document (the figure says FAIL if not)."""
    project_file = tmp_path / "images.scene.json"
    save_project(gui.image_project(tmp_path, count=3), project_file)
    avatar, text = gui.preview_drags(project_file, events=20)
    for figure, name in ((avatar, "avatar"), (text, "text")):
        moved = re.search(rf"{name} moved from \((.+?)\) to \((.+?)\)", figure.detail)
        assert moved and moved[1] != moved[2], figure.detail
        assert not figure.broken


def test_a_drop_through_the_views_events_moves_the_scene(qtbot, tmp_path: Path) -> None:
    project_file = tmp_path / "images.scene.json"
    save_project(gui.image_project(tmp_path, count=3), project_file)
    window = gui.open_window(project_file)
    try:
        before = [scene.id for scene in window.doc.project.scenes]
        gui.drag_and_drop(window.scene_view, 0, 3)
        after = [scene.id for scene in window.doc.project.scenes]
        assert after == [*before[1:3], before[0], *before[3:]]
    finally:
        gui.dispose(window)


def test_a_measure_that_did_not_happen_says_fail() -> None:
    line = Figure("drag", 1.0, "ms", 4, broken="the drag did not move the avatar").line()
    assert line.endswith("target <= 4 ms: FAIL: the drag did not move the avatar")
    assert not LINE.match(line)
    runs = iter([Figure("d", 1.0, "ms", 4), Figure("d", 2.0, "ms", 4, broken="x"),
                 Figure("d", 3.0, "ms", 4)])  # fmt: skip
    (chosen,) = median_of_runs(lambda: [next(runs)])
    assert chosen.line().endswith("FAIL: x")  # one run's failure fails the figure
