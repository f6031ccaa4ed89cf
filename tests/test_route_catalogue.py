"""The pickers list presenters and voices as the project's render route names them: v2's
avatar lists on v2, v3's looks and voices on v3 (the GUI asks the route, not an endpoint)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from composer.resources import example_project
from composer.sandbox.catalogue import AVATARS
from composer.sandbox.server import SandboxServer
from tests.support.editor_window import sandbox_window
from tests.test_v3_window import choose_route


def test_a_v3_project_lists_v3_looks_and_voices(qtbot: QtBot, tmp_path: Path) -> None:
    with SandboxServer() as sandbox:
        window = sandbox_window(qtbot, sandbox, tmp_path)  # fetches the v2 project's catalogue
        assert window.files.open_path(example_project())
        assert sandbox.count("GET", "/v2/avatars") >= 1
        assert sandbox.count("GET", "/v3/avatars/looks") == 0
        choose_route(qtbot, window, "v3 studio")
        assert window.doc.project.route == "v3"
        before = sandbox.count("GET", "/v2/avatars")
        service = window.settings.catalogue_service()
        service.refresh()
        qtbot.waitUntil(lambda: service.catalogue is not None and not service.refreshing)
        assert sandbox.count("GET", "/v3/avatars/looks") >= 1
        assert sandbox.count("GET", "/v3/voices") >= 1
        assert sandbox.count("GET", "/v2/avatars") == before  # v2 was not asked
        look_id, name = AVATARS[0][0], AVATARS[0][1]
        found = service.catalogue.find("avatar", look_id)
        assert found is not None and found.name == name
        window.close()
