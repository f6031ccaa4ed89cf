"""Still pictures (numpy RGB and RGBA arrays) as FFmpeg frames for the compositor's filter
graph, converted once: yuv420p and yuva420p in BT.709, limited range (what the MP4
carries), and 8-bit grey.

A translucent picture's chroma is subsampled weighted by alpha (premultiplied), so an
edge keeps its own colour instead of being mixed with the invisible colour of the clear
pixels next to it."""

from __future__ import annotations

import av
import numpy as np
from av.video.reformatter import ColorRange, Colorspace

SPACE, RANGE = "ITU709", "MPEG"


def _tagged(frame: av.VideoFrame) -> av.VideoFrame:
    frame.colorspace, frame.color_range = Colorspace.ITU709, ColorRange.MPEG
    return frame


def yuv420_frame(rgb: np.ndarray) -> av.VideoFrame:
    """An RGB picture (even width and height) as a yuv420p frame."""
    frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(rgb), format="rgb24")
    converted = frame.reformat(
        format="yuv420p", dst_colorspace=SPACE, dst_color_range=RANGE, threads=0
    )
    return _tagged(converted)


def yuva420_frame(premultiplied: np.ndarray) -> av.VideoFrame:
    """A premultiplied RGBA picture (even width and height) as a straight-alpha yuva420p
    frame."""
    alpha = premultiplied[..., 3:4].astype(np.uint32)
    straight = np.empty_like(premultiplied)
    straight[..., :3] = np.minimum(
        255, (premultiplied[..., :3].astype(np.uint32) * 255 + alpha // 2) // np.maximum(alpha, 1)
    )
    straight[..., 3] = premultiplied[..., 3]
    full = av.VideoFrame.from_ndarray(straight, format="rgba").reformat(
        format="yuva444p", dst_colorspace=SPACE, dst_color_range=RANGE, threads=0
    )
    y, u, v, a = (_plane(full, index) for index in range(4))
    weight = a.astype(np.float32)
    out = av.VideoFrame(full.width, full.height, "yuva420p")
    chroma_weight = _sum2x2(weight)
    for index, plane in ((0, y), (3, a)):
        _store(out, index, plane)
    for index, plane in ((1, u), (2, v)):
        mixed = _sum2x2(plane * weight) / np.maximum(chroma_weight, 1e-6)
        mixed[chroma_weight == 0] = 128
        _store(out, index, np.rint(mixed).astype(np.uint8))
    return _tagged(out)


def gray_frame(values: np.ndarray) -> av.VideoFrame:
    """0-255 values (HxW uint8) as a gray frame."""
    return av.VideoFrame.from_ndarray(np.ascontiguousarray(values, np.uint8), format="gray")


def black_like(template: av.VideoFrame) -> av.VideoFrame:
    """Video black in `template`'s size and pixel format."""
    w, h = template.width + template.width % 2, template.height + template.height % 2
    yuv = np.full((h * 3 // 2, w), 128, np.uint8)
    yuv[:h] = 16
    black = _tagged(av.VideoFrame.from_ndarray(yuv, format="yuv420p"))
    return black.reformat(template.width, template.height, template.format.name)


def _sum2x2(values: np.ndarray) -> np.ndarray:
    h, w = values.shape
    return values.astype(np.float32).reshape(h // 2, 2, w // 2, 2).sum(axis=(1, 3))


def _plane(frame: av.VideoFrame, index: int) -> np.ndarray:
    plane = frame.planes[index]
    rows = np.frombuffer(plane, np.uint8).reshape(  # type: ignore[call-overload]  # a buffer
        plane.height, plane.line_size
    )
    return rows[:, : plane.width]


def _store(frame: av.VideoFrame, index: int, values: np.ndarray) -> None:
    plane = frame.planes[index]
    padded = np.zeros((plane.height, plane.line_size), np.uint8)
    padded[:, : plane.width] = values
    plane.update(padded.tobytes())
