"""RGB <-> YUV 4:2:0 (BT.709, limited range: what the MP4 carries), in FFmpeg.

A yuv420p picture is one uint8 array of (h * 3 / 2, w): the Y rows, then U and V (each
h/2 x w/2) laid end to end, as PyAV reads and writes it."""

from __future__ import annotations

import av
import numpy as np
from av.video.reformatter import ColorRange, Colorspace

SPACE, RANGE = "ITU709", "MPEG"


def rgb_to_yuv420(rgb: np.ndarray) -> np.ndarray:
    """An RGB picture (even width and height) as yuv420p."""
    frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(rgb), format="rgb24")
    return frame.reformat(
        format="yuv420p", dst_colorspace=SPACE, dst_color_range=RANGE, threads=0
    ).to_ndarray()


def planes(yuv: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Views of the Y, U and V planes of a yuv420p array."""
    h, w = yuv.shape[0] * 2 // 3, yuv.shape[1]
    chroma = yuv[h:].reshape(2, h // 2, w // 2)
    return yuv[:h], chroma[0], chroma[1]


def yuv420_to_rgb(yuv: np.ndarray) -> np.ndarray:
    frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(yuv), format="yuv420p")
    frame.colorspace, frame.color_range = Colorspace.ITU709, ColorRange.MPEG
    return frame.reformat(format="rgb24", threads=0).to_ndarray()


def black_yuv420(width: int, height: int) -> np.ndarray:
    """Video black: Y 16, U and V 128 (limited range)."""
    yuv = np.full((height * 3 // 2, width), 128, np.uint8)
    yuv[:height] = 16
    return yuv
