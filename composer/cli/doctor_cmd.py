"""`scene-composer doctor [PROJECT] [--base-url URL]`: check the HeyGen account with
read-only calls (nothing is created, no credit spent) and say what the project's route
will do with each scene. Exit 0 checked, 2 PROJECT unreadable, 3 key missing or refused,
5 HeyGen could not be reached."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_UNREADABLE, EXIT_AUTH, EXIT_NETWORK = 0, 2, 3, 5

EPILOG = """\
exit codes:
  0  checked (problems found in the project are marked with '!')
  2  PROJECT can't be read
  3  no API key, or HeyGen did not accept it
  5  HeyGen could not be reached (network, or trouble on HeyGen's side)

Only GET requests are sent: users/me, avatars/looks, voices. The API key comes from
HEYGEN_API_KEY or the key saved in the app's Settings (keyring)."""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "doctor",
        help="check the HeyGen account and what the project's route will do (no credits)",
        description="Check the API key, the account and its balance, and (with PROJECT) "
        "what its presenters and voices support and how each scene will be rendered.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("project", type=Path, nargs="?", metavar="PROJECT")
    parser.add_argument(
        "--base-url", metavar="URL", help="API server (default: Settings, else api.heygen.com)"
    )
    parser.add_argument("--brief", action="store_true", help="leave out ids and API names")
    parser.set_defaults(run=run_doctor)


def run_doctor(args: argparse.Namespace) -> int:
    from composer.cli.server_choice import choose_server
    from composer.cli.validate_cmd import load_or_report
    from composer.heygen.errors import AuthError
    from composer.jobs.connection import Connections
    from composer.routes.doctor import AUTH, NETWORK, check_account
    from composer.settings.credentials import CredentialStore
    from composer.settings.preferences import load_preferences

    project = None
    if args.project is not None:
        project = load_or_report(args.project)
        if project is None:
            return EXIT_UNREADABLE
    choice = choose_server(load_preferences(), args.base_url)
    connections = Connections(CredentialStore(), choice.preferences)
    try:
        client = connections.client()
    except AuthError as exc:
        print(exc, file=sys.stderr)
        return EXIT_AUTH
    report = check_account(client, project)
    print(f"HeyGen at {report.server}")
    print(report.as_text(details=not args.brief))
    return {AUTH: EXIT_AUTH, NETWORK: EXIT_NETWORK}.get(report.failure or "", EXIT_OK)
