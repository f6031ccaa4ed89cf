"""`scene-composer resume`: follow every unfinished job in the history to its download.

What the window does at start, for the command line: after a `submit --wait` or a `batch`
was killed or the machine went down, the videos HeyGen has are followed and downloaded
(each once: a job another process is following is left to it), and jobs cut short before
HeyGen confirmed them are marked so (submission unknown: check before sending again).
"""

from __future__ import annotations

import argparse
import sys
import threading
from urllib.parse import urlsplit

from composer.cli.server_choice import choose_server
from composer.cli.submit_cmd import (
    EXIT_AUTH,
    EXIT_OK,
    EXIT_STOPPED,
    _Report,
    add_server_options,
    exit_code,
    poll_schedule,
)
from composer.settings.preferences import load_preferences


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "resume",
        help="follow unfinished jobs from the job history to their downloads",
        description="Follow every video HeyGen has that was not followed to the end (a "
        "killed submit or batch, a closed window) and download it; jobs cut short before "
        "HeyGen confirmed them are marked as unknown. Exit codes as for `submit`.",
    )
    add_server_options(parser)
    parser.set_defaults(run=run_resume)


def run_resume(args: argparse.Namespace) -> int:
    from composer.heygen.errors import AuthError
    from composer.jobs.connection import Connections
    from composer.jobs.history import JobHistory
    from composer.jobs.runner import JobRunner
    from composer.settings.credentials import CredentialStore

    history = JobHistory()
    history.settle_interrupted()
    waiting = history.unfinished()
    if not waiting:
        print("No unfinished jobs.", file=sys.stderr)
        return EXIT_OK
    choice = choose_server(load_preferences(), args.base_url)
    connections = Connections(CredentialStore(), choice.preferences)
    codes = []
    try:
        for record in waiting:
            host = urlsplit(record.base_url or "").netloc or "HeyGen"
            print(
                f"Resuming {record.title} ({record.video_id}) on {host}",
                file=sys.stderr,
                flush=True,
            )
            try:
                client = connections.client(record.base_url)
            except AuthError as exc:
                print(exc, file=sys.stderr)
                return EXIT_AUTH
            report = _Report(sys.stdout, sys.stderr)
            runner = JobRunner(client, history, schedule=poll_schedule(args))
            final = runner.resume(record, report.update, report.progress, threading.Event())
            codes.append(exit_code(final))
    except KeyboardInterrupt:
        return EXIT_STOPPED
    finally:
        connections.close()
    return max(codes, default=EXIT_OK)
