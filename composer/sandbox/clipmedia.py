"""The sandbox's avatar clips (v3 `type: "avatar"` renders): a simple presenter whose
mouth moves with its voice, drawn with numpy and encoded with PyAV.

- matting looks with `output_format: "webm"`: VP9 with an alpha channel (transparent
  around the presenter) and an Opus voice track;
- other looks: H.264 MP4 on the requested `background` colour (the app keys it out),
  with an AAC voice track.
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
    """None: a transparent WebM; else an MP4 on this colour."""
    audio: bytes | None = None
    """A voice recording to use as the track (an audio voice); None: a hum."""


def script_seconds(text: str | None, speed: float | None = None) -> float:
    words = len((text or "").split())
    return max(MIN_SECONDS, words / WORDS_PER_SECOND / (speed or 1.0))


def recording_seconds(data: bytes) -> float:
    """The length of an uploaded recording (0 when it can't be read)."""
    try:
        with av.open(io.BytesIO(data), "r") as container:
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
    with av.open(io.BytesIO(data), "r") as container:
        for frame in container.decode(audio=0):
            parts += [f.to_ndarray() for f in resampler.resample(frame)]
    parts += [f.to_ndarray() for f in resampler.resample(None)]
    return np.concatenate(parts, axis=1) if parts else np.zeros((1, 0), np.float32)


def render_clip(spec: ClipSpec) -> bytes:
    """The clip's file bytes (WebM with alpha, or MP4 on the key colour)."""
    frames = max(1, math.ceil(spec.seconds * FPS - 1e-6))
    buffer = io.BytesIO()
    webm = spec.key is None
    with av.open(buffer, "w", format="webm" if webm else "mp4") as container:
        video = container.add_stream("libvpx-vp9" if webm else "libx264", rate=FPS)
        video.width, video.height = spec.width, spec.height
        video.pix_fmt = "yuva420p" if webm else "yuv420p"
        video.options = (
            {"deadline": "realtime", "cpu-used": "8", "row-mt": "1", "crf": "24", "b": "0"}
            if webm
            else {"preset": "veryfast", "crf": "16"}
        )
        audio = container.add_stream("libopus" if webm else "aac", rate=RATE)
        audio.layout = "mono"
        _write_video(container, video, spec, frames)
        sound = _recording(spec.audio) if spec.audio else _hum(spec.seconds)
        _write_audio(container, audio, sound[:, : round(frames / FPS * RATE)])
    return buffer.getvalue()


def _write_video(container, video, spec: ClipSpec, frames: int) -> None:
    figure = _figure(spec.width, spec.height)
    h, cx = spec.height, spec.width / 2
    top, bottom = int(0.24 * h), int(0.3 * h) + 2
    left, right = int(cx - 0.05 * h), int(cx + 0.05 * h) + 2
    yy, xx = np.mgrid[top:bottom, left:right].astype(np.float32) + 0.5
    base = _flatten(figure, spec.key)
    for index in range(frames):
        open_ = _openness(spec.seconds, index / FPS)
        patch = figure[top:bottom, left:right].copy()
        mouth = _coverage(xx, yy, cx, 0.268 * h, 0.026 * h, 0.004 * h + 0.014 * h * open_)
        _paint(patch, mouth, MOUTH)
        picture = base.copy()
        picture[top:bottom, left:right] = _flatten(patch, spec.key)
        fmt = "rgb24" if spec.key else "rgba"
        frame = av.VideoFrame.from_ndarray(picture, format=fmt)
        frame.pts, frame.time_base = index, Fraction(1, FPS)
        container.mux(video.encode(frame))
    container.mux(video.encode(None))


def _flatten(canvas: np.ndarray, key: RGB | None) -> np.ndarray:
    """uint8 RGBA, or RGB composited over the key colour."""
    if key is None:
        out = np.concatenate([canvas[..., :3], canvas[..., 3:] * 255], axis=-1)
        return np.rint(out).astype(np.uint8)
    a = canvas[..., 3:]
    rgb = canvas[..., :3] * a + np.asarray(key, np.float32) * (1 - a)
    return np.rint(rgb).astype(np.uint8)


def _write_audio(container, audio, samples: np.ndarray) -> None:
    frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples), format="flt", layout="mono")
    frame.sample_rate, frame.pts, frame.time_base = RATE, 0, Fraction(1, RATE)
    container.mux(audio.encode(frame))
    container.mux(audio.encode(None))
