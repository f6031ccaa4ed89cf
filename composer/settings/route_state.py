"""What the app has learnt about HeyGen's routes, kept between runs (data_dir()/routes.json):

- whether v2 answered as retired the last time it was used, so that new projects start
  on the route that works (v2 while it answers, else v3);
- which HeyGen notices were shown today, so that a notice (a deprecation date, say) is
  shown once a day, not with every video.
Plain JSON, written atomically; no key or project data in it.
"""

from __future__ import annotations

import datetime
import json
import threading
from pathlib import Path
from typing import Any

from composer.settings.paths import data_dir
from composer.storage.atomic import write_json_atomic

FILE_NAME = "routes.json"
_lock = threading.Lock()


def _path() -> Path:
    return data_dir() / FILE_NAME


def _read() -> dict[str, Any]:
    try:
        data = json.loads(_path().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _update(key: str, value: Any) -> None:
    with _lock:
        data = _read()
        data[key] = value
        write_json_atomic(_path(), data)


def today() -> str:
    return datetime.date.today().isoformat()


def v2_answered(retired: bool) -> None:
    """Record how v2 last answered (retired, or working)."""
    if retired != bool(_read().get("v2_retired_on")):
        _update("v2_retired_on", today() if retired else None)


def default_route() -> str:
    """The route new projects start on: v2 while it answers, v3 once it answered retired."""
    return "v3" if _read().get("v2_retired_on") else "v2"


def notice_once_a_day(notice: str | None) -> str | None:
    """`notice` the first time it comes today, else None (shown already)."""
    if not notice:
        return None
    shown = _read().get("notices_shown")
    shown = shown if isinstance(shown, dict) else {}
    if shown.get(notice) == today():
        return None
    _update("notices_shown", {notice: today()})  # only today's matter
    return notice


def v2_refused_presenters() -> frozenset[str]:
    """Presenters (avatar or photo ids) v2 refused with "does not support unlimited mode"."""
    ids = _read().get("v2_unlimited_refused")
    return frozenset(str(i) for i in ids) if isinstance(ids, list) else frozenset()


def v2_refused(presenters: set[str]) -> None:
    """Remember presenters v2 refused, so the problems list can say so beside them."""
    known = v2_refused_presenters()
    if not presenters <= known:
        _update("v2_unlimited_refused", sorted(known | presenters))
