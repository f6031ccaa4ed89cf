"""Every API fault the sandbox can produce, through the real job runner: each must end in a
clear state a user can act on, with at most one generate POST per submit."""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from composer.jobs.history import JobHistory
from composer.jobs.runner import JobRunner
from composer.jobs.state import JobRecord, JobState
from composer.sandbox.server import SandboxServer
from tests.core.reliability.figures import Figure
from tests.support.builders import valid_project
from tests.support.sandbox_fixture import FAST_POLLS, GENERATE, KEY, client_for

GEN = "/v2/video/generate"


@dataclass(frozen=True)
class Fault:
    name: str
    arrange: Callable[[SandboxServer], None]
    expect: JobState
    words: str  # must appear in what the user is shown
    client: dict | None = None
    posts: int = 1
    """Generate POSTs the sandbox should receive: one per submit, plus one refused (429)
    before it made anything, which must be sent again."""


def _set(**values: object) -> Callable[[SandboxServer], None]:
    return lambda server: server.faults.update(values)


def _expire_after_render(server: SandboxServer) -> None:
    """The video link has expired by the time the download starts; status gives a new one."""
    original = server.expire_urls
    threading.Timer(0.35, original).start()


FAULTS = [
    Fault("401 bad key", _set(auth_fail_next=1, only_path=GEN), JobState.FAILED, "API key"),
    Fault(
        "400 with message",
        _set(reject_next=1, only_path=GEN, reject_message="avatar_id Daisy is not available"),
        JobState.FAILED,
        "avatar_id Daisy is not available",
    ),
    Fault("402 no credit", _set(no_credit_next=1, only_path=GEN), JobState.FAILED, "credit"),
    Fault(
        "429 Retry-After",
        _set(rate_limit_next=1, retry_after=1, only_path=GEN),
        JobState.COMPLETED,
        "",
        posts=2,
    ),
    Fault("500 on generate", _set(server_error_next=1, only_path=GEN), JobState.FAILED, "HeyGen"),
    Fault(
        "503 on status",
        _set(server_error_next=2, server_error_status=503, only_path="/v1/video_status.get"),
        JobState.COMPLETED,
        "",
    ),
    Fault(
        "latency beyond read timeout",
        _set(latency=1.5, only_path=GEN),
        JobState.SUBMISSION_UNKNOWN,
        "check",
        {"read_timeout": 0.5},
    ),
    # A reset before any answer can't prove the POST never arrived: never resent.
    Fault(  # the sandbox closes the connection unread: it receives no POST at all
        "dropped before reading",
        _set(drop_before_next=1),
        JobState.SUBMISSION_UNKNOWN,
        "check",
        posts=0,
    ),
    Fault(
        "dropped after sending",
        _set(drop_after_next=1, only_path=GEN),
        JobState.SUBMISSION_UNKNOWN,
        "check",
    ),
    Fault(
        "200 with error on status",
        _set(ok_with_error_next=1, only_path="/v1/video_status.get"),
        JobState.COMPLETED,
        "",
    ),
    Fault(
        "render fails",
        _set(fail_render="Video too long for your plan"),
        JobState.FAILED,
        "Video too long for your plan",
    ),
    Fault("expired video URL", _expire_after_render, JobState.COMPLETED, ""),
]


@dataclass(frozen=True)
class Outcome:
    record: JobRecord
    posts: int  # generate POSTs the sandbox saw (a 429-refused one is among them)
    videos: int  # videos the sandbox created: more than 1 would bill the user twice
    video_bytes: int  # size of the downloaded file (0: none)


def run_fault(fault: Fault) -> Outcome:
    """One submit under `fault`, through the real runner and client."""
    with tempfile.TemporaryDirectory() as folder, SandboxServer(render_seconds=0.3) as server:
        fault.arrange(server)
        client = client_for(server, KEY, **(fault.client or {}))
        runner = JobRunner(client, JobHistory(Path(folder) / "jobs.json"), schedule=FAST_POLLS)
        record = runner.submit(
            valid_project(2),
            fault.name,
            Path(folder) / "videos",
            on_update=lambda _r: None,
            on_progress=lambda *_a: None,
            cancel=threading.Event(),
        )
        size = Path(record.file).stat().st_size if record.file else 0
        return Outcome(record, server.count(*GENERATE), server.store.video_count(), size)


def handled(fault: Fault, outcome: Outcome) -> bool:
    record = outcome.record
    if record.state != fault.expect:
        return False
    if record.state == JobState.COMPLETED:
        return outcome.video_bytes > 0
    return fault.words.lower() in record.message.lower() and KEY not in record.message


def run() -> Figure:
    tried = ok = duplicates = posts = wanted = 0
    failures = []
    for fault in FAULTS:
        outcome = run_fault(fault)
        tried += 1
        if handled(fault, outcome):
            ok += 1
        else:
            failures.append(f"{fault.name}: {outcome.record.state} {outcome.record.message!r}")
        if outcome.posts != fault.posts:
            failures.append(f"{fault.name}: {outcome.posts} generate POSTs, {fault.posts} wanted")
        duplicates += max(0, outcome.videos - 1)
        posts += outcome.posts
        wanted += fault.posts
    figure = Figure(
        "API faults",
        {
            "faults tried": tried,
            "handled": ok,
            "not handled": tried - ok,
            "generate POSTs received": posts,
            "POSTs wanted": wanted,
            "duplicate videos": duplicates,
        },
        must_be_zero=("not handled", "duplicate videos"),
    )
    figure.require("generate POSTs received = POSTs wanted", posts == wanted)
    figure.notes.extend(failures)
    return figure
