"""Captions of the composed video: each clip's captions (HeyGen's sidecar SRT, cached
beside the clip) shifted by where its scene starts, renumbered, in one SRT; and the words
on screen at a moment, which the app burns in (composer/paint/captions.py)."""

from __future__ import annotations

import re
from pathlib import Path

from composer.storage.atomic import write_atomic

TIME = re.compile(r"(\d+):(\d\d):(\d\d)[,.](\d{3})")


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
    """(start, end, words) of every cue of an SRT."""
    found = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        lines = block.split("\n")
        timing = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if timing is None:
            continue
        times = list(TIME.finditer(lines[timing]))
        if len(times) == 2:
            words = "\n".join(lines[timing + 1 :]).strip()
            found.append((_seconds(times[0]), _seconds(times[1]), words))
    return found


Cue = tuple[float, float, str]


def clip_cues(clip: Path) -> list[Cue]:
    """The cues of the SRT cached beside a clip (none when HeyGen sent no captions)."""
    srt = clip.with_suffix(".srt")
    return cues(srt.read_text("utf-8", errors="replace")) if srt.is_file() else []


def words_at(found: list[Cue], seconds: float) -> str:
    """The words on screen `seconds` into the clip ("" between cues)."""
    return next((words for start, end, words in found if start <= seconds < end), "")


def merge(parts: list[tuple[Path, float]], target: Path) -> Path | None:
    """Write the merged SRT of (clip SRT, scene start) pairs at `target`; None if no clip
    has captions."""
    merged = []
    for path, start in parts:
        if path.is_file():
            merged += [(a + start, b + start, w) for a, b, w in cues(path.read_text("utf-8"))]
    if not merged:
        return None
    blocks = [f"{n}\n{_stamp(a)} --> {_stamp(b)}\n{w}\n" for n, (a, b, w) in enumerate(merged, 1)]
    write_atomic(target, "\n".join(blocks).encode("utf-8"))
    return target
