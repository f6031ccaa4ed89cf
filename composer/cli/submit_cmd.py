"""`scene-composer submit FILE [--wait] [--download DIR] [--base-url URL]` (no display needed)."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from composer.cli.server_choice import choose_server, say_where
from composer.cli.upload_check import add_upload_option, upload_policy
from composer.cli.validate_cmd import add_route_option, load_or_report
from composer.jobs.schedule import PollSchedule
from composer.jobs.state import JobState
from composer.model.validate import errors
from composer.routes.registry import check_project
from composer.settings.preferences import load_preferences

if TYPE_CHECKING:
    from composer.jobs.state import JobRecord
    from composer.model.project import Project

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE, EXIT_AUTH, EXIT_RENDER, EXIT_NETWORK = 0, 1, 2, 3, 4, 5
EXIT_STOPPED = 130
FIRST_POLL_SECONDS = 5.0
LONGEST_POLL_SECONDS = 30.0
FAILURE_EXIT = {
    "invalid": EXIT_INVALID,
    "rejected": EXIT_INVALID,
    "retired": EXIT_INVALID,
    "auth": EXIT_AUTH,
    "render": EXIT_RENDER,
    "credit": EXIT_RENDER,
}
"""Failure kinds (JobRecord.failure) with their own exit code; any other is EXIT_NETWORK."""

EPILOG = """\
exit codes:
  0  sent (with --wait: rendered and downloaded)
  1  invalid input: problems found in FILE, HeyGen refused the request, the
     route is retired (then try --route v3), or --draft on a route with no free
     draft (or today's drafts used up)
  2  FILE can't be read (as with `validate`; also for wrong arguments)
  3  authentication failed: no API key, or HeyGen did not accept it
  4  HeyGen did not render the video (render failed, or not enough credit)
  5  network trouble, HeyGen errors, or the submission is unknown (check HeyGen
     before sending again: it is never resent automatically)

The API key comes from HEYGEN_API_KEY or the key saved in the app's Settings (keyring).
The video id is printed on stdout; with --wait the downloaded file's path follows."""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "submit",
        help="send a project to HeyGen and optionally wait for the video",
        description="Check FILE (a project or a raw /v2/video/generate body), upload its local "
        "media, send it to HeyGen and print the video id.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", type=Path)
    parser.add_argument("--wait", action="store_true", help="follow the render and download it")
    parser.add_argument(
        "--download",
        type=Path,
        metavar="DIR",
        help="folder for the video (implies --wait; default: the app's download folder)",
    )
    parser.add_argument(
        "--draft",
        action="store_true",
        help="send a free draft (watermarked, lower quality, no credits; HeyGen allows about "
        "10 a day, v2 only); its title ends in '(draft)'",
    )
    add_server_options(parser)
    add_upload_option(parser)
    parser.set_defaults(run=run_submit)


def add_server_options(parser: argparse.ArgumentParser) -> None:
    """--base-url, --route and --poll-interval, shared by `submit` and `batch`."""
    add_route_option(parser)
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help="API server, e.g. a sandbox's http://127.0.0.1:PORT (default: the window's "
        "Settings: HeyGen, a custom server, or the practice server, which the command then "
        "runs itself while it lasts); uploads go to the same server; where it sends is said "
        "first",
    )
    parser.add_argument(
        "--poll-interval",
        type=float,
        default=FIRST_POLL_SECONDS,
        metavar="SECONDS",
        help="first wait between status checks; it grows to 30 s (default: %(default)s)",
    )


def paint_before_workers(route: str | None) -> None:
    """A route that composes on this computer paints with Qt: its application is made here,
    on the main thread, before any job thread starts (made on a worker, it crashed the
    process at exit)."""
    from composer.routes.base import PreviewMode
    from composer.routes.registry import route_class

    if route_class(route).preview == PreviewMode.EXACT:
        from composer.compose.painted import prepare_painting

        prepare_painting()


def poll_schedule(args: argparse.Namespace) -> PollSchedule:
    return PollSchedule(
        start=args.poll_interval, maximum=max(args.poll_interval, LONGEST_POLL_SECONDS)
    )


