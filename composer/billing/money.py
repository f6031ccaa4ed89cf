"""Amounts in words: '1.5 credits', '$2.40', 'this video ≈ 1.5 credits of 42 left'."""

from __future__ import annotations

from composer.model.tr_noop import QT_TRANSLATE_NOOP, Words, english

CREDITS = "credits"
USD = "usd"


def amount_text(amount: float, unit: str, words: Words = english) -> str:
    """'1.5 credits' or '$2.40'; `words` translates the marked templates (the window's)."""
    if unit == USD:
        return f"${amount:,.2f}"
    number = f"{amount:,.2f}".rstrip("0").rstrip(".")
    if number == "1":
        return words(QT_TRANSLATE_NOOP("Amounts", "1 credit"))
    return words(QT_TRANSLATE_NOOP("Amounts", "{number} credits")).format(number=number)


def balance_text(balance: float, unit: str) -> str:
    """'42 credits left' / '$42.00 left'."""
    return f"{amount_text(balance, unit)} left"


def cost_sentence(
    what: str, amount: float, unit: str, balance: float | None, words: Words = english
) -> str:
    """'this video ≈ 1.5 credits of 42 left' ('… ≈ 1.5 credits' when the balance is not
    known)."""
    cost = amount_text(amount, unit, words)
    if balance is None:
        return words(QT_TRANSLATE_NOOP("Amounts", "{what} ≈ {cost}")).format(what=what, cost=cost)
    left = f"${balance:,.2f}" if unit == USD else f"{balance:,.2f}".rstrip("0").rstrip(".")
    return words(QT_TRANSLATE_NOOP("Amounts", "{what} ≈ {cost} of {left} left")).format(
        what=what, cost=cost, left=left
    )
