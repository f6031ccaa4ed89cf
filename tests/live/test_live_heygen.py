"""Against real HeyGen (opt in, see conftest.py): the read-only calls the app makes
(users/me, looks, voices) answer as HeyGen's vendored schemas say, strictly (a field they
do not list means the schemas are out of date: run tools/heygen_schemas.py on a newer CLI),
and the app parses them; one free v2 draft (`test: true`) is accepted."""

from __future__ import annotations

from typing import Any

import pytest

from composer.heygen import schemas
from composer.heygen.client import HeyGenClient
from composer.heygen.v3 import V3Api
from composer.model.project import Voice

pytestmark = pytest.mark.live

DRAFT_SCRIPT = "This is a free test video from Scene Composer's live check."


def answer(client: HeyGenClient, path: str, **query: Any) -> dict[str, Any]:
    response = client._send("GET", client.base_url + path, params=query or None)
    assert response.status_code == 200, f"GET {path}: HTTP {response.status_code}"
    return response.json()


def conforms(name: str, body: Any) -> None:
    problem = schemas.problem(name, "response", body)
    assert problem is None, f"{name}: {problem.message} (at {problem.param})"


def test_the_account_answers_as_published(live_client: HeyGenClient) -> None:
    conforms("GET /v3/users/me", answer(live_client, "/v3/users/me"))
    account = V3Api(live_client).me()
    assert account.unit in ("usd", "credits")


def test_looks_answer_as_published(live_client: HeyGenClient) -> None:
    page = answer(live_client, "/v3/avatars/looks", limit=20)
    conforms("GET /v3/avatars/looks", page)
    looks = V3Api(live_client).looks()
    assert looks and all(look.look_id and look.avatar_type for look in looks[:20])


def test_voices_answer_as_published(live_client: HeyGenClient) -> None:
    for query in ({"limit": 20}, {"limit": 20, "engine": "starfish"}, {"type": "private"}):
        conforms("GET /v3/voices", answer(live_client, "/v3/voices", **query))
    assert V3Api(live_client).voices()


def test_one_free_v2_draft_is_accepted(live_client: HeyGenClient) -> None:
    from composer.model.request import build_request
    from composer.projectfile.io import load_any
    from composer.resources import example_project

    project = load_any(example_project())
    project.scenes = project.scenes[:1]
    project.scenes[0].voice = Voice(
        input_text=DRAFT_SCRIPT, voice_id=project.scenes[0].voice.voice_id
    )
    project.title = "Scene Composer live check (draft)"
    body = build_request(project)
    body["test"] = True  # free: watermarked, no credit
    started = live_client.generate_video(body)
    assert started.video_id
    status = live_client.video_status(started.video_id)
    assert status.status in ("pending", "waiting", "processing", "completed")
