"""The sandbox's v3 gate: every request is checked against HeyGen's published contract
(composer/heygen/schemas, vendored from heygen-com/heygen-cli) before an endpoint sees it,
and every answer an endpoint gives is checked against the response schema on the way out.

Strict, as a server that refuses unknown fields: a query flag or body field the schema does
not list, a wrong type, a value outside an enum or bounds, is a 400 `invalid_parameter` in
HeyGen's error envelope, with `param` naming the field ("scenes[2].input.voice_id"). An
answer of the sandbox's own that breaks the response schema is the sandbox's bug: it goes
out as a 500 naming the field, so that whatever test met it fails.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from composer.heygen import schemas
from composer.sandbox.api import Reply, Request, json_reply

INVALID_CODE = "invalid_parameter"


@dataclass(frozen=True)
class Call:
    """A request matched to its endpoint: `name` as the contract spells it, the path's
    parameters, and the parsed JSON body (None for bodiless and multipart requests)."""

    name: str
    params: dict[str, str]
    body: Any
    request: Request


def v3_error(
    status: int, code: str, message: str, param: str | None = None, **headers: str
) -> Reply:
    body = {"error": {"code": code, "message": message, "param": param, "doc_url": None}}
    return json_reply(status, body, headers)


def v3_ok(data: Any, **extra: Any) -> Reply:
    return json_reply(200, {"data": data, **extra})


def _pattern(path: str) -> re.Pattern[str]:
    return re.compile(
        "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[A-Za-z0-9_.-]+)", re.escape(path)) + "$"
    )


ROUTES = [
    (info["method"], _pattern(info["path"]), name)
    for name, info in schemas.contract()["endpoints"].items()
]
"""Fixed paths first (`/v3/assets/statuses` before `/v3/assets/{asset_id}`)."""
ROUTES.sort(key=lambda route: route[1].pattern.count("(?P"))


def match(request: Request) -> tuple[str, dict[str, str]] | None:
    for method, pattern, name in ROUTES:
        found = pattern.match(request.path)
        if method == request.method and found:
            return name, found.groupdict()
    return None


def admit(request: Request) -> Call | Reply:
    """The request as a Call, or HeyGen's 400/404 answer naming what is wrong."""
    found = match(request)
    if found is None:
        return v3_error(404, "not_found", f"Not found: {request.method} {request.path}")
    name, params = found
    problem = schemas.query_problem(name, dict(request.query))
    if problem is not None:
        return v3_error(400, INVALID_CODE, problem.message, problem.param)
    info = schemas.endpoint(name)
    body: Any = None
    if info["body"] == "json":
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            return v3_error(400, INVALID_CODE, "The body is not valid JSON.")
        problem = schemas.problem(name, "request", body)
        if problem is not None:
            return v3_error(400, INVALID_CODE, problem.message, problem.param)
    return Call(name, params, body, request)


def checked(call: Call, reply: Reply) -> Reply:
    """`reply` if a success validates against the endpoint's response schema (errors are
    HeyGen's envelope, which the CLI does not describe); else a 500 naming the field."""
    if reply.status >= 300 or reply.content_type != "application/json":
        return reply
    problem = schemas.problem(call.name, "response", json.loads(reply.body))
    if problem is None:
        return reply
    message = f"The sandbox's answer broke HeyGen's schema of {call.name}: {problem.message}"
    return v3_error(500, "sandbox_schema_violation", message, problem.param)
