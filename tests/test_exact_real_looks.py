"""Exact layout on looks as HeyGen has them (no matting field): a studio avatar is asked
for a WebM with alpha and gets it; a digital twin and a photo look are refused webm (400
naming output_format), so their MP4 is cleaned by HeyGen's background removal (mask
layer), all over real HTTP to the practice server. The composed video is checked pixel by
pixel: around the presenter, the scene's own background, never the clip's backdrop."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from composer.jobs.history import JobHistory
from composer.jobs.runner import JobRunner
from composer.jobs.state import JobRecord, JobState
from composer.media.video import VideoFrames
from composer.model.enums import BackgroundType, CharacterType
from composer.model.project import Background, Character, Dimension, Project, Scene, Voice
from composer.routes.exact_plan import clip_folder
from composer.routes.look_memory import memory_for
from composer.sandbox.clipmedia import SHIRT, SKIN
from composer.sandbox.server import SandboxServer
from tests.support.sandbox_fixture import FAST_POLLS, client_for

STUDIO, TWIN, PHOTO = "Daisy-inskirt-20220818", "twin-3f9a27c1", "tp-8b7e44c1aa"
pytestmark = pytest.mark.usefixtures("qapp")  # the route composes: it paints (composer.paint)

BACKGROUNDS = ("#F28C28", "#2A9D8F", "#E9C46A")
WIDTH, HEIGHT, SCALE = 1280, 720, 0.5
REMOVALS = "/v3/background-removals"


def project(looks: tuple[str, ...] = (STUDIO, TWIN, PHOTO)) -> Project:
    scenes = []
    for look, colour in zip(looks, BACKGROUNDS, strict=False):
        photo = look.startswith("tp-")
        character = Character(
            type=CharacterType.TALKING_PHOTO if photo else CharacterType.AVATAR,
            avatar_id=None if photo else look,
            talking_photo_id=look if photo else None,
            scale=SCALE,
        )
        voice = Voice(input_text="Hello there.", voice_id="2d5b0e6cf36f460aa7fc47e3eee4ba54")
        scenes.append(Scene(character=character, voice=voice,
                            background=Background(BackgroundType.COLOR, value=colour)))  # fmt: skip
    size = Dimension(width=WIDTH, height=HEIGHT)
    return Project(title="Looks", dimension=size, scenes=scenes, route="exact")


def run(sandbox: SandboxServer, tmp_path: Path, name: str, sent: Project) -> JobRecord:
    runner = JobRunner(client_for(sandbox), JobHistory(tmp_path / "jobs.json"),
                       schedule=FAST_POLLS, route="exact")  # fmt: skip
    return runner.submit(sent, name, tmp_path / name, lambda r: None,
                         lambda f, w: None, threading.Event())  # fmt: skip


def send(sandbox: SandboxServer, tmp_path: Path, name: str) -> Path:
    final = run(sandbox, tmp_path, name, project())
    assert final.state == JobState.COMPLETED, final.message
    return Path(final.file)


def log(sandbox: SandboxServer, method: str, path: str) -> list[dict[str, Any]]:
    return [e for e in sandbox.request_log() if e["method"] == method and e["path"] == path]


def picture_rect(aspect: float) -> tuple[int, int, int, int]:
    """Where the presenter's picture lies, by the documented rule (README, "Layout
    assumptions"): scale 1 makes the picture as tall as the frame; offset 0 centres it."""
    h = SCALE * HEIGHT
    w = h * aspect
    return (round(WIDTH / 2 - w / 2), round(HEIGHT / 2 - h / 2), round(w), round(h))


def close(pixels: np.ndarray, colour: str | tuple[int, ...], within: float = 14) -> np.ndarray:
    if isinstance(colour, str):
        colour = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return np.linalg.norm(pixels[..., :3].astype(float) - colour, axis=-1) <= within


def scene_frames(video: Path) -> list[np.ndarray]:
    """Each scene's frame 0.5 s in (every clip says "Hello there.": same length)."""
    with VideoFrames(video) as frames:
        length = frames.info.seconds / 3
        return [frames.at(index * length + 0.5).copy() for index in range(3)]


