"""What `submit` and `batch` say about local files before sending: every file that will be
uploaded with its size, and a refusal for files outside the project's folder."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TextIO

from composer.assets.containment import UploadFile, UploadPolicy, refusal
from composer.assets.uploads import files_to_upload
from composer.model.project import Project


def add_upload_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-outside-files",
        action="store_true",
        help="upload local media outside the project's folder too (listed first; without "
        "this flag such a project is refused with exit code 1)",
    )


def outside_files(project: Project, file: Path) -> list[UploadFile]:
    """The project's local files outside the folder of `file` (real paths)."""
    return UploadPolicy(Path(os.path.realpath(file)).parent).outside(files_to_upload(project))


def upload_policy(
    project: Project, file: Path, allow_outside: bool, err: TextIO
) -> UploadPolicy | None:
    """The upload policy for the project read from `file`, after listing the files to upload
    on `err`; None (after saying why) when files outside its folder were not allowed."""
    files = files_to_upload(project)
    if files:
        print(f"Files to upload ({len(files)}):", file=err)
        for item in files:
            print(f"  {item.where}: {item.describe()}", file=err)
    policy = UploadPolicy(Path(os.path.realpath(file)).parent, allow_all=allow_outside)
    outside = outside_files(project, file)
    if outside and not allow_outside:
        print(refusal(outside), file=err)
        print("Move them into the project's folder, or add --allow-outside-files.", file=err)
        return None
    return policy
