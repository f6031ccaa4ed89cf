"""The Music panel and the Captions style panel: driven as a user does, every change lands
in the project through the undo stack; the waveform is read off the GUI thread; a sound
outside the project's folder needs a yes; both panels sit in the Project tab once the
window has painted."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from composer.model.document import ProjectDocument
from composer.model.fields import Position
from composer.model.rich import CaptionPlace, Music
from composer.ui.commands import UndoableEdits
from composer.ui.main_window import MainWindow
from composer.ui.soundtrack.captions_panel import CaptionsStylePanel
from composer.ui.soundtrack.music_panel import MusicPanel
from tests.core.test_waveform import quiet_then_loud
from tests.support.builders import valid_project
from tests.support.message_boxes import answer


class Panels:
    def __init__(self, qtbot: QtBot, folder: Path | None) -> None:
        self.doc = ProjectDocument(valid_project(2))
        self.stack = QUndoStack()
        self.edits = UndoableEdits(self.doc, self.stack)
        self.music = MusicPanel(self.doc, self.edits, lambda: folder)
        self.captions = CaptionsStylePanel(self.doc, self.edits)
        for panel in (self.music, self.captions):
            qtbot.addWidget(panel)
            panel.resize(420, panel.sizeHint().height())
            panel.show()


def test_choosing_music_draws_its_waveform_off_the_gui_thread_and_edits_undo(
    qtbot: QtBot, tmp_path: Path, artifacts_dir: Path
) -> None:
    ui = Panels(qtbot, tmp_path)
    song = quiet_then_loud(tmp_path / "bed.wav", seconds=3.0)
    ui.music.picker.pick(str(song))
    music = ui.doc.project.music
    assert music == Music(local_file=str(song), volume=0.3, duck_under_speech=True,
                          fade_out_seconds=2.0)  # fmt: skip
    assert ui.music.wave.drawn_peaks() is None  # being read in the background
    assert ui.music.wave.words == "Reading the sound…"
    qtbot.waitUntil(lambda: ui.music.wave.drawn_peaks() is not None, timeout=5000)
    peaks = ui.music.wave.drawn_peaks()
    half = len(peaks) // 2
    assert peaks[: half - 5].max() < 0.01 and peaks[half + 5 :].min() > 0.7
    assert ui.music.volume.text() == "30 %" and ui.music.duck.isChecked()
    ui.music.resize(420, ui.music.sizeHint().height())
    ui.music.grab().save(str(artifacts_dir / "screenshot-music-panel.png"))

    ui.music.volume.setFocus()
    for _ in range(5):
        qtbot.keyClick(ui.music.volume, Qt.Key.Key_Up)
    assert ui.doc.project.music.volume == 0.35
    qtbot.mouseClick(ui.music.duck, Qt.MouseButton.LeftButton)
    assert ui.doc.project.music.duck_under_speech is False
    ui.music.fade.setValue(4.5)
    assert ui.doc.project.music.fade_out_seconds == 4.5
    assert ui.stack.count() == 4  # choose, volume (5 presses), ducking, fade
    qtbot.mouseClick(ui.music.remove, Qt.MouseButton.LeftButton)
    assert ui.doc.project.music is None and not ui.music.volume.isEnabled()
    ui.stack.undo()
    assert ui.doc.project.music.fade_out_seconds == 4.5 and ui.music.fade.value() == 4.5
    ui.stack.undo()
    ui.stack.undo()
    assert ui.doc.project.music.duck_under_speech is True and ui.music.duck.isChecked()
    ui.stack.undo()
    assert ui.doc.project.music.volume == 0.3 and ui.music.volume.value() == 30


def test_music_from_outside_the_project_folder_needs_a_yes(qtbot: QtBot, tmp_path: Path) -> None:
    project_folder = tmp_path / "project"
    project_folder.mkdir()
    ui = Panels(qtbot, project_folder)
    song = quiet_then_loud(tmp_path / "elsewhere.wav")
    seen: list[str] = []
    answer("No", seen)
    ui.music.picker.pick(str(song))
    assert ui.doc.project.music is None and ui.stack.count() == 0
    assert seen[0].startswith("outsideMusicBox: This sound is outside the project's folder")
    assert str(song.resolve()) in seen[0]
    answer("Yes", seen)
    ui.music.picker.pick(str(song))
    assert ui.doc.project.music.local_file == str(song)


def test_a_file_that_is_not_a_sound_is_refused_beside_the_picker(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ui = Panels(qtbot, tmp_path)
    fake = tmp_path / "song.mp3"
    fake.write_text("<html>not a sound</html>")
    ui.music.picker.pick(str(fake))
    assert ui.doc.project.music is None
    assert ui.music.message.isVisible() and "song.mp3" in ui.music.message.text()
    assert ui.music.picker.line.text() == ""


def test_captions_style_edits_land_in_the_project_with_undo(
    qtbot: QtBot, tmp_path: Path, artifacts_dir: Path
) -> None:
    ui = Panels(qtbot, None)
    panel = ui.captions
    panel.sample.setFixedSize(320, 180)  # compared picture for picture below
    plain = panel.sample.grab().toImage()
    panel.font_size.setValue(64)
    assert ui.doc.project.captions_style.font_size == 64
    panel.color.edited.emit("#FFD23F")
    panel.background.edited.emit("#1A1A2E")
    panel.place.setCurrentIndex(panel.place.findData(CaptionPlace.TOP.value))
    assert ui.doc.project.captions_style.position == CaptionPlace.TOP
    assert not panel.point.isVisible()
    panel.place.setCurrentIndex(panel.place.findData("custom"))
    assert panel.point.isVisible()
    panel.point_x.setValue(30)
    panel.point_y.setValue(40)
    assert ui.doc.project.captions_style.position == Position(x=0.3, y=0.4)
    qtbot.mouseClick(panel.highlight, Qt.MouseButton.LeftButton)
    style = ui.doc.project.captions_style
    assert (style.color, style.background, style.highlight_words) == ("#FFD23F", "#1A1A2E", True)
    panel.grab().save(str(artifacts_dir / "screenshot-captions-style-panel.png"))
    styled = panel.sample.grab().toImage()
    assert styled != plain  # the sample follows the style
    top_half = styled.copy(0, 0, styled.width(), styled.height() // 2)
    assert top_half != plain.copy(0, 0, plain.width(), plain.height() // 2)  # moved up to 40 %
    while ui.stack.canUndo():
        ui.stack.undo()
    assert ui.doc.project.captions_style is None
    assert panel.font_size.text() == "Automatic" and panel.place.currentText() == "Bottom"


def test_the_panels_are_in_the_project_tab_once_the_window_has_painted(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.soundtrack.music is None  # not before the first frame
    window.show()
    qtbot.waitUntil(lambda: window.has_painted, timeout=5000)
    window.inspector.show_panel("projectPanel")
    qtbot.waitUntil(lambda: window.inspector.findChild(QWidget, "musicPanel") is not None)
    assert window.inspector.findChild(QWidget, "captionsStylePanel") is not None
    window.close()


def test_peaks_are_not_shared_between_sounds(qtbot: QtBot, tmp_path: Path) -> None:
    """A second sound chosen while the first is read shows its own waveform."""
    ui = Panels(qtbot, tmp_path)
    ui.music.picker.pick(str(quiet_then_loud(tmp_path / "a.wav", loud=0.2)))
    ui.music.picker.pick(str(quiet_then_loud(tmp_path / "b.wav", loud=0.9)))
    qtbot.waitUntil(lambda: ui.music.wave.drawn_peaks() is not None, timeout=5000)
    qtbot.wait(200)  # the first sound's answer, if it came late, must not replace it
    assert np.max(ui.music.wave.drawn_peaks()) > 0.85


def test_a_file_music_with_unset_levels_shows_what_the_mix_will_do(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A project file may leave volume, ducking and fade out: the panel must show the
    levels the composed video will have, not 100 % and no ducking."""
    from composer.media.mixing import music_plan

    ui = Panels(qtbot, tmp_path)
    song = quiet_then_loud(tmp_path / "bed.wav", seconds=1.0)
    ui.doc.set_value(-1, "music", Music(local_file=str(song)))
    plan = music_plan(ui.doc.project)
    assert plan is not None
    assert ui.music.volume.value() == round(plan.volume * 100) == 30
    assert ui.music.duck.isChecked() is plan.duck is True
    assert ui.music.fade.value() == plan.fade_seconds == 2.0
