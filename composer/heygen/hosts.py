"""HeyGen's hosts: the defaults for real users (tests and the sandbox pass their own)."""

import hashlib

DEFAULT_BASE_URL = "https://api.heygen.com"
DEFAULT_UPLOAD_URL = "https://upload.heygen.com"

LOOPBACK = ("127.0.0.1", "localhost", "::1")
"""Hosts on this computer: a practice server (the sandbox), never HeyGen."""


def account_key(api_key: str) -> str:
    """Which account a key speaks for, as per-account caches name it without keeping the
    key: a salted hash."""
    return hashlib.sha256(f"scene-composer account|{api_key.strip()}".encode()).hexdigest()[:20]
