"""The rehearsal bar under the preview: play/pause, previous/next scene, the time, the
timeline strip and where the voices come from. While it is open the preview shows the
scene at the playhead with its script as spoken. Space plays or pauses, the arrow keys
step scenes, Escape closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from composer.billing.lengths import default_speech, speech_for
from composer.billing.money import amount_text
from composer.model.document import ProjectDocument
from composer.rehearsal.timeline import Timeline, build_timeline
from composer.ui.i18n import amounts, translate
from composer.ui.operations import run_in_background
from composer.ui.plain_text import TRUSTED
from composer.ui.preview.preview_widget import PreviewWidget
from composer.ui.rehearsal.player import RehearsalPlayer
from composer.ui.rehearsal.strip import TimelineStrip
from composer.ui.rehearsal.subtitles import paint_subtitle
from composer.ui.rehearsal.voice_out import VoiceOutput

if TYPE_CHECKING:
    from composer.heygen.client import HeyGenClient
    from composer.rehearsal.voices import Script

REBUILD_MS = 300
KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Escape}


def clock_text(seconds: float) -> str:
    return f"{int(seconds // 60)}:{seconds % 60:04.1f}"


class RehearsalPanel(QWidget):
    closed = Signal()
    audio_arrived = Signal()
    """Real speech audio was fetched: lengths shown anywhere may now be exact."""
    speech_engine: str | None = None
    """The system speech engine to use; None: the first that works (tests pick "mock")."""

    def __init__(
        self,
        doc: ProjectDocument,
        preview: PreviewWidget,
        make_client: Callable[[], HeyGenClient],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rehearsalPanel")
        self.doc, self.preview, self._make_client = doc, preview, make_client
        self.player = RehearsalPlayer(self)
        self._voice: VoiceOutput | None = None
        self.strip = TimelineStrip(self)
        self._rebuild = QTimer(self, singleShot=True, interval=REBUILD_MS)
        self._rebuild.timeout.connect(self.reload)
        self._build()
        self.player.position_changed.connect(self._moved)
        self.player.scene_changed.connect(self._scene_started)
        self.player.playing_changed.connect(self._playing_changed)
        self.player.jumped.connect(self._sound_from)
        self.strip.seek_requested.connect(self.player.seek)
        self.hide()

    def _build(self) -> None:
        self.prev_button = QPushButton(
            "◀◀",
            objectName="rehearsePrevious",
            toolTip=translate("RehearsalPanel", "Previous scene (←)"),
        )
        self.play_button = QPushButton(
            translate("RehearsalPanel", "Play"),
            objectName="rehearsePlay",
            toolTip=translate("RehearsalPanel", "Play or pause (Space)"),
        )
        self.next_button = QPushButton(
            "▶▶", objectName="rehearseNext", toolTip=translate("RehearsalPanel", "Next scene (→)")
        )
        self.time_label = QLabel(objectName="rehearseTime")
        self.scene_label = QLabel(objectName="rehearseScene")
        self.voice_label = QLabel(objectName="rehearseVoice")
        self.heygen_voices = QCheckBox(
            translate("RehearsalPanel", "Use HeyGen voices"), objectName="rehearseHeyGenVoices"
        )
        self.heygen_voices.setToolTip(
            translate(
                "RehearsalPanel",
                "Fetch each script spoken by its HeyGen voice (kept for next time)",
            )
        )
        close = QPushButton(
            translate("RehearsalPanel", "Close"),
            objectName="rehearseClose",
            toolTip=translate("RehearsalPanel", "Stop rehearsing (Esc)"),
        )
        for button in (self.prev_button, self.play_button, self.next_button, close):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the panel
        self.prev_button.clicked.connect(lambda: self.player.step(-1))
        self.next_button.clicked.connect(lambda: self.player.step(1))
        self.play_button.clicked.connect(self.player.toggle)
        self.heygen_voices.toggled.connect(self._heygen_voices_toggled)
        close.clicked.connect(self.stop)
        row = QHBoxLayout()
        heading = QLabel(translate("RehearsalPanel", "<b>Rehearsal</b>"))
        heading.setProperty(TRUSTED, True)  # the app's own words
        row.addWidget(heading)
        for widget in (self.prev_button, self.play_button, self.next_button, self.time_label):
            row.addWidget(widget)
        for label in (self.scene_label, self.voice_label):  # long words must not widen the window
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.scene_label, 1)
        row.addWidget(close)
        voices = QHBoxLayout()
        voices.addWidget(self.voice_label, 1)
        voices.addWidget(self.heygen_voices)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 6, 12, 6)
        column.addLayout(row)
        column.addWidget(self.strip)
        column.addLayout(voices)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    @property
    def voice(self) -> VoiceOutput:
        """Made on the first rehearsal: looking for audio and speech engines takes time."""
        if self._voice is None:
            self._voice = VoiceOutput(self, self.speech_engine)
        return self._voice

    # ---- opening and closing
    def start(self) -> None:
        """Open the bar and play from the first scene."""
        if self.isHidden():
            self.preview.decorations.append(self._paint_subtitle)
            self.preview.installEventFilter(self)
            self.doc.changed.connect(self._edited)
            self.doc.reset.connect(self._edited)
        self.show()
        self.setFocus()
        self.reload()
        self.player.seek(0.0)
        self.player.play()

    def stop(self) -> None:
        if self.isHidden():
            return
        self.player.pause()
        self.voice.stop()
        self.preview.decorations.remove(self._paint_subtitle)
        self.preview.removeEventFilter(self)
        self.doc.changed.disconnect(self._edited)
        self.doc.reset.disconnect(self._edited)
        self.hide()
        self.preview.update()
        self.closed.emit()

    def reload(self) -> None:
        """Build the timeline again (after edits or new audio), keeping the playhead."""
        timeline = build_timeline(self.doc.project, speech=default_speech())
        position, playing = self.player.position(), self.player.playing
        self.player.load(timeline)
        self.strip.set_timeline(timeline, [s.name.strip() for s in self.doc.scenes])
        has_audio = any(s.audio is not None for s in timeline.segments)
        self.voice_label.setText(self.voice.describe(has_audio))
        self.player.seek(position)
        if playing:
            self.player.play()

    def _edited(self, *_args: object) -> None:
        self._rebuild.start()

    # ---- following the player
    @property
    def timeline(self) -> Timeline:
        return self.player.timeline

    def _moved(self, seconds: float) -> None:
        self.time_label.setText(f"{clock_text(seconds)} / {clock_text(self.timeline.total)}")
        self.strip.set_position(seconds, self.player.index)
        self.preview.update()

    def _scene_started(self, index: int, at: float) -> None:
        self.preview.set_scene_index(index)
        if 0 <= index < len(self.doc):
            scene = self.doc.scenes[index]
            self.scene_label.setText(
                translate("RehearsalPanel", "Scene {number} · {name}").format(
                    number=index + 1,
                    name=scene.name.strip() or translate("RehearsalPanel", "untitled"),
                )
            )
        self._sound_from(at, cut=False)

    def _sound_from(self, position: float, cut: bool = True) -> None:
        """Voice the scene at the playhead from `position` (when playing); `cut=False`: the
        playhead ran into this scene, so the previous clip may finish."""
        index = self.player.index
        if self.player.playing and 0 <= index < len(self.timeline.segments):
            segment = self.timeline.segments[index]
            self.voice.play(segment, position - segment.start, cut)

    def _playing_changed(self, playing: bool) -> None:
        self.play_button.setText(
            translate("RehearsalPanel", "Pause") if playing else translate("RehearsalPanel", "Play")
        )
        if not playing and self.player.position() < self.timeline.total:
            self.voice.stop()  # at the end the last clip plays out its last milliseconds

    def _paint_subtitle(self, painter: QPainter, frame: QRectF) -> None:
        index = self.player.index
        if 0 <= index < len(self.timeline.segments):
            segment = self.timeline.segments[index]
            paint_subtitle(painter, frame, segment, self.player.position() - segment.start)

    # ---- keys (here and while the preview has focus)
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._key(event.key()):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event.key())
        return False

    def _key(self, key: int) -> bool:
        if key not in KEYS:
            return False
        if key == Qt.Key.Key_Space:
            self.player.toggle()
        elif key == Qt.Key.Key_Escape:
            self.stop()
        else:
            self.player.step(-1 if key == Qt.Key.Key_Left else 1)
        return True

    # ---- HeyGen voices
    def _heygen_voices_toggled(self, on: bool) -> None:
        if not on:
            return
        from composer.rehearsal.voices import scripts_to_fetch, speech_voices

        client = self._make_client()  # whose speech is kept, and read back
        scripts = scripts_to_fetch(self.doc.project, speech_for(client.source))
        if not scripts:
            self.reload()
            return
        self.voice_label.setText(translate("RehearsalPanel", "Asking HeyGen which voices speak…"))
        run_in_background(
            lambda: speech_voices(client),
            on_success=lambda voices: self._fetch_speakable(scripts, voices),
            on_failure=self._fetch_failed,
            parent=self,
        )

    def _fetch_speakable(self, scripts: list[Script], voices: set[str]) -> None:
        """Fetch, after asking, the scripts whose voice HeyGen's speech serves; the rest
        are said with this computer's voice."""
        from composer.rehearsal.voices import fetch_cost, fetch_speech, speakable

        scripts = speakable(scripts, voices)
        if not scripts:
            self.voice_label.setText(
                translate(
                    "RehearsalPanel",
                    "HeyGen's speech does not offer these voices: this computer's voice says them.",
                )
            )
            self.reload()
            return
        amount, unit = fetch_cost(scripts)
        if not self.ask_fetch(len(scripts), amount_text(amount, unit, amounts)):
            self.heygen_voices.setChecked(False)
            return
        self.voice_label.setText(
            translate("RehearsalPanel", "Fetching 1 voice clip…")
            if len(scripts) == 1
            else translate("RehearsalPanel", "Fetching {count} voice clips…").format(
                count=len(scripts)
            )
        )
        client = self._make_client()
        run_in_background(
            lambda progress: fetch_speech(client, scripts, speech_for(client.source), progress),
            on_success=lambda _count: self._fetched(),
            on_failure=self._fetch_failed,
            on_progress=lambda done: self.voice_label.setText(
                translate("RehearsalPanel", "Fetched {done} of {count}…").format(
                    done=done[0], count=done[1]
                )
            ),
            parent=self,
        )

    def _fetched(self) -> None:
        self.reload()
        self.audio_arrived.emit()

    def ask_fetch(self, count: int, cost: str) -> bool:
        """Ask before spending: tests answer this themselves."""
        answer = QMessageBox.question(
            self,
            translate("RehearsalPanel", "Use HeyGen voices"),
            translate(
                "RehearsalPanel",
                "HeyGen will speak {count} script(s) for the rehearsal. This costs about {cost} "
                "from your HeyGen balance; the audio is kept, so each script is fetched once.",
            ).format(count=count, cost=cost),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _fetch_failed(self, error: BaseException) -> None:
        self.heygen_voices.setChecked(False)
        self.voice_label.setText(
            translate("RehearsalPanel", "HeyGen voices unavailable: {error}").format(
                error=translate("Jobs", str(error))
            )
        )
