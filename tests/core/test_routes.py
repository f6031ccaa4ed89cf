"""The route registry and what the job record keeps of a route (Qt-free, no HTTP)."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.jobs.state import JobRecord, JobState
from composer.model.project import Project
from composer.model.validate import validate
from composer.routes.base import PreviewMode, RenderRoute
from composer.routes.registry import (
    DEFAULT_ROUTE,
    UnknownRoute,
    check_project,
    route_class,
    route_names,
)
from tests.support.builders import valid_project


def test_every_registered_route_is_a_render_route_with_words_for_the_chooser() -> None:
    assert route_names()[:2] == ["v2", "v3"]
    for name in route_names():
        route = route_class(name)
        assert issubclass(route, RenderRoute)
        assert route.name == name
        assert route.label and route.summary
        assert isinstance(route.preview, PreviewMode)


def test_an_unknown_route_is_named_in_plain_words() -> None:
    with pytest.raises(UnknownRoute, match=r"'v9'.*known: v2, v3"):
        route_class("v9")


def test_a_project_without_a_route_uses_the_default_and_its_checks() -> None:
    project = valid_project(2)
    assert project.route is None
    assert route_class(None).name == DEFAULT_ROUTE == "v2"
    assert check_project(project) == validate(project)


def test_the_job_record_keeps_route_and_ref_and_old_records_are_v2(tmp_path: Path) -> None:
    record = JobRecord.new("t", "http://x", tmp_path, "v3")
    record = record.moved(JobState.SUBMITTING, ref={"key": "abc"}, resend_safe=True)
    again = JobRecord.from_json(record.to_json())
    assert (again.route, again.ref, again.resend_safe) == ("v3", {"key": "abc"}, True)
    old = record.to_json()
    for key in ("route", "ref", "resend_safe", "offer_route"):
        old.pop(key)
    assert JobRecord.from_json(old).route == "v2"
    old["video_id"] = "abc123"
    assert JobRecord.from_json(old).ref == {"video_id": "abc123"}  # resumable on v2


def test_an_interrupted_send_resumes_only_when_resending_is_safe(tmp_path: Path) -> None:
    sending = JobRecord.new("t", "http://x", tmp_path).moved(JobState.SUBMITTING, ref={"a": 1})
    assert not sending.resumable  # v2: no idempotency key, so "unknown" after a crash
    assert sending.after_interruption().state == JobState.SUBMISSION_UNKNOWN
    assert sending.moved(JobState.SUBMITTING, resend_safe=True).resumable


def test_the_project_file_keeps_the_route_and_the_request_never_carries_it(
    tmp_path: Path,
) -> None:
    from composer.model.request import build_request
    from composer.projectfile.io import load_project, save_project

    project = valid_project(2)
    project.route = "v3"
    path = tmp_path / "p.scene.json"
    save_project(project, path)
    assert load_project(path).route == "v3"
    assert "route" not in build_request(project)
    assert Project().route is None


def test_listing_and_checking_routes_loads_no_http_stack() -> None:
    """The Project panel's chooser and live validation ask routes without importing requests
    (the window paints before the HTTP stack is loaded)."""
    import subprocess
    import sys

    code = (
        "import sys; from composer.routes.registry import route_class, route_names; "
        "[route_class(n).label for n in route_names()]; "
        "raise SystemExit(1 if 'requests' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