def run_submit(args: argparse.Namespace) -> int:
    # The client stack (requests, keyring) is imported only when the command runs.
    from composer.heygen.errors import AuthError
    from composer.jobs.connection import Connections
    from composer.jobs.history import JobHistory
    from composer.jobs.runner import JobRunner
    from composer.settings.credentials import CredentialStore

    project = load_or_report(args.file)
    if project is None:
        return EXIT_UNREADABLE
    project.route = args.route or project.route
    problems = check_project(project)
    for problem in problems:
        print(problem, file=sys.stderr)
    if errors(problems):
        print(f"{args.file.name}: not sent; fix the errors above first.", file=sys.stderr)
        return EXIT_INVALID
    uploads = upload_policy(project, args.file, args.allow_outside_files, sys.stderr)
    if uploads is None:
        return EXIT_INVALID
    title = project.title or args.file.name.split(".")[0]
    if args.draft:
        drafted = _as_draft(project, title)
        if drafted is None:
            return EXIT_INVALID
        project, title = drafted
    preferences = load_preferences()
    choice = choose_server(preferences, args.base_url)
    connections = Connections(CredentialStore(), choice.preferences)
    wait = args.wait or args.download is not None
    say_where(choice, connections.base_url, sys.stderr, following=wait)
    wait = wait or choice.must_follow
    try:
        client = connections.client()
    except AuthError as exc:
        connections.close()
        print(exc, file=sys.stderr)
        return EXIT_AUTH
    schedule = poll_schedule(args)
    paint_before_workers(project.route)
    runner = JobRunner(client, JobHistory(), schedule=schedule, route=project.route)
    report = _Report(sys.stdout, sys.stderr)
    try:
        final = runner.submit(
            project,
            title,
            args.download or preferences.download_folder(),
            on_update=report.update,
            on_progress=report.progress,
            cancel=threading.Event(),
            follow=wait,
            uploads=uploads,
        )
    except KeyboardInterrupt:
        report.stopped()
        return EXIT_STOPPED
    finally:
        connections.close()
    return exit_code(final)


def _as_draft(project: Project, title: str) -> tuple[Project, str] | None:
    """The project marked as a free draft, or None after saying why the route has none."""
    from composer.billing.drafts import mark_draft
    from composer.routes.quote import draft_offer
    from composer.routes.registry import route_class

    route = route_class(project.route)
    offer = draft_offer(project, route.name, route.label, None)  # before any client: no account
    print(offer.reason, file=sys.stderr)
    return mark_draft(project, title) if offer.available else None


def exit_code(record: JobRecord) -> int:
    if record.state in (JobState.COMPLETED, JobState.QUEUED, JobState.PROCESSING):
        return EXIT_OK
    if record.state == JobState.CANCELLED:
        return EXIT_STOPPED
    return FAILURE_EXIT.get(record.failure or "", EXIT_NETWORK)


class _Report:
    """State changes as lines on stderr; progress as one updating line on a terminal."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out = out
        self.err = err
        self.live = err.isatty()
        self.last: JobRecord | None = None

    def update(self, record: JobRecord) -> None:
        previous, self.last = self.last, record
        if previous and (previous.state, previous.message) == (record.state, record.message):
            return
        self._end_live_line()
        line = record.state.words + (f": {record.message}" if record.message else "")
        print(line, file=self.err, flush=True)
        if record.notice and (previous is None or previous.notice != record.notice):
            print(f"HeyGen says: {record.notice}", file=self.err, flush=True)
        if record.video_id and (previous is None or previous.video_id is None):
            print(record.video_id, file=self.out, flush=True)
        if record.state == JobState.COMPLETED and record.file:
            print(record.file, file=self.out, flush=True)
        if record.offer_route and record.state == JobState.FAILED:
            print(
                f"To send it on {record.offer_route} instead: add --route {record.offer_route}"
                " (check what it keeps first: scene-composer validate FILE --route "
                f"{record.offer_route})",
                file=self.err,
                flush=True,
            )

    def progress(self, fraction: float | None, text: str) -> None:
        if self.live and text:
            percent = f" {fraction:.0%}" if fraction is not None else ""
            self.err.write(f"\r{text}{percent}\x1b[K")
            self.err.flush()

    def stopped(self) -> None:
        self._end_live_line()
        if self.last and self.last.video_id:
            print(
                f"Stopped waiting. HeyGen goes on rendering video {self.last.video_id}; "
                "Scene Composer's window picks it up from the job history.",
                file=self.err,
            )

    def _end_live_line(self) -> None:
        if self.live:
            self.err.write("\r\x1b[K")
