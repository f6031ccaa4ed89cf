"""A small builder over PyAV's FFmpeg filter graph (`av.filter.Graph`): buffer sources,
chains of filters, overlays and one sink, then frames pushed in and pulled out.

Every source is pushed with the same timestamps (frame numbers at 1/fps); a source
pushed once and then ended (a still layer) is repeated by the filters that read it
(`overlay`'s and `blend`'s default on end of input). FFmpeg works without the GIL while
it filters, with its own threads (slice threads in scale and overlay)."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from typing import cast

import av
from av.filter.context import FilterContext

from composer.media import safety

THREADS = safety.THREADS
"""Filter threads: fixed, as the decoders' (see composer.media.safety)."""


class FilterGraph:
    def __init__(self, fps: int) -> None:
        self.graph = av.filter.Graph()
        self.graph.threads = THREADS
        self.time_base = Fraction(1, fps)
        self._sink: FilterContext | None = None

    def source(self, template: av.VideoFrame) -> FilterContext:
        """A buffer source for frames like `template`: size, pixel format, and colour
        matrix and range (FFmpeg negotiates colours between filters: a source said to be
        in other colours than its frames' would be converted again)."""
        return self.graph.add(
            "buffer",
            video_size=f"{template.width}x{template.height}",
            pix_fmt=template.format.name,
            time_base=str(self.time_base),
            pixel_aspect="1/1",
            colorspace=str(int(template.colorspace)),
            range=str(int(template.color_range)),
        )

    def chain(self, node: FilterContext, *filters: tuple[str, str]) -> FilterContext:
        """`node` followed by each (filter, arguments) in turn; the last one."""
        for name, args in filters:
            nxt = self.graph.add(name, args)
            node.link_to(nxt)
            node = nxt
        return node

    def join(self, name: str, args: str, *inputs: FilterContext) -> FilterContext:
        """A filter of several inputs (overlay, blend, alphamerge), fed in this order."""
        node = self.graph.add(name, args)
        for index, upstream in enumerate(inputs):
            upstream.link_to(node, 0, index)
        return node

    def overlay(self, main: FilterContext, top: FilterContext, x: int, y: int) -> FilterContext:
        """`top` (straight alpha) over `main` at (x, y), blended in 4:2:0. FFmpeg places
        4:2:0 overlays on even pixels only: callers give even x and y."""
        return self.join("overlay", f"x={x}:y={y}:format=yuv420:eof_action=repeat", main, top)

    def multiply_alpha(self, node: FilterContext, mask: FilterContext) -> FilterContext:
        """`node`'s alpha times the grey `mask` of the same size (a crop's coverage)."""
        split = self.graph.add("split", "2")
        node.link_to(split)
        alpha = self.graph.add("alphaextract")
        split.link_to(alpha, 1, 0)
        product = self.join("blend", "all_mode=multiply", alpha, mask)
        merged = self.graph.add("alphamerge")
        split.link_to(merged, 0, 0)
        product.link_to(merged, 0, 1)
        return merged

    def on_colours(
        self, node: FilterContext, filters: list[tuple[str, str]], matrix: str
    ) -> FilterContext:
        """`filters` (taking no alpha, as `colorspace`; giving colours in `matrix`) applied
        to the colours of a yuva420p `node`, its alpha kept. The alpha is labelled with
        `matrix` too (a label: its values stay): merging colours with an alpha said to be
        in another matrix, FFmpeg would convert the colours back to match it."""
        split = self.graph.add("split", "2")
        node.link_to(split)
        alpha = self.graph.add("alphaextract")
        split.link_to(alpha, 1, 0)
        colours = self.graph.add("format", "yuv420p")
        split.link_to(colours, 0, 0)
        colours = self.chain(colours, *filters, ("format", "yuva420p"))
        alpha = self.chain(alpha, ("setparams", f"colorspace={matrix}"))
        return self.join("alphamerge", "", colours, alpha)

    def finish(self, node: FilterContext) -> None:
        """End the graph at `node` (its frames are what `pull` gives) and configure it."""
        self._sink = self.graph.add("buffersink")
        node.link_to(self._sink)
        self.graph.configure()

    def pulled(self) -> Iterator[av.VideoFrame]:
        """The frames ready at the sink now (the graph may hold some back until the next
        push, or the end)."""
        assert self._sink is not None
        while True:
            try:
                yield cast(av.VideoFrame, self._sink.pull())  # a video graph gives video
            except (av.BlockingIOError, av.EOFError):
                return


def push(source: FilterContext, frame: av.VideoFrame | None, number: int) -> None:
    """`frame` as frame `number` of `source`; None ends the source."""
    if frame is not None:
        frame.pts = number
    source.push(frame)
