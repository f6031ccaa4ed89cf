"""Text from a server is untrusted: before it reaches the job history, a results CSV, a log,
a dialog or the terminal, the API key is cut out of it (exactly, in any case, and any 8+
character fragment of it, as a server might echo part of it) and control characters are
removed (escape codes could rewrite the terminal; line breaks could fake log lines).

The text is normalised first (NFKC: fullwidth `ｓｋ` reads `sk`) and stripped of every
format character (soft hyphen U+00AD, U+034F, tag characters, zero-width joiners...), so a
key broken up or disguised by invisible characters is still found and removed."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from typing import Any

REDACTED = "***"
FRAGMENT = 8
_BREAKS = re.compile(r"[\t\n\r\v\f\x85\u2028\u2029]+")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")
"""What a video id must look like to be used in a file name."""


_INVISIBLE = frozenset({"Cf", "Cc", "Cs", "Co", "Cn"})
"""Unicode categories removed after the line breaks: format (U+00AD, U+200B, bidi, tags
U+E0000...), control, surrogate, private use and unassigned characters."""
_JOINERS = frozenset("\u034f")
"""Default-ignorable marks outside category Cf (the combining grapheme joiner)."""


def strip_controls(text: str) -> str:
    """`text` in NFKC, on one line, without control, format or direction-changing
    characters."""
    text = _CONTROLS.sub("", _BREAKS.sub(" ", unicodedata.normalize("NFKC", text)))
    if text.isascii():
        return text
    return "".join(
        ch for ch in text if unicodedata.category(ch) not in _INVISIBLE and ch not in _JOINERS
    )


def redact(text: str, secret: str | None) -> str:
    """`text` without control characters and without `secret` or any 8-character (or
    longer) piece of it, whatever the case; each hidden run reads `***`."""
    text = strip_controls(text)
    secret = strip_controls(secret or "").strip()
    if not secret or not text:
        return text
    spans = _merged(
        (m.start(1), m.end(1)) for m in _key_pattern(secret).finditer(text) if m.group(1)
    )
    if not spans:
        return text
    parts, last = [], 0
    for start, end in spans:
        parts += [text[last:start], REDACTED]
        last = end
    parts.append(text[last:])
    return "".join(parts)


def clean_tree(value: Any, secret: str | None) -> Any:
    """Every string in a parsed JSON answer (keys too) passed through `redact`."""
    if isinstance(value, str):
        return redact(value, secret)
    if isinstance(value, dict):
        return {clean_tree(k, secret): clean_tree(v, secret) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_tree(item, secret) for item in value]
    return value


@lru_cache(maxsize=8)
def _key_pattern(secret: str) -> re.Pattern[str]:
    """Matches (zero-width, so overlapping hits are all found) at every place where the
    whole key, or an 8-character window of it, begins."""
    if len(secret) <= FRAGMENT:
        return re.compile(f"(?=({re.escape(secret)}))", re.IGNORECASE)
    windows = {secret[i : i + FRAGMENT] for i in range(len(secret) - FRAGMENT + 1)}
    alternatives = "|".join(re.escape(w) for w in sorted(windows))
    return re.compile(f"(?=({alternatives}))", re.IGNORECASE)


def _merged(spans: Any) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


LARGEST = 1e9
"""No number a HeyGen answer carries (seconds, pixels, credits, bytes) is this large."""


def number(value: Any, low: float = 0.0, high: float = LARGEST) -> float | None:
    """A server's JSON number when it is finite and within [low, high]; None otherwise
    (text, true/false, 1e400, -5 pixels): an answer's absurd value is treated as absent."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        result = float(value)
    except OverflowError:  # an integer of 400 digits
        return None
    return result if math.isfinite(result) and low <= result <= high else None


def whole(value: Any, low: int = 0, high: int = int(LARGEST)) -> int | None:
    """`number` for whole numbers (a float is not one)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if low <= value <= high else None


def safe_video_id(video_id: str) -> str | None:
    """`video_id` when it is safe in a file name ([A-Za-z0-9_-], at most 128), else None."""
    return video_id if SAFE_ID.fullmatch(video_id) else None
