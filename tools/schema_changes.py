"""What changed between two vendored v3 contracts (tools/heygen_schemas.py prints it):
endpoints added or removed, and per endpoint each field and constraint of its query flags,
request and response schemas (types, enums, bounds, required, defaults) that differs."""

from __future__ import annotations

import json
from typing import Any


def facts(node: Any, where: str = "") -> dict[str, str]:
    """A flat view of a schema: one line per field and per constraint, for diffs."""
    found: dict[str, str] = {}
    if not isinstance(node, dict):
        return found
    for key in ("type", "enum", "const", "minimum", "maximum", "exclusiveMinimum",
                "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems",
                "pattern", "required", "additionalProperties", "default"):  # fmt: skip
        if key in node and not isinstance(node[key], dict):
            found[f"{where or '(body)'} {key}"] = json.dumps(node[key], sort_keys=True)
    for name, sub in (node.get("properties") or {}).items():
        found[f"{where}.{name}".lstrip(".") + " (field)"] = "present"
        found.update(facts(sub, f"{where}.{name}".lstrip(".")))
    for union in ("oneOf", "anyOf", "allOf"):
        for index, branch in enumerate(node.get(union) or []):
            label = _branch_label(node, branch, index)
            found.update(facts(branch, f"{where}<{label}>"))
    for key in ("items", "additionalProperties", "not"):
        if isinstance(node.get(key), dict):
            found.update(facts(node[key], f"{where}[]" if key == "items" else f"{where}/{key}"))
    return found


def _branch_label(parent: dict[str, Any], branch: dict[str, Any], index: int) -> str:
    tag = (parent.get("discriminator") or {}).get("propertyName")
    const = ((branch.get("properties") or {}).get(tag) or {}).get("const") if tag else None
    if const is not None:
        return f"{tag}={const}"
    return "null" if branch == {"type": "null"} else str(index)


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    lines = []
    before, after = old.get("endpoints", {}), new.get("endpoints", {})
    for name in sorted(set(before) - set(after)):
        lines.append(f"- endpoint {name}")
    for name in sorted(set(after) - set(before)):
        lines.append(f"+ endpoint {name}")
    for name in sorted(set(before) & set(after)):
        for part in ("query", "request", "response", "idempotency", "body"):
            was, now = _facts(before[name], part), _facts(after[name], part)
            if part in ("idempotency", "body"):
                was, now = {part: str(before[name][part])}, {part: str(after[name][part])}
            for key in sorted(set(was) | set(now)):
                if was.get(key) != now.get(key):
                    lines.append(_change_line(name, part, key, was.get(key), now.get(key)))
    return lines


def _facts(endpoint: dict[str, Any], part: str) -> dict[str, str]:
    value = endpoint.get(part)
    if part == "query":  # flags, each a small schema: compare them as an object's fields
        value = {"properties": value or {}}
    return facts(value) if isinstance(value, dict) else {}


def _change_line(name: str, part: str, key: str, was: str | None, now: str | None) -> str:
    if was is None:
        return f"+ {name} {part}: {key} = {now}"
    if now is None:
        return f"- {name} {part}: {key} (was {was})"
    if key.endswith(" enum"):
        gone = [v for v in json.loads(was) if v not in json.loads(now)]
        added = [v for v in json.loads(now) if v not in json.loads(was)]
        return f"~ {name} {part}: {key}: added {added}, removed {gone}"
    return f"~ {name} {part}: {key}: {was} -> {now}"
