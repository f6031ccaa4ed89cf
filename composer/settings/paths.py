"""Where the app keeps its own files (platformdirs; XDG variables honoured on Linux)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "scene-composer"


def _dirs() -> platformdirs.PlatformDirs:
    # Not cached: tests point XDG_* at temporary folders per test.
    return platformdirs.PlatformDirs(APP_NAME, appauthor=False)


def config_dir() -> Path:
    return Path(_dirs().user_config_dir)


def data_dir() -> Path:
    return Path(_dirs().user_data_dir)


def cache_dir() -> Path:
    return Path(_dirs().user_cache_dir)


def default_download_dir() -> Path:
    """The user's Videos folder if it exists, else Downloads, else the home folder."""
    for candidate in (platformdirs.user_videos_dir(), platformdirs.user_downloads_dir()):
        path = Path(candidate)
        if path.is_dir():
            return path / "Scene Composer"
    return Path.home() / "Scene Composer"
