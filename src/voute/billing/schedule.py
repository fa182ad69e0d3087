"""One price item priced for a month: unit price, volume tiers, forecast tolerance, minimum commitment.

Rules (docs/billing.md has worked examples):

* **Tiers** are half-open ranges of units ``[from, to)``: with ``from: 15000, to: 20000`` the 15 001st to the
  20 000th unit. ``marginal``: each tier prices the units inside it. ``whole``: the tier that contains the
  volume billed at the schedule prices every unit (a volume of exactly 15000 is in the tier starting at
  15000, as in the Accord Project's volume-discount template). Units no tier covers are at the item's
  ``price``.
* **Forecast tolerance** (only for an item with ``out_of_tolerance_price``): the band is the service's monthly
  forecast for the item's unit, +/- its tolerance, rounded inwards to whole units. Units above the band are
  at the out-of-tolerance price; the schedule (and the tier of ``whole`` mode) applies to the units inside
  the band. A volume below the band is billed entirely at the out-of-tolerance price: the provider staffed
  for the forecast.
* **Minimum commitment** (take-or-pay): when the measured volume is below it, the missing units are billed on
  a separate line at the schedule's prices, as if they had been measured.
* Each line is ``quantity x unit price``, rounded half-up to the cent once (``voute.money.round_cents``).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from decimal import Decimal

from voute.billing.indexation import revise
from voute.contract.costs import PriceItem, PriceUnit, TierMode
from voute.money import exact, round_cents

__all__ = ["UNIT_KEYS", "Band", "Charge", "is_volume_priced", "price_item"]

UNIT_KEYS: dict[PriceUnit, tuple[str, ...]] = {
    PriceUnit.per_call: ("calls",),
    PriceUnit.per_minute: ("minutes",),
    PriceUnit.per_hour: ("hours",),
    PriceUnit.per_fte_month: ("fte",),
    PriceUnit.per_ticket: ("tickets",),
    PriceUnit.per_item: ("items", "emails", "chats", "mails", "messages"),
    PriceUnit.per_appointment: ("appointments",),
    PriceUnit.per_record: ("records",),
    PriceUnit.per_survey: ("surveys",),
}
"""The volume names (in volume files and forecasts) each unit of price reads, first match wins."""

ZERO = Decimal(0)


@dataclass(frozen=True)
class Band:
    """The forecast tolerance band of an item for the month: ``[low, high]`` units."""

    forecast: int
    tolerance: Decimal
    low: Decimal
    high: Decimal
    clause: str

    @classmethod
    def around(cls, forecast: int, tolerance: Decimal, clause: str) -> Band:
        """The band ``forecast x (1 +/- tolerance %)``, rounded inwards to whole units."""
        with exact():
            low = Decimal(math.ceil(forecast * (100 - tolerance) / 100))
            high = Decimal(math.floor(forecast * (100 + tolerance) / 100))
        return cls(forecast, tolerance, low, high, clause)


@dataclass(frozen=True)
class Charge:
    """One priced part of an item: ``quantity x unit_price = amount`` (rounded), with where the price comes
    from.

    ``role`` is ``unit``, ``tier``, ``out_of_tolerance``, ``below_tolerance``, ``minimum_commitment``,
    ``fixed`` or ``one_off``; ``clause`` is the contract field path of the price; ``span`` the units covered.
    """

    item_id: str
    role: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    rate: str
    clause: str
    span: tuple[Decimal, Decimal] | None = None


def is_volume_priced(item: PriceItem) -> bool:
    """Whether the item is priced per unit of volume (not a monthly or one-off fee)."""
    return item.unit not in (PriceUnit.fixed_monthly, PriceUnit.one_off)


def price_item(
    item: PriceItem,
    position: int,
    quantity: Decimal,
    factor: Decimal = Decimal(1),
    band: Band | None = None,
    *,
    apply_minimum: bool = True,
) -> list[Charge]:
    """The charges of ``quantity`` units of an item, with prices revised by ``factor``.

    >>> from voute.contract.costs import PriceItem
    >>> item = PriceItem(id="x", label="X", unit="per_call", price="2.00")
    >>> [str(c.amount) for c in price_item(item, 0, Decimal(3))]
    ['6.00']
    """
    path = f"costs.items[{position}]"
    if not is_volume_priced(item):
        if quantity == 0:
            return []
        role = "fixed" if item.unit is PriceUnit.fixed_monthly else "one_off"
        price = revise(item.price, factor) if role == "fixed" else item.price
        return [_charge(item, role, quantity, price, _rate(item.price, price, factor), f"{path}.price")]
    minimum = item.minimum_commitment if apply_minimum and item.minimum_commitment is not None else ZERO
    billed = max(quantity, minimum)
    if billed <= 0:
        return []
    if item.out_of_tolerance_price is None:
        band = None
    return _merge(
        item,
        [
            _price_unit_range(item, path, x, y, quantity, billed, band, factor)
            for x, y in _ranges(item, quantity, billed, band)
        ],
    )


def _ranges(
    item: PriceItem, quantity: Decimal, billed: Decimal, band: Band | None
) -> list[tuple[Decimal, Decimal]]:
    """Cut ``[0, billed)`` at every point where the price may change."""
    cuts = {ZERO, billed, quantity}
    if item.tier_mode is TierMode.marginal:
        for tier in item.tiers:
            cuts.update(Decimal(v) for v in (tier.from_volume, tier.to_volume) if v is not None)
    if band is not None:
        cuts.add(band.high)
    points = sorted(c for c in cuts if ZERO <= c <= billed)
    return [(a, b) for a, b in itertools.pairwise(points) if a < b]


_Part = tuple[Decimal, Decimal, str, Decimal, str, str]  # start, end, role, price, rate text, clause


def _price_unit_range(
    item: PriceItem,
    path: str,
    start: Decimal,
    end: Decimal,
    quantity: Decimal,
    billed: Decimal,
    band: Band | None,
    factor: Decimal,
) -> _Part:
    oot = item.out_of_tolerance_price
    if band is not None and oot is not None:
        if start >= band.high:
            price = revise(oot, factor)
            text = f"out-of-tolerance price beyond {band.high} units ({band.clause})"
            return (
                start,
                end,
                "out_of_tolerance",
                price,
                f"{text}; {_rate(oot, price, factor)}",
                f"{path}.out_of_tolerance_price",
            )
        if quantity < band.low and start < quantity:
            price = revise(oot, factor)
            text = f"out-of-tolerance price: volume below {band.low} units ({band.clause})"
            return (
                start,
                end,
                "below_tolerance",
                price,
                f"{text}; {_rate(oot, price, factor)}",
                f"{path}.out_of_tolerance_price",
            )
    in_band = min(billed, band.high) if band is not None else billed
    probe = start if item.tier_mode is TierMode.marginal else in_band
    base, tier_text, clause = _tier_price(item, path, probe, in_band)
    price = revise(base, factor)
    role = "minimum_commitment" if start >= quantity else ("tier" if item.tiers else "unit")
    return start, end, role, price, f"{tier_text}; {_rate(base, price, factor)}", clause


def _tier_price(item: PriceItem, path: str, unit_index: Decimal, volume: Decimal) -> tuple[Decimal, str, str]:
    """The base price of the unit numbered ``unit_index`` (0-based): its tier, else the item's price."""
    for number, tier in enumerate(item.tiers):
        upper = Decimal("Infinity") if tier.to_volume is None else Decimal(tier.to_volume)
        if tier.from_volume <= unit_index < upper:
            bounds = f"[{tier.from_volume}, {'∞' if tier.to_volume is None else tier.to_volume})"
            how = "marginal" if item.tier_mode is TierMode.marginal else f"whole volume {volume}"
            return tier.price, f"tier {number + 1} {bounds} ({how})", f"{path}.tiers[{number}].price"
    return item.price, "unit price", f"{path}.price"


def _rate(base: Decimal, price: Decimal, factor: Decimal) -> str:
    if factor == 1:
        return f"{base}"
    return f"{base} × {factor.quantize(Decimal('0.000001')).normalize()} = {price}"


def _merge(item: PriceItem, parts: list[_Part]) -> list[Charge]:
    """Adjacent ranges at the same price for the same reason make one line."""
    merged: list[_Part] = []
    for part in parts:
        if merged and (merged[-1][2], merged[-1][3], merged[-1][5]) == (part[2], part[3], part[5]):
            merged[-1] = (merged[-1][0], part[1], *merged[-1][2:])
        else:
            merged.append(part)
    return [
        _charge(item, role, end - start, price, text, clause, (start, end))
        for start, end, role, price, text, clause in merged
    ]


def _charge(
    item: PriceItem,
    role: str,
    quantity: Decimal,
    price: Decimal,
    rate: str,
    clause: str,
    span: tuple[Decimal, Decimal] | None = None,
) -> Charge:
    with exact():
        amount = round_cents(quantity * price)
    return Charge(item.id, role, quantity, price, amount, rate, clause, span)
