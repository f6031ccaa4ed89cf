"""A shared project's music passes the same rules as its other media: outside the
project's folder (absolute, or a symlink inside it pointing out) it needs a yes before an
exact send, and a file that is no sound (a device such as /dev/stdin) stops `compose`
with a sentence naming the music, never a hang or a traceback. `submit` and `compose` in
subprocesses, real HTTP to the practice server."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.model.rich import Music
from composer.projectfile import load_project, save_project
from composer.sandbox.server import SandboxServer
from tests.support.audio_files import write_tone
from tests.support.outside_media import assert_exact_send_refused, compose_small, run_cli
from tests.support.shared_project import JPEG, shared_project, symlink_in_project


def _with_music(project_file: Path, music: str) -> Path:
    project = load_project(project_file)
    project.route = "exact"
    project.music = Music(local_file=music, volume=0.3)
    save_project(project, project_file)
    return project_file


@pytest.mark.parametrize("case", ["absolute", "symlink"])
def test_outside_music_needs_a_yes_before_an_exact_send(
    case: str, tmp_path: Path, sandbox: SandboxServer, isolated_app_dirs: Path
) -> None:
    project = shared_project(tmp_path, ["media/bg.jpg"])
    (project.parent / "media" / "bg.jpg").write_bytes(JPEG)
    outside = write_tone(tmp_path / "elsewhere.wav", 1.0, 440)
    if case == "absolute":
        _with_music(project, str(outside))
    else:
        _with_music(project, str(project.parent / symlink_in_project(project, "m.wav", outside)))
    checked = run_cli("validate", str(project))
    assert (
        f"warning: Music, music.local_file: {outside} is outside the project's folder; "
        "`submit` puts it into the video it composes only with --allow-outside-files."
    ) in checked.stdout
    assert_exact_send_refused(project, sandbox, f"music: {outside}")


def test_a_device_as_music_stops_compose_with_a_sentence(tmp_path: Path) -> None:
    done = compose_small(tmp_path, lambda path: _with_music(path, "/dev/stdin"))
    assert done.returncode == 1, done.stderr
    assert "The music can't be used: can't read stdin" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "v.mp4").exists()
