"""Looking for a secret where it must not be: the whole key or any 8-character piece of
it, in any case, in text or in every file under a folder."""

from __future__ import annotations

from pathlib import Path

FRAGMENT = 8


def key_pieces(key: str) -> set[bytes]:
    return {key[i : i + FRAGMENT].lower().encode() for i in range(len(key) - FRAGMENT + 1)}


def key_bytes_in(data: bytes | str, key: str) -> int:
    """How many bytes of `data` belong to a piece of `key` (0 when none leaked)."""
    raw = (data.encode() if isinstance(data, str) else data).lower()
    covered: set[int] = set()
    for piece in key_pieces(key):
        start = raw.find(piece)
        while start != -1:
            covered.update(range(start, start + len(piece)))
            start = raw.find(piece, start + 1)
    return len(covered)


def files_with_key(root: Path, key: str) -> dict[str, int]:
    """Files under `root` holding a piece of `key`, with the bytes leaked in each."""
    found = {}
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            leaked = key_bytes_in(path.read_bytes(), key)
            if leaked:
                found[str(path.relative_to(root))] = leaked
    return found
