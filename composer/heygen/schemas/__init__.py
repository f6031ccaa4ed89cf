"""HeyGen's published v3 contract, vendored as data (heygen_v3.json, written by
tools/heygen_schemas.py from heygen-com/heygen-cli's generated specs), and strict validation
against it with `jsonschema`.

"Strict" closes every object that lists its properties (`additionalProperties: false`
unless HeyGen says otherwise), so a field HeyGen does not document is an error, as it is
for a real server that refuses unknown fields. Objects without listed properties (HeyGen's
free maps: `upload_headers`, `layers`) stay open.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

DATA_FILE = "heygen_v3.json"


@dataclass(frozen=True)
class Problem:
    """Why a value breaks the contract: `param` names the field as HeyGen does
    ("scenes[2].input.voice_id"); None for the body as a whole."""

    message: str
    param: str | None


@cache
def contract() -> dict[str, Any]:
    text = resources.files(__package__).joinpath(DATA_FILE).read_text("utf-8")
    return json.loads(text)


def cli_commit() -> str:
    return str(contract()["source"]["commit"])


def endpoint(name: str) -> dict[str, Any]:
    """One endpoint's contract, by "METHOD /path" with HeyGen's placeholders."""
    return contract()["endpoints"][name]


def closed(node: Any) -> Any:
    """`node` with every object that lists properties closed to other fields."""
    if isinstance(node, list):
        return [closed(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: closed(value) for key, value in node.items()}
    if out.get("properties") and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


@cache
def validator(name: str, part: str, strict: bool = True) -> Draft202012Validator:
    """A validator of `part` ("request" or "response") of endpoint `name`."""
    schema = endpoint(name)[part]
    if schema is None:
        raise KeyError(f"{name} has no {part} schema")
    return Draft202012Validator(closed(schema) if strict else schema)


def problem(name: str, part: str, value: Any, strict: bool = True) -> Problem | None:
    """The first way `value` breaks the contract (the deepest error), or None."""
    errors = list(validator(name, part, strict).iter_errors(value))
    if not errors:
        return None
    error = _deepest(errors)
    param = _param(error)
    return Problem(_message(error, param), param)


def query_problem(name: str, query: dict[str, str]) -> Problem | None:
    """A query string against the endpoint's documented flags: an unknown flag, a value
    of the wrong type, outside the enum or the bounds."""
    flags = endpoint(name)["query"]
    for key, text in query.items():
        flag = flags.get(key)
        if flag is None:
            return Problem(f"Unknown query parameter {key!r}.", key)
        value = _query_value(flag["type"], text)
        schema = {k: v for k, v in flag.items() if k not in ("required", "default")}
        if value is None or not Draft202012Validator(schema).is_valid(value):
            return Problem(f"Invalid value for {key}: {text!r}.", key)
    for key, flag in flags.items():
        if flag.get("required") and key not in query:
            return Problem(f"{key} is required.", key)
    return None


def _query_value(kind: str, text: str) -> Any:
    if kind == "integer":
        return int(text) if text.lstrip("-").isdigit() else None
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            return None
    if kind == "boolean":
        return {"true": True, "false": False}.get(text)
    return text


def _deepest(errors: list[ValidationError]) -> ValidationError:
    """The most specific error; inside a union, from the branch the value meant: not the
    `null` of a nullable field, and the branch whose tag (`const`) fits when one does."""
    best = max(errors, key=lambda e: (len(e.absolute_path), -len(e.message)))
    while best.context:
        branches: dict[Any, list[ValidationError]] = {}
        for error in best.context:
            branches.setdefault(error.relative_schema_path[0], []).append(error)
        meant = [b for b in branches.values() if not _only_null(b)] or list(branches.values())
        if all(_wrong_tag(b) for b in meant) and len(meant) > 1:
            return _tag_error(best, meant)
        fitting = [e for b in meant if not _wrong_tag(b) for e in b]
        best = _deepest(fitting or [e for b in meant for e in b])
    return best


def _only_null(errors: list[ValidationError]) -> bool:
    return all(e.validator == "type" and e.validator_value == "null" for e in errors)


def _wrong_tag(errors: list[ValidationError]) -> bool:
    return any(e.validator == "const" for e in errors)


def _tag_error(union: ValidationError, branches: list[list[ValidationError]]) -> ValidationError:
    """One error naming the tag and every value it may take."""
    tags = [e for b in branches for e in b if e.validator == "const"]
    allowed = ", ".join(sorted(str(e.validator_value) for e in tags))
    first = tags[0]
    return ValidationError(
        f"{first.instance!r} is not one of {allowed}",
        validator="enum",
        path=first.absolute_path,
        instance=first.instance,
        schema=union.schema,
    )


def _param(error: ValidationError) -> str | None:
    path = list(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties") or {})
        extra = sorted(set(error.instance) - allowed)
        if extra:
            path.append(extra[0])
    elif error.validator == "required" and isinstance(error.instance, dict):
        missing = [k for k in error.validator_value if k not in error.instance]
        if missing:
            path.append(missing[0])
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or None


def _message(error: ValidationError, param: str | None) -> str:
    if error.validator == "additionalProperties" and param:
        return f"Unknown field {param!r}: HeyGen's schema does not list it."
    if error.validator == "required" and param:
        return f"{param} is required."
    return f"Invalid value for {param or 'the body'}: {error.message}"
