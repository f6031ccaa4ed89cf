"""Frames of a video file at given times, scaled by FFmpeg (swscale) and returned as
numpy arrays.

The frame shown at time t is the last one whose timestamp is at or before t, the same
rule for the preview, `still` and the compositor, so they pick the same frame.

VP9 WebM clips carry their alpha in a side channel that FFmpeg's native `vp9` decoder
drops; they are decoded with libvpx (`libvpx-vp9`), which keeps it (`yuva420p`).
A clip rendered on a key colour is keyed out to RGBA (see `keying`); a clip with a mask
(HeyGen's background removal: a grayscale matte, frame for frame) takes its alpha from it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import av
import numpy as np

from composer.media import safety
from composer.media.keying import RGB, key_out
from composer.media.safety import Kind, MediaError

THREADS = safety.THREADS
"""Decoding and scaling threads: fixed (see composer.media.safety)."""
EPSILON = 1e-4
"""Timestamps are rounded by containers (1 ms in WebM): a frame due at t counts at t."""


__all__ = ["Kind", "MediaError", "VideoFrames", "VideoInfo", "first_frame", "frame_at", "probe"]
Timed = tuple[float, av.VideoFrame]


@dataclass(frozen=True)
class VideoInfo:
    width: int
    height: int
    seconds: float
    fps: float
    alpha: bool
    has_audio: bool


def _open(path: Path, kind: Kind = Kind.VIDEO) -> av.container.InputContainer:
    """The file opened once composer.media.safety allows it."""
    return safety.open_media(path, kind)


def _reason(exc: Exception) -> str:
    """FFmpeg's reason in plain words (no error numbers or paths)."""
    if isinstance(exc, FileNotFoundError):
        return "the file is missing"
    if isinstance(exc, av.InvalidDataError):
        return "it is damaged or not a video"
    return getattr(exc, "strerror", None) or "FFmpeg could not read it"


def probe(path: Path, kind: Kind = Kind.VIDEO) -> VideoInfo:
    """Size, length (from its packets, at most composer.media.safety.MAX_SECONDS), frame
    rate and whether the video keeps an alpha channel."""
    real = safety.regular_file(path, kind)
    info = real.stat()
    return _probe(real, kind, info.st_mtime_ns, info.st_size)


@lru_cache(maxsize=128)
def _probe(path: Path, kind: Kind, _mtime_ns: int, _size: int) -> VideoInfo:
    with _open(path, kind) as container:
        if not container.streams.video:
            raise MediaError(f"{Path(path).name} has no video")
        stream = container.streams.video[0]
        return VideoInfo(
            width=stream.codec_context.width,
            height=stream.codec_context.height,
            seconds=_seconds(container, stream),
            fps=float(stream.average_rate or stream.guessed_rate or 25),
            alpha=_has_alpha(stream),
            has_audio=bool(container.streams.audio),
        )


def _seconds(container: av.container.InputContainer, stream: av.video.stream.VideoStream) -> float:
    """The video track's own length: its packets' end (no decoding; a header's claim is
    not believed), bounded."""
    try:
        return safety.packet_seconds(container, stream)
    except av.FFmpegError as exc:
        raise MediaError(f"{Path(container.name).name} is damaged") from exc


def _has_alpha(stream: av.video.stream.VideoStream) -> bool:
    return stream.codec_context.name == "vp9" and stream.metadata.get("alpha_mode") == "1"


