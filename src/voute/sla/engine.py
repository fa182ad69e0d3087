"""``evaluate``: replay the months given, in calendar order, and report the month asked for.

The engine manages the state itself (what each level already cost, which months were missed) by replaying every
month of the history it is given, oldest first: the result depends only on the set of months, never on the order
they were given in, and past amounts are recomputed with the same rules unless a month says what was actually
credited (``credited:``), which then wins.

For each month:

1. each level is judged (``attainment.assess``) on its window: the month, or each day or week of it, or the
   quarter or year at its last month (``windows.assess_window``);
2. a missed level with a penalty clause gets its amount before caps (``credits.credit_before_caps``), bounded by
   its own caps (``credits.apply_caps``) and **rounded half-up to the cent, once** (``money.round_cents``);
3. the **at-risk pool**: when the contract sets ``at_risk_amount`` (a percentage of the month's total invoice)
   and the month's rounded amounts add up to more, every amount is reduced pro-rata so that they add up to the
   pool exactly, cents shared by ``money.share_cents`` (each amount stays at most what it was);
4. an amount declared under ``credited:`` replaces the computed one (it is a fact: it takes no part in the
   pool sharing).

Then, for the month evaluated: earn-back (``earn_back``), chronic breaches (``chronic``) and milestone delay
penalties as of the month's last day (``milestones``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from voute.contract.model import Contract
from voute.contract.service_levels import PenaltyBasis, PenaltyKind, ServiceLevel
from voute.contract.services import Service
from voute.errors import InputError, Location, Problem
from voute.money import percent_of, round_cents, share_cents
from voute.sla.attainment import assess
from voute.sla.chronic import chronic_breaches
from voute.sla.clauses import check_clauses
from voute.sla.credits import CapContext, apply_caps, credit_before_caps, fmt
from voute.sla.earn_back import earn_backs
from voute.sla.inputs import PeriodInputs
from voute.sla.milestones import delay_penalties
from voute.sla.month import Month
from voute.sla.results import Attainment, CreditLine, Evaluation, Note, PoolShare, Step
from voute.sla.windows import LONG_WINDOWS, assess_window, first_month, window_bounds

__all__ = ["History", "evaluate"]


@dataclass
class History:
    """What the replay has established so far, month by month."""

    inputs: dict[Month, PeriodInputs]
    attainments: dict[Month, dict[str, Attainment]] = field(default_factory=dict)
    credits: dict[Month, dict[str, CreditLine]] = field(default_factory=dict)
    pools: dict[Month, PoolShare | None] = field(default_factory=dict)

    def charged(self, level_id: str, first: Month, last: Month) -> Decimal:
        """What a level cost in the months ``first..last`` (inclusive), as charged (before earn-back)."""
        return sum(
            (lines[level_id].amount for month, lines in self.credits.items()
             if first <= month <= last and level_id in lines),
            Decimal(0),
        )


def evaluate(contract: Contract, periods: Sequence[PeriodInputs], month: Month,
             as_of: date | None = None) -> Evaluation:
    """Evaluate ``month`` of ``contract`` from the months given (the month itself and any earlier history).

    Raises :class:`InputError` when the month is missing, a month is given twice, or a fee needed by a
    percentage credit is missing.
    """
    check_clauses(contract)
    history = History(_by_month(periods, month))
    for current in sorted(history.inputs):
        _replay_month(contract, history, current)
    levels = contract.service_levels.levels if contract.service_levels else []
    milestones = contract.service_levels.milestones if contract.service_levels else []
    deliveries = _deliveries(history.inputs.values())
    return Evaluation(
        contract_reference=contract.reference,
        month=month,
        currency=contract.costs.currency if contract.costs else "EUR",
        attainments=tuple(history.attainments[month][lv.id] for lv in levels),
        credits=tuple(history.credits[month].values()),
        pool=history.pools[month],
        earn_backs=tuple(earn_backs(levels, history.attainments, history.credits, month)),
        chronic_breaches=tuple(chronic_breaches(levels, history.attainments, month, contract.term)),
        milestones=tuple(delay_penalties(milestones, deliveries, as_of or month.last_day,
                                         contract.source_file or "contract")),
        history=tuple(m for m in sorted(history.inputs) if m != month),
        notes=tuple(_later_months(periods, month)),
    )


def _by_month(periods: Sequence[PeriodInputs], month: Month) -> dict[Month, PeriodInputs]:
    seen: dict[Month, PeriodInputs] = {}
    problems: list[Problem] = []
    for inputs in periods:
        if inputs.month in seen:
            first = seen[inputs.month].location
            problems.append(Problem(inputs.location, f"the month {inputs.month} is given twice (first at {first})"))
        elif inputs.month <= month:
            seen[inputs.month] = inputs
    if problems:
        raise InputError(problems)
    if month not in seen:
        given = ", ".join(str(m) for m in sorted(seen)) or "none"
        raise InputError.single(f"no measurements for {month} (months given up to it: {given})",
                                Location(path="period"))
    return seen


def _later_months(periods: Sequence[PeriodInputs], month: Month) -> list[Note]:
    later = sorted({str(p.month) for p in periods if p.month > month})
    return [Note("later_months_ignored", ", ".join(later))] if later else []


def _replay_month(contract: Contract, history: History, month: Month) -> None:
    inputs = history.inputs[month]
    services = {s.id: s for s in contract.services.items} if contract.services else {}
    levels = contract.service_levels.levels if contract.service_levels else []
    attainments = {lv.id: _judge(lv, history, month, services, first_month(lv, contract.term)) for lv in levels}
    history.attainments[month] = attainments
    lines: dict[str, CreditLine] = {}
    for level in levels:
        if level.penalty is not None:
            line = _credit_line(level, attainments[level.id], history, month, first_month(level, contract.term))
            if line is not None:
                lines[level.id] = line
    # Amounts declared as credited are facts: they stay out of the pool sharing.
    shared = {k: line for k, line in lines.items() if k not in inputs.credited}
    pool = _pool(contract, inputs, shared)
    if pool is not None and pool.applied:
        shares = share_cents(pool.pool, {k: line.rounded for k, line in shared.items()})
        lines.update({k: _pooled(line, shares[k], pool) for k, line in shared.items()})
    history.credits[month] = lines
    history.pools[month] = pool


def _judge(level: ServiceLevel, history: History, month: Month, services: Mapping[str, Service],
           first: int) -> Attainment:
    """A monthly level is judged on the month; others on their day, week, quarter or year (``windows``).

    Quarters and years begin in month ``first`` (see ``windows.first_month``).
    """
    if level.window.value == "month":
        return assess(level, history.inputs[month], services)
    return assess_window(level, month, history.inputs, services, first)


def _credit_line(level: ServiceLevel, attainment: Attainment, history: History, month: Month,
                 first: int) -> CreditLine | None:
    model = level.penalty
    assert model is not None
    inputs = history.inputs[month]
    if level.id in inputs.credited:
        amount = inputs.credited[level.id]
        step = Step("credited", f"{fmt(amount)} ({inputs.location})", amount)
        return CreditLine(level.id, month, model.kind.value, amount, amount, amount, (step,))
    window_basis = _window_basis(level, history, month, first)
    raw, steps = _before_caps(level, attainment, window_basis)
    if not steps:
        return None
    context = CapContext(
        month_basis=window_basis,
        year_basis=lambda: _basis_over(level, history, month.shift(-11), month),
        overall_basis=lambda: _basis_over(level, history, min(history.inputs), month),
        year_charged=history.charged(level.id, month.shift(-11), month.shift(-1)),
        overall_charged=history.charged(level.id, min(history.inputs), month.shift(-1)),
    )
    capped, cap_steps = apply_caps(raw, model, context)
    rounded = round_cents(capped)
    steps += cap_steps
    steps.append(Step("rounding", f"{fmt(capped)} → {rounded}", rounded, rounded != capped))
    notes: tuple[Note, ...] = ()
    if model.kind is PenaltyKind.penalty and model.formal_notice_required is not False:
        notes = (Note("formal_notice"),)
    return CreditLine(level.id, month, model.kind.value, capped, rounded, rounded, tuple(steps), notes)


def _window_basis(level: ServiceLevel, history: History, month: Month,
                  first: int) -> Callable[[], tuple[Decimal, str]]:
    """The basis of a credit and of ``cap_per_period``: the month's, or the quarter's or year's fees summed."""
    if level.window.value in LONG_WINDOWS:
        opening = Month.parse(window_bounds(level.window.value, month, first)[0])
        return lambda: _basis_over(level, history, opening, month)
    return lambda: _basis(level, history.inputs[month])


