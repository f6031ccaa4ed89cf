"""Download progress in the words every route uses."""

from __future__ import annotations

from collections.abc import Callable

from composer.routes.base import Progress

MB = 1024 * 1024


def download_progress(
    progress: Progress, what: str = "Downloading"
) -> Callable[[int, int | None], None]:
    """A `(done, total)` byte counter that reports to `progress` in MB."""

    def report(done: int, total: int | None) -> None:
        if total:
            progress(done / total, f"{what}: {done / MB:.1f} of {total / MB:.1f} MB")
        else:
            progress(None, f"{what}: {done / MB:.1f} MB")

    return report