class VideoFrames:
    """Sequential access: `at(t)` for non-decreasing t decodes forward; an earlier t starts
    again from the beginning (a looping background). Converted frames are reused while
    the same source frame is shown (a held last frame costs nothing)."""

    def __init__(
        self,
        path: Path,
        size: tuple[int, int] | None = None,
        *,
        rgba: bool = False,
        key: RGB | None = None,
        mask: Path | None = None,
        kind: Kind = Kind.VIDEO,
    ) -> None:
        self.path = Path(path)
        self.kind = kind
        self.info = probe(self.path, kind)
        self.size = size or (self.info.width, self.info.height)
        self.rgba = rgba or key is not None or mask is not None
        self.key = key
        self.mask = None if mask is None else VideoFrames(mask, self.size)
        self._container: av.container.InputContainer | None = None
        self._decoded: Iterator[Timed] = iter(())
        self._current: Timed | None = None
        self._next: Timed | None = None
        self._converted: np.ndarray | None = None

    def close(self) -> None:
        """Close the file and let go of the decoder and its frames now (a decoder keeps
        threads and frame buffers until it is freed)."""
        if self._container is not None:
            self._container.close()
            self._container = None
        self._decoded, self._current, self._next = iter(()), None, None
        if self.mask is not None:
            self.mask.close()

    def __enter__(self) -> VideoFrames:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def at(self, seconds: float) -> np.ndarray:
        """The frame shown at `seconds` (clamped to the first and last frame), scaled to
        `size`: HxWx3 RGB, or HxWx4 RGBA (straight alpha) when asked for or keyed."""
        frame, moved = self._advance(seconds)
        if moved or self._converted is None:
            self._converted = self._convert(frame)
        return self._converted

    def decoded(self, seconds: float) -> av.VideoFrame:
        """The decoded frame shown at `seconds`, as FFmpeg gave it (for a filter graph:
        no conversion, no copy)."""
        return self._advance(seconds)[0]

    def _advance(self, seconds: float) -> tuple[av.VideoFrame, bool]:
        """The frame shown at `seconds`, and whether it is another one than last time."""
        moved = self._current is None or seconds + EPSILON < self._current[0]
        if moved:
            self._restart()
        while self._next is not None and self._next[0] <= seconds + EPSILON:
            self._current, self._next = self._next, next(self._decoded, None)
            moved = True
        assert self._current is not None
        return self._current[1], moved

    def _restart(self) -> None:
        self.close()
        self._container = _open(self.path, self.kind)
        self._decoded = self._checked(self._frames(self._container))
        self._current = next(self._decoded, None)
        if self._current is None:
            raise MediaError(f"{self.path.name} has no frames")
        self._next = next(self._decoded, None)
        self._converted = None

    def _checked(self, frames: Iterator[Timed]) -> Iterator[Timed]:
        """`frames` until the bound of composer.media.safety; a decoding error (a damaged
        or truncated file, a frame larger than its header said) as a MediaError."""
        try:
            for timed in frames:
                if timed[0] is not None and timed[0] > safety.MAX_SECONDS:
                    return
                yield timed
        except av.FFmpegError as exc:
            raise MediaError(f"{self.path.name} is damaged: {_reason(exc)}") from exc

    def _frames(self, container: av.container.InputContainer) -> Iterator[Timed]:
        """Each decoded frame with its time (kept apart: a filter graph renumbers the
        frames it is given)."""
        stream = container.streams.video[0]
        if self.info.alpha:
            decoder = av.CodecContext.create("libvpx-vp9", "r")
            # one thread: libvpx threads by tile columns, and a presenter clip has one or
            # two (608 or 1216 px wide): a second thread only adds its synchronisation
            # (1080p clip: 0.65 ms a frame against 0.96; 4k clip: 3.6 ms against 4.2)
            decoder.options = {**safety.decoder_options(self.kind), "threads": "1"}
            for packet in container.demux(stream):
                for frame in decoder.decode(packet):
                    frame.pts = frame.pts if frame.pts is not None else packet.pts
                    frame.time_base = stream.time_base
                    yield frame.time, frame
            return
        stream.thread_type = "AUTO"
        for frame in container.decode(stream):
            yield frame.time, frame

    def _convert(self, frame: av.VideoFrame) -> np.ndarray:
        width, height = self.size
        moment = frame.time or 0.0
        keyed = self.key is not None or self.mask is not None
        fmt = "rgb24" if keyed or not self.rgba else "rgba"
        if width > frame.width or height > frame.height:
            # Enlarging: to RGB at the source size first. Scaling 4:2:0 straight to RGB
            # sites the chroma differently from a picture scaled after decoding (the
            # preview's way), which shifts colour edges by a few pixels when magnified.
            frame = frame.reformat(format=fmt, threads=THREADS)
        scaled = frame.reformat(width, height, fmt, interpolation="BILINEAR", threads=THREADS)
        pixels = scaled.to_ndarray()
        if self.mask is not None:
            return _with_mask(pixels, self.mask.at(moment))
        return key_out(pixels, self.key) if self.key is not None else pixels


def _with_mask(rgb: np.ndarray, matte: np.ndarray) -> np.ndarray:
    """RGBA: the frame with the matte's brightness (its green, the luma's main part) as
    alpha."""
    out = np.empty((*rgb.shape[:2], 4), np.uint8)
    out[..., :3] = rgb
    out[..., 3] = matte[..., 1]
    return out


def first_frame(path: Path, max_side: int | None = None) -> np.ndarray:
    """A picture file's pixels as RGB, scaled (in FFmpeg, never enlarged) to fit in
    `max_side` when given."""
    info = probe(path, Kind.PICTURE)
    scale = min(1.0, max_side / max(info.width, info.height)) if max_side else 1.0
    size = (max(1, round(info.width * scale)), max(1, round(info.height * scale)))
    with VideoFrames(path, size, kind=Kind.PICTURE) as frames:
        return frames.at(0.0)


def frame_at(
    path: Path,
    seconds: float,
    size: tuple[int, int] | None = None,
    *,
    key: RGB | None = None,
    mask: Path | None = None,
) -> np.ndarray:
    """One frame (RGBA) of a clip at `seconds`: for stills and the preview."""
    with VideoFrames(path, size, rgba=True, key=key, mask=mask) as frames:
        return frames.at(seconds)
