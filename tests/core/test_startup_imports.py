"""The window paints its first frame before anything the first frame does not paint is
imported: the HTTP and keyring stacks (opening a project at start-up asks no server, and
cached catalogue names need no HTTP), FFmpeg and numpy (no video is decoded or composed to
paint the window), the request models and the composer. Each took longer to import than
the window takes to build (issue 22: cold start against a bare window)."""

from __future__ import annotations

from pathlib import Path

from composer.settings.preferences import SANDBOX
from tests.support.fresh_app import after_first_paint

NOT_AT_FIRST_PAINT = (
    "requests",
    "keyring",
    "urllib3",
    "jsonschema",
    "av",
    "numpy",
    "composer.compose.compositor",
    "composer.compose.frames",
    "composer.paint.layers",
    "composer.media.video",
    "composer.heygen.client",
    "composer.heygen.models",
    "composer.heygen.v3_models",
    "composer.assets.uploads",
    "importlib.metadata",  # psygnal's version lookup cost 17 ms (model/signals.py)
)
"""Imported later, when first used (a submit, a compose, a catalogue refresh, a video's
first frame), never to paint the window."""

SCRIPT = f"""
heavy = {NOT_AT_FIRST_PAINT!r}
loaded = sorted(m for m in heavy if m in sys.modules)
# usable at once: click the second scene's card, type in its name field
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
view = window.scene_view
card = view.visualRect(view.model().index(1, 0)).center()
QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, card)
name = window.inspector.name_panel.focus_field("name").control
QTest.keyClicks(name, " renamed")
app.processEvents()
print(json.dumps({{
    "endpoint": window.preferences.endpoint,
    "loaded": loaded,
    "heading": window.inspector.heading.text(),
    "names": [scene.name for scene in window.doc.scenes],
}}))
window.stack.setClean()
window.shutdown()
"""


def test_the_first_frame_is_painted_before_what_it_does_not_paint_is_imported_and_is_usable(
    tmp_path: Path,
) -> None:
    result = after_first_paint(SCRIPT, tmp_path, scenes=3)
    assert result["endpoint"] != SANDBOX  # the path that reads the catalogue cache
    assert result["loaded"] == []
    # and the window painted that early is the whole window: a click and typing work
    assert result["heading"] == "Scene 2 of 3"
    names = result["names"]
    assert names[1].endswith(" renamed")
    assert not any(name.endswith(" renamed") for name in (names[0], names[2]))