def _before_caps(level: ServiceLevel, attainment: Attainment,
                 basis: Callable[[], tuple[Decimal, str]]) -> tuple[Decimal, list[Step]]:
    """The amount before caps: of the month (or window), or the sum over each missed day or week of it."""
    if not attainment.parts:
        return credit_before_caps(level, attainment, basis)
    total, steps = Decimal(0), []
    for part in attainment.parts:
        amount, part_steps = credit_before_caps(level, part, basis)
        total += amount
        label = str(part.window_start) if part.window == "day" else f"{part.window_start}..{part.window_end}"
        steps += [Step(s.code, f"{label}: {s.formula}", s.amount, s.applied) for s in part_steps]
    return total, steps


def _basis(level: ServiceLevel, inputs: PeriodInputs, required: bool = True) -> tuple[Decimal, str]:
    model = level.penalty
    assert model is not None
    if model.basis is PenaltyBasis.service_fee:
        amount = inputs.fees.get(level.service)
        label = f"fee {level.service} {inputs.month}"
        missing = f"no fee for service {level.service!r} in {inputs.month}"
    else:
        amount = inputs.total_fee()
        label = f"total invoice {inputs.month}"
        missing = f"no fee (nor invoice_total) in {inputs.month}"
    if amount is None:
        if not required:
            return Decimal(0), ""  # an empty label marks a month without fees
        message = f"{missing}: the penalty of {level.id!r} is a percentage of it; add it under fees:"
        raise InputError.single(message, inputs.location)
    return amount, label


