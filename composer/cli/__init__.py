"""The `scene-composer` command: the GUI by default, sub-commands for headless work.

Each sub-command lives in its own module with `register(subparsers)`; the module's
`run(args) -> int` is the exit code. The modules are imported only when a sub-command is
given: opening the window must not pay for the HTTP stack they bring in.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from composer import __version__

COMMANDS = {
    "validate": "validate_cmd",
    "payload": "validate_cmd",
    "submit": "submit_cmd",
    "batch": "batch_cmd",
    "resume": "resume_cmd",
    "sandbox": "sandbox_cmd",
    "storyboard": "storyboard_cmd",
    "still": "compose_cmd",
    "compose": "compose_cmd",
    "doctor": "doctor_cmd",
}
"""Each sub-command and the module (in this package) that registers and runs it."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scene-composer",
        description="Compose multi-scene AI avatar videos for HeyGen. "
        "With no command (or just a FILE) the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"scene-composer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in dict.fromkeys(COMMANDS.values()):
        importlib.import_module(f"{__name__}.{module}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if (
        not args
        or (args[0] not in COMMANDS and not args[0].startswith("-"))
        or (args[0].startswith("--") and args[0] not in {"--help", "--version"})
    ):
        from composer.ui.app import run_gui  # Qt is imported only when the window opens

        return run_gui(args)
    parser = build_parser()
    parsed = parser.parse_args(args)
    if not hasattr(parsed, "run"):
        parser.print_help()
        return 2
    try:
        return int(parsed.run(parsed))
    except BrokenPipeError:  # `scene-composer payload FILE | head` closed the pipe early
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
