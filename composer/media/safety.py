"""Whether a media file is safe to decode, decided before anything is decoded: the one
place every decoder asks (compose, `still`, the preview and its cards, the rehearsal,
billing's audio lengths, look pictures, logos and background pictures).

A shared project, a cached download or a server's answer can name a file made to hurt:
a clip of 16000² PNG frames (768 MB a frame), a WebM whose last packet claims 31 years,
audio at 1 sample a second (resampled to 48 kHz: gigabytes), `/dev/stdin` (a read that
never ends), or plain garbage. The rules, per kind of use:

- a regular file (symlinks resolved; no device, pipe or folder) no larger than the kind's
  cap;
- a container and codec from the kind's list;
- frames no larger than 4096² (video) or 8192 px a side and 32 million pixels (pictures:
  128 MB decoded), enforced by FFmpeg itself (`max_pixels`, for every kind: a sound file
  can hold a picture), so a header that lies about the size fails at the first frame
  instead of allocating it;
- a duration read from the packets (never the header), and only as far as it is needed:
  `seconds()` stops reading at the caller's bound;
- 8-192 kHz audio with at most 8 channels;
- a fixed number of decoder threads (each thread holds its own frames).

Qt-free: composer/paint/safe_images.py applies the same size rule to Qt's image reads.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

MB = 1024 * 1024
THREADS = 2
"""Decoder threads: fixed, so a decoder's memory does not grow with the machine's cores."""
MAX_SECONDS = 30 * 60.0
"""No scene is longer than the longest video HeyGen renders (Scale plan: 30 min)."""
MIN_RATE, MAX_RATE, MAX_CHANNELS = 8_000, 192_000, 8


class Kind(Enum):
    VIDEO = "video"  # presenter clips and background videos
    PICTURE = "picture"  # background pictures, look pictures, logos
    AUDIO = "audio"  # recordings, HeyGen speech, clips' sound


@dataclass(frozen=True)
class Rules:
    max_file_bytes: int
    containers: frozenset[str]
    codecs: frozenset[str]
    max_side: int = 4096
    """Frames at most this wide and tall..."""
    max_pixels: int = 4096 * 4096
    """...and of at most this many pixels (a sound file's cover picture too)."""


_VIDEO_CODECS = frozenset({"h264", "hevc", "vp8", "vp9", "av1", "mpeg4", "prores", "mjpeg"})
_AUDIO_CODECS = frozenset(
    {"aac", "mp3", "mp3float", "opus", "vorbis", "flac", "alac", "pcm_s16le", "pcm_s24le",
     "pcm_s32le", "pcm_f32le", "pcm_u8", "pcm_s16be", "pcm_mulaw", "pcm_alaw"}
)  # fmt: skip
_PICTURE_CODECS = frozenset({"png", "mjpeg", "webp", "bmp", "gif", "tiff"})
_MOVIES = frozenset({"mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm"})
_PICTURES = frozenset(
    {"png_pipe", "jpeg_pipe", "webp_pipe", "bmp_pipe", "gif", "tiff_pipe", "image2"}
)
_SOUNDS = frozenset({"wav", "mp3", "ogg", "flac", "aac"})
RULES = {
    Kind.VIDEO: Rules(4096 * MB, _MOVIES, _VIDEO_CODECS | _AUDIO_CODECS),
    Kind.PICTURE: Rules(
        100 * MB, _PICTURES | _MOVIES, _PICTURE_CODECS | _VIDEO_CODECS, 8192, 32 * MB
    ),  # 8192 x 4096, or 5792², at most: 128 MB decoded (RGBA)
    Kind.AUDIO: Rules(1024 * MB, _SOUNDS | _MOVIES, _AUDIO_CODECS | _VIDEO_CODECS),
}


class MediaError(Exception):
    """A media file can't be read; the message says which and why, in plain words."""


class UnsafeMedia(MediaError):
    """A media file is refused before decoding; the message says which file and why."""


class NoTrack(UnsafeMedia):
    """The file has no track of the kind asked for (a clip without sound)."""


def regular_file(path: str | Path, kind: Kind) -> Path:
    """`path` with symlinks resolved, when it is a regular file no larger than the kind's
    cap (a device such as /dev/stdin or /dev/zero, a pipe or a folder is refused)."""
    real = Path(os.path.realpath(path))
    try:
        info = os.stat(real)
    except OSError as exc:
        raise UnsafeMedia(f"can't read {Path(path).name}: {exc.strerror or 'missing'}") from None
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeMedia(f"{Path(path).name} is not a regular file")
    limit = RULES[kind].max_file_bytes
    if info.st_size > limit:
        raise UnsafeMedia(f"{Path(path).name} is larger than {limit // MB:,} MB")
    return real


def decoder_options(kind: Kind) -> dict[str, str]:
    """Options for every decoder FFmpeg opens for a file of this kind."""
    return {"threads": str(THREADS), "max_pixels": str(RULES[kind].max_pixels)}


def open_media(path: str | Path, kind: Kind) -> Any:
    """An open av InputContainer for `path` once it passes the kind's rules (the caller
    closes it); UnsafeMedia says why not. Its streams' decoders keep the size and thread
    limits however they are opened later."""
    import av  # here, not at the top: the window's first frame paints without FFmpeg

    real = regular_file(path, kind)
    name = Path(path).name
    options = decoder_options(kind)
    try:
        container = av.open(str(real), options=options)
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise UnsafeMedia(f"can't read {name}: it is damaged or not {_kind_words(kind)}") from exc
    try:
        _check(container, kind, name)
    except BaseException:
        container.close()
        raise
    for stream in container.streams:
        if stream.type in ("video", "audio"):
            stream.codec_context.options = dict(options)
    return container


def _kind_words(kind: Kind) -> str:
    return {Kind.VIDEO: "a video", Kind.PICTURE: "a picture", Kind.AUDIO: "sound"}[kind]


def _check(container: Any, kind: Kind, name: str) -> None:
    rules = RULES[kind]
    if container.format.name not in rules.containers:
        raise UnsafeMedia(f"{name} is a kind of file not used for {_kind_words(kind)}")
    wanted = container.streams.audio if kind is Kind.AUDIO else container.streams.video
    if not wanted:
        raise NoTrack(f"{name} has no {'sound' if kind is Kind.AUDIO else 'picture'}")
    for stream in (*container.streams.video, *container.streams.audio):
        codec = stream.codec_context.name
        if codec not in rules.codecs:
            raise UnsafeMedia(f"{name} is encoded as {codec}, which is not used here")
    if kind is not Kind.AUDIO:
        video = container.streams.video[0].codec_context
        _check_size(name, video.width, video.height, rules)
    for stream in container.streams.audio:
        audio = stream.codec_context
        if not MIN_RATE <= audio.sample_rate <= MAX_RATE or audio.channels > MAX_CHANNELS:
            raise UnsafeMedia(
                f"{name}'s sound ({audio.sample_rate} Hz, {audio.channels} channel(s)) is "
                f"outside {MIN_RATE // 1000}-{MAX_RATE // 1000} kHz or {MAX_CHANNELS} channels"
            )


def packet_seconds(container: Any, stream: Any, bound: float = MAX_SECONDS) -> float:
    """How long `stream` really plays, from the end of its packets (no decoding; headers
    are not believed), read no further than `bound` seconds: a longer claim reads `bound`."""
    if stream.time_base is None:
        return 0.0
    end = 0.0
    for packet in container.demux(stream):
        if packet.pts is None:
            continue
        end = max(end, float((packet.pts + (packet.duration or 0)) * stream.time_base))
        if end >= bound:
            return bound
    return end


def seconds(path: str | Path, kind: Kind, bound: float = MAX_SECONDS) -> float:
    """The length of the file's first video (or, for AUDIO, sound) track, at most `bound`."""
    real = regular_file(path, kind)
    info = real.stat()
    return _seconds(str(real), kind, bound, info.st_mtime_ns, info.st_size)


@lru_cache(maxsize=256)
def _seconds(path: str, kind: Kind, bound: float, _mtime_ns: int, _size: int) -> float:
    import av  # see open_media

    with open_media(path, kind) as container:
        streams = container.streams.audio if kind is Kind.AUDIO else container.streams.video
        try:
            return packet_seconds(container, streams[0], bound)
        except (av.FFmpegError, OSError) as exc:
            raise UnsafeMedia(f"{Path(path).name} is damaged") from exc


def _check_size(name: str, width: int, height: int, rules: Rules) -> None:
    side = rules.max_side
    if not 0 < width <= side or not 0 < height <= side or width * height > rules.max_pixels:
        raise UnsafeMedia(
            f"{name}'s pictures are larger than {side}x{side} pixels "
            f"({rules.max_pixels // 1_000_000} million pixels), or have no size"
        )


def check_picture_size(name: str, width: int, height: int) -> None:
    """The picture rule for readers that are not FFmpeg (Qt's image reader)."""
    _check_size(name, width, height, RULES[Kind.PICTURE])


PICTURE_BYTES = RULES[Kind.PICTURE].max_pixels * 4
"""The largest picture decoded (RGBA): the allocation limit of Qt's image reader."""
