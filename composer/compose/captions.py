"""Captions of the composed video: each clip's captions (HeyGen's sidecar SRT, cached
beside the clip) shifted by where its scene starts, renumbered, in one SRT; and the words
on screen at a moment, which the app burns in (composer/paint/captions.py).

An SRT comes from a server: it is read only up to MAX_SRT_BYTES, keeps at most MAX_CUES
cues of at most MAX_CUE_CHARS characters, and its words lose control, format and
direction characters (ESC, BEL, bidi overrides) before they are burned in or written."""

from __future__ import annotations

import re
from pathlib import Path

from composer.heygen.untrusted import strip_controls
from composer.storage.atomic import write_atomic

TIME = re.compile(r"(\d+):(\d\d):(\d\d)[,.](\d{3})")
MAX_SRT_BYTES = 2 * 1024 * 1024
"""A clip's captions: a few KB (30 minutes of speech is about 60 KB)."""
MAX_CUES = 5_000
MAX_CUE_CHARS = 300


Cue = tuple[float, float, str]


class CaptionError(ValueError):
    """An SRT that can't be used (not text, too large, no cues)."""


def _seconds(match: re.Match[str]) -> float:
    h, m, s, ms = (int(g) for g in match.groups())
    return h * 3600 + m * 60 + s + ms / 1000


def _stamp(seconds: float) -> str:
    ms = round(seconds * 1000)
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def cues(text: str) -> list[tuple[float, float, str]]:
    """(start, end, words) of the SRT's first MAX_CUES cues, words cleaned (one line each
    of at most MAX_CUE_CHARS, no control characters)."""
    found: list[Cue] = []
    for block in re.split(r"\n\s*\n", text[:MAX_SRT_BYTES].replace("\r\n", "\n").strip()):
        lines = block.split("\n")
        timing = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if timing is None:
            continue
        times = list(TIME.finditer(lines[timing]))
        if len(times) == 2:
            words = [strip_controls(line).strip() for line in lines[timing + 1 :]]
            text_ = "\n".join(w for w in words if w)[:MAX_CUE_CHARS]
            found.append((_seconds(times[0]), _seconds(times[1]), text_))
            if len(found) >= MAX_CUES:
                break
    return found


def read_srt(path: Path) -> str:
    """An SRT's text, read no further than MAX_SRT_BYTES."""
    with path.open("rb") as handle:
        return handle.read(MAX_SRT_BYTES).decode("utf-8", errors="replace")


def verify_srt(path: Path) -> None:
    """CaptionError unless `path` holds UTF-8 text with at least one cue (a download is
    kept only then)."""
    data = path.read_bytes()[: MAX_SRT_BYTES + 1]
    if len(data) > MAX_SRT_BYTES:
        raise CaptionError("the captions are larger than 2 MB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CaptionError("the captions are not text") from None
    if not cues(text):
        raise CaptionError("the captions hold no cues")


def clip_cues(clip: Path) -> list[Cue]:
    """The cues of the SRT cached beside a clip (none when HeyGen sent no captions)."""
    srt = clip.with_suffix(".srt")
    return cues(read_srt(srt)) if srt.is_file() else []


def words_at(found: list[Cue], seconds: float) -> str:
    """The words on screen `seconds` into the clip ("" between cues)."""
    return next((words for start, end, words in found if start <= seconds < end), "")


def merge(parts: list[tuple[Path, float]], target: Path) -> Path | None:
    """Write the merged SRT of (clip SRT, scene start) pairs at `target`; None if no clip
    has captions."""
    merged = []
    for path, start in parts:
        if path.is_file():
            merged += [(a + start, b + start, w) for a, b, w in cues(read_srt(path))]
    if not merged:
        return None
    blocks = [f"{n}\n{_stamp(a)} --> {_stamp(b)}\n{w}\n" for n, (a, b, w) in enumerate(merged, 1)]
    write_atomic(target, "\n".join(blocks).encode("utf-8"))
    return target
