"""The moving inputs of a scene's filter graph: the presenter clip and a playing background
video, one frame per output frame, decoded ahead on a worker thread (FFmpeg decodes
without the GIL, with its own threads) and handed to the graph as FFmpeg decoded them.

The presenter's alpha comes from wherever the clip keeps it: a VP9 WebM's own alpha
(libvpx, yuva420p), a grey mask video beside an MP4 (FFmpeg's `alphamerge`), or a key
colour (keyed out in numpy, composer.media.keying). Either way the graph scales it to the
picture's size with FFmpeg, reading its colours as the preview does (the frame's own
colour matrix) and giving them in BT.709, limited range."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import av
from av.filter.context import FilterContext

from composer.compose.to_709 import scaled_to_709
from composer.media.clips import ClipFile
from composer.media.convert import black_like
from composer.media.graph import FilterGraph, push
from composer.media.prefetch import Prefetch
from composer.media.video import VideoFrames

Frames = tuple[av.VideoFrame, ...]
Box = tuple[int, int, int, int]


class _Ahead:
    """The frames for each output frame, made ahead; the first is kept as the shape of the
    graph's sources (a graph is built again when a scene's captions change)."""

    def __init__(self, make: Callable[[float | None], Frames], times: list[float | None]) -> None:
        self._ahead = Prefetch(make, times)
        self.template: Frames = self._ahead.next()
        self._pending: Frames | None = self.template
        self._sources: list[FilterContext] = []

    def sources(self, graph: FilterGraph) -> list[FilterContext]:
        self._sources = [graph.source(frame) for frame in self.template]
        return self._sources

    def push(self, number: int) -> None:
        frames = self._pending if self._pending is not None else self._ahead.next()
        self._pending = None
        for source, frame in zip(self._sources, frames, strict=True):
            push(source, frame, number)

    def end(self) -> None:
        for source in self._sources:
            source.push(None)

    def close(self) -> None:
        self._ahead.close()


class PresenterSource(_Ahead):
    def __init__(self, clip: ClipFile, size: tuple[int, int], fps: int, frames: int) -> None:
        self.size = size
        if clip.key is not None:
            keyed = VideoFrames(clip.path, size, key=clip.key)  # RGBA at the picture's size
            self._readers = [keyed]
            make: Callable[[float | None], Frames] = lambda t: (  # noqa: E731
                av.VideoFrame.from_ndarray(keyed.at(t or 0.0), format="rgba"),
            )
        else:
            self._readers = [VideoFrames(clip.path)]
            if clip.mask is not None:
                self._readers.append(VideoFrames(clip.mask))
            make = lambda t: tuple(r.decoded(t or 0.0) for r in self._readers)  # noqa: E731
        super().__init__(make, [i / fps for i in range(frames)])

    def node(self, graph: FilterGraph, full_chroma: bool) -> FilterContext:
        """The presenter at its picture's size, straight alpha: yuva420p, or with
        `full_chroma` yuva444p (to be shifted by one pixel)."""
        sources = self.sources(graph)
        # the last scaling step gives the format the graph needs (one pass of swscale,
        # not a conversion to 4:2:0 and another back to 4:4:4)
        node = scaled_to_709(graph, sources[0], self.template[0], self.size, apart=True)
        if len(sources) == 2:  # an MP4 and its mask video: the mask's brightness is alpha
            w, h = self.size  # (labelled as the colours are, or FFmpeg would convert them)
            grey = graph.chain(sources[1], ("scale", f"{w}:{h}:flags=bilinear:out_range=pc"),
                               ("format", "gray"), ("setparams", "colorspace=bt709"))  # fmt: skip
            node = graph.join("alphamerge", "", graph.chain(node, ("format", "yuva420p")), grey)
        return graph.chain(node, ("format", "yuva444p" if full_chroma else "yuva420p"))

    def close(self) -> None:
        super().close()
        for reader in self._readers:
            reader.close()


class VideoSource(_Ahead):
    """A background video's frame at each moment (None: black): its part `crop` (source
    pixels) scaled to `box` (even)."""

    def __init__(self, path: Path, crop: Box, box: Box, moments: list[float | None]) -> None:
        self.crop, self.box = crop, box
        self._reader = VideoFrames(path)
        self._black: av.VideoFrame | None = None
        super().__init__(lambda t: (self._frame(t),), moments)

    def _frame(self, t: float | None) -> av.VideoFrame:
        if t is not None:
            return self._reader.decoded(t)
        if self._black is None:
            self._black = black_like(self._reader.decoded(0.0))
        return self._black

    def covers(self, frame: av.VideoFrame) -> bool:
        """Whether the video fills all of `frame` (it has no alpha: then nothing under it
        shows)."""
        return self.box == (0, 0, frame.width, frame.height)

    def node(self, graph: FilterGraph) -> FilterContext:
        (source,) = self.sources(graph)
        template = self.template[0]
        crop = None if self.crop[2:] == (template.width, template.height) else self.crop
        node = scaled_to_709(graph, source, template, self.box[2:], crop=crop)
        return graph.chain(node, ("format", "yuv420p"))

    def close(self) -> None:
        super().close()
        self._reader.close()
