"""The term of a contract on a calendar: its periods, the notice limits between them, and where it stands today.

Periods are anchored on the start date: the k-th renewal ends at start + initial duration + k x renewal
period, computed in one step when both are in months or years, so a term that starts on 31 January ends on the
30th or 31st of the right month every time instead of drifting to the 28th.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from voute.calendar.days import (
    ONE_DAY,
    add_months,
    last_day_to_send,
    months_in,
    notice_deadline,
    period_end,
    scale,
)
from voute.contract.term import NoticeCounted, RenewalMode, Term
from voute.contract.values import Duration, DurationUnit

__all__ = ["MAX_PERIODS", "TermPeriod", "TermPlan", "default_horizon", "plan_term"]

MAX_PERIODS = 5000  # a daily tacit renewal over ten years stays below this


@dataclass(frozen=True)
class TermPeriod:
    """The initial term (index 0) or the k-th renewal: [start, end) with ``end`` the day after its last day."""

    index: int
    start: date
    end: date
    renews: bool  # another period may follow this one
    notice_limit: date | None = None  # contractual last day to refuse (tacit) or decide (express) the next one
    send_by: date | None = None  # last day to send that notice, postal delay and non-working days allowed for

    @property
    def last_day(self) -> date:
        return self.end - ONE_DAY


@dataclass(frozen=True)
class TermPlan:
    """Every period the horizon covers; ``complete`` when no further period is possible after the last one."""

    mode: RenewalMode
    periods: list[TermPeriod]
    complete: bool
    open_ended_from: date | None = None  # tacit renewal without a fixed period: open-ended from this day
    notice: Duration | None = None
    receipt: bool = True

    def current(self, today: date) -> TermPeriod | None:
        """The period that contains ``today``; None before the start or after the last period."""
        return next((p for p in self.periods if p.start <= today < p.end), None)

    def following(self, period: TermPeriod) -> TermPeriod | None:
        index = period.index + 1
        return self.periods[index] if index < len(self.periods) else None


def _boundary(term: Term, renewal_period: Duration, k: int, region: str) -> date:
    """First day of period ``k`` (0 is the start, 1 the day after the initial term)."""
    first_end = period_end(term.start, term.initial_duration, region)
    if k <= 1:
        return term.start if k == 0 else first_end
    initial, each = months_in(term.initial_duration), months_in(renewal_period)
    if initial is not None and each is not None:
        return add_months(term.start, initial + (k - 1) * each)
    return period_end(first_end, scale(renewal_period, k - 1), region)


def plan_term(term: Term, horizon: date, region: str = "FR", postal_delay: Duration | None = None) -> TermPlan:
    """Every period ``term`` allows; with no maximum of renewals, those that begin on or before ``horizon``.

    ``postal_delay`` is taken off notice limits counted from receipt to give the last day to send.
    """
    renewal = term.renewal
    receipt = renewal.notice_counted_from is NoticeCounted.receipt
    delay = postal_delay or Duration(amount=0, unit=DurationUnit.calendar_days)

    def period(index: int, start: date, end: date, renews: bool) -> TermPeriod:
        if not renews or renewal.notice is None:
            return TermPeriod(index, start, end, renews)
        limit = notice_deadline(end, renewal.notice, region)
        return TermPeriod(index, start, end, renews, limit, last_day_to_send(limit, receipt, delay, region))

    first_end = period_end(term.start, term.initial_duration, region)

    def plan(periods: list[TermPeriod], complete: bool, open_ended_from: date | None = None) -> TermPlan:
        return TermPlan(renewal.mode, periods, complete, open_ended_from, renewal.notice, receipt)

    if renewal.mode is RenewalMode.none or renewal.max_renewals == 0:
        return plan([period(0, term.start, first_end, False)], True)
    if renewal.period is None and renewal.mode is RenewalMode.tacit:
        # Code civil art. 1215: a tacit renewal with no fixed length makes the contract open-ended.
        only = period(0, term.start, first_end, True)
        return plan([only], True, first_end)
    each = renewal.period or term.initial_duration  # an express renewal without a length repeats the term
    limit = renewal.max_renewals
    periods: list[TermPeriod] = []
    for k in range(MAX_PERIODS):
        start, end = _boundary(term, each, k, region), _boundary(term, each, k + 1, region)
        if k > 0 and limit is None and start > horizon:  # only open renewals stop at the horizon
            return plan(periods, False)
        periods.append(period(k, start, end, limit is None or k < limit))
        if limit is not None and k >= limit:
            return plan(periods, True)
        if end <= start:  # a zero-length renewal period would loop for ever
            break
    return plan(periods, False)


def default_horizon(term: Term, today: date | None, region: str = "FR") -> date:
    """Ten years after the later of today and the end of the initial term: the cap for open renewals."""
    first_end = period_end(term.start, term.initial_duration, region)
    anchor = max(first_end, today) if today is not None else first_end
    return add_months(anchor, 120) - timedelta(days=1)
