"""One way of turning a project into a video on HeyGen: the RenderRoute interface.

The job runner (composer/jobs/runner.py), the job history, the window and the command line
drive every route the same way and never look inside one:

1. `check(project)`: everything this route refuses (errors) or drops (warnings, in plain
   words naming scene and field). Nothing is sent while there are errors.
2. `prepare(project, job)`: uploads local media and builds the requests; returns the job's
   `ref`, a plain JSON object only the route reads. The runner saves it in the job history
   before anything is created at HeyGen, so idempotency keys are on disk before the POST.
3. `send(ref, job)`: creates the render(s). Each id HeyGen returns is saved at once
   (`job.remember`); `job.submitted` tells the runner HeyGen has the video. A route may
   create several renders for one job (one avatar clip per scene, say) and keep them all
   in `ref`. With `resend_safe` (the creates carry idempotency keys) a job cut short while
   sending is sent again with the same keys on resume instead of becoming "unknown".
4. `poll(ref)`: one status check over all of the job's renders -> RouteStatus.
5. `fetch(ref, target, progress, cancel)`: once `poll` says completed, writes the MP4 at
   `target` (and e.g. the SRT beside it), composing locally if the route needs to, with
   progress; returns the files written.

The job record keeps only the route's `name` and its `ref`, so resuming after a restart
needs nothing else. A send that HeyGen never confirmed raises NetworkError: on a
`resend_safe` route the job then waits to be sent again (same keys), else it fails.

Besides, for the window and the command line: `balance()` (the account's credit),
`catalogue()` (avatars and voices as the route names them), `preview` (how the preview
draws scenes), `losses_summary(project)` (the Submit dialog's "3 scenes lose their text
overlay"), `payload(project)` (`scene-composer payload`) and `check_after_move` (a fast
re-check after a drag).

Adding a route (the next HeyGen version, a local compositor...):
- write `composer/routes/<name>.py` with a subclass of RenderRoute: set `name`, `label`,
  `summary`, `preview` and `resend_safe`, implement the abstract methods (HTTP goes in
  composer/heygen, reusing HeyGenClient's plumbing);
- add one line for it to `ROUTE_MODULES` in composer/routes/registry.py;
- test it against the sandbox (composer/sandbox) over real HTTP.
Routes are Qt-free; a route that paints frames may use composer/paint.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from composer.model.project import Project
from composer.model.validate import Problem

if TYPE_CHECKING:
    from composer.assets.containment import UploadFile, UploadPolicy
    from composer.catalogue.store import CatalogueSource
    from composer.heygen.client import HeyGenClient

Ref = dict[str, Any]
"""A route's record of one job: plain JSON (saved in the job history), read only by it."""

Progress = Callable[[float | None, str], None]
"""fraction done (None: unknown), words for the user."""


class PreviewMode(StrEnum):
    """How the preview should draw scenes for a route, so the user sees what they get."""

    LAYOUT = "layout"  # every field placed as v2 places it
    WHOLE_FRAME = "whole_frame"  # "as v3 renders it": whole-frame scenes, centre-cropped
    EXACT = "exact"  # painted by composer/paint exactly as the video will be


class RouteFailed(Exception):
    """Ends a job as failed with this message and failure kind ("invalid", "render",
    "retired", "disk"...). `offer_route`: a route the user can send the project on instead."""

    def __init__(self, message: str, failure: str, *, offer_route: str | None = None) -> None:
        super().__init__(message)
        self.failure = failure
        self.offer_route = offer_route


@dataclass(frozen=True)
class RouteStatus:
    """Where a job's render(s) stand."""

    state: str  # one of QUEUED, PROCESSING, COMPLETED, FAILED below
    fraction: float | None = None  # share of the render(s) done, when known
    words: str = ""  # plain words: "2 of 5 scenes rendered"
    failure: str = ""  # plain words: why HeyGen could not render it (state FAILED)

    QUEUED: ClassVar[str] = "queued"
    PROCESSING: ClassVar[str] = "processing"
    COMPLETED: ClassVar[str] = "completed"
    FAILED: ClassVar[str] = "failed"


def captioned_path(target: Path) -> Path:
    """Where the video with burnt-in captions goes: beside the video, "-captioned"."""
    return target.with_name(f"{target.stem}-captioned{target.suffix}")


@dataclass(frozen=True)
class Balance:
    """What is left on the account, as the route's API reports it, in the account's unit
    (a v3 wallet may count dollars or credits)."""

    amount: float | None  # None: the API did not say
    words: str  # "42 credits left" / "$12.34 left"
    unit: str = "credits"  # "credits" | "usd"

    def amount_in(self, unit: str) -> float | None:
        """The amount when it is counted in `unit` (a cost's unit), else None: dollars
        and credits do not compare."""
        return self.amount if self.unit == unit else None


