"""`Idempotency-Key` as HeyGen's v3 documents it (May 2026 changelog): a repeat of a key
within 24 h replays the first answer; a repeat while the first request is still being
answered gets 409 `request_in_progress`. The sandbox also refuses a key reused with a
different body (HeyGen's answer to that is not documented; 422 is this sandbox's choice).
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from dataclasses import dataclass
from typing import Any

KEY_PATTERN = re.compile(r"^[A-Za-z0-9_:.\-]{1,255}$")
REPLAY_SECONDS = 24 * 3600


@dataclass
class _Entry:
    fingerprint: str
    answered_at: float  # when the first answer is out (later: still in flight)
    reply: Any = None


class IdempotencyStore:
    """Thread-safe: (path, key) -> the first answer."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], _Entry] = {}
        self._lock = threading.Lock()

    @staticmethod
    def valid(key: str) -> bool:
        return bool(KEY_PATTERN.match(key))

    def begin(self, path: str, key: str, content: bytes) -> tuple[str, Any]:
        """("new", None): go on and `finish`; ("replay", reply); ("in_progress", None);
        ("mismatch", None): the key was used with other `content` (the JSON body, or an
        upload's file: a multipart body differs from try to try by its boundary)."""
        fingerprint = hashlib.sha256(content).hexdigest()
        now = time.time()
        with self._lock:
            entry = self._entries.get((path, key))
            if entry is None or now - entry.answered_at > REPLAY_SECONDS:
                self._entries[(path, key)] = _Entry(fingerprint, float("inf"))
                return "new", None
            if entry.fingerprint != fingerprint:
                return "mismatch", None
            if now < entry.answered_at:
                return "in_progress", None
            return "replay", entry.reply

    def finish(self, path: str, key: str, reply: Any, delay: float = 0.0) -> None:
        """Record the first answer; it counts as in flight for `delay` more seconds."""
        with self._lock:
            entry = self._entries[(path, key)]
            entry.reply = reply
            entry.answered_at = time.time() + delay

    def forget(self, path: str, key: str) -> None:
        """The first request failed before doing anything: the key may be used again."""
        with self._lock:
            self._entries.pop((path, key), None)
