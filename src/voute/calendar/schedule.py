"""Every date that matters in a contract, from its effective date to its exit, with what to do and when."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from voute.calendar.contract_dates import (
    Context,
    early_terminations,
    exit_dates,
    milestones,
    monitoring,
    price_revisions,
    vigilance,
)
from voute.calendar.days import DurationNotOnCalendar
from voute.calendar.events import Deadline, Situation
from voute.calendar.public_holidays import check_region
from voute.calendar.term_dates import TermPlan, default_horizon, plan_term
from voute.calendar.term_events import term_deadlines, term_situation
from voute.calendar.texts import both
from voute.contract.model import Contract
from voute.contract.term import RenewalMode
from voute.contract.values import Duration, DurationUnit
from voute.errors import InputError

__all__ = ["DEFAULT_POSTAL_DELAY", "Schedule", "contract_region", "schedule"]

DEFAULT_POSTAL_DELAY = Duration(amount=3, unit=DurationUnit.working_days)
"""Allowance for a registered letter to arrive, taken off notice limits counted from receipt."""


@dataclass
class Schedule:
    """The dated obligations of one contract, in chronological order, and where it stands on ``today``."""

    reference: str
    title: str
    file: str | None
    timezone: str
    region: str
    today: date | None
    deadlines: list[Deadline]
    situation: list[Situation] = field(default_factory=list)
    plan: TermPlan | None = None

    def between(self, first: date | None, last: date | None) -> list[Deadline]:
        """Deadlines whose day lies in [first, last] (either bound may be open)."""
        return [d for d in self.deadlines
                if (first is None or d.day >= first) and (last is None or d.day <= last)]

    def to_dict(self, lang: str = "fr", first: date | None = None, last: date | None = None) -> dict[str, Any]:
        """A JSON-ready view of the schedule, optionally restricted to [first, last]."""
        return {
            "contract": self.reference,
            "title": self.title,
            "file": self.file,
            "timezone": self.timezone,
            "holiday_calendar": self.region,
            "today": self.today.isoformat() if self.today else None,
            "situation": [{"text": s.text.get(lang), "urgency": s.urgency.value, "source": s.source}
                          for s in self.situation],
            "deadlines": [d.to_dict(lang) for d in self.between(first, last)],
        }


def contract_region(contract: Contract) -> str:
    """The holiday calendar for counting days: Alsace-Moselle when every service uses it, else national."""
    items = contract.services.items if contract.services else []
    if items and all(s.holiday_calendar == "FR-Alsace-Moselle" for s in items):
        return "FR-Alsace-Moselle"
    return "FR"


def schedule(
    contract: Contract,
    *,
    today: date | None = None,
    until: date | None = None,
    postal_delay: Duration = DEFAULT_POSTAL_DELAY,
    region: str | None = None,
) -> Schedule:
    """Compute every date that matters in ``contract``.

    ``today`` (never read from the clock here) places the contract in time: the current period, a notice limit
    already passed, the earliest early-termination dates. ``until`` extends the horizon of open renewals
    (ten years after the initial term, or after today, by default). Raises :class:`ContractError` when a
    duration cannot be placed on a calendar (e.g. a notice in business hours).

    >>> sched = schedule(voute.load("examples/contrat-complet.yaml"), today=date(2029, 7, 1))  # doctest: +SKIP
    """
    day_rules = _region(region or contract_region(contract))
    term = contract.term
    if term is None:
        return _without_term(contract, day_rules, today)
    horizon = until or default_horizon(term, today, day_rules)
    try:
        plan = plan_term(term, horizon, day_rules, postal_delay)
    except DurationNotOnCalendar as error:
        raise Context(contract, day_rules, term.start, term.start, today, postal_delay).error(
            ("term",), error) from None
    stop = _stop(plan, horizon)
    ctx = Context(contract, day_rules, term.start, stop, today, postal_delay)
    deadlines = term_deadlines(plan, term, contract.reference)
    for build in (milestones, monitoring, price_revisions, vigilance, early_terminations):
        deadlines.extend(build(ctx))
    deadlines.extend(exit_dates(ctx, _planned_last_day(plan, today)))
    situation = term_situation(plan, today) if today is not None else []
    return Schedule(contract.reference, contract.title, contract.source_file, contract.timezone, day_rules, today,
                    sorted(deadlines, key=Deadline.sort_key), situation, plan)


def _region(region: str) -> str:
    try:
        return check_region(region)
    except ValueError as error:
        raise InputError.single(str(error)) from None


def _stop(plan: TermPlan, horizon: date) -> date:
    """First day after the span recurring obligations are listed for."""
    if plan.complete and plan.open_ended_from is None:
        return plan.periods[-1].end
    return horizon + timedelta(days=1)


def _planned_last_day(plan: TermPlan, today: date | None) -> date | None:
    """The earliest day the contract can still end on: exit dates are computed from it."""
    first = plan.periods[0]
    current = first if today is None or today < first.start else plan.current(today)
    if current is None:
        return None
    missed = today is not None and current.notice_limit is not None and today > current.notice_limit
    if missed and plan.mode is RenewalMode.tacit:
        following = plan.following(current)
        return following.last_day if following is not None else None
    return current.last_day


def _without_term(contract: Contract, region: str, today: date | None) -> Schedule:
    """No term: only dated milestones can be listed, and the missing term is said plainly."""
    anchor = contract.signature_date or date.min
    ctx = Context(contract, region, anchor, anchor, today, DEFAULT_POSTAL_DELAY)
    note = Situation(both("Le contrat ne fixe ni date d'effet ni durée : aucune échéance de durée ne peut être "
                          "calculée (voute check).", "The contract sets no start date or duration: no term "
                          "deadline can be computed (voute check)."))
    return Schedule(contract.reference, contract.title, contract.source_file, contract.timezone, region, today,
                    sorted(milestones(ctx), key=Deadline.sort_key), [note], None)
