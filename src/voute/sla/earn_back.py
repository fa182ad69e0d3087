"""Earn-back: a credit given back to the provider when the following months meet the target.

Rules (the contract says how many months, ``earn_back.periods``, and the condition):

* A credit charged in month M is judged on the N following **measured** months: months where the level is
  excluded or not measured are skipped (they neither earn nor lose), and so are months absent from the history.
* ``target_met_each_period``: returned as soon as N following months are met; forfeited at the first miss.
* ``average_meets_target``: decided when N following months are measured: returned when the average of their
  values meets the target, forfeited otherwise.
* The amount returned is the credit as finally charged (after caps and the pool), so nothing is rounded again.
  It is given back in the month that decides it (a deduction from that month's net credits).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal

from voute.contract.service_levels import EarnBack, ServiceLevel
from voute.money import exact
from voute.sla.attainment import is_worse
from voute.sla.month import Month
from voute.sla.results import Attainment, CreditLine, EarnBackLine, Status

__all__ = ["earn_backs"]

Attainments = Mapping[Month, Mapping[str, Attainment]]


def earn_backs(levels: Sequence[ServiceLevel], attainments: Attainments,
               credits: Mapping[Month, Mapping[str, CreditLine]], month: Month) -> Iterator[EarnBackLine]:
    """Earn-back lines to show for ``month``: decided in it (returned or forfeited), or still pending."""
    for level in levels:
        rule = level.penalty.earn_back if level.penalty else None
        if rule is None:
            continue
        for origin in sorted(credits):
            line = credits[origin].get(level.id)
            if origin > month or line is None or line.amount <= 0:
                continue
            found = _judge(level.id, rule, line, attainments, month)
            if found.status == "pending" or found.decided_in == month:
                yield found


def _judge(level_id: str, rule: EarnBack, line: CreditLine, attainments: Attainments, month: Month) -> EarnBackLine:
    judged: list[Month] = []
    values: list[Decimal] = []
    text = f"{rule.periods} × {rule.condition}"
    for later in sorted(m for m in attainments if line.month < m <= month):
        attainment = attainments[later].get(level_id)
        if attainment is None or attainment.status not in (Status.met, Status.missed):
            continue
        judged.append(later)
        values.append(attainment.value or Decimal(0))
        if rule.condition == "target_met_each_period" and attainment.status is Status.missed:
            return EarnBackLine(level_id, line.month, line.amount, "forfeited", later, tuple(judged), text)
        if len(judged) == rule.periods:
            status = "returned" if _succeeds(rule, values, attainment) else "forfeited"
            if status == "returned" and rule.condition == "average_meets_target":
                text += f" (average {_mean(values).normalize():f})"
            return EarnBackLine(level_id, line.month, line.amount, status, later, tuple(judged), text)
    return EarnBackLine(level_id, line.month, line.amount, "pending", None, tuple(judged), text)


def _succeeds(rule: EarnBack, values: list[Decimal], last: Attainment) -> bool:
    if rule.condition == "target_met_each_period":
        return True  # every month judged was met, or we would have returned "forfeited"
    return not is_worse(_mean(values), last.target, last.comparator)


def _mean(values: list[Decimal]) -> Decimal:
    with exact():
        return sum(values, Decimal(0)) / len(values)
