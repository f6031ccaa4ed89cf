"""Local media become asset ids at submit: each file uploaded once, again only if it changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.assets import media
from composer.assets.media import MediaError
from composer.assets.uploads import resolve_uploads
from composer.heygen.client import HeyGenClient
from composer.model.enums import BackgroundType, VoiceType
from composer.model.request import build_request
from composer.model.validate import errors, validate
from composer.projectfile import load_project, save_project
from composer.resources import resource
from composer.sandbox.server import SandboxServer
from tests.support.builders import valid_project

UPLOADS = ("POST", "/v1/asset")


@pytest.fixture
def server():
    with SandboxServer(render_seconds=0.3) as running:
        yield running


def client_for(server: SandboxServer) -> HeyGenClient:
    return HeyGenClient(
        "test-key",
        base_url=server.base_url,
        upload_url=server.upload_url,
        connect_timeout=1,
        read_timeout=5,
        max_retries=0,
    )


def project_with(image: Path, audio: Path | None = None):
    project = valid_project(3)
    for scene in project.scenes[:2]:
        scene.background.type = BackgroundType.IMAGE
        scene.background.value = None
        scene.background.local_file = str(image)
    if audio is not None:
        project.scenes[2].voice.type = VoiceType.AUDIO
        project.scenes[2].voice.voice_id = project.scenes[2].voice.input_text = None
        project.scenes[2].voice.local_file = str(audio)
    return project


def test_one_file_used_twice_uploads_once_and_changes_upload_again(
    server: SandboxServer, tmp_path: Path
) -> None:
    image = tmp_path / "bg.jpg"
    image.write_bytes(resource("examples", "media", "launch-stage.jpg").read_bytes())
    audio = tmp_path / "vo.mp3"
    audio.write_bytes(resource("sandbox", "voice-preview.mp3").read_bytes())
    project = project_with(image, audio)
    assert errors(validate(project)) == []
    client = client_for(server)
    progress: list[tuple[int, int, str]] = []

    ready = resolve_uploads(project, client, lambda *p: progress.append(p))
    body = build_request(ready)
    first, second = (s["background"] for s in body["video_inputs"][:2])
    assert first == second and set(first) == {"type", "image_asset_id"}
    assert body["video_inputs"][2]["voice"].keys() == {"type", "audio_asset_id"}
    assert server.count(*UPLOADS) == 2  # the image once, the audio once
    assert progress[-1] == (3, 3, "")
    assert project.scenes[0].background.local_file == str(image)  # the user's project is kept

    # The cache is saved with the project: reopening and submitting again uploads nothing.
    path = tmp_path / "p.scene.json"
    save_project(project, path)
    resolve_uploads(load_project(path), client)
    assert server.count(*UPLOADS) == 2

    image.write_bytes(image.read_bytes() + b"\0")  # the file changed on disk
    changed = resolve_uploads(project, client)
    assert server.count(*UPLOADS) == 3
    new_id = build_request(changed)["video_inputs"][0]["background"]["image_asset_id"]
    assert new_id != first["image_asset_id"]


def test_another_server_gets_its_own_upload(server: SandboxServer, tmp_path: Path) -> None:
    image = tmp_path / "bg.png"
    image.write_bytes(resource("app", "scene-composer-64.png").read_bytes())
    project = project_with(image)
    resolve_uploads(project, client_for(server))
    with SandboxServer(render_seconds=0.3) as other:
        resolve_uploads(project, client_for(other))
        assert other.count(*UPLOADS) == 1
    assert server.count(*UPLOADS) == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.txt", b"hello", "notes.txt is not a JPEG or PNG image"),
        ("notes.jpg", b"hello", "notes.jpg is not a JPEG or PNG image"),
        ("clip.png", b"\x00\x00\x00\x18ftypmp42", "clip.png is not a JPEG or PNG image"),
        ("empty.png", b"", "empty.png is empty"),
    ],
)
def test_refused_files_are_reported_before_any_upload(
    server: SandboxServer, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    with pytest.raises(MediaError) as info:
        resolve_uploads(project_with(bad), client_for(server))
    assert str(info.value) == f"Scene 1: {message}."
    assert server.count(*UPLOADS) == 0


def test_oversize_files_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * (3 * media.MB // 2))
    small = media.MediaKind("image", "a JPEG or PNG image", media.IMAGE.types, media.MB)
    monkeypatch.setattr(media, "IMAGE", small)
    with pytest.raises(MediaError, match=r"big\.png is 1\.5 MB; an image may be at most 1 MB"):
        media.check_media(big, media.IMAGE)
