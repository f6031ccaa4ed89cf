"""One scene's frames, composed by an FFmpeg filter graph (PyAV's `av.filter`).

The still layers are painted once per scene by the preview's painter (composer.paint) and
converted once to BT.709 YUV: the background with the overlays behind the presenter and
the circle's disc under the presenter, the text overlay, the other overlays and the logo
above it, and a caption while it is on screen (the graph is built again when the caption
changes, and at the overlays' moments, where the scene's looks change). Per frame,
Python only hands FFmpeg the frames: the still background, the presenter clip's frame
and a playing background video's frame; FFmpeg scales them, crops the presenter by the
style's mask and overlays everything in the order the preview paints, in 4:2:0 YUV (no
trip through RGB), ready for the encoder.

FFmpeg overlays 4:2:0 pictures on even pixels only: still layers are padded to an even
corner here, and the presenter (scaled at full chroma) is shifted by a clear pixel in the
graph when its corner is odd, so everything lands where the preview draws it."""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import av
import numpy as np
from av.filter.context import FilterContext

from composer.compose.blend import over_premultiplied, window
from composer.compose.sources import PresenterSource, VideoSource
from composer.media.clips import ClipFile
from composer.media.convert import gray_frame, yuv420_frame, yuva420_frame
from composer.media.graph import FilterGraph, push
from composer.media.video import probe
from composer.model import layout
from composer.model.enums import Fit, PlayStyle
from composer.model.playback import video_time

if TYPE_CHECKING:
    from composer.paint.layers import Look, Patch, SceneLayers

Box = tuple[int, int, int, int]
Placed = tuple[av.VideoFrame, int, int]
"""A still picture for the graph and where its (even) corner goes."""


def whole(rect: layout.Rect) -> Box:
    return (round(rect.x), round(rect.y), max(1, round(rect.w)), max(1, round(rect.h)))


def over_patch(dst: np.ndarray, patch: Patch | None) -> None:
    """Composite a premultiplied patch onto the frame `dst` (RGB)."""
    if patch is None:
        return
    h, w = patch.pixels.shape[:2]
    region = window((0, 0, dst.shape[1], dst.shape[0]), patch.x, patch.y, w, h)
    if region is not None:
        rows, cols, prows, pcols = region
        over_premultiplied(dst[rows, cols], patch.pixels[prows, pcols])


def placed(patch: Patch | None) -> Placed | None:
    """A premultiplied patch as a yuva420p frame with an even corner and size."""
    if patch is None:
        return None
    h, w = patch.pixels.shape[:2]
    x, y = patch.x - patch.x % 2, patch.y - patch.y % 2
    dx, dy = patch.x - x, patch.y - y
    canvas = np.zeros((h + dy + (h + dy) % 2, w + dx + (w + dx) % 2, 4), np.uint8)
    canvas[dy : dy + h, dx : dx + w] = patch.pixels
    return yuva420_frame(canvas), x, y


def visible_part(fitted: layout.Rect, source: tuple[int, int], frame: tuple[int, int]) -> Box:
    """The source pixels (x, y, w, h; even corner) of a picture placed at `fitted` that
    land in the frame."""
    sw, sh = source
    sx, sy = fitted.w / sw, fitted.h / sh
    x0 = max(0, math.floor(-fitted.x / sx))
    y0 = max(0, math.floor(-fitted.y / sy))
    x1 = min(sw, math.ceil((frame[0] - fitted.x) / sx))
    y1 = min(sh, math.ceil((frame[1] - fitted.y) / sy))
    x0, y0 = x0 - x0 % 2, y0 - y0 % 2
    return (x0, y0, max(2, x1 - x0), max(2, y1 - y0))


@dataclass(frozen=True)
class _Stills:
    """A look of the scene as the graph takes it, shown from frame `first` on."""

    first: int
    under: av.VideoFrame
    behind: Placed | None
    """Overlays behind the presenter over a playing video (else merged into `under`)."""
    text: Placed | None