class JobContext(Protocol):
    """What the runner gives a route while it prepares and sends a job."""

    cancel: threading.Event
    uploads: UploadPolicy | None
    """Which local files may be uploaded (None: any); pass it to resolve_uploads."""

    def uploading(self, done: int, total: int, name: str) -> None:
        """Report an upload (the job shows "Uploading media"); raises Cancelled if asked."""
        ...

    def remember(self, ref: Ref) -> None:
        """Save `ref` in the history now (e.g. each render id as HeyGen returns it)."""
        ...

    def submitted(self, video_id: str, notice: str | None, ref: Ref) -> None:
        """HeyGen has (and bills) the job: saves `ref` and the id the user sees (the first
        render's) and moves the job to queued. HeyGen's notice, if any, is shown."""
        ...

    def note(self, words: str) -> None:
        """A passing message ("HeyGen is busy, trying again in 2 s")."""
        ...

    def check_cancel(self) -> None:
        """Raise Cancelled if the user stopped the job."""
        ...


class RenderRoute(ABC):
    """One render route. Instances are made per job runner, for one server and key."""

    name: ClassVar[str]  # the id saved in projects and the job history: "v2", "v3"
    label: ClassVar[str]  # what the user picks: "v3 studio"
    summary: ClassVar[str]  # one or two plain sentences for the chooser
    preview: ClassVar[PreviewMode] = PreviewMode.LAYOUT
    resend_safe: ClassVar[bool] = False  # creates carry idempotency keys
    pricing: ClassVar[str]
    """The billing rule file's entry for this route ("v2", "v3", "exact"). Every route
    declares one: composer/routes/registry.py refuses a route without it."""

    def __init__(self, client: HeyGenClient) -> None:
        self.client = client

    @property
    def base_url(self) -> str:
        return self.client.base_url

    @classmethod
    @abstractmethod
    def check(cls, project: Project) -> list[Problem]:
        """Every problem of `project` on this route (errors refuse, warnings drop)."""

    @classmethod
    def losses_summary(cls, project: Project) -> list[str]:
        """What this route leaves out of `project`, counted for the Submit dialog ("3 scenes
        lose their text overlay"); empty when it keeps everything."""
        return []

    @classmethod
    def check_after_move(
        cls, problems: list[Problem], project: Project, src: int, dst: int
    ) -> list[Problem]:
        """`check(project)` after its scene at `src` moved to `dst`, given the `problems`
        from before (a route may just renumber them: a drag must stay fast)."""
        return cls.check(project)

    @classmethod
    def payload(cls, project: Project) -> Any:
        """The request body this route would send for `project` (local files not uploaded
        yet), for `scene-composer payload`; None when it sends no single body."""
        return None

    @classmethod
    def uploaded_part(cls, project: Project) -> Project:
        """`project` less the local files this route does not upload (the Submit dialog
        lists the rest)."""
        return project

    @classmethod
    def files_used(cls, project: Project) -> list[UploadFile]:
        """Every local file sending `project` on this route reads, each marked uploaded to
        HeyGen or not (only put into the video composed on this computer); those outside
        the project's folder need the user's yes."""
        from composer.assets.uploads import files_to_upload  # not at start-up

        return files_to_upload(replace(cls.uploaded_part(project), route=cls.name))

    @classmethod
    def clips_to_bill(cls, project: Project, source: str | None) -> list[int] | None:
        """For a route billed per clip, the scenes that stand for the clips HeyGen must
        still render on the server and account `source` (HeyGenClient.source; None: not
        known, nothing cached counts), one each; None: the route bills the whole video."""
        return None

    @classmethod
    def removals_to_bill(cls, project: Project, scenes: Collection[int]) -> Collection[int]:
        """Of `scenes` (from `clips_to_bill`), those whose clips HeyGen must also clean
        with its background removal (billed at the rule file's removal rate)."""
        return ()

    @classmethod
    def submit_note(cls, project: Project, source: str | None) -> str | None:
        """A line for the Submit dialog about what sending to the server and account
        `source` will cost on this route ("0 new HeyGen renders, composing locally");
        None: nothing to add."""
        return None

    @abstractmethod
    def prepare(self, project: Project, job: JobContext) -> Ref:
        """Upload local media, build the request(s); the returned ref is saved before send."""

    @abstractmethod
    def send(self, ref: Ref, job: JobContext) -> Ref:
        """Create the render(s) not created yet; returns the ref with their ids."""

    @abstractmethod
    def poll(self, ref: Ref) -> RouteStatus:
        """Ask HeyGen once how the job's render(s) are doing."""

    @abstractmethod
    def fetch(
        self, ref: Ref, target: Path, progress: Progress, cancel: threading.Event
    ) -> list[Path]:
        """Write the finished video at `target` (plus sidecars such as `.srt`); the files."""

    @abstractmethod
    def balance(self) -> Balance:
        """The account's remaining credit."""

    def catalogue(self) -> CatalogueSource:
        """The account's avatars, talking photos and voices as this route names them
        (default: as the HeyGen client lists them on v2)."""
        return self.client
