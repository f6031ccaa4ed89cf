"""Preview images and audio of catalogue items, downloaded once into the cache folder."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from composer.heygen.hosts import LOOPBACK
from composer.settings.paths import cache_dir

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


def fetch_preview(url: str, api_host: str, session: requests.Session | None = None) -> Path:
    """Download `url` once (run off the GUI thread) through the guarded downloader: only
    from hosts the API at `api_host` may link to (checked at every redirect), at most
    10 MB; later calls return the cached file."""
    path = preview_path(url)
    if path.exists():
        return path
    import requests

    from composer.heygen.download import DownloadLimits, fetch
    from composer.heygen.transport import check_video_link

    response = fetch(
        session or requests.Session(), url, path, lambda link: check_video_link(link, api_host),
        timeout=TIMEOUT, limits=DownloadLimits(MAX_PREVIEW_BYTES, TIMEOUT[1]),
    )  # fmt: skip
    response.raise_for_status()
    return path
