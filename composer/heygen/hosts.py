"""HeyGen's hosts: the defaults for real users (tests and the sandbox pass their own)."""

import hashlib
from urllib.parse import urlsplit

DEFAULT_BASE_URL = "https://api.heygen.com"
DEFAULT_UPLOAD_URL = "https://upload.heygen.com"

LOOPBACK = ("127.0.0.1", "localhost", "::1")
"""Hosts on this computer: a practice server (the sandbox), never HeyGen."""


def account_key(api_key: str) -> str:
    """Which account a key speaks for, as per-account caches name it without keeping the
    key: a salted hash."""
    return hashlib.sha256(f"scene-composer account|{api_key.strip()}".encode()).hexdigest()[:20]


def source_of(base_url: str, api_key: str | None) -> str:
    """12 hex digits naming a server (its host) and account (a hash of its key: the key
    itself never reaches a file name). Caches of what a server made for an account (its
    presenter clips, its speech) are keyed by it, so one server's or account's answer is
    never used for another."""
    raw = f"scene-composer-clip-source\n{urlsplit(base_url).netloc.lower()}\n{api_key or ''}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:12]
