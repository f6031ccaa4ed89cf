"""Amounts in words: '1.5 credits', '$2.40', 'this video ≈ 1.5 credits of 42 left'."""

from __future__ import annotations

CREDITS = "credits"
USD = "usd"


def amount_text(amount: float, unit: str) -> str:
    if unit == USD:
        return f"${amount:,.2f}"
    number = f"{amount:,.2f}".rstrip("0").rstrip(".")
    return f"{number} credit" if number == "1" else f"{number} credits"


def balance_text(balance: float, unit: str) -> str:
    """'42 credits left' / '$42.00 left'."""
    return f"{amount_text(balance, unit)} left"


def cost_sentence(what: str, amount: float, unit: str, balance: float | None) -> str:
    """'this video ≈ 1.5 credits of 42 left' ('… ≈ 1.5 credits' when the balance is not
    known)."""
    text = f"{what} ≈ {amount_text(amount, unit)}"
    if balance is None:
        return text
    left = amount_text(balance, unit).removesuffix(" credits").removesuffix(" credit")
    return f"{text} of {left} left"