@pytest.fixture
def sent(sandbox: SandboxServer, tmp_path: Path) -> Path:
    return send(sandbox, tmp_path, "first")


def test_webm_for_studio_avatars_removal_for_custom_looks_every_presenter_cut_out(
    sandbox: SandboxServer, sent: Path
) -> None:
    """One render of the three looks, checked three ways (one send keeps the suite fast)."""
    check_requests(sandbox)
    for index, frame in enumerate(scene_frames(sent)):
        assert_cut_out(frame, BACKGROUNDS[index], 768 / 1024 if index == 2 else 1080 / 1920)
    check_removal_answers(sandbox)


def check_requests(sandbox: SandboxServer) -> None:
    creates = log(sandbox, "POST", "/v3/videos")
    asked = [(e["body"]["avatar_id"], e["body"]["output_format"]) for e in creates]
    assert asked == [(STUDIO, "webm"), (TWIN, "webm"), (TWIN, "mp4"), (TWIN, "mp4"),
                     (PHOTO, "webm"), (PHOTO, "mp4")]  # fmt: skip
    for entry in creates:
        body = entry["body"]
        if body["output_format"] == "webm":
            assert "background" not in body and "remove_background" not in body
        else:
            assert body["background"]["type"] == "color"
    # a video look is asked remove_background (refused: not trained with matting), a
    # photo look never
    assert creates[2]["body"]["remove_background"] is True
    assert "remove_background" not in creates[3]["body"]
    assert "remove_background" not in creates[5]["body"]
    removals = log(sandbox, "POST", REMOVALS)
    assert len(removals) == 2
    for entry in removals:
        body = entry["body"]
        assert body["layers"] == ["mask"] and body["video"]["type"] == "url"
        assert body["request_id"].startswith("scene-composer-")
        assert "idempotency-key" not in entry["headers"]  # the body's request_id is the key
    assert len({e["body"]["request_id"] for e in removals}) == 2
    polled = [e for e in sandbox.request_log() if e["path"].startswith(REMOVALS + "/")]
    assert polled and all(e["method"] == "GET" for e in polled)
    masks = [e for e in sandbox.request_log() if e["path"].startswith("/files/removal/")]
    assert len(masks) == 2 and all(e["path"].endswith("-mask.mp4") for e in masks)


def assert_cut_out(frame: np.ndarray, colour: str, aspect: float) -> None:
    """Around the presenter the scene's colour, in the face skin, nothing of a backdrop
    (room, sky, grass, the grey wall)."""
    x, y, w, h = picture_rect(aspect)
    inside = frame[y : y + h, x : x + w]
    corners = np.concatenate([inside[4:40, 4:40], inside[4:40, -40:-4]])
    share = close(corners, colour).mean()
    assert share > 0.99, f"{colour}: a backdrop around the presenter"
    cy, cx = y + round(0.225 * h), x + w // 2  # the face (clipmedia draws it there)
    assert close(frame[cy - 3 : cy + 3, cx - 3 : cx + 3], SKIN, 24).mean() > 0.9, "no face"
    sy = y + round(0.37 * h)  # the white shirt, as near grey as a grey wall: kept
    assert close(frame[sy - 2 : sy + 2, cx - 2 : cx + 2], SHIRT, 30).mean() > 0.9, "no shirt"
    plates = ((120, 84, 52), (250, 220, 120), (70, 140, 60), (196, 192, 184))
    backdrop = sum(close(inside, plate, 10) for plate in plates)
    assert backdrop.mean() < 0.001, f"{colour}: the clip's own backdrop shows"
    print(
        f"{colour}: corners {share:.2%} the scene's colour, backdrop pixels {backdrop.mean():.3%}"
    )
    assert 0.35 < close(inside, colour).mean() < 0.95  # the presenter covers part of it


