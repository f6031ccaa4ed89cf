"""Property tests: round trips of random valid projects; the loader against random input."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.model.project import Project
from composer.model.request import build_request, project_from_request
from composer.model.validate import errors, validate
from composer.projectfile import ProjectFileError, load_any, load_project, save_project
from tests.support.strategies import projects

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(projects)
def test_generated_projects_are_valid(project: Project) -> None:
    assert errors(validate(project)) == []


@SETTINGS
@given(projects)
def test_save_then_load_is_unchanged(project: Project) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.scene.json"
        save_project(project, path)
        assert load_project(path) == project


@SETTINGS
@given(projects)
def test_build_import_build_is_unchanged(project: Project) -> None:
    body = build_request(project)
    again = build_request(project_from_request(json.loads(json.dumps(body))))
    assert json.dumps(again, sort_keys=True) == json.dumps(body, sort_keys=True)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=25,
)
KEYS = [
    "format",
    "version",
    "project",
    "scenes",
    "video_inputs",
    "character",
    "voice",
    "background",
    "text",
    "type",
    "scale",
    "speed",
    "duration",
    "dimension",
]
shaped = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.sampled_from(["scene-composer-project", "avatar", "text", "color", "image", "#FFF", "1"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=6)
    ),
    max_leaves=30,
)


def _only_clear_error(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.scene.json"
        path.write_bytes(content)
        try:
            project = load_any(path)
        except ProjectFileError as exc:
            assert "x.scene.json" in str(exc)
        else:  # whatever loads can be checked and built without an exception
            validate(project)
            build_request(project)
        assert path.read_bytes() == content
        assert [p.name for p in Path(folder).iterdir()] == ["x.scene.json"]


@SETTINGS
@given(st.binary(max_size=300))
def test_random_bytes_raise_only_the_project_file_error(content: bytes) -> None:
    _only_clear_error(content)


@SETTINGS
@given(json_values | shaped)
def test_random_json_raises_only_the_project_file_error(value: object) -> None:
    _only_clear_error(json.dumps(value).encode())


@SETTINGS
@given(shaped)
def test_random_project_documents_raise_only_the_project_file_error(value: object) -> None:
    document = {"format": "scene-composer-project", "version": 1}
    if isinstance(value, dict):
        document.update(value)
    _only_clear_error(json.dumps(document).encode())
