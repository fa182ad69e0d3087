"""``build_invoice``: the invoice the contract implies for a month, every line with its source.

The order of work: the price revision in force (``indexation.price_factor``), then each price item of
``costs.items`` in the contract's order, priced on its volume (``schedule.price_item``), then the deductions
(service credits and penalties, negative) and the earn-back (positive). VAT is computed per line; a service
credit is a price reduction and bears VAT at the contract's rate, whereas a penalty (a clause pénale, or a
milestone's delay penalty) is an indemnity outside the scope of VAT and is deducted at 0 %.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from voute.billing.credits import Deduction
from voute.billing.indexation import IndexTable, PriceFactor, price_factor
from voute.billing.lines import InvoiceDraft, InvoiceLine, line_vat
from voute.billing.schedule import UNIT_KEYS, Band, Charge, is_volume_priced, price_item
from voute.billing.volumes import PeriodVolumes, Quantity
from voute.contract.base import Period as ForecastPeriod
from voute.contract.costs import PriceItem, PriceUnit
from voute.contract.model import Contract
from voute.errors import InputError, Location, Problem
from voute.sla.month import Month

__all__ = ["build_invoice", "forecast_band", "locate"]

_SUFFIX = {
    "fr": {
        "tier": "tranche {lo} à {hi}",
        "out_of_tolerance": "au-delà de la tolérance de prévision ({lo} à {hi})",
        "below_tolerance": "volume sous la tolérance de prévision",
        "minimum_commitment": "complément d'engagement minimum ({lo} à {hi})",
        "service_credit": "Crédit de service",
        "penalty": "Pénalité",
        "earn_back": "Restitution de crédit",
    },
    "en": {
        "tier": "tier {lo} to {hi}",
        "out_of_tolerance": "beyond the forecast tolerance ({lo} to {hi})",
        "below_tolerance": "volume below the forecast tolerance",
        "minimum_commitment": "minimum commitment top-up ({lo} to {hi})",
        "service_credit": "Service credit",
        "penalty": "Penalty",
        "earn_back": "Credit given back",
    },
}


def build_invoice(
    contract: Contract,
    month: Month,
    volumes: PeriodVolumes,
    deductions: Sequence[Deduction] = (),
    index: IndexTable | None = None,
) -> InvoiceDraft:
    """The draft invoice of ``month``: priced items, then deductions; every line states its source.

    Raises :class:`InputError` when the contract has no prices, the month is outside the term, an item has no
    volume, or a price revision is due and the index values are missing.
    """
    costs = contract.costs
    if costs is None or not costs.items:
        raise InputError.single(
            "the contract has no price items (costs.items): nothing to invoice",
            Location(contract.source_file, path="costs.items"),
        )
    _check_term(contract, month)
    term_start = contract.term.start if contract.term else None
    factor = price_factor(costs.indexation, term_start, index, month)
    lines: list[InvoiceLine] = []
    problems: list[Problem] = []
    for position, item in enumerate(costs.items):
        quantity = _quantity(item, volumes, problems, contract)
        if quantity is not None:
            charges = price_item(
                item, position, quantity.value, factor.factor, forecast_band(contract, item, month)
            )
            lines.extend(_charge_line(contract, item, charge, quantity, factor) for charge in charges)
    if problems:
        raise InputError(problems)
    ordered = sorted(deductions, key=lambda d: ({"service_credit": 0, "penalty": 1}.get(d.kind, 2), d.ref))
    lines.extend(_deduction_line(contract, d) for d in ordered)
    parties = (contract.parties.client.name, contract.parties.provider.name)
    notes = (f"prices: {factor.describe()}",)
    return InvoiceDraft(contract.reference, month, costs.currency, tuple(lines), factor, parties, notes)


def locate(contract: Contract, path: str) -> str:
    """``costs.items[0].price`` with its position in the contract file, e.g. ``contrat.yaml:241:14
    costs...``."""
    parts: list[str | int] = [
        int(p) if p.isdigit() else p for p in re.findall(r"[A-Za-z_][A-Za-z0-9_]*|\d+", path)
    ]
    position = contract.position_of(tuple(parts))
    if contract.source_file is None or position is None:
        return path
    return f"{contract.source_file}:{position[0]}:{position[1]} {path}"


def _check_term(contract: Contract, month: Month) -> None:
    if contract.term is None:
        return
    first = Month.parse(contract.term.start)
    if month < first:
        raise InputError.single(
            f"{month} is before the contract starts ({contract.term.start}): nothing to invoice",
            Location(path="period"),
        )


def _quantity(
    item: PriceItem, volumes: PeriodVolumes, problems: list[Problem], contract: Contract
) -> Quantity | None:
    found = volumes.quantity_for(item)
    if found is not None:
        return found
    if item.unit is PriceUnit.fixed_monthly:
        return Quantity(Decimal(1), "monthly fee")
    if item.unit is PriceUnit.one_off:
        return None  # billed only in the month whose volumes file lists it under items:
    where = (
        f"volumes: {{{item.service}: {{{UNIT_KEYS[item.unit][0]}: ...}}}}"
        if item.service
        else f"items: {{{item.id}: ...}}"
    )
    problems.append(
        Problem(
            Location(volumes.source or None, path=f"items.{item.id}"),
            f"no volume for the price item {item.id!r} ({item.unit.value}) in {volumes.month}: "
            f"add {where} to the volumes file (0 when there was none)",
        )
    )
    return None


def forecast_band(contract: Contract, item: PriceItem, month: Month) -> Band | None:
    """The monthly forecast of the item's service and unit, with its tolerance, when the contract has one."""
    if item.out_of_tolerance_price is None or item.service is None or contract.services is None:
        return None
    for s_index, service in enumerate(contract.services.items):
        if service.id != item.service:
            continue
        for f_index, forecast in enumerate(service.forecast):
            if (
                forecast.period is ForecastPeriod.month
                and forecast.unit in UNIT_KEYS.get(item.unit, ())
                and forecast.tolerance is not None
            ):
                clause = locate(contract, f"services.items[{s_index}].forecast[{f_index}]")
                return Band.around(forecast.volume, forecast.tolerance, clause)
    return None