def test_refusals_are_remembered_so_the_next_send_asks_each_look_once(
    sandbox: SandboxServer, sent: Path, tmp_path: Path
) -> None:
    import shutil

    from composer.routes.exact import ExactRoute

    before = len(log(sandbox, "POST", "/v3/videos"))
    for clip in clip_folder().glob("*.*"):  # clips gone, what was learnt kept
        clip.unlink()
    assert (clip_folder() / "looks" / "alpha.json").exists()
    shutil.rmtree(tmp_path / "first")
    note = ExactRoute.submit_note(project(), client_for(sandbox).source)  # the Submit dialog's
    assert (
        note == "3 new HeyGen renders (2 with HeyGen's background removal), then composing locally"
    )
    send(sandbox, tmp_path, "second")
    again = log(sandbox, "POST", "/v3/videos")[before:]
    asked = [(e["body"]["avatar_id"], e["body"]["output_format"]) for e in again]
    assert asked == [(STUDIO, "webm"), (TWIN, "mp4"), (PHOTO, "mp4")]
    assert "remove_background" not in again[1]["body"]  # the twin's refusal is known too


def check_removal_answers(sandbox: SandboxServer) -> None:
    """The removal answers follow HeyGen's schema; the same request_id finds the first job."""
    import requests

    from composer.heygen.schemas import problem
    from tests.support.sandbox_fixture import KEY

    first = log(sandbox, "POST", REMOVALS)[0]["body"]
    headers = {"x-api-key": KEY}
    again = requests.post(sandbox.base_url + REMOVALS, json=first, headers=headers, timeout=5)
    assert problem("POST /v3/background-removals", "response", again.json()) is None
    job = again.json()["data"]
    got = requests.get(f"{sandbox.base_url}{REMOVALS}/{job['id']}", headers=headers, timeout=5)
    assert problem("GET /v3/background-removals/{job_id}", "response", got.json()) is None
    assert got.json()["data"]["status"] == "completed" and set(job["layers"]) == {"mask"}
    polled = {e["path"] for e in sandbox.request_log() if e["path"].startswith(REMOVALS + "/")}
    assert f"{REMOVALS}/{job['id']}" in polled  # the same job the route followed
    mask = requests.get(job["layers"]["mask"], timeout=5)
    assert mask.status_code == 200 and mask.headers["Content-Type"] == "video/mp4"


def test_without_background_removal_a_plain_wall_is_keyed_here_a_room_is_refused(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.faults.update({"v3_no_background_removal": True})
    plain = run(sandbox, tmp_path, "plain", project(("tp-5a1c0f2e9d",)))
    assert plain.state == JobState.COMPLETED, plain.message
    with VideoFrames(Path(plain.file)) as frames:
        assert_cut_out(frames.at(0.5), BACKGROUNDS[0], 768 / 1024)
    room = run(sandbox, tmp_path, "room", project((TWIN,)))
    assert room.state == JobState.FAILED
    assert room.message.startswith("Scene 1:") and "Mara" in room.message
    assert "studio avatars" in room.message and "Traceback" not in room.message
    assert len(log(sandbox, "POST", REMOVALS)) == 1  # refused once, then remembered


def test_a_webm_without_alpha_is_measured_keyed_and_remembered(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """HeyGen takes the webm but the clip comes opaque (on its key colour): it is measured
    and keyed here, and the look is asked another way next time."""
    sandbox.faults.update({"v3_webm_opaque": True})
    first = run(sandbox, tmp_path, "opaque", project((STUDIO,)))
    assert first.state == JobState.COMPLETED, first.message
    with VideoFrames(Path(first.file)) as frames:
        assert_cut_out(frames.at(0.5), BACKGROUNDS[0], 1080 / 1920)
    learnt = memory_for(clip_folder(), sandbox.base_url, {"username": "sandbox"})
    assert learnt.facts(STUDIO).webm is False
    for clip in clip_folder().glob("*.*"):
        clip.unlink()
    run(sandbox, tmp_path, "again", project((STUDIO,)))
    asked = [e["body"]["output_format"] for e in log(sandbox, "POST", "/v3/videos")]
    assert asked == ["webm", "mp4"]
