"""One scene's frames: the still layers painted once, then per frame only the presenter's
rectangle (and a playing background video) is composed again.

Per frame, in the order the preview paints: background (still, or the video's frame by
play_style, fitted like an image), the circle's disc, the presenter's clip frame (scaled to
its picture rectangle by FFmpeg, cropped by the style's mask), the text overlay.
Frames come out as yuv420p (what the encoder takes): over a still background only the
presenter's rectangle is converted from RGB each frame."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from composer.compose.blend import over_premultiplied, over_straight, window
from composer.compose.clips import ClipFile
from composer.media.convert import black_yuv420, planes, rgb_to_yuv420, yuv420_to_rgb
from composer.media.prefetch import Prefetch
from composer.media.video import VideoFrames, probe
from composer.model import layout
from composer.model.enums import Fit, PlayStyle
from composer.model.playback import video_time

if TYPE_CHECKING:
    from composer.paint.layers import Patch, SceneLayers

Box = tuple[int, int, int, int]
Window = tuple[slice, slice, slice, slice]


def even_box(box: Box, width: int, height: int) -> Box:
    """`box` grown to even edges (4:2:0 chroma covers 2x2 pixels), within the frame."""
    x, y, w, h = box
    x0, y0 = x - x % 2, y - y % 2
    x1, y1 = min(width, x + w + (x + w) % 2), min(height, y + h + (y + h) % 2)
    return (x0, y0, max(0, x1 - x0), max(0, y1 - y0))


def whole(rect: layout.Rect) -> Box:
    return (round(rect.x), round(rect.y), max(1, round(rect.w)), max(1, round(rect.h)))


def over_patch(dst: np.ndarray, origin: tuple[int, int], patch: Patch | None) -> None:
    """Composite a premultiplied patch onto `dst`, whose top-left is at `origin` in the frame."""
    if patch is None:
        return
    h, w = patch.pixels.shape[:2]
    region = window((*origin, dst.shape[1], dst.shape[0]), patch.x, patch.y, w, h)
    if region is not None:
        rows, cols, prows, pcols = region
        over_premultiplied(dst[rows, cols], patch.pixels[prows, pcols])


class SceneFrames:
    """`frame()`, called `frames` times, gives each yuv420p frame in turn (the same buffer
    each time: encode it before asking for the next)."""

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
        self.layers, self.fps, self.scene_seconds = layers, fps, scene_seconds
        self.play_style, self.fit = play_style, fit
        size = (layers.width, layers.height)
        self.area = even_box(layers.area, *size)
        self.picture = whole(layers.picture)
        self.clip = VideoFrames(
            clip.path, self.picture[2:], rgba=True, key=clip.key, mask=clip.mask
        )
        self.clip_frames = Prefetch(self.clip.at, [i / fps for i in range(frames)])
        self._clip_window = window(self.area, *self.picture)
        self._mask = None if layers.mask is None else self._area_mask(layers)
        self.video: VideoFrames | None = None
        self.size = size
        if layers.video is not None:
            self._open_video(layers, frames)
            self._black = black_yuv420(*size)
        else:
            self.under = layers.background.copy()
            over_patch(self.under, (0, 0), layers.fill)
            full = self.under.copy()
            over_patch(full, (0, 0), layers.text)
            self.yuv = rgb_to_yuv420(full)

    def _area_mask(self, layers: SceneLayers) -> np.ndarray:
        """The style's mask (given for `layers.area`) over the even area, as 0-255."""
        mask = np.zeros((self.area[3], self.area[2]), np.uint16)
        ax, ay, aw, ah = layers.area
        mask[
            ay - self.area[1] : ay - self.area[1] + ah, ax - self.area[0] : ax - self.area[0] + aw
        ] = np.rint(layers.mask * 255)
        return mask

    def _open_video(self, layers: SceneLayers, frames: int) -> None:
        """The background video is scaled and placed in YUV (on whole even pixels, as
        4:2:0 needs); only the presenter's and the text's rectangles go through RGB."""
        info = probe(layers.video)
        fitted = layout.background_rect(
            info.width, info.height, layers.width, layers.height, self.fit
        )
        x, y, w, h = whole(fitted)
        self.video_box = (x - x % 2, y - y % 2, max(2, w + w % 2), max(2, h + h % 2))
        self.video_seconds = info.seconds
        self.video = VideoFrames(layers.video, self.video_box[2:], yuv=True)
        moments = [
            video_time(self.play_style, i / self.fps, self.scene_seconds, self.video_seconds)
            for i in range(frames)
        ]
        self.video_frames = Prefetch(lambda t: None if t is None else self.video.at(t), moments)
        self.yuv = black_yuv420(layers.width, layers.height)
        text = layers.text
        self.text_area = (
            even_box((text.x, text.y, text.pixels.shape[1], text.pixels.shape[0]), *self.size)
            if text is not None
            else None
        )

    def frame(self) -> np.ndarray:
        """The next frame (the clip's and the video's frames are made ahead in order)."""
        x, y, w, h = self.area
        if self.video is not None:
            self._video_frame()
            if w and h:
                region = yuv420_to_rgb(self._take(self.area))
                over_patch(region, (x, y), self.layers.fill)
                self._presenter(region)
                self._put(self.area, rgb_to_yuv420(region))
            if self.text_area is not None and self.text_area[2] and self.text_area[3]:
                region = yuv420_to_rgb(self._take(self.text_area))
                over_patch(region, self.text_area[:2], self.layers.text)
                self._put(self.text_area, rgb_to_yuv420(region))
            return self.yuv
        if not w or not h:
            return self.yuv
        region = self.under[y : y + h, x : x + w].copy()
        self._presenter(region)
        over_patch(region, (x, y), self.layers.text)
        self._put(self.area, rgb_to_yuv420(region))
        return self.yuv

    def overlay(self, patch: Patch | None) -> Callable[[], None] | None:
        """Composite `patch` over the frame just given; returns how to take it off again
        (the buffer is reused, and most of it is not painted again), or None."""
        if patch is None:
            return None
        h, w = patch.pixels.shape[:2]
        box = even_box((patch.x, patch.y, w, h), *self.size)
        if not box[2] or not box[3]:
            return None
        saved = self._take(box).copy()
        region = yuv420_to_rgb(saved)
        over_patch(region, box[:2], patch)
        self._put(box, rgb_to_yuv420(region))
        return lambda: self._put(box, saved)

    def _take(self, box: Box) -> np.ndarray:
        """The yuv420p pixels of an even box of the frame."""
        x, y, w, h = box
        parts = [
            plane[y // s : (y + h) // s, x // s : (x + w) // s].reshape(-1)
            for plane, s in zip(planes(self.yuv), (1, 2, 2), strict=True)
        ]
        return np.concatenate(parts).reshape(h * 3 // 2, w)

    def _put(self, box: Box, region_yuv: np.ndarray) -> None:
        x, y, w, h = box
        for plane, part, s in zip(planes(self.yuv), planes(region_yuv), (1, 2, 2), strict=True):
            plane[y // s : (y + h) // s, x // s : (x + w) // s] = part

    def _presenter(self, region: np.ndarray) -> None:
        if self._clip_window is None:
            return
        rows, cols, prows, pcols = self._clip_window
        pixels = self.clip_frames.next()[prows, pcols]
        alpha = pixels[..., 3]
        if self._mask is not None:
            alpha = ((alpha * self._mask[rows, cols] + 127) // 255).astype(np.uint8)
        over_straight(region[rows, cols], pixels[..., :3], alpha)

    def _video_frame(self) -> None:
        self.yuv[...] = self._black
        pixels = self.video_frames.next()
        region = window((0, 0, *self.size), *self.video_box)
        if pixels is None or region is None:
            return
        rows, cols, prows, pcols = region
        source = planes(pixels)
        for plane, part, s in zip(planes(self.yuv), source, (1, 2, 2), strict=True):
            plane[rows.start // s : rows.stop // s, cols.start // s : cols.stop // s] = part[
                prows.start // s : prows.stop // s, pcols.start // s : pcols.stop // s
            ]

    def close(self) -> None:
        self.clip_frames.close()
        self.clip.close()
        if self.video is not None:
            self.video_frames.close()
            self.video.close()
