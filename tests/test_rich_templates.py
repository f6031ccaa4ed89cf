"""Starter templates with issue 24's rich parts: a lower third, a title card and a logo in
the corner (layers), a music loop the app made itself, and transitions. They open from the
gallery like any template: the scene list shows their transitions, the Music panel draws
the loop's waveform, and the exact route finds nothing wrong with their files."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from composer.media.waveform import waveform
from composer.model.rich import OverlayType
from composer.routes.registry import route_class
from composer.templates import library
from composer.ui.main_window import MainWindow
from composer.ui.templates.gallery import TemplateGallery
from tests.test_templates_gallery import in_gallery, pick, window  # noqa: F401 - fixture


def by_name() -> dict[str, library.Template]:
    return {t.name: t for t in library.shipped()}


def test_three_templates_carry_layers_and_one_a_music_loop_made_by_the_app() -> None:
    templates = by_name()
    layered = {
        name: [o.name for s in t.project.scenes for o in s.overlays]
        for name, t in templates.items()
        if any(s.overlays for s in t.project.scenes)
    }
    assert "Lower third" in layered["Feature spotlight"]
    assert "Title card" in layered["Big announcement"]
    assert "Logo" in layered["Event invite"]
    logo = templates["Event invite"].project.scenes[0].overlays[0]
    assert logo.type == OverlayType.IMAGE and Path(logo.local_file).is_file()
    versions = {json.loads(t.path.read_text())["version"] for t in templates.values() if t.path}
    assert versions == {2}
    music = templates["Welcome intro"].project.music
    assert music is not None and music.volume == 0.25 and music.duck_under_speech
    shape = waveform(music.local_file, buckets=50)
    assert 7.5 < shape.seconds < 8.5 and shape.peaks.min() > 0.1  # a loop, never silent
    licence = Path(music.local_file).parent / "LICENSE.txt"
    assert "CC0" in licence.read_text() and "make_template_media.py" in licence.read_text()
    for name in ("Welcome intro", "Feature spotlight", "Big announcement", "Event invite"):
        project = templates[name].new_project()
        assert project.route == "exact", name  # the route that keeps what they show
        for scene in project.scenes:
            scene.character.avatar_id, scene.voice.voice_id = "avatar-1", "voice-1"
        fields = {p.field for p in route_class("exact").check(project) if p.is_error}
        assert fields <= {"voice.input_text", "text.text"}, (name, fields)  # placeholders


def test_a_rich_template_opens_with_its_transitions_and_music(
    window: MainWindow,  # noqa: F811 - the gallery tests' fixture
    qtbot: QtBot,
    artifacts_dir: Path,
) -> None:
    def act(gallery: TemplateGallery) -> None:
        pick(gallery, "Welcome intro")

    in_gallery(qtbot, act)
    window.files.action_new.trigger()
    assert window.doc.project.music is not None
    assert [text for _, _, text in window.scene_view.chips()] == ["Fade 0.5 s", "Fade 0.5 s"]
    qtbot.waitUntil(lambda: window.has_painted, timeout=5000)
    window.inspector.show_panel("projectPanel")
    qtbot.waitUntil(lambda: window.inspector.findChild(QWidget, "musicPanel") is not None)
    panel = window.soundtrack.music
    assert panel is not None and panel.picker.line.text().endswith("gentle-loop.flac")
    qtbot.waitUntil(lambda: panel.wave.drawn_peaks() is not None, timeout=5000)
    assert np.ptp(panel.wave.drawn_peaks()) > 0.05  # the loop's shape, not a flat line
    assert panel.volume.text() == "25 %"
    panel.window().grab().save(str(artifacts_dir / "screenshot-template-music.png"))
    panel.grab().save(str(artifacts_dir / "screenshot-music-panel-loop.png"))
