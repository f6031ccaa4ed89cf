"""A shared project can't make the app upload files from elsewhere on the computer: files
outside the project's folder (absolute, `../`, symlinked) are refused on the command line
and need a yes in the window; files are accepted by content, not by name. Real HTTP to
the sandbox, `submit` in a subprocess as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from composer.sandbox.server import SandboxServer
from tests.support.sandbox_fixture import GENERATE, KEY
from tests.support.shared_project import (
    JPEG,
    outside_jpeg,
    secret_file,
    shared_project,
    symlink_in_project,
)

UPLOADS = ("POST", "/v1/asset")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HEYGEN_API_KEY": KEY}
    return subprocess.run(
        [sys.executable, "-m", "composer", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def nothing_uploaded(sandbox: SandboxServer) -> bool:
    return sandbox.count(*UPLOADS) == 0 and sandbox.store.asset_bytes() == 0


@pytest.mark.parametrize("how", ["absolute", "dot-dot", "symlink"])
def test_files_outside_the_project_are_refused_with_their_real_paths(
    sandbox: SandboxServer, tmp_path: Path, how: str
) -> None:
    target = outside_jpeg(tmp_path)
    project = shared_project(tmp_path, ["placeholder"])
    name = {
        "absolute": str(target),
        "dot-dot": "../elsewhere/holiday.jpg",
        "symlink": None,
    }[how] or symlink_in_project(project, "photo.jpg", target)
    shared_project(tmp_path, [name])
    checked = run_cli("validate", str(project))
    assert checked.returncode == 0  # a fine JPEG, but `validate` says where it is
    assert (
        f"{target} is outside the project's folder; `submit` uploads it only with "
        "--allow-outside-files."
    ) in checked.stdout
    result = run_cli("submit", str(project), "--base-url", sandbox.base_url)
    assert result.returncode == 1, result.stderr
    assert (
        "1 file outside the project's folder would be uploaded to HeyGen; nothing was sent:\n"
        f"  scene 1: {target} ({round(len(JPEG) / 1024)} KB) — uploaded to HeyGen\n"
    ) in result.stderr  # the real path, with its size and what sending does with it
    assert "--allow-outside-files" in result.stderr
    assert nothing_uploaded(sandbox) and sandbox.count(*GENERATE) == 0


def test_allow_outside_files_uploads_them(sandbox: SandboxServer, tmp_path: Path) -> None:
    target = outside_jpeg(tmp_path)
    project = shared_project(tmp_path, [str(target)])
    result = run_cli(
        "submit", str(project), "--base-url", sandbox.base_url, "--allow-outside-files"
    )
    assert result.returncode == 0, result.stderr
    assert sandbox.store.asset_bytes() == len(JPEG) and sandbox.count(*GENERATE) == 1


def test_submit_lists_every_file_it_uploads_with_its_size(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    project = shared_project(tmp_path, ["media/bg.jpg"])
    (project.parent / "media" / "bg.jpg").write_bytes(JPEG)
    result = run_cli("submit", str(project), "--base-url", sandbox.base_url)
    assert result.returncode == 0, result.stderr
    real = (project.parent / "media" / "bg.jpg").resolve()
    assert f"Files to upload (1):\n  scene 1: {real} ({round(len(JPEG) / 1024)} KB)" in (
        result.stderr
    )
    assert sandbox.store.asset_bytes() == len(JPEG)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p, root: _write(p, "notes.jpg", b"meeting notes\n"), "notes.jpg is not a JPEG"),
        (
            lambda p, root: symlink_in_project(p, "photo.jpg", secret_file(root)),
            "photo.jpg is not a JPEG or PNG image",
        ),
        (lambda p, root: _write(p, "clip.jpg", b"\0\0\0\x18ftypmp42"), "clip.jpg is not a JPEG"),
        (
            lambda p, root: symlink_in_project(p, "gone.jpg", root / "nowhere.jpg"),
            "gone.jpg can't be found or read",
        ),
        (lambda p, root: _folder(p, "folder.jpg"), "folder.jpg is not a file"),
    ],
)
def test_files_are_checked_by_content_and_never_reported_ready(
    sandbox: SandboxServer, tmp_path: Path, make, message: str
) -> None:
    project = shared_project(tmp_path, ["placeholder"])
    shared_project(tmp_path, [make(project, tmp_path)])
    checked = run_cli("validate", str(project))
    assert checked.returncode == 1
    assert f"Scene 1, video_inputs[0].background.local_file: Background file: {message}" in (
        checked.stdout
    )
    assert "not ready to send" in checked.stderr
    sent = run_cli("submit", str(project), "--base-url", sandbox.base_url)
    assert sent.returncode == 1 and message in sent.stderr
    assert nothing_uploaded(sandbox) and sandbox.count(*GENERATE) == 0


def _write(project: Path, name: str, content: bytes) -> str:
    (project.parent / "media" / name).write_bytes(content)
    return f"media/{name}"


def _folder(project: Path, name: str) -> str:
    (project.parent / "media" / name).mkdir()
    return f"media/{name}"
