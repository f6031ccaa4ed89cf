"""A request as the practice server read it and the reply it sends (no sockets: server.py
turns them into HTTP; api.py and the v3 modules answer with them)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import IO, Any


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]  # names in lower case
    body_file: IO[bytes]  # spooled: small bodies in memory, uploads on disk
    length: int  # the declared Content-Length (the body is empty when over MAX_BODY)

    @property
    def api_key(self) -> str:
        return (self.headers.get("x-api-key") or "").strip()

    @property
    def body(self) -> bytes:
        """The whole body (JSON endpoints; uploads use `body_file`)."""
        self.body_file.seek(0)
        return self.body_file.read()

    @property
    def is_json(self) -> bool:
        return self.headers.get("content-type", "").split(";")[0].strip() == "application/json"


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


def json_reply(status: int, value: Any, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, json.dumps(value).encode("utf-8"), headers=headers or {})
