"""Money: exact decimals, one rounding rule, applied at documented places only.

Rules (the SLA, billing and invoice code all follow them):

* Every amount is a :class:`~decimal.Decimal`; a float never touches money. Intermediate results (a percentage of
  a fee, a per-point credit, a cap) are kept exact, in a local context of 40 significant digits, so that no
  precision is lost before the one rounding.
* An amount that is charged or credited is rounded **once**, to the cent, **half-up** (0.005 becomes 0.01), as
  French invoices and the Accord Project's templates do (``toFixed(2)`` on positive amounts). Where that happens
  is stated by the caller's docstring; for service levels it is after the level's own caps (see ``voute.sla``).
* Rounding half-up is monotonic: ``x <= y`` implies ``round_cents(x) <= round_cents(y)``. So an amount compared
  exactly with a cap never exceeds the cap once both are printed to the cent.
* Sharing a rounded amount between several lines (the at-risk pool) is done in whole cents by
  :func:`share_cents`, so the shares add up exactly to the amount shared and no second rounding is needed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from contextlib import AbstractContextManager
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext
from fractions import Fraction

__all__ = [
    "CENT",
    "ZERO",
    "exact",
    "format_amount",
    "percent_of",
    "round_cents",
    "share_cents",
]

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
_EXACT = Context(prec=40)


def exact() -> AbstractContextManager[Context]:
    """A decimal context with enough digits for any intermediate amount (use as ``with exact(): ...``)."""
    return localcontext(_EXACT)


def round_cents(amount: Decimal) -> Decimal:
    """Round an amount to the cent, half-up: the only rounding applied to charged or credited money.

    >>> round_cents(Decimal("0.305")), round_cents(Decimal("-0.305"))
    (Decimal('0.31'), Decimal('-0.31'))
    """
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def percent_of(percent: Decimal, basis: Decimal) -> Decimal:
    """``percent`` % of ``basis``, exact (not rounded).

    >>> percent_of(Decimal("3"), Decimal("10"))
    Decimal('0.3')
    """
    with exact():
        return percent * basis / 100


def share_cents(total: Decimal, weights: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """Share ``total`` (a whole number of cents) in proportion to ``weights`` (whole cents), to the cent.

    Each key gets at most its weight, the shares add up to ``total`` exactly (when the weights add up to more),
    and a larger weight never gets a smaller share. Cents are given by the highest-averages (D'Hondt) method,
    the proportional method used in French elections: every share is within a cent or so of the exact pro-rata
    ``total x weight / sum`` and, unlike "largest remainders", a key whose weight grows never loses a cent.
    Ties go to the larger weight, then to the key first in alphabetical order, so the result never depends on
    the order the weights were given in.

    >>> share_cents(Decimal("1.00"), {"a": Decimal("1.00"), "b": Decimal("0.50")})
    {'a': Decimal('0.67'), 'b': Decimal('0.33')}
    """
    cents = {key: _to_cents(value) for key, value in weights.items()}
    house = _to_cents(total)
    whole = sum(cents.values())
    if whole <= house:
        return {key: Decimal(value) * CENT for key, value in cents.items()}
    divisor = Fraction(whole, house) if house else None
    seats = {key: 0 if divisor is None else int(Fraction(value) / divisor) for key, value in cents.items()}
    for _ in range(house - sum(seats.values())):
        # max() keeps the first of equal keys: iterating in sorted order breaks ties alphabetically.
        best = max(sorted(cents), key=lambda k: (Fraction(cents[k], seats[k] + 1), cents[k]))
        seats[best] += 1
    return {key: Decimal(value) * CENT for key, value in seats.items()}


def format_amount(amount: Decimal, lang: str = "fr", currency: str = "EUR") -> str:
    """An amount for people: ``1 234,50 €`` in French, ``EUR 1,234.50`` in English (never rounded here).

    >>> format_amount(Decimal("1234.5"), "fr"), format_amount(Decimal("1234.5"), "en")
    ('1\u202f234,50 €', 'EUR 1,234.50')
    """
    text = f"{amount:,.2f}" if amount == amount.quantize(CENT) else f"{amount:,}"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
        return f"{text} €" if currency == "EUR" else f"{text} {currency}"
    return f"{currency} {text}"


_DECIMAL = re.compile(r"(?<![\d.,])(\d+)\.(\d+)(?![\d.])")
_PERCENT = re.compile(r"(\d)%")


def french_decimals(text: str) -> str:
    """Numbers written by the engines in a sentence (``77245.00``, ``2.987``, ``3%``), as French readers write
    them (``77 245,00``, ``2,987``, ``3 %``); integers, dates and ids are left alone.

    >>> french_decimals("5000 × 2.987 = 14935.00 (2027-03)")
    '5000 × 2,987 = 14\u202f935,00 (2027-03)'
    """

    def french(match: re.Match[str]) -> str:
        return f"{int(match.group(1)):,}".replace(",", "\u202f") + "," + match.group(2)

    return _PERCENT.sub("\\1\u00a0%", _DECIMAL.sub(french, text))


def _to_cents(amount: Decimal) -> int:
    scaled = amount / CENT
    if scaled != scaled.to_integral_value() or scaled < 0:
        raise ValueError(f"expected a non-negative amount in whole cents, got {amount}")
    return int(scaled)

