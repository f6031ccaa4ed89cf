"""Preview images and audio of catalogue items, downloaded once into the cache folder."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from composer.heygen.hosts import LOOPBACK
from composer.settings.paths import cache_dir
from composer.storage.atomic import write_atomic

if TYPE_CHECKING:  # requests loads on the first download, off the GUI thread: the window
    import requests  # shows cached names and pictures at start without the HTTP stack

MAX_PREVIEW_BYTES = 10 * 1024 * 1024
TIMEOUT = (5.0, 20.0)


def preview_path(url: str) -> Path:
    """Where `url`'s picture or sample is kept. A practice server's port is left out of
    the name: it gets a new port at every start and serves the same pictures."""
    parts = urlparse(url)
    suffix = Path(parts.path).suffix[:8] or ".bin"
    if parts.hostname in LOOPBACK:
        url = parts._replace(netloc="practice").geturl()
    return cache_dir() / "previews" / (hashlib.sha256(url.encode()).hexdigest()[:32] + suffix)


def cached_preview(url: str | None) -> Path | None:
    """The local copy if it was downloaded before (no network)."""
    if not url:
        return None
    path = preview_path(url)
    return path if path.exists() else None


def fetch_preview(url: str, session: requests.Session | None = None) -> Path:
    """Download `url` once (run off the GUI thread); later calls return the cached file."""
    path = preview_path(url)
    if path.exists():
        return path
    import requests

    getter = session or requests
    response = getter.get(url, timeout=TIMEOUT, stream=True)
    response.raise_for_status()
    data = bytearray()
    for chunk in response.iter_content(64 * 1024):
        data += chunk
        if len(data) > MAX_PREVIEW_BYTES:
            raise ValueError(f"preview at {urlparse(url).netloc} is larger than 10 MB")
    write_atomic(path, bytes(data))
    return path
