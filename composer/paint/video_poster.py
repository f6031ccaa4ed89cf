"""Frames of local background videos, decoded with PyAV (FFmpeg inside the wheel; no
system ffmpeg needed).

`VideoPosters` (the preview, thumbnails) gives a video's first frame, decoded on a worker
thread; until it is ready, or when there is none, the background shows a placeholder.
`FramesAt` (stills) gives the frame shown at a moment of a scene, decoded on the spot.

Frames are kept as encoded pictures (JPEG for the preview: a few hundred KB each, however
many videos a project has; PNG for stills: exact) and decoded, like image files, at the
size they are shown."""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QThreadPool, Signal

MAX_RUNNING = 2
MAX_SIDE = 1920
"""First frames are scaled down to at most this width: plenty for a preview."""

Key = tuple[str, float]  # path, modification time


def encoded_frame(
    path: str, seconds: float | None, fmt: str, max_side: int | None
) -> QByteArray | None:
    """The frame shown at `seconds` as an encoded picture (black for None: a video that
    played once and ended), or None if the file can't be read."""
    # PyAV and numpy load on first use: the window's first paint must not wait for them.
    import numpy as np

    from composer.media.video import MediaError, VideoFrames, probe
    from composer.paint.arrays import from_rgba

    try:
        info = probe(Path(path))
        size = (info.width, info.height)
        if max_side and info.width > max_side:
            size = (max_side, max(2, round(info.height * max_side / info.width / 2) * 2))
        if seconds is None:
            pixels = np.zeros((size[1], size[0], 3), np.uint8)
        else:
            with VideoFrames(Path(path), size) as frames:
                pixels = frames.at(seconds)
    except MediaError:
        return None
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    from_rgba(pixels).save(buffer, fmt, 90 if fmt == "JPG" else -1)
    return data


class VideoPosters(QObject):
    ready = Signal(str)
    """A frame (or the knowledge that there is none) arrived for this path."""
    _extracted = Signal(object, object)  # key, data (from a worker thread: queued)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._frames: dict[Key, QByteArray | None] = {}
        self._queue: deque[Key] = deque()
        self._running: set[Key] = set()
        self._extracted.connect(self._done)

    def frame(self, path: str, mtime: float) -> QByteArray | None:
        """The video's first frame as JPEG data if decoded; otherwise None (and decoding
        starts, unless it already failed)."""
        key = (path, mtime)
        if key in self._frames:
            return self._frames[key]
        if key not in self._running and key not in self._queue:
            self._queue.append(key)
            self._start_next()
        return None

    def _start_next(self) -> None:
        while self._queue and len(self._running) < MAX_RUNNING:
            key = self._queue.popleft()
            self._running.add(key)
            QThreadPool.globalInstance().start(self._job(key))

    def _job(self, key: Key) -> Callable[[], None]:
        emit = self._extracted.emit

        def run() -> None:
            data = encoded_frame(key[0], 0.0, "JPG", MAX_SIDE)
            with contextlib.suppress(RuntimeError):  # the painter was deleted meanwhile
                emit(key, data)

        return run

    def _done(self, key: Key, data: QByteArray | None) -> None:
        self._running.discard(key)
        self._frames[key] = data
        self._start_next()
        self.ready.emit(key[0])


class FramesAt(VideoPosters):
    """For a still: every video gives the frame shown at `seconds_for(path)` seconds,
    decoded at once (lossless)."""

    def __init__(self, seconds_for: Callable[[str], float | None], parent: QObject | None = None):
        super().__init__(parent)
        self.seconds_for = seconds_for

    def frame(self, path: str, mtime: float) -> QByteArray | None:
        key = (path, mtime)
        if key not in self._frames:
            self._frames[key] = encoded_frame(path, self.seconds_for(path), "PNG", None)
        return self._frames[key]
