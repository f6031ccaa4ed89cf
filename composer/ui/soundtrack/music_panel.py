"""The Music panel: a sound under the whole video (composer.model.rich.Music), its
waveform, volume, ducking under the voices and fade-out, or none.

Every change is a document edit (one undo step; a run of changes to one number merges into
one). A sound from outside the project's folder is used only after the user's yes, as any
outside media; its waveform is read off the GUI thread through the media safety rules.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
)

from composer.model.document import PROJECT, ProjectDocument
from composer.model.rich import (
    MUSIC_DUCKING,
    MUSIC_FADE_SECONDS,
    MUSIC_VOLUME,
    Music,
    music_levels,
)
from composer.routes.rich_checks import music_problem
from composer.ui.commands import UndoableEdits
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate
from composer.ui.operations import run_in_background
from composer.ui.soundtrack.waveform_view import WaveformView
from composer.ui.widgets.file_picker import FilePicker
from composer.ui.widgets.naming import named

if TYPE_CHECKING:
    from composer.media.waveform import Waveform

NEW_MUSIC = Music(
    volume=MUSIC_VOLUME, duck_under_speech=MUSIC_DUCKING, fade_out_seconds=MUSIC_FADE_SECONDS
)
"""A new sound starts quiet under the voices, lowered while someone speaks, fading out."""
MOST_FADE = 30.0
SOUNDS = QT_TRANSLATE_NOOP(
    "MusicPanel", "Sound (*.mp3 *.wav *.flac *.ogg *.m4a *.aac);;All files (*)"
)


class MusicPanel(QGroupBox):
    def __init__(
        self,
        doc: ProjectDocument,
        edits: UndoableEdits,
        folder: Callable[[], Path | None],
    ) -> None:
        """`folder`: the project's folder (None while it is not saved)."""
        super().__init__(translate("MusicPanel", "Music"))
        self.setObjectName("musicPanel")
        self.doc, self.edits, self.folder = doc, edits, folder
        self.picker = FilePicker(translate("MusicPanel", SOUNDS))
        self.picker.setObjectName("music:file")
        self.picker.line.setAccessibleName(translate("MusicPanel", "Music file"))
        self.wave = WaveformView()
        self.message = named(QLabel(), "fieldMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("problem", "error")
        self.message.hide()
        self.volume = named(QSpinBox(), "music:volume")
        self.volume.setRange(0, 100)
        self.volume.setSuffix(" %")
        self.volume.lineEdit().setAccessibleName(translate("MusicPanel", "Music volume"))
        self.duck = named(
            QCheckBox(translate("MusicPanel", "Lower the music while someone speaks")),
            "music:duck",
        )
        self.fade = named(QDoubleSpinBox(), "music:fade")
        self.fade.setRange(0, MOST_FADE)
        self.fade.setSingleStep(0.5)
        self.fade.setDecimals(1)
        self.fade.setSuffix(translate("MusicPanel", " s"))
        self.fade.lineEdit().setAccessibleName(
            translate("MusicPanel", "Fade out at the end, in seconds")
        )
        self.remove = named(QPushButton(translate("MusicPanel", "Remove music")), "music:remove")
        form = QFormLayout(self)
        form.addRow(translate("MusicPanel", "Sound"), self.picker)
        form.addRow("", self.message)
        form.addRow("", self.wave)
        form.addRow(translate("MusicPanel", "Volume"), self.volume)
        form.addRow("", self.duck)
        form.addRow(translate("MusicPanel", "Fade out"), self.fade)
        form.addRow("", self.remove)
        self._reading: str | None = None  # the file whose waveform is being read
        self._asking = False  # the outside-the-folder question is open
        self.picker.edited.connect(self.choose)
        self.volume.valueChanged.connect(
            lambda value: self._set(
                "volume", value / 100, translate("MusicPanel", "Change music volume")
            )
        )
        self.duck.toggled.connect(
            lambda on: self._set(
                "duck_under_speech", on, translate("MusicPanel", "Lower music under speech")
            )
        )
        self.fade.valueChanged.connect(
            lambda value: self._set(
                "fade_out_seconds",
                round(value, 1),
                translate("MusicPanel", "Change music fade-out"),
            )
        )
        self.remove.clicked.connect(lambda: self.choose(None))
        doc.changed.connect(self._changed)
        doc.reset.connect(self.refresh)
        self.refresh()

    # ---- what the user does
    def choose(self, path: str | None) -> None:
        """Use the sound at `path` (None: no music), after the checks and the user's yes."""
        music = self.doc.project.music
        if not path:
            if music is not None:
                self.edits.set_values(
                    PROJECT, {"music": None}, translate("MusicPanel", "Remove music")
                )
            self.refresh()
            return
        if self._asking or (music is not None and music.local_file == path):
            return  # the picker repeats its path when the question takes its focus
        problem = music_problem(path)
        if problem or not self._allowed(Path(path)):
            self._say(problem or "")
            self.refresh(keep_message=True)
            return
        chosen = replace(music or NEW_MUSIC, local_file=path)
        self.edits.set_values(PROJECT, {"music": chosen}, translate("MusicPanel", "Choose music"))

    def _allowed(self, path: Path) -> bool:
        """A sound inside the project's folder, or one the user said yes to."""
        folder = self.folder()
        real = Path(os.path.realpath(path))
        if folder is None or real.is_relative_to(Path(os.path.realpath(folder))):
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MusicPanel", "Use music from outside the project?"),
            translate("MusicPanel", "This sound is outside the project's folder:"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("outsideMusicBox")
        box.setInformativeText(
            translate(
                "MusicPanel",
                "{file}\n\nA project sent to someone else won't carry it. Use it anyway?",
            ).format(file=real)
        )
        self._asking = True
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            self._asking = False

    def _set(self, field: str, value: Any, words: str) -> None:
        music = self.doc.project.music
        if music is None or getattr(music, field) == value:
            return
        self.edits.set_values(PROJECT, {f"music.{field}": value}, words, merge_key=f"music {field}")

    # ---- following the document
    def _changed(self, scene_index: int, path: str) -> None:
        if scene_index == PROJECT and (not path or path.startswith("music")):
            self.refresh()

    def refresh(self, keep_message: bool = False) -> None:
        music = self.doc.project.music
        file = music.local_file if music is not None else None
        self.picker.set_path(file)
        volume, ducking, fade = music_levels(music or NEW_MUSIC)
        widgets = (self.volume, self.fade, self.duck)
        for widget in widgets:
            widget.blockSignals(True)
        self.volume.setValue(round(volume * 100))
        self.fade.setValue(fade)
        self.duck.setChecked(ducking)
        for widget in widgets:
            widget.blockSignals(False)
            widget.setEnabled(music is not None)
        self.remove.setEnabled(music is not None)
        if not keep_message:
            self._say("")
        self._read_waveform(file)

    def _read_waveform(self, file: str | None) -> None:
        if file == self._reading:
            return
        self._reading = file
        self.wave.setVisible(bool(file))
        if not file:
            return
        self.wave.show_words(translate("MusicPanel", "Reading the sound…"))
        run_in_background(
            lambda: _peaks(file),
            on_success=lambda shape: self._drawn(file, shape),
            on_failure=lambda error: self._unreadable(file, error),
            parent=self,
        )

    def _drawn(self, file: str, shape: Waveform) -> None:
        if file == self._reading:  # not a sound chosen before the one shown now
            self.wave.show_waveform(shape)

    def _unreadable(self, file: str, error: BaseException) -> None:
        if file == self._reading:
            self.wave.show_words(
                translate("MusicPanel", "Can't read this sound: {why}").format(why=str(error))
            )

    def _say(self, words: str) -> None:
        self.message.setText(words)
        self.message.setVisible(bool(words))


def _peaks(file: str) -> Waveform:
    """Off the GUI thread: numpy and FFmpeg are loaded here, when a sound is first read."""
    from composer.media.waveform import waveform

    return waveform(file)
