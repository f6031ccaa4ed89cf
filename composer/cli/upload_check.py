"""What `submit` and `batch` say about local files before sending: every file that will be
uploaded, and every file only put into the video composed here (exact route), with its
size; and a refusal for files outside the project's folder."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TextIO

from composer.assets.containment import UploadFile, UploadPolicy, refusal
from composer.model.project import Project
from composer.routes.registry import route_class


def add_upload_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-outside-files",
        action="store_true",
        help="use local media outside the project's folder too: upload them, or on the exact "
        "route put them into the video composed here (listed first; without this flag such a "
        "project is refused with exit code 1)",
    )


def outside_files(project: Project, file: Path) -> list[UploadFile]:
    """The project's local files outside the folder of `file` (real paths)."""
    files = route_class(project.route).files_used(project)
    return UploadPolicy(Path(os.path.realpath(file)).parent).outside(files)


def upload_policy(
    project: Project, file: Path, allow_outside: bool, err: TextIO
) -> UploadPolicy | None:
    """The upload policy for the project read from `file`, after listing on `err` the files
    to upload and those only put into the video composed here; None (after saying why)
    when files outside its folder were not allowed."""
    files = route_class(project.route).files_used(project)
    for heading, listed in (
        ("Files to upload", [item for item in files if item.uploaded]),
        ("Files put into the video on this computer", [i for i in files if not i.uploaded]),
    ):
        if listed:
            print(f"{heading} ({len(listed)}):", file=err)
            for item in listed:
                print(f"  {item.where}: {item.describe()}", file=err)
    folder = Path(os.path.realpath(file)).parent
    outside = UploadPolicy(folder).outside(files)
    if outside and not allow_outside:
        print(refusal(outside), file=err)
        print("Move them into the project's folder, or add --allow-outside-files.", file=err)
        return None
    return UploadPolicy(folder, allow_all=allow_outside)
