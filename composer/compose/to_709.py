"""A moving input of the compositor's graph (the presenter clip, a background video)
scaled as the preview scales it (bilinear) and brought from the colours it is in to the
video's: BT.709, limited range. Its colours are read as the preview reads them: by the
frame's tag, an untagged frame as BT.601 (as swscale reads it to RGB).

The change of colour matrix is done by FFmpeg's `colorspace` filter when it can (planar
4:2:0, 4:2:2 or 4:4:4 YUV, limited range, even size, not enlarged): before resizing,
with the alpha of a yuva420p clip set aside and merged back. It costs 0.1-0.2 ms a frame
for a 1080p presenter where swscale took 1.3-2.5 ms as a step of its own and 4-5 ms
while resizing. Only the matrix changes (primaries and transfer are left as they are, as
swscale does). Otherwise (RGB, full range, odd sizes, enlarging) swscale does it."""

from __future__ import annotations

import av
from av.filter.context import FilterContext

from composer.media.graph import FilterGraph

MATRICES = {1: "bt709", 4: "fcc", 7: "smpte240m", 9: "bt2020"}
"""FFmpeg's colour matrices by a frame's tag; any other (or none) is BT.601, as swscale
reads it when the preview converts the frame to RGB."""
SPACES = {"bt601": "bt470bg", "fcc": "fcc", "smpte240m": "smpte240m", "bt2020": "bt2020ncl"}
"""The same matrices as the `colorspace` filter names them."""
PLANAR = frozenset({"yuv420p", "yuv422p", "yuv444p", "yuva420p"})
SAME_GAMUT = "iprimaries=bt709:primaries=bt709:itrc=bt709:trc=bt709:fast=1"


def scaled_to_709(
    graph: FilterGraph,
    node: FilterContext,
    frame: av.VideoFrame,
    size: tuple[int, int],
    *,
    crop: tuple[int, int, int, int] | None = None,
    apart: bool = False,
) -> FilterContext:
    """`node` (frames like `frame`), its part `crop` (x, y, w, h) when given, scaled to
    `size` in BT.709 limited range. `apart` (swscale only): the change of matrix is its
    own step after resizing (faster than while resizing, unless the picture is enlarged
    several times, as a background video may be)."""
    matrix = MATRICES.get(int(frame.colorspace), "bt601")
    full = int(frame.color_range) == 2 or frame.format.name.startswith("yuvj")
    recolour = not (matrix == "bt709" and not full)
    source = (frame.width, frame.height) if crop is None else crop[2:]
    # the filter works on the picture before resizing: an enlarged one (a background
    # video) is left to swscale, whose way is closer to the preview's when enlarging
    # (41.8 dB against 39.0 for a 640x360 video filling a 1080x1920 frame)
    before = recolour and _filter_can(frame.format.name, (frame.width, frame.height), full)
    before = before and size[0] * size[1] <= source[0] * source[1]
    if before:
        node = _matrix_to_709(graph, node, frame.format.name, SPACES[matrix])
    if crop is not None:
        x, y, w, h = crop
        node = graph.chain(node, ("crop", f"{w}:{h}:{x}:{y}:exact=1"))
    scale = f"{size[0]}:{size[1]}:flags=bilinear"
    if before or not recolour:
        return graph.chain(node, ("scale", scale))
    swscale = f"in_color_matrix={matrix}:in_range={'pc' if full else 'tv'}"
    swscale += ":out_color_matrix=bt709:out_range=tv"
    if apart:
        return graph.chain(node, ("scale", scale), ("scale", swscale))
    return graph.chain(node, ("scale", f"{scale}:{swscale}"))


def _filter_can(pixels: str, size: tuple[int, int], full: bool) -> bool:
    return not full and pixels in PLANAR and size[0] % 2 == 0 and size[1] % 2 == 0


def _matrix_to_709(
    graph: FilterGraph, node: FilterContext, pixels: str, space: str
) -> FilterContext:
    recolour = ("colorspace", f"ispace={space}:space=bt709:irange=tv:range=tv:{SAME_GAMUT}")
    if pixels == "yuva420p":
        return graph.on_colours(node, [recolour], "bt709")
    return graph.chain(node, recolour)
