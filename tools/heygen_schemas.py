"""Vendor HeyGen's published v3 contract (the request/response schemas and query flags that
HeyGen's official CLI, heygen-com/heygen-cli, generates from its OpenAPI spec into
`gen/*.go`) as ONE data file: composer/heygen/schemas/heygen_v3.json.

    python tools/heygen_schemas.py [SOURCE] [--rev REV] [--out FILE] [--check]

SOURCE is a bare git repo (read at REV with `git show`, default HEAD) or a work tree
(default: the mirror /work/.mirror/heygen-com+heygen-cli/repo). Only the endpoints the app
uses (ENDPOINTS) are kept, and only their structure: types, names, enums, required, bounds,
nullability, unions; HeyGen's prose (descriptions, titles, examples) is dropped. When FILE
already exists, what changed is printed first (endpoints, fields, enum values, bounds);
`--check` prints it and writes nothing (exit 1 when something changed).

OpenAPI -> JSON Schema (Draft 2020-12), so `jsonschema` validates the data as HeyGen does:
- `nullable: true` on a typed node adds "null" to `type` (and None to `enum`); on an untyped
  node (a union) it becomes `anyOf: [{"type": "null"}, <the node>]`.
- `discriminator` (OpenAPI) names `#/components/...` schemas the CLI does not ship, and each
  branch's tag is a bare string, so plain `oneOf` would match several branches. Each branch
  gets `const` on its tag, found (in this order) from a `const`/one-value `enum`, a quoted
  mapping value in the tag's or the branch's description ("Must be 'avatar_v'"), a property
  only that branch has (`url`, `asset_id`), a mapping value named in the branch's words,
  and finally elimination. A branch that stays ambiguous stops the tool.
- `additionalProperties` is left as HeyGen wrote it; composer.heygen.schemas makes objects
  that list properties closed when it validates strictly.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from schema_changes import changes  # tools/, beside this script

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = "/work/.mirror/heygen-com+heygen-cli/repo"
DEFAULT_OUT = ROOT / "composer" / "heygen" / "schemas" / "heygen_v3.json"
ENDPOINTS = (
    "POST /v3/videos",
    "GET /v3/videos/{video_id}",
    "GET /v3/avatars",
    "GET /v3/avatars/{group_id}",
    "GET /v3/avatars/looks",
    "GET /v3/avatars/looks/{look_id}",
    "GET /v3/voices",
    "POST /v3/voices/speech",
    "GET /v3/users/me",
    "POST /v3/assets",
    "GET /v3/assets/{asset_id}",
    "GET /v3/assets/statuses",
    "POST /v3/assets/direct-uploads",
    "POST /v3/assets/{asset_id}/complete",
    "POST /v3/background-removals",
    "GET /v3/background-removals/{job_id}",
)
PROSE = frozenset({"description", "title", "example", "examples", "externalDocs"})
FLAG_TYPES = {"int": "integer", "float64": "number", "bool": "boolean", "string": "string"}
GO_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'",
              "a": "\a", "b": "\b", "f": "\f", "v": "\v"}  # fmt: skip
ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[0-7]{3}|.)")
SPEC = re.compile(r"^var (\w+) = &command\.Spec\{\n(.*?)^\}", re.S | re.M)
FIELD = r'^\t{0}:\s+"((?:[^"\\]|\\.)*)"'
FLAG = re.compile(r"^\t\t\{\n(.*?)^\t\t\},?$", re.S | re.M)
QUOTED = re.compile(r"""['"`]([A-Za-z0-9_.-]+)['"`]""")


class ToolError(Exception):
    """The CLI source could not be read or turned into a contract."""


# --- reading the CLI ---


def read_sources(source: str, rev: str) -> tuple[dict[str, str], str]:
    """The text of every gen/*.go file and the commit (or "work tree") it came from."""
    path = Path(source)
    if (path / "gen").is_dir():
        commit = _git(path, "rev-parse", "HEAD", check=False) or "work tree"
        files = {f"gen/{p.name}": p.read_text("utf-8") for p in sorted((path / "gen").glob("*.go"))}
        return files, commit
    commit = _git(path, "rev-parse", f"{rev}^{{commit}}")
    names = _git(path, "ls-tree", "--name-only", commit, "gen/").split()
    files = {n: _git(path, "show", f"{commit}:{n}") for n in names if n.endswith(".go")}
    return files, commit


def _git(repo: Path, *args: str, check: bool = True) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=False
    )
    if done.returncode and check:
        raise ToolError(f"git {' '.join(args)} in {repo}: {done.stderr.strip()}")
    return done.stdout.strip() if not done.returncode else ""


