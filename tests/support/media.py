"""Small media files for tests, made with PyAV (no system ffmpeg)."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

Colour = tuple[int, int, int]


def gradient_frame(index: int, width: int, height: int) -> np.ndarray:
    """A frame that changes every frame: a diagonal gradient sliding with `index`."""
    yy, xx = np.mgrid[0:height, 0:width]
    base = (xx * 255 // max(1, width - 1) + index * 9) % 256
    frame = np.empty((height, width, 3), np.uint8)
    frame[..., 0] = base
    frame[..., 1] = yy * 255 // max(1, height - 1)
    frame[..., 2] = 255 - base
    return frame


def write_video(
    path: Path,
    colour: Colour | Callable[[int, int, int], np.ndarray],
    width: int,
    height: int,
    *,
    frames: int = 25,
    fps: int = 25,
) -> Path:
    """An H.264 MP4 of `frames` frames: a plain colour, or `colour(index, w, h)` per frame."""
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.options = {"crf": "12", "preset": "veryfast"}
        for index in range(frames):
            if callable(colour):
                pixels = colour(index, width, height)
            else:
                pixels = np.full((height, width, 3), colour, np.uint8)
            frame = av.VideoFrame.from_ndarray(pixels, format="rgb24")
            frame.pts, frame.time_base = index, Fraction(1, fps)
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path
