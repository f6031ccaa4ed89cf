"""The composed video: H.264 (yuv420p, BT.709, limited range) + AAC in an MP4 with its
index at the front (`+faststart`, so it starts playing while downloading), written to a
temporary file beside the target and renamed into place only when complete."""

from __future__ import annotations

import contextlib
import os
import tempfile
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from av.video.reformatter import ColorRange, Colorspace

from composer.media.audio import RATE

PRESET = "ultrafast"
"""x264 spends little effort per frame (composing must keep up with real time on two
cores); CRF 18 keeps the picture close to lossless at the cost of a larger file."""
CRF = 18
ENCODER_THREADS = 3
"""x264's frame threads (what it chooses itself on 2 cores), fixed: each holds frames, so
memory would otherwise grow with the machine's cores."""
AUDIO_BITRATE = 160_000


class Mp4Writer:
    """`write(yuv, audio)` per frame (yuv420p, and the (2, n) float32 samples that go
    with it); `finish()` puts the file in place; `abort()` (or an exception inside a
    `with`) leaves nothing behind."""

    def __init__(
        self, path: Path, width: int, height: int, fps: int, *, preset: str = PRESET
    ) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".mp4", dir=self.path.parent
        )
        os.close(fd)
        self._tmp = Path(tmp)
        self._container = av.open(tmp, "w", format="mp4", options={"movflags": "+faststart"})
        video = self._container.add_stream("libx264", rate=fps)
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        video.options = {"preset": preset, "crf": str(CRF)}
        video.codec_context.thread_type = "AUTO"  # x264's frame threads, as ffmpeg runs it
        video.codec_context.thread_count = ENCODER_THREADS
        video.codec_context.colorspace = Colorspace.ITU709
        video.codec_context.color_range = ColorRange.MPEG
        self._video = video
        audio = self._container.add_stream("aac", rate=RATE)
        audio.layout = "stereo"
        audio.bit_rate = AUDIO_BITRATE
        self._audio = audio
        self._frames = 0
        self._samples = 0
        self._fps = fps

    def write(self, frame: av.VideoFrame, audio: np.ndarray) -> None:
        """One frame (yuv420p, BT.709 limited range) and its sound."""
        frame.colorspace, frame.color_range = Colorspace.ITU709, ColorRange.MPEG
        frame.pts, frame.time_base = self._frames, Fraction(1, self._fps)
        self._frames += 1
        self._container.mux(self._video.encode(frame))
        self._container.mux(self.encode_audio(audio))

    def encode_audio(self, audio: np.ndarray) -> list[av.Packet]:
        """The AAC packets of the next (2, n) float32 samples."""
        sound = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(audio), format="fltp", layout="stereo"
        )
        sound.sample_rate = RATE
        sound.pts, sound.time_base = self._samples, Fraction(1, RATE)
        self._samples += audio.shape[1]
        return self._audio.encode(sound)

    def finish(self) -> None:
        self._container.mux(self._video.encode(None))
        self._container.mux(self._audio.encode(None))
        self._container.close()
        with open(self._tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._container.close()
        with contextlib.suppress(OSError):
            self._tmp.unlink()

    def __enter__(self) -> Mp4Writer:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_rest: object) -> None:
        if kind is None:
            self.finish()
        else:
            self.abort()