def go_string(text: str) -> str:
    """A Go interpreted string literal's value (without its quotes)."""

    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] in "uUx":
            return chr(int(code[1:], 16))
        if code[0] in "01234567":
            return chr(int(code, 8))
        return GO_ESCAPES[code]

    return ESCAPE.sub(one, text)


def _field(block: str, name: str, depth: int = 1) -> str | None:
    match = re.search(FIELD.format("\t" * (depth - 1) + name), block, re.M)
    return go_string(match.group(1)) if match else None


def parse_specs(files: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Every command spec, keyed "METHOD /path"."""
    specs: dict[str, dict[str, Any]] = {}
    for name, text in files.items():
        for match in SPEC.finditer(text):
            block = match.group(2)
            method, path = _field(block, "Method"), _field(block, "Endpoint")
            if not method or not path:
                continue
            specs[f"{method} {path}"] = {
                "file": name,
                "block": block,
                "request": _field(block, "RequestSchema"),
                "response": _field(block, "ResponseSchema"),
                "body": _field(block, "BodyEncoding") or None,
                "description": _field(block, "Description") or "",
            }
    return specs


def parse_flags(block: str) -> list[dict[str, Any]]:
    flags_at = block.find("Flags: []command.FlagSpec{")
    if flags_at < 0:
        return []
    flags = []
    for match in FLAG.finditer(block[flags_at:]):
        text = match.group(1)

        def value(key: str, body: str = text) -> str | None:
            found = re.search(rf"^\t\t\t{key}:\s+(.*?),$", body, re.M)
            return found.group(1) if found else None

        enum = value("Enum") or "nil"
        flags.append(
            {
                "name": _field(text, "JSONName", 3),
                "type": _field(text, "Type", 3),
                "default": _field(text, "Default", 3),
                "required": value("Required") == "true",
                "enum": [go_string(v) for v in re.findall(r'"((?:[^"\\]|\\.)*)"', enum)],
                "min": _int_ptr(value("Min")),
                "max": _int_ptr(value("Max")),
                "source": _field(text, "Source", 3),
            }
        )
    return flags


def _int_ptr(text: str | None) -> int | None:
    match = re.fullmatch(r"intPtr\((-?\d+)\)", text or "")
    return int(match.group(1)) if match else None


# --- OpenAPI -> JSON Schema ---


def convert(node: Any) -> Any:
    """HeyGen's OpenAPI schema as JSON Schema without prose (see the module docstring)."""
    if isinstance(node, list):
        return [convert(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {
        key: {name: convert(sub) for name, sub in value.items()}
        if key == "properties"  # field names, not keywords: a field may be called "title"
        else convert(value)
        for key, value in node.items()
        if key not in PROSE and not key.startswith("x-")
    }
    if "discriminator" in node:
        out = _tag_branches(node, out)
    if out.pop("nullable", False):
        out = _nullable(out)
    return out


def _nullable(node: dict[str, Any]) -> dict[str, Any]:
    kind = node.get("type")
    if isinstance(kind, str):
        node = {**node, "type": [kind, "null"]}
        if "enum" in node and None not in node["enum"]:
            node["enum"] = [*node["enum"], None]
        return node
    return {"anyOf": [{"type": "null"}, node]}


def _tag_branches(raw: dict[str, Any], out: dict[str, Any]) -> dict[str, Any]:
    tag = raw["discriminator"]["propertyName"]
    values = list(raw["discriminator"].get("mapping") or {})
    raw_branches = raw.get("oneOf") or raw.get("anyOf") or []
    chosen = _assign(tag, values, raw_branches)
    union = "oneOf" if "oneOf" in out else "anyOf"
    branches = []
    for branch, value in zip(out[union], chosen, strict=True):
        properties = dict(branch.get("properties") or {})
        properties[tag] = {**properties.get(tag, {}), "const": value}
        branches.append({**branch, "properties": properties})
    out[union] = branches
    out["discriminator"] = {"propertyName": tag}
    return out


def _assign(tag: str, values: list[str], branches: list[dict[str, Any]]) -> list[str]:
    """Which mapping value each branch carries (see the module docstring for the order)."""
    own_props = [set(b.get("properties") or {}) - {tag} for b in branches]
    guesses: list[list[set[str]]] = []
    for index, branch in enumerate(branches):
        prop = (branch.get("properties") or {}).get(tag, {})
        others = set().union(*(p for i, p in enumerate(own_props) if i != index))
        words = re.findall(r"[a-z0-9_]+", str(branch.get("description", "")).lower())
        guesses.append(
            [
                {prop["const"]} if "const" in prop else set(),
                set(prop["enum"]) if len(prop.get("enum") or []) == 1 else set(),
                set(QUOTED.findall(str(prop.get("description", "")))),
                set(QUOTED.findall(str(branch.get("description", "")))),
                own_props[index] - others,
                set(words),
            ]
        )
    chosen: list[str | None] = [None] * len(branches)
    for level in range(6):
        for index, levels in enumerate(guesses):
            taken = {c for c in chosen if c}
            hits = (levels[level] & set(values)) - taken
            if chosen[index] is None and len(hits) == 1:
                chosen[index] = hits.pop()
    left = [v for v in values if v not in chosen]
    if chosen.count(None) == 1 and len(left) == 1:
        chosen[chosen.index(None)] = left[0]
    if None in chosen or len(set(chosen)) != len(chosen):
        raise ToolError(f"cannot tell which branch carries which {tag!r} of {values}")
    return [c for c in chosen if c]


# --- the contract ---


def query_flags(flags: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    query: dict[str, dict[str, Any]] = {}
    for flag in flags:
        if flag["source"] != "query":
            continue
        schema: dict[str, Any] = {"type": FLAG_TYPES.get(flag["type"], "string")}
        if flag["enum"]:
            schema["enum"] = flag["enum"]
        if flag["min"] is not None:
            schema["minimum"] = flag["min"]
        if flag["max"] is not None:
            schema["maximum"] = flag["max"]
        if flag["default"] not in (None, ""):
            schema["default"] = flag["default"]
        if flag["required"]:
            schema["required"] = True
        query[flag["name"]] = schema
    return dict(sorted(query.items()))


def idempotency(spec: dict[str, Any], request: Any) -> str | None:
    """How a repeat is made safe, as the CLI states it: "header" (Idempotency-Key honoured),
    "request_id" (a body field is the key; the header is not honoured), "repeatable" (the
    call itself is idempotent), or None (the CLI does not say)."""
    text = spec["description"]
    properties = request.get("properties", {}) if isinstance(request, dict) else {}
    if "request_id" in properties and "not* honored" in json.dumps(spec["request"] or ""):
        return "request_id"
    if re.search(r"Pass an Idempotency-Key header", text):
        return "header"
    if re.search(r"\bIdempotent: repeated calls\b", text):
        return "repeatable"
    return None


def build(files: dict[str, str], commit: str, wanted: tuple[str, ...]) -> dict[str, Any]:
    specs = parse_specs(files)
    missing = [name for name in wanted if name not in specs]
    if missing:
        raise ToolError(f"the CLI has no {', '.join(missing)}")
    endpoints = {}
    for name in wanted:
        spec = specs[name]
        method, path = name.split(" ", 1)
        request = convert(json.loads(spec["request"])) if spec["request"] else None
        response = convert(json.loads(spec["response"])) if spec["response"] else None
        endpoints[name] = {
            "method": method,
            "path": path,
            "source_file": spec["file"],
            "body": spec["body"],
            "path_params": re.findall(r"\{(\w+)\}", path),
            "query": query_flags(parse_flags(spec["block"])),
            "idempotency": idempotency(spec, request),
            "request": request,
            "response": response,
        }
    return {
        "source": {"repository": "heygen-com/heygen-cli", "commit": commit},
        "generated_by": "tools/heygen_schemas.py",
        "dialect": "https://json-schema.org/draft/2020-12/schema",
        "endpoints": endpoints,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", default=DEFAULT_SOURCE)
    parser.add_argument("--rev", default="HEAD")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="print changes, write nothing")
    args = parser.parse_args(argv)
    try:
        files, commit = read_sources(args.source, args.rev)
        contract = build(files, commit, ENDPOINTS)
    except (ToolError, ValueError, KeyError) as exc:
        print(f"heygen_schemas: {exc}", file=sys.stderr)
        return 2
    old = json.loads(args.out.read_text("utf-8")) if args.out.exists() else {}
    diff = changes(old, contract) if old else []
    was_commit = (old.get("source") or {}).get("commit")
    if was_commit and was_commit != commit:
        print(f"CLI commit {was_commit} -> {commit}")
    print("\n".join(diff) if diff else "no changes to the endpoints the app uses")
    if args.check:
        return 1 if diff else 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(contract, indent=1, sort_keys=True) + "\n", "utf-8")
    print(f"wrote {len(contract['endpoints'])} endpoints from {commit} to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
