"""The sandbox's avatar clips (v3 `type: "avatar"` renders): a simple presenter whose
mouth moves with its voice, drawn with numpy and encoded with PyAV.

- `output_format: "webm"`: VP9 with an alpha channel (transparent around the presenter)
  and an Opus voice track;
- MP4 (H.264 + AAC) on the requested `background` colour (studio avatars) or on the
  look's own filmed backdrop (custom looks: a plain wall, a room, outdoors);
- a background removal's `mask` layer: the presenter's matte as a grayscale H.264 video
  (white presenter, black backdrop), frame for frame the clip's, without sound.
The voice is a hum whose length follows the script (about 2.6 words a second at speed
1), or the uploaded audio itself. The figure has the proportions the app's layout
assumes (head and shoulders in the top 7-60% of the picture).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from fractions import Fraction

import av
import numpy as np

RGB = tuple[int, int, int]
FPS = 25
RATE = 48_000
WORDS_PER_SECOND = 2.6
MIN_SECONDS = 1.0
SKIN = (226, 178, 146)
HAIR = (74, 48, 34)
JACKET = (44, 62, 112)
SHIRT = (236, 238, 244)
MOUTH = (128, 36, 48)
EYES = (40, 30, 30)
SYLLABLES_PER_SECOND = 4.0


@dataclass(frozen=True)
class ClipSpec:
    width: int
    height: int
    seconds: float
    key: RGB | None = None
    """An MP4 on this colour (None and no `plate`: a transparent WebM)."""
    audio: bytes | None = None
    """A voice recording to use as the track (an audio voice); None: a hum."""
    plate: str | None = None
    """An MP4 on this backdrop of PLATES instead (a custom look's own)."""
    matte: bool = False
    """The grayscale matte of the same clip instead (a background removal's mask)."""
    backdrop_only: bool = False
    """The backdrop without the presenter (a background removal's background layer)."""

    @property
    def webm(self) -> bool:
        return self.key is None and self.plate is None and not self.matte


def _plain(h: int, w: int) -> np.ndarray:
    return np.broadcast_to(np.asarray((196, 192, 184), np.float32), (h, w, 3)).copy()


def _room(h: int, w: int) -> np.ndarray:
    """A wall darkening upwards, a wooden floor, a window and a lamp: not one colour."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    shade = (0.6 + 0.4 * yy / h)[..., None]
    plate = np.asarray((150, 170, 190), np.float32) * shade
    plate[yy > 0.8 * h] = (120, 84, 52)
    plate[(xx < 0.25 * w) & (yy > 0.1 * h) & (yy < 0.45 * h)] = (236, 244, 250)
    lamp = (xx - 0.85 * w) ** 2 + (yy - 0.2 * h) ** 2 < (0.08 * w) ** 2
    plate[lamp] = (250, 220, 120)
    return plate


def _outdoor(h: int, w: int) -> np.ndarray:
    """Sky above grass."""
    yy = np.mgrid[0:h, 0:w][0].astype(np.float32)
    sky = np.asarray((110, 170, 235), np.float32) + (yy / h)[..., None] * 60
    return np.where((yy > 0.7 * h)[..., None], np.asarray((70, 140, 60), np.float32), sky)


PLATES = {"plain": _plain, "room": _room, "outdoor": _outdoor}
"""A custom look's own backdrop, as it was filmed or photographed."""


def script_seconds(text: str | None, speed: float | None = None) -> float:
    words = len((text or "").split())
    return max(MIN_SECONDS, words / WORDS_PER_SECOND / (speed or 1.0))


def audio_seconds(data: bytes) -> float:
    """The length of an uploaded recording (0 when it can't be read)."""
    try:
        with av.open(io.BytesIO(data)) as container:
            return (container.duration or 0) / av.time_base
    except av.FFmpegError:
        return 0.0


def _coverage(xx: np.ndarray, yy: np.ndarray, cx: float, cy: float, rx: float, ry: float):
    """Anti-aliased coverage (0-1) of an ellipse on the pixel grid."""
    distance = (np.sqrt(((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2) - 1.0) * min(rx, ry)
    return np.clip(0.5 - distance, 0.0, 1.0)


def _paint(canvas: np.ndarray, cover: np.ndarray, colour: RGB) -> None:
    """Paint `colour` over the straight-alpha RGBA `canvas` with `cover` (0-1)."""
    a = cover[..., None]
    canvas[..., :3] = canvas[..., :3] * (1 - a) + np.asarray(colour, np.float32) * a
    canvas[..., 3] = canvas[..., 3] + (1 - canvas[..., 3]) * cover


def _figure(width: int, height: int) -> np.ndarray:
    """The still part of the presenter, float RGBA (straight colour, alpha 0-1)."""
    h, cx = float(height), width / 2
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32) + 0.5
    canvas = np.zeros((height, width, 4), np.float32)
    # torso: shoulders from the neck out to the arms, then straight down
    half = np.interp(yy, [0.30 * h, 0.36 * h, 0.46 * h, h], [0.05 * h, 0.2 * h, 0.24 * h, 0.24 * h])
    torso = np.clip(half - np.abs(xx - cx) + 0.5, 0, 1) * np.clip(yy - 0.31 * h + 0.5, 0, 1)
    shoulders = _coverage(xx, yy, cx, 0.38 * h, 0.2 * h, 0.07 * h)
    _paint(canvas, np.maximum(torso, shoulders), JACKET)
    shirt = np.clip(0.05 * h * (1 - (yy - 0.32 * h) / (0.13 * h)) - np.abs(xx - cx) + 0.5, 0, 1)
    _paint(canvas, shirt * (yy > 0.32 * h), SHIRT)
    neck = np.clip(0.04 * h - np.abs(xx - cx) + 0.5, 0, 1) * ((yy > 0.26 * h) & (yy < 0.34 * h))
    _paint(canvas, neck, SKIN)
    _paint(canvas, _coverage(xx, yy, cx, 0.205 * h, 0.083 * h, 0.1 * h), HAIR)
    _paint(canvas, _coverage(xx, yy, cx, 0.225 * h, 0.076 * h, 0.092 * h), SKIN)
    for side in (-1, 1):
        eye = _coverage(xx, yy, cx + side * 0.028 * h, 0.205 * h, 0.008 * h, 0.01 * h)
        _paint(canvas, eye, EYES)
    return canvas


def _openness(seconds: float, t: float) -> float:
    """How open the mouth is (0-1) at `t`: syllables while the voice lasts."""
    if t >= seconds:
        return 0.0
    return 0.5 - 0.5 * math.cos(2 * math.pi * SYLLABLES_PER_SECOND * t)


def _hum(seconds: float) -> np.ndarray:
    """A voice-like hum (mono float32) shaped by the same syllables as the mouth."""
    t = np.arange(round(seconds * RATE), dtype=np.float32) / RATE
    envelope = 0.5 - 0.5 * np.cos(2 * np.pi * SYLLABLES_PER_SECOND * t)
    tone = np.sin(2 * np.pi * 160 * t) + 0.4 * np.sin(2 * np.pi * 320 * t)
    return (0.25 * envelope * tone).astype(np.float32)[None, :]


def _recording(data: bytes) -> np.ndarray:
    """An uploaded recording as mono float32 at RATE."""
    resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
    parts = []
    with av.open(io.BytesIO(data)) as container:
        for frame in container.decode(audio=0):
            parts += [f.to_ndarray() for f in resampler.resample(frame)]
    parts += [f.to_ndarray() for f in resampler.resample(None)]
    return np.concatenate(parts, axis=1) if parts else np.zeros((1, 0), np.float32)


def render_clip(spec: ClipSpec) -> bytes:
    """The clip's file bytes (WebM with alpha, an MP4 on a colour or a backdrop, or the
    MP4 of its matte)."""
    frames = max(1, math.ceil(spec.seconds * FPS - 1e-6))
    buffer = io.BytesIO()
    webm = spec.webm
    with av.open(buffer, "w", format="webm" if webm else "mp4") as container:
        video = container.add_stream("libvpx-vp9" if webm else "libx264", rate=FPS)
        video.width, video.height = spec.width, spec.height
        video.pix_fmt = "yuva420p" if webm else "yuv420p"
        video.options = (
            {"deadline": "realtime", "cpu-used": "8", "row-mt": "1", "crf": "24", "b": "0"}
            if webm
            else {"preset": "veryfast", "crf": "16"}
        )
        silent = spec.matte or spec.backdrop_only
        audio = None if silent else container.add_stream("libopus" if webm else "aac", rate=RATE)
        if audio is not None:
            audio.layout = "mono"
        _write_video(container, video, spec, frames)
        if audio is not None:
            sound = _recording(spec.audio) if spec.audio else _hum(spec.seconds)
            _write_audio(container, audio, sound[:, : round(frames / FPS * RATE)])
    return buffer.getvalue()


def _write_video(container, video, spec: ClipSpec, frames: int) -> None:
    figure = _figure(spec.width, spec.height)
    if spec.backdrop_only:
        figure[...] = 0.0
    h, cx = spec.height, spec.width / 2
    top, bottom = int(0.24 * h), int(0.3 * h) + 2
    left, right = int(cx - 0.05 * h), int(cx + 0.05 * h) + 2
    yy, xx = np.mgrid[top:bottom, left:right].astype(np.float32) + 0.5
    under = _under(spec)
    if spec.matte:  # the presenter's coverage in white over black
        figure = figure.copy()
        figure[..., :3] = 255.0
    base = _flatten(figure, under)
    for index in range(frames):
        open_ = _openness(spec.seconds, index / FPS)
        patch = figure[top:bottom, left:right].copy()
        mouth = _coverage(xx, yy, cx, 0.268 * h, 0.026 * h, 0.004 * h + 0.014 * h * open_)
        if not spec.backdrop_only:
            _paint(patch, mouth, (255, 255, 255) if spec.matte else MOUTH)
        picture = base.copy()
        patch_under = None if under is None else under[top:bottom, left:right]
        picture[top:bottom, left:right] = _flatten(patch, patch_under)
        fmt = "rgba" if under is None else "rgb24"
        frame = av.VideoFrame.from_ndarray(picture, format=fmt)
        frame.pts, frame.time_base = index, Fraction(1, FPS)
        container.mux(video.encode(frame))
    container.mux(video.encode(None))


def _under(spec: ClipSpec) -> np.ndarray | None:
    """What the presenter stands in front of (float RGB), None for a transparent clip. A
    matte is the presenter in white over black."""
    shape = (spec.height, spec.width)
    if spec.matte:
        return np.zeros((*shape, 3), np.float32)
    if spec.plate is not None:
        return PLATES[spec.plate](*shape)
    if spec.key is not None:
        return np.broadcast_to(np.asarray(spec.key, np.float32), (*shape, 3)).copy()
    return None


def _flatten(canvas: np.ndarray, under: np.ndarray | None) -> np.ndarray:
    """uint8 RGBA, or RGB composited over `under`."""
    if under is None:
        out = np.concatenate([canvas[..., :3], canvas[..., 3:] * 255], axis=-1)
        return np.rint(out).astype(np.uint8)
    a = canvas[..., 3:]
    rgb = canvas[..., :3] * a + under * (1 - a)
    return np.rint(rgb).astype(np.uint8)


def _write_audio(container, audio, samples: np.ndarray) -> None:
    frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples), format="flt", layout="mono")
    frame.sample_rate, frame.pts, frame.time_base = RATE, 0, Fraction(1, RATE)
    container.mux(audio.encode(frame))
    container.mux(audio.encode(None))
