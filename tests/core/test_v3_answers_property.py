"""The client survives every answer HeyGen's published schemas allow: answers generated
from the vendored response schemas (hypothesis-jsonschema) go through the client's own
reading of a reply (envelope, redaction, errors) and its parsers. Each is parsed, or
refused with the client's clear error (HeyGenError); never another exception."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis_jsonschema import from_schema

from composer.heygen import schemas
from composer.heygen.client import HeyGenClient
from composer.heygen.errors import HeyGenError
from composer.heygen.speech import parse_speech
from composer.heygen.v3 import V3Api
from composer.heygen.v3_models import (
    parse_account,
    parse_asset,
    parse_background_removal,
    parse_look,
    parse_upload_statuses,
    parse_video,
    parse_voice,
)

CLIENT = HeyGenClient("sk-property-key", base_url="http://127.0.0.1:9")  # never connected
API = V3Api(CLIENT)


def _items(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A list answer, item by item, as the catalogue pages read it (a bad item is skipped
    with the client's error, never a crash)."""

    def each(data: Any) -> list[Any]:
        if not isinstance(data, list):
            raise HeyGenError("not a list")
        out = []
        for item in data:
            try:
                out.append(parse(item))
            except HeyGenError:
                continue
        return out

    return each


READERS: dict[str, Callable[[Any], Any]] = {
    "GET /v3/videos/{video_id}": lambda data: parse_video(data, "v-1"),
    "GET /v3/avatars/looks": _items(parse_look),
    "GET /v3/avatars/looks/{look_id}": parse_look,
    "GET /v3/voices": _items(parse_voice),
    "GET /v3/users/me": parse_account,
    "POST /v3/assets": parse_asset,
    "POST /v3/assets/{asset_id}/complete": parse_asset,
    "GET /v3/assets/statuses": parse_upload_statuses,
    "POST /v3/background-removals": parse_background_removal,
    "GET /v3/background-removals/{job_id}": parse_background_removal,
}
EXAMPLES = 20


def answers(name: str) -> Any:
    """Answers to `name` as its response schema allows, each field HeyGen lists tried
    (no made-up extra fields, which the parsers skip anyway and which would crowd out the
    listed ones in a small number of examples)."""
    return from_schema(schemas.closed(schemas.endpoint(name)["response"]))


def reply(answer: Any) -> requests.Response:
    """The answer as the HTTP stack hands it over (a real Response, filled in memory)."""
    response = requests.Response()
    response.status_code = 200
    response._content = json.dumps(answer).encode("utf-8")
    response.headers["Content-Type"] = "application/json"
    response.url = "http://127.0.0.1:9/v3/x"
    return response


def survives(read: Callable[[], Any]) -> None:
    try:
        read()
    except HeyGenError as exc:
        assert str(exc), "the client's error says what is wrong"


def _check(name: str) -> Callable[[], None]:
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(answers(name))
    def run(answer: Any) -> None:
        survives(lambda: READERS[name](API._body(reply(answer)).get("data")))

    return run


@pytest.mark.parametrize("name", list(READERS))
def test_every_answer_the_schema_allows_is_read_or_clearly_refused(name: str) -> None:
    _check(name)()


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))  # fmt: skip
@given(answers("POST /v3/voices/speech"))
def test_every_speech_answer_is_read_or_clearly_refused(answer: Any) -> None:
    survives(lambda: parse_speech(CLIENT._data(reply(answer))))


def test_the_readers_cover_the_endpoints_the_issue_names() -> None:
    wanted = {"video", "looks", "voices", "users/me", "assets", "background-removals"}
    covered = {w for w in wanted for name in READERS if w in name}
    assert covered == wanted
