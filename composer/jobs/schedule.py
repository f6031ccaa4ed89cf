"""When a job asks HeyGen for its status again, and how it is told to stop: small enough
to import at start-up, unlike the runner and its HTTP stack."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class PollSchedule:
    """How often to ask HeyGen for the status: `start` seconds, growing to `maximum`."""

    start: float = 5.0
    growth: float = 1.5
    maximum: float = 30.0
    max_failures: int = 10
    """Failed status calls (or downloads) in a row before giving up on following a video."""
    give_up_after: float = 6 * 3600.0
    """Seconds of following one render before the job says "still rendering at HeyGen,
    check again later" (never "failed": HeyGen may still finish it)."""

    def intervals(self) -> Iterator[float]:
        wait = self.start
        while True:
            yield wait
            wait = min(self.maximum, wait * self.growth)


class StopEvent(threading.Event):
    """A cancel event that can also mean "the app is quitting" (`detach`): then a job HeyGen
    already has stays as it is in the history, to be followed again at the next start."""

    detached = False

    def detach(self) -> None:
        self.detached = True
        self.set()
