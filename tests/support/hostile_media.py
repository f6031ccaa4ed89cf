"""A corpus of hostile media files, each small on disk and quick to make, that would decode
huge, long or not at all: `make_corpus(folder)` writes them and returns name -> path.

- `png-clip-16000.mov`: a clip of two 16000x16000 PNG frames (768 MB each when decoded);
- `look-8000.png`: an 8000x8000 picture (a look's picture, a background or a logo);
- `picture-5700.png`: a 5700x5700 picture, just inside the picture rule (decoded: 124 MB);
- `webm-31-years.webm`: a VP9 WebM whose last packet claims to be 10^12 ms in;
- `audio-1hz.wav`: a WAV at 1 sample a second (about 3 days of "sound");
- `huge.srt`: an SRT of many cues with escape, bell and bidi characters (made at `srt_mb`);
- `garbage.mp4`: random bytes; `truncated.mp4`: the first third of a real MP4;
- `empty.webm`: nothing at all.
PNGs are deflated row by row from zeros (about 1 KB per MB of pixels), so nothing
large is ever held in memory while making them."""

from __future__ import annotations

import struct
import zlib
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from tests.support.media import write_video

CLIP_SIDE = 16000
PICTURE_SIDE = 8000
ALLOWED_SIDE = 5700


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def png_bomb(width: int, height: int) -> bytes:
    """A valid RGB PNG of `width` x `height` black pixels (compressed 1000:1)."""
    deflate = zlib.compressobj(6)
    row = bytes(1 + 3 * width)  # filter byte 0 + black pixels
    parts = [deflate.compress(row) for _ in range(height)]
    parts.append(deflate.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"".join(parts))
        + _chunk(b"IEND", b"")
    )


def png_frame_clip(path: Path, side: int = CLIP_SIDE, frames: int = 2) -> Path:
    """A MOV whose frames are `side`² PNGs, muxed as they are (never decoded here)."""
    picture = png_bomb(side, side)
    with av.open(str(path), "w", format="mov") as container:
        stream = container.add_stream("png", rate=25)
        stream.width = stream.height = side
        stream.pix_fmt = "rgb24"
        stream.time_base = Fraction(1, 25)
        for index in range(frames):
            packet = av.Packet(picture)
            packet.stream = stream
            packet.pts = packet.dts = index
            packet.duration = 1
            packet.time_base = stream.time_base
            packet.is_keyframe = True
            container.mux(packet)
    return path


def lying_webm(path: Path, last_ms: int = 10**12) -> Path:
    """A small VP9 WebM whose last packet is stamped `last_ms` in (31 years by default)."""
    with av.open(str(path), "w", format="webm") as container:
        stream = container.add_stream("libvpx-vp9", rate=25)
        stream.width, stream.height, stream.pix_fmt = 64, 64, "yuv420p"
        packets = []
        for index in range(5):
            frame = av.VideoFrame.from_ndarray(np.full((64, 64, 3), 40 * index, np.uint8), "rgb24")
            frame.pts, frame.time_base = index, Fraction(1, 25)
            packets += stream.encode(frame)
        packets += stream.encode(None)
        for packet in packets[:-1]:
            container.mux(packet)
        last = packets[-1]
        last.time_base = Fraction(1, 1000)
        last.pts = last.dts = last_ms
        container.mux(last)
    return path


def wav_at(path: Path, rate: int = 1, samples: int = 250_000) -> Path:
    """A 16-bit mono WAV at `rate` samples a second (1 Hz: ~3 days from 500 KB)."""
    data = bytes(2 * samples)
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF", 36 + len(data), b"WAVE", b"fmt ", 16, 1, 1, rate, rate * 2, 2, 16,
        b"data", len(data),
    )  # fmt: skip
    path.write_bytes(header + data)
    return path


def hostile_srt(path: Path, cues: int) -> Path:
    """An SRT of `cues` one-frame cues whose words carry ESC, BEL and a bidi override."""
    with path.open("w", encoding="utf-8") as handle:
        for number in range(cues):
            start = number * 40
            stamp = f"00:{start // 60000 % 60:02d}:{start // 1000 % 60:02d},{start % 1000:03d}"
            end = start + 40
            until = f"00:{end // 60000 % 60:02d}:{end // 1000 % 60:02d},{end % 1000:03d}"
            handle.write(
                f"{number + 1}\n{stamp} --> {until}\nword\x1b[2J\x07 \u202eevil\u202c {number}\n\n"
            )
    return path


def make_corpus(folder: Path, *, srt_cues: int = 200_000) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    real = write_video(folder / "real.mp4", (200, 40, 40), 64, 64, frames=25)
    truncated = folder / "truncated.mp4"
    truncated.write_bytes(real.read_bytes()[: real.stat().st_size // 3])
    real.unlink()
    garbage = folder / "garbage.mp4"
    garbage.write_bytes(np.random.default_rng(25).integers(0, 256, 64 * 1024, np.uint8).tobytes())
    (folder / "empty.webm").write_bytes(b"")
    (folder / "look-8000.png").write_bytes(png_bomb(PICTURE_SIDE, PICTURE_SIDE))
    (folder / "picture-5700.png").write_bytes(png_bomb(ALLOWED_SIDE, ALLOWED_SIDE))
    return {
        "png-clip-16000.mov": png_frame_clip(folder / "png-clip-16000.mov"),
        "look-8000.png": folder / "look-8000.png",
        "picture-5700.png": folder / "picture-5700.png",
        "webm-31-years.webm": lying_webm(folder / "webm-31-years.webm"),
        "audio-1hz.wav": wav_at(folder / "audio-1hz.wav"),
        "huge.srt": hostile_srt(folder / "huge.srt", srt_cues),
        "garbage.mp4": garbage,
        "truncated.mp4": truncated,
        "empty.webm": folder / "empty.webm",
    }
