"""The first frame of a local video, extracted in the background with ffmpeg when it is
installed (Qt Multimedia is not part of the app's Qt). Until a frame is ready, or when it
can't be had, the background shows a placeholder instead.

Frames are kept as JPEG bytes (a few hundred KB each, however many videos a project has)
and decoded, like image files, at the size they are shown."""

from __future__ import annotations

import shutil
from collections import deque
from functools import cache

from PySide6.QtCore import QByteArray, QObject, QProcess, Signal

MAX_RUNNING = 2
MAX_SIDE = 1920
"""Frames are scaled down to at most this width: plenty for a preview."""

Key = tuple[str, float]  # path, modification time


@cache
def ffmpeg() -> str | None:
    return shutil.which("ffmpeg")


def ffmpeg_arguments(path: str) -> list[str]:
    return [
        "-v",
        "error",
        "-nostdin",
        "-i",
        path,
        "-frames:v",
        "1",
        "-an",
        "-vf",
        f"scale='min({MAX_SIDE},iw)':-2",
        "-f",
        "image2pipe",
        "-vcodec",
        "mjpeg",
        "-q:v",
        "3",
        "-",
    ]


class VideoPosters(QObject):
    ready = Signal(str)
    """A frame (or the knowledge that there is none) arrived for this path."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._frames: dict[Key, QByteArray | None] = {}
        self._queue: deque[Key] = deque()
        self._running: dict[Key, QProcess] = {}

    def frame(self, path: str, mtime: float) -> QByteArray | None:
        """The video's first frame as JPEG data if extracted; otherwise None (and extraction
        starts, unless it already failed)."""
        key = (path, mtime)
        if key in self._frames:
            return self._frames[key]
        if ffmpeg() and key not in self._running and key not in self._queue:
            self._queue.append(key)
            self._start_next()
        return None

    def _start_next(self) -> None:
        while self._queue and len(self._running) < MAX_RUNNING:
            key = self._queue.popleft()
            process = QProcess(self)
            process.finished.connect(lambda *_args, key=key: self._finished(key))
            process.errorOccurred.connect(lambda *_args, key=key: self._failed(key))
            self._running[key] = process
            process.start(ffmpeg(), ffmpeg_arguments(key[0]))

    def _finished(self, key: Key) -> None:
        process = self._running.pop(key, None)
        if process is None:
            return
        data = process.readAllStandardOutput()
        ok = process.exitStatus() == QProcess.ExitStatus.NormalExit and process.exitCode() == 0
        self._done(key, process, data if ok and not data.isEmpty() else None)

    def _failed(self, key: Key) -> None:
        process = self._running.pop(key, None)
        if process is not None:
            self._done(key, process, None)

    def _done(self, key: Key, process: QProcess, data: QByteArray | None) -> None:
        self._frames[key] = data
        process.deleteLater()
        self._start_next()
        self.ready.emit(key[0])
