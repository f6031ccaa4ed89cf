"""The benchmark script runs and prints each figure with its target and PASS/MISS."""

import re

from benchmarks import core
from benchmarks.measure import Figure

LINE = re.compile(r"^.+: \d+\.\d\d (ms|x|MB)( \(.*\))?; target <= [\d.]+ \1: (PASS|MISS)$")


def test_core_figures_print_value_target_and_verdict() -> None:
    figures = core.figures(repeat=3)
    assert len(figures) == 3
    for figure in figures:
        assert figure.value > 0
        assert LINE.match(figure.line()), figure.line()


def test_a_missed_target_says_miss() -> None:
    assert Figure("x", 5.0, "ms", 4).line().endswith("MISS")
    assert Figure("x", 3.0, "ms", 4).line().endswith("PASS")
