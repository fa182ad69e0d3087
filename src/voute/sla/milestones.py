"""Milestone delay penalties: per day or week, a percentage of a value, or the CCAG formula P = V x R / 1000.

Rules:

* Lateness counts calendar days after the due date: delivered on the due date is on time; not yet delivered
  counts up to the ``as_of`` date (the last day of the month evaluated) and the penalty is shown as accruing.
  As in the CCAG, weekends and public holidays are not deducted.
* ``unit: week`` counts every week started (8 days late are 2 weeks), the usual French drafting.
* ``per_day_amount``: ``rate x units``. ``per_day_percent``: ``rate% x V x units``.
  ``ccag``: ``V x R / D`` where R is the days (or weeks) late and D is ``rate`` when given, else 1000 (CCAG-FCS
  and TIC 2021; write ``rate: 3000`` for CCAG-PI and MI).
* Cap: as written (a percentage of V or an amount). The CCAG formula is capped at 10% of V when the contract
  writes no cap (CCAG 2021, art. 14.1.2 of FCS/TIC/PI).
* The amount is rounded half-up to the cent once, after its cap.
* Exemption: the CCAG waives penalties whose **total over the whole contract** does not exceed EUR 1,000 excl.
  VAT. A milestone with an ``exemption_threshold`` (1000 by default for ``ccag``) is waived while the total of
  every milestone delay penalty of the contract, as of the date, stays at or below it; it becomes due again if
  later delays lift the total above the threshold.
* A penalty is due in the month its milestone is delivered (``due_in``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from voute.contract.service_levels import DelayFormula, DelayPenalty, Milestone
from voute.errors import InputError, Location
from voute.money import exact, percent_of, round_cents
from voute.sla.credits import fmt
from voute.sla.month import Month
from voute.sla.results import MilestonePenalty, Note, Step

__all__ = ["CCAG_CAP_PERCENT", "CCAG_DIVISOR", "CCAG_EXEMPTION", "delay_penalties", "delay_penalty"]

CCAG_DIVISOR = Decimal(1000)
CCAG_CAP_PERCENT = Decimal(10)
CCAG_EXEMPTION = Decimal(1000)


def delay_penalties(
    milestones: Sequence[Milestone], deliveries: Mapping[str, date], as_of: date, where: str = "contract"
) -> list[MilestonePenalty]:
    """Every milestone with a delay penalty, as of ``as_of``, with the whole-contract exemption applied."""
    found = [delay_penalty(m, deliveries.get(m.id), as_of, where) for m in milestones if m.delay_penalty]
    total = sum((p.amount for p in found), Decimal(0))
    return [_exempt(p, m, total) for p, m in zip(found, [m for m in milestones if m.delay_penalty], strict=True)]


def delay_penalty(
    milestone: Milestone, delivered: date | None, as_of: date, where: str = "contract"
) -> MilestonePenalty:
    """The delay penalty of one milestone as of a date, before the whole-contract exemption.

    >>> # CCAG-FCS: V = 50 000.00, 12 days late: 50 000.00 x 12 / 1000 = 600.00
    """
    clause = milestone.delay_penalty
    assert clause is not None
    end = delivered if delivered is not None and delivered <= as_of else as_of
    days = max((end - milestone.due).days, 0)
    status = _status(milestone.due, delivered, as_of, days)
    units = -(-days // 7) if clause.unit == "week" else days
    due_in = Month.parse(delivered) if status == "late_delivered" and delivered else None
    if units == 0:
        return MilestonePenalty(milestone.id, milestone.due, delivered, as_of, days, 0, status, Decimal("0.00"),
                                due_in, ())
    raw, step = _formula(milestone.id, clause, units, where)
    capped, cap_step = _cap(clause, raw, milestone.id, where)
    steps: tuple[Step, ...] = (step,) if cap_step is None else (step, cap_step)
    amount = round_cents(capped)
    steps += (Step("rounding", f"{fmt(capped)} → {amount}", amount, amount != capped),)
    return MilestonePenalty(milestone.id, milestone.due, delivered, as_of, days, units, status, amount, due_in, steps)


def _status(due: date, delivered: date | None, as_of: date, days: int) -> str:
    if delivered is not None and delivered <= as_of:
        return "late_delivered" if days > 0 else "on_time"
    return "late_open" if days > 0 else "not_due"


def _formula(milestone_id: str, clause: DelayPenalty, units: int, where: str) -> tuple[Decimal, Step]:
    unit = "d" if clause.unit == "day" else "wk"
    with exact():
        if clause.formula is DelayFormula.per_day_amount:
            rate = _need(clause.rate, milestone_id, "rate", where)
            value = rate * units
            return value, Step("delay", f"{fmt(rate)} × {units} {unit} = {fmt(value)}", value)
        if clause.formula is DelayFormula.per_day_percent:
            rate = _need(clause.rate, milestone_id, "rate", where)
            basis = _need(clause.basis_value, milestone_id, "basis_value", where)
            value = percent_of(rate, basis) * units
            return value, Step("delay", f"{rate}% × {fmt(basis)} × {units} {unit} = {fmt(value)}", value)
        basis = _need(clause.basis_value, milestone_id, "basis_value", where)
        divisor = clause.rate if clause.rate is not None else CCAG_DIVISOR
        value = basis * units / divisor
        formula = f"P = V × R / {divisor.normalize():f} = {fmt(basis)} × {units} / {divisor.normalize():f}"
        return value, Step("ccag", f"{formula} = {fmt(value)}", value)


def _cap(clause: DelayPenalty, raw: Decimal, milestone_id: str, where: str) -> tuple[Decimal, Step | None]:
    cap = clause.cap
    if cap is None and clause.formula is not DelayFormula.ccag:
        return raw, None
    if cap is None or cap.percent is not None:
        percent = CCAG_CAP_PERCENT if cap is None else cap.percent
        assert percent is not None
        basis = _need(clause.basis_value, milestone_id, "basis_value", where)
        limit = percent_of(percent, basis)
        formula = f"{percent}% × {fmt(basis)} = {fmt(limit)}" + (" (CCAG 2021 default)" if cap is None else "")
    else:
        assert cap.amount is not None
        limit, formula = cap.amount, fmt(cap.amount)
    return min(raw, limit), Step("cap_milestone", formula, limit, raw > limit)


def _exempt(penalty: MilestonePenalty, milestone: Milestone, total: Decimal) -> MilestonePenalty:
    clause = milestone.delay_penalty
    assert clause is not None
    threshold = clause.exemption_threshold
    if threshold is None and clause.formula is DelayFormula.ccag:
        threshold = CCAG_EXEMPTION
    if threshold is None or penalty.amount == 0:
        return penalty
    waived = total <= threshold
    step = Step("exemption", f"{fmt(total)} (all delay penalties) {'≤' if waived else '>'} {fmt(threshold)}",
                threshold, waived)
    if not waived:
        return _replace(penalty, steps=(*penalty.steps, step))
    note = Note("exempt", f"total {fmt(total)} ≤ {fmt(threshold)}")
    return _replace(penalty, steps=(*penalty.steps, step), amount=Decimal("0.00"), notes=(*penalty.notes, note))


def _replace(penalty: MilestonePenalty, **changes: object) -> MilestonePenalty:
    from dataclasses import replace

    return replace(penalty, **changes)  # type: ignore[arg-type]


def _need(value: Decimal | None, milestone_id: str, name: str, where: str) -> Decimal:
    if value is None:
        raise InputError.single(f"milestone {milestone_id!r}: the delay penalty needs {name!r}",
                                Location(where, path=f"service_levels.milestones[{milestone_id}].delay_penalty"))
    return value
