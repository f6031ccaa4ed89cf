"""HeyGen's billing rule, read from one JSON file a user can update.

The shipped file is resources/billing/heygen-billing.json; `user_rules_path()` (in the
settings folder) wins when it exists and is valid, so a user can follow HeyGen's price
changes or set their plan without a new release. A broken copy is reported (`RuleSource`)
and the shipped rule is used instead.
"""

from __future__ import annotations

import json
import math
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from composer.resources import resource
from composer.settings.paths import config_dir

FORMAT = "scene-composer-billing"
FILE_NAME = "heygen-billing.json"
MAX_BYTES = 1024 * 1024
"""A rule file is a few KB; anything larger is not one (and is not read into memory)."""
MAX_DEPTH = 16
"""The rule nests 4 levels; deeper JSON is refused before Python's recursion limit."""
MAX_VALUE = 1e6
"""No rate, length or pace in a rule is this large: bigger numbers are typing mistakes
(or `1e308`), which would make every estimate meaningless."""


class RuleError(ValueError):
    """The rule file is unreadable or misses a field (the message names the file and field)."""


@dataclass(frozen=True)
class Draft:
    max_seconds: float
    per_day: int


REMOVAL_PER_MINUTE = 1.0
"""The shipped guess at HeyGen's background removal (USD a minute), for rule files made
before it was counted."""


@dataclass(frozen=True)
class RouteRate:
    unit: str  # "credits" or "usd"
    billed: str  # "per_video" or "per_clip"
    increment_seconds: float
    rates_per_minute: dict[str, float]
    draft: Draft | None = None
    removal_per_minute: float = 0.0
    """HeyGen's background removal of a clip (exact layout, looks without a WebM)."""

    def rate(self, engine: str) -> float:
        """Per-minute rate of an engine key ("video_avatar", "avatar_iv:photo:4k"); a key
        the file lacks falls back to its first part without the ':4k', then the dearest."""
        for key in (engine, engine.removesuffix(":4k")):
            if key in self.rates_per_minute:
                return self.rates_per_minute[key]
        return max(self.rates_per_minute.values())


@dataclass(frozen=True)
class BillingRules:
    words_per_minute: float
    plan: str
    plan_label: str
    max_video_seconds: float
    routes: dict[str, RouteRate]
    speech_rate_per_minute: float = 0.0
    speech_unit: str = "usd"
    source: Path = field(default_factory=Path)

    def route(self, name: str | None) -> RouteRate:
        return self.routes.get(name or "v2") or self.routes["v2"]


def shipped_rules_path() -> Path:
    return resource("billing", FILE_NAME)


def user_rules_path() -> Path:
    return config_dir() / FILE_NAME


def install_user_copy() -> Path:
    """Put a copy of the shipped rule in the settings folder (if none is there) for the
    user to edit; returns its path."""
    target = user_rules_path()
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shipped_rules_path(), target)
    return target


_cache: dict[Path, tuple[tuple[int, int], BillingRules]] = {}


def load_rules() -> BillingRules:
    """The user's copy when valid, else the shipped rule (each read again only when its
    file changes)."""
    user = user_rules_path()
    if user.is_file():
        try:
            return read_rules(user)
        except RuleError:
            pass  # `rule_problem()` tells the user; estimates go on with the shipped rule
    return read_rules(shipped_rules_path())


def rule_problem() -> str | None:
    """Why the user's copy is not used, in words; None when it is fine or absent."""
    user = user_rules_path()
    if not user.is_file():
        return None
    try:
        read_rules(user)
    except RuleError as error:
        return str(error)
    return None


def read_rules(path: Path) -> BillingRules:
    try:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = _cache.get(path)
        if cached and cached[0] == stamp:
            return cached[1]
        if stat.st_size > MAX_BYTES:
            raise ValueError(f"it is larger than {MAX_BYTES // 1024} KB")
        text = path.read_text("utf-8")
        _check_depth(text, path.name)
        data = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise RuleError(f"Can't read the billing rule {path.name}: nested too deeply.") from None
    except (OSError, ValueError) as error:
        raise RuleError(f"Can't read the billing rule {path.name}: {error}") from None
    rules = parse_rules(data, path)
    _cache[path] = (stamp, rules)
    return rules


def parse_rules(data: Any, path: Path) -> BillingRules:
    where = path.name
    try:
        if data.get("format") != FORMAT:
            raise RuleError(f"{where} is not a Scene Composer billing rule (format).")
        plan = str(data["plan"])
        plans = data["plans"]
        if plan not in plans:
            known = ", ".join(plans)
            raise RuleError(f"{where}: plan {plan!r} is not one of the plans ({known}).")
        routes = {name: _route(value) for name, value in data["routes"].items()}
        if "v2" not in routes:
            raise RuleError(f"{where}: routes needs a 'v2' entry.")
        speech = data.get("speech") or {}
        return BillingRules(
            words_per_minute=_positive(data["words_per_minute"], "words_per_minute"),
            plan=plan,
            plan_label=str(plans[plan].get("label", plan)),
            max_video_seconds=_positive(plans[plan]["max_video_seconds"], "max_video_seconds"),
            routes=routes,
            speech_rate_per_minute=_number(speech.get("rate_per_minute", 0.0), "rate_per_minute"),
            speech_unit=str(speech.get("unit", "usd")),
            source=path,
        )
    except RuleError:
        raise
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        raise RuleError(f"{where}: missing or wrong field {error}.") from None


def _route(value: dict[str, Any]) -> RouteRate:
    rates = {str(k): _positive(v, "rates_per_minute") for k, v in value["rates_per_minute"].items()}
    if not rates:
        raise RuleError("rates_per_minute is empty")
    draft = value.get("draft")
    # a copy made before the rate existed still counts background removals
    removal_default = REMOVAL_PER_MINUTE if value.get("billed") == "per_clip" else 0.0
    name = "background_removal_per_minute"
    removal = _number(value.get(name, removal_default), name)
    if removal < 0:
        raise RuleError(f"{name} must not be below 0 (it is {removal:g})")
    return RouteRate(
        unit=str(value["unit"]),
        billed=str(value.get("billed", "per_video")),
        increment_seconds=_positive(value["increment_seconds"], "increment_seconds"),
        rates_per_minute=rates,
        draft=Draft(
            _positive(draft["max_seconds"], "max_seconds"),
            int(_positive(draft["per_day"], "per_day")),
        )
        if draft
        else None,
        removal_per_minute=removal,
    )


def _check_depth(text: str, where: str) -> None:
    """Refuse JSON nested deeper than MAX_DEPTH, counted on the text (brackets outside
    strings) so that a 100,000-deep file never reaches the parser."""
    depth = 0
    for token in _BRACKETS.findall(text):
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise RuleError(
                    f"Can't read the billing rule {where}: it is nested more than "
                    f"{MAX_DEPTH} levels deep."
                )
        elif token in "]}":
            depth -= 1


_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
"""Strings (skipped whole, so brackets inside them don't count) and brackets."""


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number a rule can use")


def _number(value: Any, name: str) -> float:
    """`value` as a finite float no larger than MAX_VALUE (bool and text are refused)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RuleError(f"{name} must be a number (it is {value!r})")
    number = float(value)
    if not math.isfinite(number) or abs(number) > MAX_VALUE:
        raise RuleError(f"{name} must be a number below {MAX_VALUE:g} (it is {value!r})")
    return number


def _positive(value: Any, name: str) -> float:
    number = _number(value, name)
    if not number > 0:
        raise RuleError(f"{name} must be above 0 (it is {value!r})")
    return number
