"""`scene-composer storyboard PROJECT -o FILE.pdf [--stills DIR]`: the storyboard PDF for
sign-off, and optionally one PNG per scene (painted offscreen; no display needed)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from composer.cli.validate_cmd import EXIT_OK, EXIT_UNREADABLE, add_route_option, load_or_report
from composer.routes.pricing import route_estimate
from composer.routes.registry import DEFAULT_ROUTE, route_class
from composer.storyboard.sheet import build_sheet

EXIT_WRITE = 3


def register(sub: argparse._SubParsersAction) -> None:
    command = sub.add_parser(
        "storyboard",
        help="write a storyboard PDF for sign-off",
        description="Write a PDF with a cover (title, route, size, length, estimated cost, "
        "date, approval block) and a page per scene (frame, presenter, voice, script, "
        "background, overlay text, length). Exit 0 written, 2 unreadable project, "
        "3 could not write.",
    )
    command.add_argument("project", type=Path)
    command.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    add_route_option(command)
    command.add_argument("--stills", type=Path, metavar="DIR", help="also write one PNG per scene")
    command.set_defaults(run=run_storyboard)


def run_storyboard(args: argparse.Namespace) -> int:
    project = load_or_report(args.project)
    if project is None:
        return EXIT_UNREADABLE
    from composer.paint.offscreen import ensure_gui  # Qt only for this command
    from composer.paint.scene_pictures import export_stills
    from composer.paint.storyboard import write_storyboard

    ensure_gui()
    route = args.route or project.route or DEFAULT_ROUTE
    cost = route_estimate(project, route, source=None)  # offline: no account, nothing cached
    sheet = build_sheet(project, cost, route_class(route).label)
    try:
        write_storyboard(project, sheet, args.output)
        stills = export_stills(project, args.stills) if args.stills else []
    except OSError as exc:
        print(f"Can't write the storyboard: {exc}", file=sys.stderr)
        return EXIT_WRITE
    print(f"{args.output}: storyboard of {len(sheet.scenes)} scenes", file=sys.stderr)
    if stills:
        print(f"{args.stills}: {len(stills)} stills", file=sys.stderr)
    return EXIT_OK
