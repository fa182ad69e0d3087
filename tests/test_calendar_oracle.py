"""A brute-force, day-by-day oracle for contract dates (issue 3), imported by the other calendar tests.

Nothing here does date arithmetic: every answer is found by walking the calendar one day at a time and
testing the documented definition, so the fast code in ``voute.calendar`` is checked against the rules, not
against a copy of itself. Holidays come straight from the ``holidays`` package.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import holidays

from voute.contract.values import Duration, DurationUnit

DAY = timedelta(days=1)


@cache
def _holidays(year: int, region: str) -> frozenset[date]:
    if region == "none":
        return frozenset()
    return frozenset(holidays.France(years=year, subdiv="57" if region == "FR-Alsace-Moselle" else None))


def bd(day: date, region: str) -> bool:
    """Jour ouvré."""
    return day.weekday() <= 4 and day not in _holidays(day.year, region)


def wd(day: date, region: str) -> bool:
    """Jour ouvrable."""
    return day.weekday() <= 5 and day not in _holidays(day.year, region)


def add_months(day: date, months: int) -> date:
    """Walk forward until ``months`` month changes happened, then to day ``day.day`` or the month's last day."""
    current, changes = day, 0
    while changes < months:
        current += DAY
        if current.day == 1:
            changes += 1
    while (current + DAY).month == current.month and current.day < day.day:
        current += DAY
    return current


def period_end(start: date, duration: Duration, region: str) -> date:
    """The first day after a period of ``duration`` beginning on ``start``, found by walking."""
    unit, n = duration.unit, duration.amount
    if unit in (DurationUnit.months, DurationUnit.years):
        return add_months(start, n * (12 if unit is DurationUnit.years else 1))
    if unit in (DurationUnit.business_days, DurationUnit.working_days):
        kind = bd if unit is DurationUnit.business_days else wd
        day, seen = start, 0
        while seen < n:
            seen += kind(day, region)
            day += DAY
        return day
    days = {DurationUnit.calendar_days: 1, DurationUnit.weeks: 7}[unit] * n
    day = start
    for _ in range(days):
        day += DAY
    return day


def span_end(after: date, duration: Duration, region: str) -> date:
    """Last day of ``duration`` running from the day after ``after``; months: the later of the two readings."""
    anniversary = period_end(after + DAY, duration, region) - DAY
    if duration.unit in (DurationUnit.months, DurationUnit.years):
        months = duration.amount * (12 if duration.unit is DurationUnit.years else 1)
        return max(anniversary, add_months(after, months))
    return anniversary


def notice_deadline(boundary: date, notice: Duration, region: str) -> date:
    """Walk back from the day before ``boundary`` to the first day whose notice runs out before it."""
    day = boundary - DAY
    while span_end(day, notice, region) >= boundary:
        day -= DAY
    return day


def send_by(limit: date, receipt: bool, delay_working_days: int, region: str) -> date:
    """Back to a working day; then, for a receipt-counted notice, back by the postal delay in working days."""
    day = limit
    while not wd(day, region):
        day -= DAY
    if receipt:
        for _ in range(delay_working_days):
            day -= DAY
            while not wd(day, region):
                day -= DAY
    return day


# The oracle is checked on a few dates everybody can verify by hand, so it cannot be wrong the same way as the
# code it judges.
def test_the_oracle_itself() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 13) == date(2029, 2, 28)
    assert period_end(date(2027, 1, 1), Duration(amount=36, unit=DurationUnit.months), "FR") == date(2030, 1, 1)
    assert not bd(date(2027, 3, 26), "FR-Alsace-Moselle") and bd(date(2027, 3, 26), "FR")
    assert notice_deadline(date(2030, 1, 1), Duration(amount=3, unit=DurationUnit.months), "FR") == date(2029, 9, 30)
    assert send_by(date(2029, 9, 30), True, 3, "FR") == date(2029, 9, 26)
