"""`scene-composer validate FILE` and `scene-composer payload FILE` (no display needed)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from composer.assets.uploads import local_media
from composer.cli.upload_check import outside_files
from composer.model.project import Project
from composer.model.validate import errors
from composer.projectfile import ProjectFileError, load_any
from composer.routes.registry import check_project, route_class, route_names

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2


def register(sub: argparse._SubParsersAction) -> None:
    check = sub.add_parser(
        "validate",
        help="check a project file or HeyGen request body",
        description="Check FILE (a project or a raw /v2/video/generate body) against HeyGen's "
        "rules. Exit 0 when it can be sent, 1 with one line per problem when not, "
        "2 when the file can't be read.",
    )
    check.add_argument("file", type=Path)
    check.add_argument("--quiet", action="store_true", help="print errors only, not warnings")
    add_route_option(check)
    check.set_defaults(run=run_validate)
    payload = sub.add_parser(
        "payload",
        help="print the exact request body",
        description="Print the exact JSON body Scene Composer sends for FILE.",
    )
    payload.add_argument("file", type=Path)
    add_route_option(payload)
    payload.set_defaults(run=run_payload)


def add_route_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--route",
        choices=route_names(),
        help="how HeyGen renders it: v2 (legacy, keeps the whole layout), v3 (studio: "
        "whole-frame scenes; what it leaves out is listed) or exact (HeyGen renders only the "
        "presenters, this computer composes the layout); default: the project's choice, "
        "else v2",
    )


def load_or_report(path: Path) -> Project | None:
    """The project in `path`, or None after printing why it can't be opened."""
    try:
        return load_any(path)
    except ProjectFileError as exc:
        print(exc, file=sys.stderr)
        return None


def run_validate(args: argparse.Namespace) -> int:
    project = load_or_report(args.file)
    if project is None:
        return EXIT_UNREADABLE
    project.route = args.route or project.route
    problems = check_project(project)
    for problem in problems:
        if problem.is_error or not args.quiet:
            print(problem)
    for item in outside_files(project, args.file):
        use = "uploads it" if item.uploaded else "puts it into the video it composes"
        print(
            f"warning: {item.where.capitalize()}, {item.field}: {item.real_path} is outside "
            f"the project's folder; `submit` {use} only with --allow-outside-files."
        )
    failed = errors(problems)
    if failed:
        print(f"{args.file.name}: {len(failed)} error(s); not ready to send.", file=sys.stderr)
        return EXIT_INVALID
    print(f"{args.file.name}: ready to send ({len(project.scenes)} scenes).", file=sys.stderr)
    return EXIT_OK


def run_payload(args: argparse.Namespace) -> int:
    project = load_or_report(args.file)
    if project is None:
        return EXIT_UNREADABLE
    route = route_class(args.route or project.route)
    try:
        body = route.payload(project)
    except ValueError as exc:  # e.g. a scene the route cannot render
        print(f"{args.file.name}: {exc}", file=sys.stderr)
        return EXIT_INVALID
    if body is None:
        print(f"{args.file.name}: the {route.label} route sends no single body.", file=sys.stderr)
        return EXIT_INVALID
    json.dump(body, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    for item in local_media(project):
        print(
            f"note: scene {item.scene_index + 1} {item.field} is the local file {item.path}; "
            f"its {item.asset_field} is filled in when it is uploaded at submit time.",
            file=sys.stderr,
        )
    return EXIT_OK
