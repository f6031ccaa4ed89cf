"""Play and scrub the shown scene's presenter clip, frame by frame (no sound): a strip at
the bottom of the preview, shown only when the scene's clip has been rendered. The
preview then shows the scene at the strip's moment: the overlays showing then and, with
captions on, the clip's caption words in the project's caption style."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from composer.compose.srt_cues import Cue, clip_cues, words_at
from composer.media.clips import ClipFile
from composer.paint.captions import paint_caption_in
from composer.ui.i18n import translate
from composer.ui.preview.presenter import FPS, ClipPictures
from composer.ui.preview.preview_widget import PreviewWidget
from composer.ui.preview.transition_view import TransitionView

HEIGHT = 30


class ClipScrubber(QWidget):
    def __init__(self, preview: PreviewWidget, pictures: ClipPictures) -> None:
        super().__init__(preview)
        self.setObjectName("clipScrubber")
        self.preview, self.pictures = preview, pictures
        self.clip: ClipFile | None = None
        self.cues: list[Cue] = []
        self.play_button = QToolButton(objectName="clipPlay", text=translate("Scrubber", "Play"))
        self.play_button.setCheckable(True)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="clipSlider")
        self.time_label = QLabel(objectName="clipTime")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time_label)
        self.timer = QTimer(self, interval=1000 // FPS)
        self.timer.timeout.connect(self._step)
        self.play_button.toggled.connect(self._play)
        self.slider.valueChanged.connect(self._seek)
        self.setAutoFillBackground(True)
        self.hide()
        preview.installEventFilter(self)
        preview.transition = TransitionView(preview, pictures)
        preview.moment = self.moment
        preview.caption = self._paint_caption

    def moment(self) -> float | None:
        """Seconds into the scene shown (None: no clip, the editor's still view)."""
        return self.pictures.seconds if self.clip is not None else None

    def _paint_caption(self, painter: QPainter, frame: QRectF) -> None:
        doc = self.preview.doc
        if self.clip is None or doc is None or not doc.project.caption:
            return
        words = words_at(self.cues, self.pictures.seconds)
        size = self.preview.output_size()
        paint_caption_in(painter, frame, words, size, doc.project.captions_style)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(0, self.preview.height() - HEIGHT, self.preview.width(), HEIGHT)
        elif event.type() == QEvent.Type.Paint:
            self._sync()
        return False

    def _sync(self) -> None:
        """Follow the scene shown: its clip, or hidden when it has none."""
        scene = self.preview.scene()
        clip = self.pictures.clip(scene) if scene is not None else None
        if clip == self.clip:
            return
        self.clip = clip
        self.cues = clip_cues(clip.path) if clip is not None else []
        self.play_button.setChecked(False)
        self.setVisible(clip is not None)
        if clip is not None:
            frames = max(1, round(self.pictures.length(clip) * FPS))
            self.slider.blockSignals(True)
            self.slider.setRange(0, frames - 1)
            self.slider.setValue(0)
            self.slider.blockSignals(False)
            self._seek(0)

    def _seek(self, frame: int) -> None:
        self.pictures.seconds = frame / FPS
        total = (self.slider.maximum() + 1) / FPS
        self.time_label.setText(
            translate("Scrubber", "{now} s / {total} s").format(
                now=f"{frame / FPS:.2f}", total=f"{total:.2f}"
            )
        )
        self.preview.update()

    def _play(self, playing: bool) -> None:
        self.play_button.setText(
            translate("Scrubber", "Pause") if playing else translate("Scrubber", "Play")
        )
        if playing and self.slider.value() >= self.slider.maximum():
            self.slider.setValue(0)
        (self.timer.start if playing else self.timer.stop)()

    def _step(self) -> None:
        if self.slider.value() >= self.slider.maximum():
            self.play_button.setChecked(False)
            return
        self.slider.setValue(self.slider.value() + 1)
