"""What HeyGen said each look can do for a transparent presenter, kept between runs.

HeyGen's looks carry no matting field (gen/avatar.go): whether a look can be rendered as a
transparent WebM, or with `remove_background`, is learnt by asking, and a refusal is
remembered so it is not asked again. Facts are keyed by host, account and look (another
account may have another plan; the practice server's looks are not HeyGen's). Background
removal is the account's (its plan), kept under the look id "".
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from composer.storage.atomic import write_json_atomic

log = logging.getLogger(__name__)
ACCOUNT_WIDE = ""
"""The look id under which account-wide facts (background removal) are kept."""
_LOCK = threading.Lock()


@dataclass(frozen=True)
class LookFacts:
    """None: not asked yet. `webm_refusal`: "matting" (the look can't) or "plan"."""

    webm: bool | None = None
    webm_refusal: str | None = None
    remove_background: bool | None = None
    background_removal: bool | None = None


def account_tag(name: str | None) -> str:
    """A short stable tag for an account name (the file holds no e-mail address)."""
    return hashlib.sha256((name or "?").encode("utf-8")).hexdigest()[:16]


def account_name(me: dict[str, Any]) -> str:
    """Who `GET /v3/users/me` says the key belongs to ("" when it does not say)."""
    return str(me.get("username") or me.get("email") or "")


def memory_for(folder: Path, base_url: str, me: dict[str, Any]) -> LookMemory:
    """The memory of the account `me` on the server at `base_url`, kept in the clip
    folder `folder`."""
    host = urlsplit(base_url).netloc
    return LookMemory(folder / "looks" / "alpha.json", host, account_tag(account_name(me)))


class LookMemory:
    def __init__(self, path: Path, host: str, account: str) -> None:
        self.path = Path(path)
        self.prefix = f"{host}|{account}|"
        self._learnt: dict[str, LookFacts] = {}
        """What this run learnt, also when the file could not be written."""

    def facts(self, look_id: str) -> LookFacts:
        if look_id in self._learnt:
            return self._learnt[look_id]
        item = self._read().get(self.prefix + look_id)
        if not isinstance(item, dict):
            return LookFacts()
        known = {name: item.get(name) for name in LookFacts.__dataclass_fields__}
        return LookFacts(**{k: v for k, v in known.items() if isinstance(v, bool | str)})

    def learn(self, look_id: str, **facts: Any) -> LookFacts:
        """Keep new facts of a look (merged with what was known), atomically; a file that
        can't be written costs a question next time, never the job."""
        with _LOCK:
            changed = self._learnt[look_id] = replace(self.facts(look_id), **facts)
            everything = self._read()
            everything[self.prefix + look_id] = asdict(changed)
            try:
                write_json_atomic(self.path, everything)
            except OSError as exc:
                log.warning("could not keep what HeyGen said of a look: %s", exc)
        return changed

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}


def facts_anywhere(path: Path, look_id: str) -> LookFacts:
    """The facts of `look_id` on any host and account (the estimate, made offline, knows
    neither): the last written wins."""
    memory = LookMemory(path, "", "")
    for key in reversed(list(memory._read())):
        host, _, rest = key.partition("|")
        account, _, look = rest.partition("|")
        if look == look_id:
            return LookMemory(path, host, account).facts(look_id)
    return LookFacts()
