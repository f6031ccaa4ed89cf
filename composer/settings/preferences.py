"""User preferences in `config_dir()/preferences.json`, written atomically.

Never holds the API key (that is in the keyring, see credentials.py): only the fields
below are read and written, so a key pasted into the file by hand is dropped on the next save.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from composer.settings.paths import config_dir, default_download_dir
from composer.storage.atomic import write_json_atomic

log = logging.getLogger(__name__)

HEYGEN = "heygen"
SANDBOX = "sandbox"
ENDPOINTS = (HEYGEN, SANDBOX)
RECENT_LIMIT = 10
FILE_NAME = "preferences.json"


@dataclass
class Preferences:
    endpoint: str = HEYGEN
    """"heygen" (HeyGen, or `custom_base_url` when set) or "sandbox" (the built-in one)."""
    custom_base_url: str | None = None
    custom_upload_url: str | None = None
    """Defaults to `custom_base_url` (a proxy or a sandbox serves both)."""
    download_dir: str | None = None
    recent_files: list[str] = field(default_factory=list)

    def download_folder(self) -> Path:
        return Path(self.download_dir) if self.download_dir else default_download_dir()

    def add_recent(self, path: Path | str) -> None:
        """Put `path` first in the recent files (once), keeping the newest RECENT_LIMIT."""
        text = str(Path(path).absolute())
        self.recent_files = [text, *(p for p in self.recent_files if p != text)][:RECENT_LIMIT]


def preferences_path() -> Path:
    return config_dir() / FILE_NAME


def load_preferences(path: Path | None = None) -> Preferences:
    """The saved preferences; defaults for a missing or damaged file or any odd value."""
    path = path or preferences_path()
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as exc:
        log.warning("preferences unreadable, using defaults: %s", exc)
        return Preferences()
    return _from_json(data if isinstance(data, dict) else {})


def save_preferences(preferences: Preferences, path: Path | None = None) -> None:
    write_json_atomic(path or preferences_path(), asdict(preferences))


def _from_json(data: dict[str, Any]) -> Preferences:
    defaults = Preferences()
    values: dict[str, Any] = {}
    for spec in fields(Preferences):
        value = data.get(spec.name, getattr(defaults, spec.name))
        values[spec.name] = value if _acceptable(spec.name, value) else getattr(defaults, spec.name)
    return Preferences(**values)


def _acceptable(name: str, value: Any) -> bool:
    if name == "endpoint":
        return value in ENDPOINTS
    if name in ("custom_base_url", "custom_upload_url"):
        return value is None or (isinstance(value, str) and is_http_url(value))
    if name == "recent_files":
        return isinstance(value, list) and all(isinstance(p, str) for p in value)
    return value is None or isinstance(value, str)


def is_http_url(text: str) -> bool:
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)
