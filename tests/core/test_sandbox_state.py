"""The practice server keeps its videos in its state folder: started again on the same
folder, it answers for them (on its old port when that is free)."""

from __future__ import annotations

import time
from pathlib import Path

import requests

from composer.model.request import build_request
from composer.sandbox.server import SandboxServer
from tests.support.builders import valid_project
from tests.support.sandbox_fixture import GENERATE, KEY, STATUS_PATH

HEADERS = {"X-Api-Key": KEY}


def test_a_restarted_practice_server_still_knows_its_videos(tmp_path: Path) -> None:
    with SandboxServer(render_seconds=0.2, state_dir=tmp_path) as first:
        answer = requests.post(
            first.base_url + GENERATE[1],
            json=build_request(valid_project(1)),
            headers=HEADERS,
            timeout=5,
        )
        video_id = answer.json()["data"]["video_id"]
        old_url = first.base_url
    with SandboxServer(render_seconds=0.2, state_dir=tmp_path) as again:
        assert again.base_url == old_url  # its jobs' address answers again
        time.sleep(0.3)  # the render's time passes
        status = requests.get(
            again.base_url + STATUS_PATH, params={"video_id": video_id}, headers=HEADERS, timeout=5
        ).json()["data"]
        assert status["id"] == video_id and status["status"] == "completed"
        video = requests.get(status["video_url"], timeout=5)
        assert video.status_code == 200 and len(video.content) > 0
    with SandboxServer(render_seconds=0.2) as forgetful:  # no state folder: nothing kept
        missing = requests.get(
            forgetful.base_url + STATUS_PATH,
            params={"video_id": video_id},
            headers=HEADERS,
            timeout=5,
        )
        assert missing.json().get("data") is None or missing.status_code >= 400
