"""What a missed level costs: tiers, per-point and fixed amounts, then the level's own caps.

Pure functions in the Accord Project shape (clause + inputs -> amount with its steps). Rules:

* A credit is computed only when the level is **missed** (a tier whose threshold is better than the target can
  therefore never apply on its own).
* **Tiers**: a tier is reached when the value is strictly worse than its threshold (the threshold itself is not
  reached, as in the Accord Project template: ``SL < availability``). Only the **worst tier reached** applies;
  tiers do not add up. Its credit is a percentage of the basis or an amount.
* **Per point**: ``shortfall x rate``, where the shortfall is the exact distance to the target in the KPI unit
  (percentage points, seconds, score points; not rounded up to whole points) and the rate a percentage of the
  basis or an amount per point.
* **Fixed amount**: due once per missed month.
* When a clause combines several of these, their amounts add up.
* **Basis**: the month's fee of the level's service, or the month's total invoice (both excluding VAT), or none
  (``fixed``: every credit and cap must then be an amount).
* **Caps**, in this order, each compared exactly: per period (a percentage of the month's basis, or an amount);
  per year over a rolling 12 months as in the Accord Project template (a percentage of the basis summed over the
  12 months ending with this one, or an amount, minus what the level already cost in the 11 months before); over
  the whole contract (a percentage of the basis summed over every month given, or an amount, minus everything
  the level already cost). The year and overall caps count credits as charged, before any earn-back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from voute.contract.integrity import parse_target
from voute.contract.service_levels import PenaltyModel, ServiceLevel
from voute.contract.values import Cap
from voute.money import exact, percent_of
from voute.sla.attainment import comparator_of, is_worse, unit_of
from voute.sla.results import Attainment, Status, Step

__all__ = ["CapContext", "apply_caps", "credit_before_caps", "fmt", "fmt_value"]

Basis = Callable[[], tuple[Decimal, str]]
"""Gives ``(amount, label)`` of a basis, and raises a located InputError when the fees needed are missing."""


@dataclass(frozen=True)
class CapContext:
    """What the caps of a level need for one month: the bases and what the level already cost."""

    month_basis: Basis
    year_basis: Basis
    overall_basis: Basis
    year_charged: Decimal = Decimal(0)
    overall_charged: Decimal = Decimal(0)


def fmt(amount: Decimal) -> str:
    """An exact amount for a formula: two decimals at least, every significant digit kept."""
    text = f"{amount.normalize():f}"
    whole, _, decimals = text.partition(".")
    return f"{whole}.{decimals.ljust(2, '0')}"


def fmt_value(value: Decimal, unit: str) -> str:
    """A KPI value with its unit sign: ``78.4%``, ``45 s``, ``4.1``.

    A value measured from records is an exact ratio with many decimals: it is shown to 4 decimals after a
    ``≈`` (the comparisons themselves are always exact).
    """
    shown = value.quantize(Decimal("0.0001"))
    prefix = "" if shown == value else "≈"
    text = prefix + f"{shown.normalize():f}"
    return {"percent": f"{text}%", "seconds": f"{text} s"}.get(unit, text)


def credit_before_caps(level: ServiceLevel, attainment: Attainment, basis: Basis) -> tuple[Decimal, list[Step]]:
    """The amount a missed level costs before caps, with one step per formula used.

    >>> # value 97%, tiers 99.8% -> 2%, 98% -> 3%, fee 10.00: the worst tier reached is 98%, 3% x 10 = 0.30
    """
    model = level.penalty
    if model is None or attainment.status is not Status.missed or attainment.value is None:
        return Decimal(0), []
    steps: list[Step] = []
    tier = _worst_tier(level, model, attainment.value)
    if tier is not None:
        steps.append(_tier_step(tier, attainment, basis))
    if model.per_point is not None and attainment.shortfall is not None:
        steps.append(_per_point_step(model.per_point, attainment, basis))
    if model.fixed_amount is not None:
        steps.append(Step("fixed", f"{fmt(model.fixed_amount)}", model.fixed_amount))
    total = sum((s.amount for s in steps), Decimal(0))
    return total, steps


def _worst_tier(level: ServiceLevel, model: PenaltyModel, value: Decimal) -> tuple[Decimal, Cap] | None:
    unit, comparator = unit_of(level), comparator_of(level)
    reached = [
        (parse_target(unit, t.threshold), t.credit)
        for t in model.tiers
        if is_worse(value, parse_target(unit, t.threshold), comparator)
    ]
    if not reached:
        return None
    # The worst tier is the one furthest from the target: lowest floor, or highest ceiling.
    pick = min if comparator == ">=" else max
    return pick(reached, key=lambda pair: pair[0])


def _tier_step(tier: tuple[Decimal, Cap], attainment: Attainment, basis: Basis) -> Step:
    threshold, credit = tier
    sign = "<" if attainment.comparator == ">=" else ">"
    reached = f"{fmt_value(attainment.value or Decimal(0), attainment.unit)} {sign} " \
              f"{fmt_value(threshold, attainment.unit)}"
    if credit.percent is not None:
        amount, label = basis()
        value = percent_of(credit.percent, amount)
        return Step("tier", f"{reached}: {credit.percent}% × {fmt(amount)} ({label}) = {fmt(value)}", value)
    assert credit.amount is not None
    return Step("tier", f"{reached}: {fmt(credit.amount)}", credit.amount)


def _per_point_step(rate: Cap, attainment: Attainment, basis: Basis) -> Step:
    shortfall = attainment.shortfall or Decimal(0)
    points = fmt_value(shortfall, attainment.unit)
    with exact():
        if rate.percent is not None:
            amount, label = basis()
            value = shortfall * percent_of(rate.percent, amount)
            return Step("per_point", f"{points} × {rate.percent}% × {fmt(amount)} ({label}) = {fmt(value)}", value)
        assert rate.amount is not None
        value = shortfall * rate.amount
        return Step("per_point", f"{points} × {fmt(rate.amount)} = {fmt(value)}", value)


def apply_caps(amount: Decimal, model: PenaltyModel, context: CapContext) -> tuple[Decimal, list[Step]]:
    """Bound ``amount`` by the per-period, per-year and overall caps; one step per cap (applied or not).

    >>> from voute.contract.service_levels import PenaltyModel
    >>> model = PenaltyModel(fixed_amount="5", cap_per_period="2 EUR")
    >>> context = CapContext(*(lambda: (Decimal(10), "fee"),) * 3)
    >>> apply_caps(Decimal(5), model, context)[0]
    Decimal('2')
    """
    steps: list[Step] = []
    caps = (
        ("cap_period", model.cap_per_period, context.month_basis, Decimal(0), ""),
        ("cap_year", model.cap_per_year, context.year_basis, context.year_charged, "already charged in 11 months"),
        ("cap_overall", model.cap_overall, context.overall_basis, context.overall_charged, "already charged"),
    )
    for code, cap, basis, charged, charged_label in caps:
        if cap is None:
            continue
        limit, formula = _limit(cap, basis, charged, charged_label)
        applied = amount > limit
        amount = min(amount, limit)
        steps.append(Step(code, formula, limit, applied))
    return amount, steps


def _limit(cap: Cap, basis: Basis, charged: Decimal, charged_label: str) -> tuple[Decimal, str]:
    with exact():
        if cap.percent is not None:
            total, label = basis()
            ceiling = percent_of(cap.percent, total)
            formula = f"{cap.percent}% × {fmt(total)} ({label})"
        else:
            assert cap.amount is not None
            ceiling, formula = cap.amount, fmt(cap.amount)
        if charged_label:
            formula += f" − {fmt(charged)} ({charged_label})"
        limit = max(ceiling - charged, Decimal(0))
    return limit, f"{formula} = {fmt(limit)}"
