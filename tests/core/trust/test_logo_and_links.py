"""A shared project's brand kit logo passes the same rules as its media (inside the
project's folder, symlinks resolved, or a yes; a regular file only: `/dev/stdin` does not
hang `compose`), and every download goes through the one guarded downloader, which checks
the host again at every redirect (catalogue previews included). Real HTTP on loopback."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

from composer.brand.kit import BrandKit, embed
from composer.catalogue.previews import fetch_preview
from composer.heygen.client import HeyGenClient
from composer.heygen.download import fetch
from composer.heygen.transport import UntrustedLink
from composer.projectfile import load_project, save_project
from composer.sandbox.server import SandboxServer
from tests.support.hostile_server import HostileServer
from tests.support.outside_media import assert_exact_send_refused, compose_small
from tests.support.sandbox_fixture import KEY
from tests.support.shared_project import JPEG, outside_jpeg, shared_project, symlink_in_project


def _with_logo(project_file: Path, logo: str) -> Path:
    project = load_project(project_file)
    project.route = "exact"
    embed(project, BrandKit(logo=logo))
    save_project(project, project_file)
    return project_file


@pytest.mark.parametrize("case", ["absolute", "symlink"])
def test_an_outside_logo_needs_a_yes_before_an_exact_send(
    case: str, tmp_path: Path, sandbox: SandboxServer, isolated_app_dirs: Path
) -> None:
    project = shared_project(tmp_path, ["placeholder"])
    (project.parent / "media" / "bg.jpg").write_bytes(JPEG)
    shared_project(tmp_path, ["media/bg.jpg"])  # an ordinary project, its media inside
    outside = outside_jpeg(tmp_path)
    if case == "absolute":
        _with_logo(project, str(outside))
    else:
        _with_logo(project, str(project.parent / symlink_in_project(project, "l.jpg", outside)))
    assert_exact_send_refused(project, sandbox, f"brand kit logo: {outside}")


def test_a_device_as_a_logo_does_not_hang_compose(tmp_path: Path) -> None:
    done = compose_small(tmp_path, lambda path: _with_logo(path, "/dev/stdin"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "v.mp4").stat().st_size > 0


def test_every_redirect_hop_is_checked_again(tmp_path: Path) -> None:
    with HostileServer() as elsewhere, HostileServer("redirect") as first:
        first.redirect_to = elsewhere.base_url
        allowed = urlsplit(first.base_url).netloc

        def check(url: str) -> None:
            if urlsplit(url).netloc != allowed:
                raise UntrustedLink(f"not allowed: {urlsplit(url).netloc}")

        with pytest.raises(UntrustedLink):
            fetch(requests.Session(), first.base_url + "/video.mp4", tmp_path / "v.mp4", check)
        assert [s.path for s in first.seen] == ["/video.mp4"]
        assert elsewhere.seen == []  # the redirect's target was never asked
        assert not (tmp_path / "v.mp4").exists() and not list(tmp_path.iterdir())


def test_heygen_s_links_and_previews_stay_on_heygen_hosts(tmp_path: Path) -> None:
    with HostileServer() as elsewhere:
        client = HeyGenClient(KEY, base_url="https://api.heygen.com")
        with pytest.raises(UntrustedLink):
            client.download(elsewhere.base_url + "/files/v.mp4", tmp_path / "v.mp4")
        with pytest.raises(UntrustedLink):
            fetch_preview(elsewhere.base_url + "/preview.jpg", "api.heygen.com")
        assert elsewhere.seen == []
        own_host = urlsplit(elsewhere.base_url).netloc  # a custom server may serve its own
        assert fetch_preview(elsewhere.base_url + "/files/p.jpg", own_host).is_file()


def test_an_outside_overlay_picture_needs_a_yes_on_the_exact_route(tmp_path: Path) -> None:
    from composer.assets.containment import UploadPolicy
    from composer.assets.uploads import files_to_upload
    from composer.model import presets

    project_file = shared_project(tmp_path, ["placeholder"])
    (project_file.parent / "media" / "inside.jpg").write_bytes(JPEG)
    outside = outside_jpeg(tmp_path)
    project = load_project(project_file)
    project.route = "exact"
    inside = str(project_file.parent / "media" / "inside.jpg")
    project.scenes[0].overlays = presets.logo_corner(1920, 1080, str(outside))
    project.scenes[0].overlays += presets.logo_corner(1920, 1080, inside)
    policy = UploadPolicy(project_file.parent)
    refused = policy.outside(files_to_upload(project))
    assert [(f.field, f.real_path) for f in refused] == [("overlays[0].local_file", outside)]
    assert policy.approving(refused).outside(files_to_upload(project)) == []
    project.route = "v2"  # not composed, not sent: nothing to ask
    assert policy.outside(files_to_upload(project)) == []