def _basis_over(level: ServiceLevel, history: History, first: Month, last: Month) -> tuple[Decimal, str]:
    """The basis summed over the months given between ``first`` and ``last``; the last month must have it."""
    months = [m for m in sorted(history.inputs) if first <= m <= last]
    amounts = [_basis(level, history.inputs[m], required=m == last) for m in months]
    total = sum((amount for amount, _ in amounts), Decimal(0))
    counted = [m for m, (amount, label) in zip(months, amounts, strict=True) if label]
    service_fee = level.penalty is not None and level.penalty.basis is PenaltyBasis.service_fee
    what = f"fee {level.service}" if service_fee else "invoice"
    plural = "s" if len(counted) > 1 else ""
    return total, f"{what} {counted[0]}..{last}, {len(counted)} month{plural} with fees"


def _pool(contract: Contract, inputs: PeriodInputs, lines: Mapping[str, CreditLine]) -> PoolShare | None:
    section = contract.service_levels
    if section is None or section.at_risk_amount is None:
        return None
    requested = sum((line.rounded for line in lines.values()), Decimal("0.00"))
    total = inputs.total_fee()
    if total is None:
        if requested == 0:
            return None
        raise InputError.single(f"no fees in {inputs.month}: the at-risk amount is a share of the month's invoice",
                                inputs.location)
    pool = round_cents(percent_of(section.at_risk_amount, total))
    formula = f"{section.at_risk_amount}% × {fmt(total)} = {pool}"
    return PoolShare(section.at_risk_amount, total, pool, requested, requested > pool, formula)


def _pooled(line: CreditLine, share: Decimal, pool: PoolShare) -> CreditLine:
    formula = f"{line.rounded} × {pool.pool} / {pool.requested} → {share}"
    step = Step("pool", formula, share, share != line.rounded)
    return CreditLine(line.level_id, line.month, line.kind, line.computed, line.rounded, share,
                      (*line.steps, step), line.notes)


def _deliveries(periods: Iterable[PeriodInputs]) -> dict[str, date]:
    found: dict[str, date] = {}
    problems: list[Problem] = []
    for inputs in periods:
        for milestone, day in inputs.deliveries.items():
            if milestone in found and found[milestone] != day:
                message = f"milestone {milestone!r} delivered on {day}, but {found[milestone]} elsewhere"
                problems.append(Problem(inputs.location, message))
            found.setdefault(milestone, day)
    if problems:
        raise InputError(problems)
    return found
