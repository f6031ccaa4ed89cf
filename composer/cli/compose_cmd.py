"""`scene-composer still PROJECT --scene N [--at S] -o FILE.png` and
`scene-composer compose PROJECT -o FILE.mp4`: the exact layout, offline, from the clips
already rendered (no display needed)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from composer.cli.validate_cmd import load_or_report
from composer.media.clips import ClipCache, default_folder

EXIT_OK, EXIT_FAILED, EXIT_UNREADABLE = 0, 1, 2
REPORT_EVERY = 1.0  # seconds between progress lines


def register(sub: argparse._SubParsersAction) -> None:
    still = sub.add_parser(
        "still",
        help="paint one scene at a moment to a PNG, as the preview shows it",
        description="Paint scene N of PROJECT at --at seconds, at the video's size, exactly "
        "as the preview (and the exact-layout video) shows it; uses the scene's rendered "
        "presenter clip when there is one.",
    )
    still.add_argument("project", type=Path)
    still.add_argument("--scene", type=int, required=True, metavar="N", help="1 is the first")
    still.add_argument("--at", type=float, default=0.0, metavar="SECONDS")
    still.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.png")
    still.add_argument("--clips", type=Path, default=None, help="clip folder (default: cache)")
    still.set_defaults(run=run_still)
    compose = sub.add_parser(
        "compose",
        help="compose the exact-layout video from rendered presenter clips, offline",
        description="Compose PROJECT into one MP4 from the presenter clips already rendered "
        "(Submit with the exact layout route renders them). Fails, naming the scenes, when "
        "a clip is missing.",
    )
    compose.add_argument("project", type=Path)
    compose.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.mp4")
    compose.add_argument("--clips", type=Path, default=None, help="clip folder (default: cache)")
    compose.set_defaults(run=run_compose)


def _clips(args: argparse.Namespace) -> ClipCache:
    return ClipCache(args.clips or default_folder())


def run_still(args: argparse.Namespace) -> int:
    from composer.compose.still_export import save_still
    from composer.media.video import MediaError

    project = load_or_report(args.project)
    if project is None:
        return EXIT_UNREADABLE
    if not 1 <= args.scene <= len(project.scenes):
        print(f"There is no scene {args.scene}: the project has {len(project.scenes)}.",
              file=sys.stderr)  # fmt: skip
        return EXIT_FAILED
    try:
        saved = save_still(project, args.scene - 1, max(0.0, args.at), _clips(args), args.output)
    except MediaError as exc:
        print(f"Scene {args.scene}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if not saved:
        print(f"Could not write {args.output}.", file=sys.stderr)
        return EXIT_FAILED
    print(args.output)
    return EXIT_OK


def run_compose(args: argparse.Namespace) -> int:
    from composer.compose.compositor import ComposeError, Progress, compose
    from composer.media.video import MediaError

    project = load_or_report(args.project)
    if project is None:
        return EXIT_UNREADABLE
    last = [0.0]

    def report(progress: Progress) -> None:
        now = time.monotonic()
        if now - last[0] >= REPORT_EVERY or progress.frames_done == progress.frames_total:
            last[0] = now
            print(f"Composing: {progress}", file=sys.stderr, flush=True)

    try:
        files = compose(project, _clips(args), args.output, progress=report)
    except (ComposeError, MediaError) as exc:
        print(exc, file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"Could not write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    for path in files:
        print(path)
    return EXIT_OK