class SceneFrames:
    """`frames()` gives the scene's frames in order (yuv420p, BT.709)."""

    def __init__(
        self,
        layers: SceneLayers,
        clip: ClipFile,
        fps: int,
        scene_seconds: float,
        play_style: PlayStyle | None,
        fit: Fit | None,
        frames: int,
    ) -> None:
        self.count, self.fps = frames, fps
        px, py, pw, ph = whole(layers.picture)
        self.corner = (px - px % 2, py - py % 2)
        self.shift = (px % 2, py % 2)
        self.mask = None if layers.mask is None else gray_frame(self._mask(layers, pw, ph))
        self.video: VideoSource | None = None
        self._presenter: PresenterSource | None = None
        self.fill: Placed | None = None
        black = None
        if layers.video is not None:
            self.fill = placed(layers.fill)
            black = yuv420_frame(np.zeros((layers.height, layers.width, 3), np.uint8))
        self.looks = [self._stills(layers, look, black) for look in layers.looks]
        self.firsts = [stills.first for stills in self.looks]
        self._layers, self._clip, self._size = layers, clip, (pw, ph)
        self._timing = (scene_seconds, play_style, fit)

    def start(self) -> None:
        """Open the clip (and a background video) and start decoding (done by `frames()`
        if not before): apart from the painting, so that a scene painted ahead would hold
        no decoder until its turn."""
        seconds, play_style, fit = self._timing
        if self._layers.video is not None:
            self.video = self._video(self._layers, fit, play_style, seconds, self.count)
        self._presenter = PresenterSource(self._clip, self._size, self.fps, self.count)

    @property
    def presenter(self) -> PresenterSource:
        assert self._presenter is not None, "start() first"
        return self._presenter

    def _stills(self, layers: SceneLayers, look: Look, black: av.VideoFrame | None) -> _Stills:
        first = math.ceil(look.seconds * self.fps - 1e-9)
        if black is not None:  # a video plays under everything
            return _Stills(first, black, placed(look.behind), placed(look.text))
        assert layers.background is not None  # painted whenever no video plays
        under = layers.background.copy()
        over_patch(under, look.behind)
        over_patch(under, layers.fill)
        return _Stills(first, yuv420_frame(under), None, placed(look.text))

    def _mask(self, layers: SceneLayers, pw: int, ph: int) -> np.ndarray:
        """The style's mask (given over `layers.area`) over the shifted picture, 0-255."""
        w, h = pw + self.shift[0], ph + self.shift[1]
        mask = np.zeros((h, w), np.uint8)
        ax, ay, aw, ah = layers.area
        region = window((*self.corner, w, h), ax, ay, aw, ah)
        if region is not None and layers.mask is not None:
            rows, cols, mrows, mcols = region
            mask[rows, cols] = np.rint(layers.mask[mrows, mcols] * 255)
        return mask

    def _video(
        self,
        layers: SceneLayers,
        fit: Fit | None,
        play_style: PlayStyle | None,
        scene_seconds: float,
        frames: int,
    ) -> VideoSource:
        """The background video, fitted like an image: only the part of it in the frame
        is scaled (a 16:9 video covering a 9:16 frame is mostly outside), onto whole even
        pixels (4:2:0)."""
        assert layers.video is not None
        info = probe(layers.video)
        fitted = layout.background_rect(info.width, info.height, layers.width, layers.height, fit)
        crop = visible_part(fitted, (info.width, info.height), (layers.width, layers.height))
        sx, sy = fitted.w / info.width, fitted.h / info.height
        x, y, w, h = whole(
            layout.Rect(
                fitted.x + crop[0] * sx, fitted.y + crop[1] * sy, crop[2] * sx, crop[3] * sy
            )
        )
        box = (x - x % 2, y - y % 2, max(2, w + w % 2), max(2, h + h % 2))
        moments = [
            video_time(play_style, i / self.fps, scene_seconds, info.seconds) for i in range(frames)
        ]
        return VideoSource(layers.video, crop, box, moments)

    def frames(
        self, caption: Callable[[int], Patch | None] | None = None
    ) -> Generator[av.VideoFrame, None, None]:
        """Every frame of the scene; `caption(n)` is the caption patch on frame n (the
        same object while it stays on screen)."""
        if self._presenter is None:
            self.start()
        segment: _Segment | None = None
        shown: object = None
        for number in range(self.count):
            words = caption(number) if caption is not None else None
            stills = self.looks[bisect.bisect_right(self.firsts, number) - 1]
            if segment is None or words is not shown or stills is not segment.stills_shown:
                if segment is not None:
                    yield from segment.end()
                segment, shown = _Segment(self, stills, placed(words), number), words
            yield from segment.push(number)
        if segment is not None:
            yield from segment.end()

    def close(self) -> None:
        if self._presenter is not None:
            self._presenter.close()
        if self.video is not None:
            self.video.close()


class _Segment:
    """The filter graph of a run of frames with the same still layers."""

    def __init__(
        self, scene: SceneFrames, stills: _Stills, caption: Placed | None, first: int
    ) -> None:
        self.scene, self.stills_shown = scene, stills
        graph = self.graph = FilterGraph(scene.fps)
        self.stills: list[tuple[FilterContext, av.VideoFrame]] = []
        self.under: FilterContext | None = None
        if scene.video is not None and scene.video.covers(stills.under):
            base = scene.video.node(graph)  # opaque over all of the black: it is the frame
        else:
            base = self.under = graph.source(stills.under)
            if scene.video is not None:
                base = graph.overlay(base, scene.video.node(graph), *scene.video.box[:2])
        base = self._still(self._still(base, stills.behind), scene.fill)
        base = graph.overlay(base, self._presenter(), *scene.corner)
        base = self._still(self._still(base, stills.text), caption)
        graph.finish(graph.chain(base, ("format", "yuv420p")))
        for source, frame in self.stills:  # shown from `first` on, held to the end
            push(source, frame, first)
            source.push(None)

    def _still(self, base: FilterContext, still: Placed | None) -> FilterContext:
        if still is None:
            return base
        frame, x, y = still
        source = self.graph.source(frame)
        self.stills.append((source, frame))
        return self.graph.overlay(base, source, x, y)

    def _presenter(self) -> FilterContext:
        scene, graph = self.scene, self.graph
        dx, dy = scene.shift
        node = scene.presenter.node(graph, full_chroma=bool(dx or dy))
        if dx or dy:
            w, h = scene.presenter.size
            node = graph.chain(node, ("pad", f"{w + dx}:{h + dy}:{dx}:{dy}:color=black@0"))
        if scene.mask is not None:
            mask = graph.source(scene.mask)
            self.stills.append((mask, scene.mask))
            node = graph.multiply_alpha(node, mask)
        return node

    def push(self, number: int) -> Iterator[av.VideoFrame]:
        if self.under is not None:
            push(self.under, self.stills_shown.under, number)
        if self.scene.video is not None:
            self.scene.video.push(number)
        self.scene.presenter.push(number)
        yield from self.graph.pulled()

    def end(self) -> Iterator[av.VideoFrame]:
        if self.under is not None:
            self.under.push(None)
        if self.scene.video is not None:
            self.scene.video.end()
        self.scene.presenter.end()
        yield from self.graph.pulled()
