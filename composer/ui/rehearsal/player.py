"""The rehearsal's clock: plays a Timeline, telling where the playhead is and when a new
scene starts.

The clock is a QElapsedTimer, not the audio: every voice source (HeyGen audio, the system's
speech engine, none) keeps the same timing. Frames are ticked by a precise timer, and a
one-shot precise timer lands on the next scene's start, so a scene change is seen within
a few milliseconds of when it is due rather than up to a whole tick late.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal

from composer.rehearsal.timeline import Timeline

FRAME_MS = 16


class RehearsalPlayer(QObject):
    position_changed = Signal(float)  # seconds from the start
    scene_changed = Signal(int, float)  # the playhead entered a scene: its index, the position
    jumped = Signal(float)  # playing started or the playhead was moved: the voice restarts here
    playing_changed = Signal(bool)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeline = Timeline(())
        self._clock = QElapsedTimer()
        self._offset = 0.0  # position when the clock was (re)started
        self._playing = False
        self._index = -1
        self._frames = QTimer(self, interval=FRAME_MS, timerType=Qt.TimerType.PreciseTimer)
        self._frames.timeout.connect(self._tick)
        self._boundary = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._boundary.timeout.connect(self._tick)

    # ---- state
    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def index(self) -> int:
        return self._index

    def position(self) -> float:
        if not self._playing:
            return self._offset
        return min(self.timeline.total, self._offset + self._clock.nsecsElapsed() / 1e9)

    # ---- control
    def load(self, timeline: Timeline) -> None:
        self.pause()
        self.timeline = timeline
        self._index = -1
        self.seek(0.0)

    def play(self) -> None:
        if self._playing or not self.timeline.segments:
            return
        if self._offset >= self.timeline.total:
            self._offset = 0.0
        self._playing = True
        self._clock.start()
        self._frames.start()
        self.playing_changed.emit(True)
        self._tick()
        self.jumped.emit(self.position())

    def pause(self) -> None:
        if not self._playing:
            return
        self._offset = self.position()
        self._playing = False
        self._frames.stop()
        self._boundary.stop()
        self.playing_changed.emit(False)

    def toggle(self) -> None:
        self.pause() if self._playing else self.play()

    def seek(self, seconds: float) -> None:
        self._offset = max(0.0, min(seconds, self.timeline.total))
        if self._playing:
            self._clock.start()
        self._tick()
        self.jumped.emit(self._offset)

    def step(self, scenes: int) -> None:
        """Jump to the start of the scene `scenes` after (or before) the current one."""
        segments = self.timeline.segments
        if not segments:
            return
        target = max(0, min(len(segments) - 1, self.timeline.index_at(self.position()) + scenes))
        self.seek(segments[target].start)

    # ---- ticking
    def _tick(self) -> None:
        now = self.position()
        index = self.timeline.index_at(now)
        if index != self._index:
            self._index = index
            self.scene_changed.emit(index, now)
        self.position_changed.emit(now)
        if not self._playing:
            return
        if now >= self.timeline.total:
            self.pause()
            self.finished.emit()
            return
        due_ms = (self.timeline.segments[index].end - now) * 1000
        if due_ms < FRAME_MS * 2 and not self._boundary.isActive():
            self._boundary.start(max(0, math.ceil(due_ms)))
