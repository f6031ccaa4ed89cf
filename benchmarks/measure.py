"""Timing helpers and the printed figure line."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

PEAK_KIB = "int(open('/proc/self/status').read().split('VmHWM:')[1].split()[0])"
"""Python that gives the running process's own peak RSS in KiB. Benchmarks measure child
processes with it: ru_maxrss survives exec, so a child of a large benchmark process would
report the parent's peak (VmHWM belongs to the address space, which exec replaces)."""


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    target: float
    detail: str = ""
    at_least: bool = False
    """The target is a minimum (a speed), not a maximum."""
    broken: str = ""
    """What did not happen that the figure needs (the drag moved nothing...): a FAIL."""

    @property
    def passed(self) -> bool:
        if self.broken:
            return False
        return self.value >= self.target if self.at_least else self.value <= self.target

    def line(self) -> str:
        detail = f" ({self.detail})" if self.detail else ""
        verdict = f"FAIL: {self.broken}" if self.broken else "PASS" if self.passed else "MISS"
        return (
            f"{self.name}: {self.value:.2f} {self.unit}{detail}; target "
            f"{'>=' if self.at_least else '<='} {self.target:g} {self.unit}: {verdict}"
        )


def samples_ms(action: Callable[[], object], repeat: int) -> list[float]:
    """Wall time of each call, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values)


RUNS = 3
"""Each GUI figure is measured in this many runs; the median run is reported."""


def median_of_runs(measure: Callable[[], list[Figure]], runs: int = RUNS) -> list[Figure]:
    """Run `measure` `runs` times; per figure, the run with the median value, its detail
    prefixed with every run's value (this machine's speed varies from minute to minute)."""
    results = [measure() for _ in range(runs)]
    chosen = []
    for same in zip(*results, strict=True):
        ordered = sorted(same, key=lambda f: f.value)
        middle = ordered[len(ordered) // 2]
        values = ", ".join(f"{f.value:.2f}" for f in same)
        broken = "; ".join(dict.fromkeys(f.broken for f in same if f.broken))  # any run's
        detail = f"median of {runs} runs: {values}; {middle.detail}"
        chosen.append(replace(middle, detail=detail, broken=broken))
    return chosen
