"""A reliability figure: what was tried, what happened, and whether it meets its bar."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Figure:
    name: str
    counts: dict[str, int | float] = field(default_factory=dict)
    must_be_zero: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)
    requirements: list[tuple[str, bool]] = field(default_factory=list)
    """Bars besides the zeros, each (what it asks, met): a figure must be able to FAIL
    when the thing it measures did not happen at all."""

    def require(self, what: str, met: bool) -> None:
        self.requirements.append((what, bool(met)))

    @property
    def unmet(self) -> list[str]:
        zeros = [f"{key} must be 0" for key in self.must_be_zero if self.counts.get(key, 0)]
        return zeros + [what for what, met in self.requirements if not met]

    @property
    def ok(self) -> bool:
        return not self.unmet

    def line(self) -> str:
        counts = ", ".join(
            f"{k} {v:g}" if isinstance(v, float) else f"{k} {v}" for k, v in self.counts.items()
        )
        verdict = "PASS" if self.ok else f"FAIL ({'; '.join(self.unmet)})"
        return f"{self.name}: {counts} -> {verdict}"
