"""Online backgrounds on the exact route: downloaded before anything goes to HeyGen
(http(s) only, size- and time-bounded, checked by their bytes, cached by URL), composed
for real, shown by the painter once cached; one that can't be had stops the send before
any HeyGen call, naming scene and URL. A placeholder is never composed into a video."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from composer.assets.online import cache_path
from composer.compose.compositor import ComposeError, compose
from composer.media.video import VideoFrames
from composer.model.enums import BackgroundType, PlayStyle
from composer.model.project import Background, Dimension, Project
from composer.paint.scene_moment import paint_still
from composer.projectfile import save_project
from composer.sandbox.server import SandboxServer
from tests.support.builders import valid_scene
from tests.support.clips import fill_cache
from tests.support.media import write_video
from tests.support.media_server import Answer, MediaServer
from tests.support.sandbox_fixture import KEY

PINK, TEAL = (214, 40, 120), (20, 160, 150)


def png(colour: tuple[int, int, int], w: int = 64, h: int = 36) -> bytes:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(*colour))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def online_project(image_url: str, video_url: str) -> Project:
    first, second = valid_scene("Picture"), valid_scene("Film")
    first.background = Background(type=BackgroundType.IMAGE, url=image_url)
    second.background = Background(
        type=BackgroundType.VIDEO, url=video_url, play_style=PlayStyle.LOOP
    )
    return Project(title="Online", dimension=Dimension(320, 180), scenes=[first, second])


def submit_exact(sandbox: SandboxServer, project: Path, out: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, HEYGEN_API_KEY=KEY)
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "composer", "submit", str(project),
         "--route", "exact", "--download", str(out), "--poll-interval", "0.05",
         "--base-url", sandbox.base_url],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip


def corner(frame: np.ndarray) -> np.ndarray:
    return frame[4:14, 4:14].reshape(-1, 3).mean(axis=0)


def test_online_image_and_video_are_fetched_once_and_composed(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    loop = write_video(tmp_path / "loop.mp4", TEAL, 160, 90, frames=10)
    answers = {"/pic.png": Answer(body=png(PINK)), "/loop.mp4": Answer(body=loop.read_bytes())}
    with MediaServer(answers) as site:
        path = tmp_path / "online.scene.json"
        save_project(online_project(site.url("/pic.png"), site.url("/loop.mp4")), path)
        result = submit_exact(sandbox, path, tmp_path / "out")
        assert result.returncode == 0, result.stderr
        assert "Downloading the online image of scene 1 (1 of 2)" in result.stderr
        [video] = (tmp_path / "out").glob("*.mp4")
        with VideoFrames(video) as frames:
            assert np.abs(corner(frames.at(0.5)) - PINK).max() < 12  # the picture, not grey
            later = frames.at(frames.info.seconds - 0.3)
            assert np.abs(corner(later) - TEAL).max() < 12  # the online video plays behind
        assert sorted(site.log) == ["/loop.mp4", "/pic.png"]
        again = submit_exact(sandbox, path, tmp_path / "again")
        assert again.returncode == 0, again.stderr
        assert len(site.log) == 2  # cached by URL: not fetched again


def test_media_that_cant_be_had_stops_the_send_before_any_heygen_call(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    answers = {
        "/huge.mp4": Answer(headers={"Content-Length": str(300 * 1024 * 1024)}),
        "/page.png": Answer(body=b"<html>Sign in to see this picture</html>"),
    }
    with MediaServer(answers) as site:
        project = online_project(site.url("/gone.png"), site.url("/huge.mp4"))
        third = valid_scene("Wrong")
        third.background = Background(type=BackgroundType.IMAGE, url=site.url("/page.png"))
        project.scenes.append(third)
        path = tmp_path / "bad.scene.json"
        save_project(project, path)
        result = submit_exact(sandbox, path, tmp_path / "out")
    assert result.returncode == 1, result.stderr
    lines = result.stderr
    assert f"Scene 1: the online image {site.url('/gone.png')} could not be used: " in lines
    assert "the server answered HTTP 404" in lines
    assert f"Scene 2: the online video {site.url('/huge.mp4')} could not be used: " in lines
    assert "it is larger than 100 MB" in lines
    assert f"Scene 3: the online image {site.url('/page.png')} could not be used: " in lines
    assert "what arrived is not a JPEG or PNG image" in lines
    assert [e for e in sandbox.request_log() if e["method"] == "POST"] == []
    assert not any(cache_path(site.url(p)).exists() for p in ("/gone.png", "/page.png"))


def test_a_placeholder_is_never_composed(qapp, tmp_path: Path) -> None:
    project = online_project("http://127.0.0.1:9/never.png", "http://127.0.0.1:9/never.mp4")
    cache = fill_cache(project, tmp_path / "clips", seconds=0.4)
    with pytest.raises(ComposeError, match=r"background of Scene 1, Scene 2 is not on this"):
        compose(project, cache, tmp_path / "video.mp4")
    assert not (tmp_path / "video.mp4").exists()


def test_the_painter_shows_the_download_once_it_is_cached(qapp, tmp_path: Path) -> None:
    url = "http://127.0.0.1:9/cached.png"
    project = online_project(url, url)
    scene = project.scenes[0]
    before = paint_still(scene, 320, 180, 0.5, None, 1.0, "")
    path = cache_path(url)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png(PINK))
    after = paint_still(scene, 320, 180, 0.5, None, 1.0, "")
    assert QColor(before.pixel(8, 8)).getRgb()[:3] != PINK  # the placeholder
    assert QColor(after.pixel(8, 8)).getRgb()[:3] == PINK


def test_only_web_addresses_and_real_videos_are_taken(tmp_path: Path) -> None:
    from composer.assets.media import VIDEO
    from composer.assets.online import OnlineMedia, OnlineMediaError, fetch

    with pytest.raises(OnlineMediaError, match="Only web addresses"):
        fetch(OnlineMedia(0, "file:///etc/passwd", VIDEO))
    fake = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64  # an MP4's magic number, no video
    with (
        MediaServer({"/fake.mp4": Answer(body=fake)}) as site,
        pytest.raises(OnlineMediaError, match="not a video that can be shown"),
    ):
        fetch(OnlineMedia(1, site.url("/fake.mp4"), VIDEO))
    assert not cache_path(site.url("/fake.mp4")).exists()
    folder = cache_path(site.url("/fake.mp4")).parent
    assert not (folder.exists() and list(folder.iterdir()))  # nothing half-checked is kept
