"""A reliability figure: what was tried, what happened, and whether it meets its bar."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Figure:
    name: str
    counts: dict[str, int | float] = field(default_factory=dict)
    must_be_zero: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(self.counts.get(key, 0) == 0 for key in self.must_be_zero)

    def line(self) -> str:
        counts = ", ".join(
            f"{k} {v:g}" if isinstance(v, float) else f"{k} {v}" for k, v in self.counts.items()
        )
        return f"{self.name}: {counts} -> {'PASS' if self.ok else 'FAIL'}"