def _charge_line(
    contract: Contract, item: PriceItem, charge: Charge, quantity: Quantity, factor: PriceFactor
) -> InvoiceLine:
    rate = contract.costs.vat_rate if contract.costs else Decimal(20)
    measurement = quantity.source
    if charge.role == "minimum_commitment":
        position = _position(contract, item)
        measurement = (
            f"minimum commitment {item.minimum_commitment} "
            f"({locate(contract, f'costs.items[{position}].minimum_commitment')}); measured "
            f"{quantity.value} ({quantity.source})"
        )
    elif charge.span is not None and charge.span != (Decimal(0), quantity.value):
        first = charge.span[0] + 1 if charge.span[0] == charge.span[0].to_integral_value() else charge.span[0]
        measurement = (
            f"units {_num(first)} to {_num(charge.span[1])} of {_num(quantity.value)} ({quantity.source})"
        )
    return InvoiceLine(
        kind="charge",
        ref=item.id,
        service=item.service,
        role=charge.role,
        label=_label(contract, item, charge),
        quantity=charge.quantity,
        unit=item.unit.value,
        unit_price=charge.unit_price,
        amount=charge.amount,
        vat_rate=rate,
        vat=line_vat(charge.amount, rate),
        measurement=measurement,
        rate=charge.rate,
        clause=locate(contract, charge.clause),
        formula=f"{_num(charge.quantity)} × {charge.unit_price} = {charge.amount}",
    )


def _deduction_line(contract: Contract, deduction: Deduction) -> InvoiceLine:
    words = _SUFFIX[_lang(contract)]
    sign = Decimal(1) if deduction.kind == "earn_back" else Decimal(-1)
    # A penalty compensates a loss: outside the scope of VAT. A credit or its return changes the price.
    rate = (
        Decimal(0)
        if deduction.kind == "penalty"
        else (contract.costs.vat_rate if contract.costs else Decimal(20))
    )
    amount = sign * deduction.amount
    label = f"{words.get(deduction.kind, deduction.kind)} — {deduction.label or deduction.ref}"
    return InvoiceLine(
        kind=deduction.kind,
        ref=deduction.ref,
        service=None,
        role=deduction.kind,
        label=label,
        quantity=Decimal(1),
        unit="",
        unit_price=amount,
        amount=amount,
        vat_rate=rate,
        vat=line_vat(amount, rate),
        measurement=deduction.source,
        rate=deduction.formula,
        clause=locate(contract, deduction.clause) if deduction.clause else "",
        formula=f"1 × {amount} = {amount}",
    )


def _label(contract: Contract, item: PriceItem, charge: Charge) -> str:
    if charge.role in ("unit", "fixed", "one_off") or charge.span is None:
        return item.label
    if charge.role == "tier" and not is_volume_priced(item):
        return item.label
    words = _SUFFIX[_lang(contract)]
    lo, hi = charge.span
    suffix = words[charge.role].format(lo=_num(lo + 1 if lo == lo.to_integral_value() else lo), hi=_num(hi))
    return f"{item.label} — {suffix}"


def _lang(contract: Contract) -> str:
    return "en" if contract.language.value == "en" else "fr"


def _position(contract: Contract, item: PriceItem) -> int:
    assert contract.costs is not None
    return next(i for i, it in enumerate(contract.costs.items) if it.id == item.id)


def _num(value: Decimal) -> str:
    """A quantity without trailing zeros (``7.50`` -> ``7.5``, ``21450`` stays ``21450``)."""
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return str(value.normalize())
