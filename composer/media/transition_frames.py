"""One frame of a transition, blended by FFmpeg (PyAV's filter graph) from the outgoing
and the incoming scenes' composed frames (yuv420p, same size), at the geometry
composer.model.transitions gives for that moment: the outgoing frame shifted (`crop` +
`pad`), the incoming one shifted and cut at the wipe's edge (`crop`), laid over it
(`overlay`) or faded in (`blend` at the moment's alpha). The offsets are even, so 4:2:0
colour lands where the preview draws it."""

from __future__ import annotations

import av
from av.filter.context import FilterContext

from composer.media.graph import FilterGraph, push
from composer.model.transitions import Moment


def _outgoing(
    graph: FilterGraph, source: FilterContext, at: Moment, w: int, h: int
) -> FilterContext:
    """The outgoing frame at its corner (moved off the frame by a slide: the rest black)."""
    ox, oy = at.outgoing
    if (ox, oy) == (0, 0):
        return source
    cw, ch = w - abs(ox), h - abs(oy)
    return graph.chain(
        source,
        ("crop", f"{cw}:{ch}:{max(0, -ox)}:{max(0, -oy)}:exact=1"),
        ("pad", f"{w}:{h}:{max(0, ox)}:{max(0, oy)}:color=black"),
    )


def blended(outgoing: av.VideoFrame, incoming: av.VideoFrame, at: Moment) -> av.VideoFrame:
    """The frame showing `at` (see composer.model.transitions.Moment)."""
    w, h = outgoing.width, outgoing.height
    ix, iy = at.incoming
    x0, y0 = max(0, ix), max(0, iy)
    x1, y1 = min(at.reveal, ix + w, w), min(h, iy + h)
    if x1 <= x0 or y1 <= y0 or at.alpha <= 0:
        return outgoing
    whole = (x0, y0, x1, y1) == (0, 0, w, h)
    if whole and at.alpha >= 1:
        return incoming
    graph = FilterGraph(1)
    out_source, in_source = graph.source(outgoing), graph.source(incoming)
    base = _outgoing(graph, out_source, at, w, h)
    top: FilterContext = in_source
    if not whole:
        crop = f"{x1 - x0}:{y1 - y0}:{x0 - ix}:{y0 - iy}:exact=1"
        top = graph.chain(in_source, ("crop", crop))
    if at.alpha < 1:
        assert whole, "a partial fade is drawn over the whole frame"
        node = graph.join("blend", f"all_mode=normal:all_opacity={at.alpha:.6f}", top, base)
    else:
        node = graph.overlay(base, top, x0, y0)
    graph.finish(graph.chain(node, ("format", "yuv420p")))
    for source, frame in ((out_source, outgoing), (in_source, incoming)):
        push(source, frame, 0)
        source.push(None)
    (frame,) = graph.pulled()
    return frame
