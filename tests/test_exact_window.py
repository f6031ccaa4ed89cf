"""In the window: once a scene's presenter clip is rendered, the preview and the scene
cards show the real presenter, and the preview a strip to play it."""

from __future__ import annotations

from composer.media.clips import default_folder
from composer.sandbox.clipmedia import SKIN
from tests.conftest import ARTIFACTS
from tests.support.builders import valid_project
from tests.support.clips import fill_cache
from tests.test_main_window import make_window
from tests.test_preview_clip import face, near


def test_the_window_preview_draws_the_rendered_presenter(qtbot) -> None:
    project = valid_project(2)
    project.route = "exact"
    project.scenes[0].character.scale = 0.8
    fill_cache(project, default_folder(), seconds=0.6)
    window = make_window(qtbot, project)
    window.resize(1280, 800)
    preview = window.preview
    qtbot.waitUntil(window.clip_scrubber.isVisible)
    image = preview.grab().toImage()
    assert near(image.pixelColor(face(preview).toPoint()), SKIN)
    card = window.scene_view.grab().toImage()  # the scene cards show the presenter too
    skin = [
        (x, y)
        for x in range(0, card.width(), 2)
        for y in range(0, card.height(), 2)
        if near(card.pixelColor(x, y), SKIN, 30)
    ]
    assert skin, "no card shows the rendered presenter"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(ARTIFACTS / "window-exact.png"))
