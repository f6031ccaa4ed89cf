"""Fetch the catalogue from the API and keep a time-stamped copy in the cache folder.

The pickers read the cached copy at once (so they work offline and start instantly) and
ask for a refresh in the background; `describe_age` tells the user how old it is.

A copy is kept per host and account: the host without the port when it is this computer
(the practice server starts on a new random port each time, and its catalogue is the
same), and the account as a hash of the API key (the key itself is never stored). At
start, before any key is read, the newest copy for the host names what it can.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from composer.heygen.hosts import LOOPBACK
from composer.settings.paths import cache_dir
from composer.storage.atomic import write_json_atomic

CATALOGUE_VERSION = 1


@dataclass(frozen=True)
class CatalogueItem:
    """One pickable thing: an avatar, a talking photo or a voice."""

    kind: str  # "avatar" | "talking_photo" | "voice"
    id: str
    name: str
    gender: str = ""
    language: str = ""
    premium: bool = False
    preview_image_url: str | None = None
    preview_audio_url: str | None = None

    def matches(self, text: str) -> bool:
        needle = text.strip().lower()
        return not needle or any(needle in v.lower() for v in (self.name, self.id, self.language))


@dataclass
class Catalogue:
    server: str
    fetched_at: float
    account: str = ""  # heygen.hosts.account_key() of the key it was fetched with
    avatars: list[CatalogueItem] = field(default_factory=list)
    talking_photos: list[CatalogueItem] = field(default_factory=list)
    voices: list[CatalogueItem] = field(default_factory=list)

    def items(self, kind: str) -> list[CatalogueItem]:
        return {"avatar": self.avatars, "talking_photo": self.talking_photos, "voice": self.voices}[
            kind
        ]

    def find(self, kind: str, item_id: str) -> CatalogueItem | None:
        return next((i for i in self.items(kind) if i.id == item_id), None)


class CatalogueSource(Protocol):
    """What fetching needs from the API client."""

    @property
    def server(self) -> str:
        """Host and port of the API server (keys the cache file)."""

    @property
    def account(self) -> str:
        """heygen.hosts.account_key() of the client's API key."""

    def list_avatars(self) -> list[Any]: ...
    def list_talking_photos(self) -> list[Any]: ...
    def list_voices(self) -> list[Any]: ...


def fetch(client: CatalogueSource, now: float | None = None) -> Catalogue:
    return Catalogue(
        server=client.server,
        fetched_at=time.time() if now is None else now,
        account=client.account,
        avatars=[
            CatalogueItem(
                "avatar",
                a.avatar_id,
                a.name or a.avatar_id,
                a.gender or "",
                premium=bool(a.premium),
                preview_image_url=a.preview_image_url,
            )
            for a in client.list_avatars()
        ],
        talking_photos=[
            CatalogueItem(
                "talking_photo",
                p.talking_photo_id,
                p.name or p.talking_photo_id,
                preview_image_url=p.preview_image_url,
            )
            for p in client.list_talking_photos()
        ],
        voices=[
            CatalogueItem(
                "voice",
                v.voice_id,
                v.name or v.voice_id,
                v.gender or "",
                v.language or "",
                preview_audio_url=v.preview_audio,
            )
            for v in client.list_voices()
        ],
    )


def host_key(server: str) -> str:
    """`server` ("host:port", "host:port/v3") as the cache knows it: a loopback host's port
    is dropped, as the practice server gets a new one at every start."""
    netloc, _, rest = server.partition("/")
    host = urlsplit(f"//{netloc}").hostname or netloc
    name = "practice" if host in LOOPBACK else netloc.lower()
    return f"{name}/{rest}" if rest else name


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text)


def cache_path(server: str, account: str) -> Path:
    return cache_dir() / f"catalogue-{_safe(host_key(server))}--{_safe(account) or 'none'}.json"


def save(catalogue: Catalogue) -> None:
    data = {"version": CATALOGUE_VERSION, **asdict(catalogue)}
    write_json_atomic(cache_path(catalogue.server, catalogue.account), data)


def load(server: str, account: str | None = None) -> Catalogue | None:
    """The cached catalogue of `server` for `account`; with no account (before the key is
    read) the newest one of that host. None if there is none (or it is unreadable)."""
    if account is not None:
        return read(cache_path(server, account))
    pattern = f"catalogue-{_safe(host_key(server))}--*.json"
    found = [c for path in cache_dir().glob(pattern) if (c := read(path)) is not None]
    return max(found, key=lambda c: c.fetched_at, default=None)


def cached_files() -> list[Path]:
    return sorted(cache_dir().glob("catalogue-*--*.json"))


def read(path: Path) -> Catalogue | None:
    try:
        data = json.loads(path.read_text("utf-8"))
        if data.get("version") != CATALOGUE_VERSION:
            return None
        return Catalogue(
            server=data["server"],
            fetched_at=float(data["fetched_at"]),
            account=str(data.get("account", "")),
            **{
                key: [CatalogueItem(**item) for item in data[key]]
                for key in ("avatars", "talking_photos", "voices")
            },
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def refresh(client: CatalogueSource) -> Catalogue:
    """Fetch from the API and cache it (run off the GUI thread)."""
    catalogue = fetch(client)
    save(catalogue)
    return catalogue


def age(catalogue: Catalogue, now: float | None = None) -> tuple[int, str]:
    """How old the copy is: (count, "day", "hour" or "minute"), or (0, "") for just now."""
    seconds = max(0.0, (time.time() if now is None else now) - catalogue.fetched_at)
    if seconds >= 90:
        for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
            if seconds >= size:
                return int(seconds // size), unit
    return 0, ""


def describe_age(catalogue: Catalogue, now: float | None = None) -> str:
    count, unit = age(catalogue, now)
    if not unit:
        return "updated just now"
    return f"updated {count} {unit}{'s' if count != 1 else ''} ago"


def filter_items(
    items: list[CatalogueItem],
    *,
    text: str = "",
    gender: str = "",
    language: str = "",
    premium: bool | None = None,
) -> list[CatalogueItem]:
    """Search and filters as the pickers offer them ("" = any)."""
    return [
        item
        for item in items
        if item.matches(text)
        and (not gender or item.gender.lower() == gender.lower())
        and (not language or item.language.lower().startswith(language.lower()))
        and (premium is None or item.premium == premium)
    ]
