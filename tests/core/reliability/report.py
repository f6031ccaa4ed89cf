"""Print the reliability figures: `python -m tests.core.reliability.report`.

Each line is measured now, in this run; FAIL marks a figure whose must-be-zero count is not 0
or whose bar (e.g. "a kill landed mid-write") was not met, and says which.
`python -m tests.core.reliability.mutations` shows that each line FAILs when the behaviour it
names is broken.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from collections.abc import Callable

from tests.core.reliability import (
    api_faults,
    bad_files,
    durability,
    edit_kill,
    hostile_inputs,
    job_kill,
    save_kill,
    secrets_scan,
)
from tests.core.reliability.figures import Figure

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SUITES: list[tuple[str, Callable[[], Figure]]] = [
    ("kill during editing", lambda: edit_kill.run(trials=20)),
    ("kill during save", lambda: save_kill.run(trials=50)),
    ("durability", durability.run),
    ("bad files", lambda: bad_files.run(count=1000)),
    ("kill during a job", lambda: job_kill.run(jobs=8)),
    ("API faults", api_faults.run),
    ("secrets", secrets_scan.run),
    ("hostile inputs", hostile_inputs.run),
]


def main() -> int:
    print(
        f"Scene Composer reliability report, {time.strftime('%Y-%m-%d')}, "
        f"{platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    failed = 0
    for _name, measure in SUITES:
        start = time.perf_counter()
        figure = measure()
        print(f"{figure.line()}  [{time.perf_counter() - start:.1f} s]")
        for note in figure.notes:
            print(f"    {note}")
        failed += not figure.ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
