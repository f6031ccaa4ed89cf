"""Every v3 request the app sends validates strictly against HeyGen's vendored schemas:
for the example project, every starter template and generated projects, on the v3 studio
and exact layout routes. The requests are read back from the practice server's log
(`GET /_sandbox/requests`) and checked here with jsonschema (the server's own gate is
not asked: this is an independent reading of the same vendored contract)."""

from __future__ import annotations

import copy
import re
import threading
from pathlib import Path
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator

from composer.heygen import schemas
from composer.model.project import Project
from composer.projectfile.io import load_any
from composer.resources import example_project, resource
from composer.routes.registry import make_route
from composer.sandbox.catalogue import VOICES
from composer.sandbox.server import SandboxServer
from tests.support.online import seed_online_media
from tests.support.sandbox_fixture import client_for
from tests.support.strategies import projects

TEMPLATES = sorted(resource("templates").glob("*.scene.json"))
ROUTES = ["v3", "exact"]
FLAG_TYPES = {"integer": int, "number": float, "boolean": lambda t: t == "true", "string": str}


class _Job:
    """A JobContext for prepare and send (uploads allowed)."""

    cancel = threading.Event()
    uploads = None

    def uploading(self, done: int, total: int, name: str) -> None: ...
    def remember(self, ref: dict[str, Any]) -> None: ...
    def submitted(self, video_id: str, notice: str | None, ref: dict[str, Any]) -> None: ...
    def note(self, words: str) -> None: ...
    def check_cancel(self) -> None: ...


def endpoint_of(method: str, path: str) -> str | None:
    for name, info in schemas.contract()["endpoints"].items():
        pattern = re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(info["path"]))
        if info["method"] == method and re.fullmatch(pattern, path):
            return name
    return None


def contract_breaches(entry: dict[str, Any]) -> list[str]:
    """Why a logged v3 request breaks HeyGen's contract (empty: it keeps it)."""
    name = endpoint_of(entry["method"], entry["path"])
    if name is None:
        return [f"{entry['method']} {entry['path']} is no endpoint of the contract"]
    info = schemas.endpoint(name)
    found = []
    for key, text in entry["query"].items():
        flag = info["query"].get(key)
        if flag is None:
            found.append(f"{name}: unknown query flag {key}")
            continue
        schema = {k: v for k, v in flag.items() if k not in ("required", "default")}
        value = FLAG_TYPES[flag["type"]](text)
        found += [
            f"{name} ?{key}: {e.message}" for e in Draft202012Validator(schema).iter_errors(value)
        ]
    if info["body"] == "json":
        strict = Draft202012Validator(schemas.closed(info["request"]))
        found += [f"{name}: {e.json_path} {e.message}" for e in strict.iter_errors(entry["body"])]
    elif info["body"] == "multipart":
        assert entry["headers"]["content-type"].startswith("multipart/form-data")
    if "idempotency-key" in entry["headers"] and entry["path"].startswith("/v3/assets/"):
        found.append(f"{name}: an Idempotency-Key HeyGen does not honour here")
    return found


def sent_v3(sandbox: SandboxServer) -> list[dict[str, Any]]:
    log = requests.get(
        f"{sandbox.base_url}/_sandbox/requests", headers=sandbox.control_headers, timeout=10
    ).json()
    return [entry for entry in log if entry["path"].startswith("/v3/")]


def send(sandbox: SandboxServer, project: Project, route: str) -> None:
    """What Submit does up to the create: prepare (catalogue, uploads) and send. The exact
    layout first downloads online backgrounds: here they are in the cache already, as a
    download leaves them (the tests have no internet)."""
    if route == "exact":
        seed_online_media(project, 64, 36)
    job = make_route(route, client_for(sandbox))
    job.send(job.prepare(project, _Job()), _Job())


def filled(project: Project) -> Project:
    """A template with the presenter and voice the user would pick (the sandbox's)."""
    project = copy.deepcopy(project)
    for scene in project.scenes:
        if not (scene.character.avatar_id or scene.character.talking_photo_id):
            scene.character.avatar_id = "Daisy-inskirt-20220818"
        if not scene.voice.voice_id:
            scene.voice.voice_id = VOICES[0][0]
    return project


def assert_kept(sandbox: SandboxServer) -> list[dict[str, Any]]:
    entries = sent_v3(sandbox)
    breaches = [b for entry in entries for b in contract_breaches(entry)]
    assert not breaches, breaches
    return entries


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("path", [example_project(), *TEMPLATES], ids=lambda p: Path(p).stem)
def test_every_request_for_the_example_and_templates_keeps_the_contract(
    sandbox: SandboxServer, route: str, path: Path
) -> None:
    send(sandbox, filled(load_any(path)), route)
    entries = assert_kept(sandbox)
    assert [e for e in entries if (e["method"], e["path"]) == ("POST", "/v3/videos")]


@pytest.mark.parametrize("route", ROUTES)
def test_every_request_for_generated_projects_keeps_the_contract(
    sandbox: SandboxServer, route: str
) -> None:
    from composer.routes.registry import route_class

    sent = [0]

    @settings(max_examples=25, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(projects)
    def one(project: Project) -> None:
        project = copy.deepcopy(project)
        if [p for p in route_class(route).check(project) if p.is_error]:
            return  # Submit refuses it: nothing is sent
        send(sandbox, project, route)
        sent[0] += 1

    one()
    assert sent[0] > 0, "some generated projects were sent"
    assert_kept(sandbox)
