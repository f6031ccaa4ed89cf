"""`scene-composer batch PROJECT TABLE [--wait] [--download DIR]`: one video per row."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from composer.batch.plan import plan_batch
from composer.batch.table import TableError, load_table, new_results_path, write_results
from composer.cli.balance_check import batch_affordable
from composer.cli.server_choice import choose_server, say_where
from composer.cli.submit_cmd import (
    EXIT_AUTH,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_RENDER,
    EXIT_STOPPED,
    add_server_options,
    exit_code,
    paint_before_workers,
    poll_schedule,
)
from composer.cli.upload_check import add_upload_option, upload_policy
from composer.cli.validate_cmd import load_or_report
from composer.settings.preferences import load_preferences


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "batch",
        help="make one video per row of a CSV/TSV file",
        description="Fill the {{column}} placeholders of PROJECT (title, scripts, overlay "
        "texts) from each row of TABLE and send one video per row. Every row is checked "
        "first; if any row has a problem, or the account's balance can't pay for every "
        "row, nothing is sent.",
        epilog="Exit codes as for `submit`: 0 all sent (with --wait: all rendered and "
        "downloaded), 1 a problem in the table or project, 3 authentication, 4 a render "
        "failed or not enough credit for every row (nothing sent), 5 network trouble.",
    )
    parser.add_argument("project", type=Path)
    parser.add_argument("table", type=Path, metavar="CSV")
    parser.add_argument("--wait", action="store_true", help="follow every render and download")
    parser.add_argument("--download", type=Path, metavar="DIR", help="folder (implies --wait)")
    parser.add_argument(
        "--limit",
        type=int,
        default=3,
        metavar="N",
        help="videos in flight at once (default: %(default)s)",
    )
    parser.add_argument(
        "--results",
        type=Path,
        metavar="FILE",
        help="results CSV (default: TABLE-results.csv beside the table); an existing file is "
        "never overwritten: the next free name (…-2.csv, …-3.csv) is used and printed",
    )
    add_server_options(parser)
    add_upload_option(parser)
    parser.set_defaults(run=run_batch_command)


def run_batch_command(args: argparse.Namespace) -> int:
    from composer.batch.runner import run_batch
    from composer.heygen.errors import AuthError
    from composer.jobs.connection import Connections
    from composer.jobs.history import JobHistory
    from composer.jobs.runner import JobRunner
    from composer.settings.credentials import CredentialStore

    project = load_or_report(args.project)
    if project is None:
        return EXIT_INVALID
    project.route = args.route or project.route
    try:
        table = load_table(args.table)
    except TableError as exc:
        print(exc, file=sys.stderr)
        return EXIT_INVALID
    plan = plan_batch(project, table)
    if not plan.ok:
        for line in plan.report():
            print(line, file=sys.stderr)
        print(f"Nothing sent: fix the {len(plan.report())} problem(s) above.", file=sys.stderr)
        return EXIT_INVALID
    uploads = upload_policy(project, args.project, args.allow_outside_files, sys.stderr)
    if uploads is None:
        return EXIT_INVALID
    preferences = load_preferences()
    choice = choose_server(preferences, args.base_url)
    connections = Connections(CredentialStore(), choice.preferences)
    follow = args.wait or args.download is not None
    say_where(choice, connections.base_url, sys.stderr, following=follow)
    follow = follow or choice.must_follow
    try:
        client = connections.client()
    except AuthError as exc:
        connections.close()
        print(exc, file=sys.stderr)
        return EXIT_AUTH
    if not batch_affordable([r.project for r in plan.rows if r.project], project.route, client):
        connections.close()
        return EXIT_RENDER  # not enough credit: nothing sent
    history = JobHistory()
    schedule = poll_schedule(args)
    paint_before_workers(project.route)
    lock = threading.Lock()

    def report(row, record) -> None:
        with lock:
            message = f": {record.message}" if record.message else ""
            print(f"Row {row.number}: {record.state.words}{message}", file=sys.stderr, flush=True)

    try:
        results = run_batch(
            plan,
            lambda: JobRunner(client, history, schedule=schedule, route=project.route),
            args.download or preferences.download_folder(),
            limit=args.limit,
            uploads=uploads,
            on_update=report,
            follow=follow,
        )
    except KeyboardInterrupt:
        return EXIT_STOPPED
    finally:
        connections.close()
    out = new_results_path(args.table, args.results)
    write_results(table, [r.columns() for r in results], out)
    for result in results:
        print(result.columns()["video_id"], flush=True)
    print(f"Results: {out}", flush=True)
    codes = [exit_code(r.record) for r in results if r.record is not None]
    return max(codes, default=EXIT_OK)
