"""The exact-layout example on the practice server with three kinds of look: scene 1 a
studio avatar (WebM with alpha), scene 2 a digital twin (WebM refused, so an MP4 and a
background removal, visible in the request log), scene 3 a photo look (the same).

Oracle: the video is composed a second time from the sandbox's `foreground` layer of the
same renders (VP9 with its true alpha: another file, another decoder path than the mask),
and each scene's frame 0.5 s in must match (PSNR >= 35 dB). The same comparison with the
MP4s left uncut (their backdrop showing) must fail it, so the check can fail."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import numpy as np
import requests

from composer.compose import compositor
from composer.media.clips import ClipCache, mask_of
from composer.media.video import VideoFrames, probe
from composer.model.enums import CharacterType, TalkingPhotoStyle
from composer.model.project import Dimension
from composer.routes.exact_plan import clip_folder
from composer.sandbox.server import SandboxServer
from tests.support.sandbox_fixture import KEY, control
from tests.test_compose_wysiwyg import psnr
from tests.test_exact_real_looks import PHOTO, STUDIO, TWIN
from tests.test_exact_route import quick_example, submit

TARGET_DB = 35.0
REMOVALS = "/v3/background-removals"


def example_with_three_looks():
    """The example (at half size, to compose it three times quickly) with three looks."""
    project = quick_example()
    project.dimension = Dimension(width=960, height=540)
    project.scenes[1].character.avatar_id = TWIN
    photo = project.scenes[2].character
    photo.type, photo.avatar_id, photo.talking_photo_id = CharacterType.TALKING_PHOTO, None, PHOTO
    photo.avatar_style, photo.talking_photo_style = None, TalkingPhotoStyle.CIRCLE
    return project


def foreground(sandbox: SandboxServer, video_url: str, dest: Path) -> None:
    """The sandbox's foreground layer (true alpha) of the render at `video_url`."""
    headers = {"x-api-key": KEY}
    body = {"video": {"type": "url", "url": video_url}, "layers": ["foreground"],
            "request_id": f"truth-{dest.stem}"}  # fmt: skip
    job = requests.post(sandbox.base_url + REMOVALS, json=body, headers=headers, timeout=10)
    job_id = job.json()["data"]["id"]
    for _ in range(100):
        data = requests.get(f"{sandbox.base_url}{REMOVALS}/{job_id}", headers=headers, timeout=10)
        layers = data.json()["data"]["layers"]
        if layers:
            dest.write_bytes(requests.get(layers["foreground"], timeout=30).content)
            return
        time.sleep(0.05)
    raise AssertionError("the foreground layer never came")


def frames_at(video: Path, starts: list[float]) -> list[np.ndarray]:
    with VideoFrames(video) as frames:
        return [frames.at(start + 0.5).copy() for start in starts]


def test_the_example_renders_with_webm_removal_and_photo_looks(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    project = example_with_three_looks()
    final = submit(sandbox, tmp_path, project)
    seen = control(sandbox, "GET", "/_sandbox/requests").json()  # the log, as a user reads it
    creates = [(e["body"]["avatar_id"], e["body"]["output_format"])
               for e in seen if (e["method"], e["path"]) == ("POST", "/v3/videos")]  # fmt: skip
    assert creates[0] == (STUDIO, "webm")
    assert (TWIN, "webm") in creates and (TWIN, "mp4") in creates  # refused, then an MP4
    assert (PHOTO, "webm") in creates and (PHOTO, "mp4") in creates
    removals = [e for e in seen if (e["method"], e["path"]) == ("POST", REMOVALS)]
    assert len(removals) == 2 and all(e["body"]["layers"] == ["mask"] for e in removals)

    cache, truth, uncut = ClipCache(clip_folder()), tmp_path / "truth", tmp_path / "uncut"
    truth.mkdir(), uncut.mkdir()
    by_look = {}
    for entry in removals:
        url = entry["body"]["video"]["url"]
        render = sandbox.store.get(url.split("/")[-1].split(".")[0])
        by_look[render.body["avatar_id"]] = url
    for scene in project.scenes:
        clip = cache.find(scene, project.height)
        assert clip is not None
        look = scene.character.talking_photo_id or scene.character.avatar_id
        if clip.mask is None:  # the studio avatar's WebM is its own truth
            shutil.copy(clip.path, truth / clip.path.name)
            shutil.copy(clip.path, uncut / clip.path.name)
            continue
        assert mask_of(clip.path).exists()
        webm_name = clip.path.name.replace("-matte.mp4", ".webm")
        foreground(sandbox, by_look[look], truth / webm_name)
        shutil.copy(clip.path, uncut / webm_name)  # the MP4 alone: backdrop and all
    starts, at = [], 0.0
    for scene in project.scenes:
        starts.append(at)
        at += round(probe(cache.find(scene, project.height).path).seconds * 25) / 25
    composed = frames_at(Path(final.file), starts)
    scores = {}
    for name, folder in (("truth", truth), ("uncut", uncut)):
        out = tmp_path / f"{name}.mp4"
        compositor.compose(project, ClipCache(folder), out)
        scores[name] = [psnr(a, b) for a, b in zip(composed, frames_at(out, starts), strict=True)]
    print(f"mask vs true alpha: {scores['truth']} dB; vs uncut MP4: {scores['uncut']} dB")
    assert all(score >= TARGET_DB for score in scores["truth"]), scores
    assert scores["uncut"][0] >= TARGET_DB  # scene 1 is the same WebM in both
    assert all(score < TARGET_DB for score in scores["uncut"][1:]), scores
