"""Date arithmetic exactly as contracts write it: calendar days, jours ouvrés, jours ouvrables, weeks, months.

The rules (docs/schedule.md explains why):

* A period of N months that begins on day d ends the day before day d of the month N months later; when that
  month is shorter, day d is read as its last day ("quantième" rule of Code de procédure civile art. 641).
  So 31 January + 1 month is 28 February (29 in a leap year). Months are always added from the anchor in one
  step, never month after month, so a month-end start does not drift to the 28th.
* Business days (jours ouvrés) are Monday to Friday; working days (jours ouvrables) are Monday to Saturday;
  public holidays of the region are neither.
* "At least N before a date" gives the last day on which acting still leaves N full units before that date.
  The day of the act itself never counts. For months and years the two readings found in practice (the
  anniversary one and the art. 641 one) differ by a day at month ends: the earlier deadline is kept, so a
  notice on our date is valid under both.
* A deadline is never moved later: when the last day falls on a Sunday or a public holiday, the day to send is
  the working day before (the extension of art. 642 applies to court deadlines, not to contractual notice).
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Callable
from datetime import date, timedelta

from voute.calendar.public_holidays import is_public_holiday
from voute.contract.values import Duration, DurationUnit

__all__ = [
    "DurationNotOnCalendar",
    "add",
    "add_months",
    "days_of_kind_after",
    "days_of_kind_before",
    "is_business_day",
    "is_working_day",
    "last_day_to_send",
    "months_in",
    "notice_deadline",
    "period_end",
    "previous_working_day",
    "scale",
    "span_end",
]

ONE_DAY = timedelta(days=1)
_MONTHS = {DurationUnit.months: 1, DurationUnit.years: 12}
_SUB_DAY_SECONDS = {DurationUnit.seconds: 1, DurationUnit.minutes: 60, DurationUnit.hours: 3600}
# A search for the n-th business day never needs more than this many steps: a year has ~250 of them.
_MAX_SEARCH_DAYS = 400 * 366


class DurationNotOnCalendar(ValueError):
    """A duration that has no meaning on a calendar of dates (business hours need opening hours)."""


def is_business_day(day: date, region: str = "FR") -> bool:
    """Jour ouvré: Monday to Friday, public holidays excluded."""
    return day.weekday() < 5 and not is_public_holiday(day, region)


def is_working_day(day: date, region: str = "FR") -> bool:
    """Jour ouvrable: Monday to Saturday, public holidays excluded."""
    return day.weekday() < 6 and not is_public_holiday(day, region)


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` (negative to go back), clamped to the end of a shorter month.

    >>> add_months(date(2027, 1, 31), 1), add_months(date(2028, 1, 31), 1)
    (datetime.date(2027, 2, 28), datetime.date(2028, 2, 29))
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = _calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def days_of_kind_after(day: date, count: int, kind: Callable[[date], bool]) -> date:
    """The ``count``-th day strictly after ``day`` for which ``kind`` holds (``day`` itself when count is 0)."""
    return _walk(day, count, kind, ONE_DAY)


def days_of_kind_before(day: date, count: int, kind: Callable[[date], bool]) -> date:
    """The ``count``-th day strictly before ``day`` for which ``kind`` holds (``day`` itself when count is 0)."""
    return _walk(day, count, kind, -ONE_DAY)


def _walk(day: date, count: int, kind: Callable[[date], bool], step: timedelta) -> date:
    found, steps = 0, 0
    while found < count:
        day += step
        steps += 1
        if steps > _MAX_SEARCH_DAYS:  # a calendar with no such day at all; impossible with real regions
            raise DurationNotOnCalendar("no day of the requested kind in 400 years")
        found += kind(day)
    return day


def _day_kind(unit: DurationUnit, region: str) -> Callable[[date], bool] | None:
    if unit is DurationUnit.business_days:
        return lambda d: is_business_day(d, region)
    if unit is DurationUnit.working_days:
        return lambda d: is_working_day(d, region)
    return None


def _calendar_days(duration: Duration) -> int | None:
    """Whole calendar days of a day-like duration; sub-day units round up to whole days (the safe side)."""
    if duration.unit is DurationUnit.calendar_days:
        return duration.amount
    if duration.unit is DurationUnit.weeks:
        return 7 * duration.amount
    if duration.unit in _SUB_DAY_SECONDS:
        return -(-duration.amount * _SUB_DAY_SECONDS[duration.unit] // 86400)
    return None


def _check(duration: Duration) -> None:
    if duration.amount < 0:
        raise DurationNotOnCalendar(f"a duration cannot be negative: {duration}")
    if duration.unit is DurationUnit.business_hours:
        raise DurationNotOnCalendar(
            f"{duration} cannot be placed on a calendar of days: business hours depend on opening hours; "
            "write the duration in business days (jours ouvrés) instead"
        )


def months_in(duration: Duration) -> int | None:
    """The number of months in a duration written in months or years, else None."""
    factor = _MONTHS.get(duration.unit)
    return None if factor is None else duration.amount * factor


def scale(duration: Duration, times: int) -> Duration:
    """``times`` back-to-back repetitions of ``duration`` (``3 months`` x 4 = ``12 months``)."""
    return Duration(amount=duration.amount * times, unit=duration.unit)


def add(day: date, duration: Duration, region: str = "FR") -> date:
    """``day`` plus ``duration``: the same day number N months later, the N-th business day after, and so on.

    >>> add(date(2027, 1, 29), Duration(amount=1, unit=DurationUnit.business_days))  # Friday -> Monday
    datetime.date(2027, 2, 1)
    """
    _check(duration)
    if duration.unit in _MONTHS:
        return add_months(day, duration.amount * _MONTHS[duration.unit])
    kind = _day_kind(duration.unit, region)
    if kind is not None:
        return days_of_kind_after(day, duration.amount, kind)
    days = _calendar_days(duration)
    assert days is not None  # every other unit was handled above
    return day + timedelta(days=days)


def period_end(start: date, duration: Duration, region: str = "FR") -> date:
    """The day after a period of ``duration`` that begins on ``start`` (the first day of the next period).

    A 36-month term starting 1 January 2027 gives 1 January 2030: it runs to 31 December 2029. A period of
    N business days starting on ``start`` holds N business days, ``start`` included when it is one.

    >>> period_end(date(2027, 1, 1), Duration(amount=36, unit=DurationUnit.months))
    datetime.date(2030, 1, 1)
    """
    _check(duration)
    if _day_kind(duration.unit, region) is not None:
        return add(start - ONE_DAY, duration, region) + ONE_DAY
    return add(start, duration, region)


def span_end(after: date, duration: Duration, region: str = "FR") -> date:
    """Last day of a ``duration`` that starts running the day after ``after`` (the day of the act is not counted).

    For months and years the later of the two customary readings is returned: the anniversary one (a month
    from 1 October runs to 31 October) and the art. 641 one (a month from an act of 30 September expires on
    30 October). They differ only around month ends; taking the later end keeps a deadline on the safe side.
    """
    anniversary = period_end(after + ONE_DAY, duration, region) - ONE_DAY
    if duration.unit in _MONTHS:
        return max(anniversary, add(after, duration, region))
    return anniversary


def _estimate_back(boundary: date, duration: Duration, region: str) -> date:
    if duration.unit in _MONTHS:
        return add_months(boundary, -duration.amount * _MONTHS[duration.unit]) - ONE_DAY
    kind = _day_kind(duration.unit, region)
    if kind is not None:
        return days_of_kind_before(boundary, duration.amount, kind) - ONE_DAY
    days = _calendar_days(duration)
    assert days is not None
    return boundary - timedelta(days=days + 1)


def notice_deadline(boundary: date, notice: Duration, region: str = "FR") -> date:
    """The last day to give a notice of ``notice`` so that it has fully run before ``boundary``.

    ``boundary`` is the first day of the period the notice is about (the renewal date, i.e. the day after the
    term ends). Acting on the returned day leaves ``notice`` in full between the next day and the day before
    ``boundary``; acting one day later does not.

    >>> notice_deadline(date(2030, 1, 1), Duration(amount=3, unit=DurationUnit.months))
    datetime.date(2029, 9, 30)
    """
    _check(notice)
    day = _estimate_back(boundary, notice, region)
    # span_end grows with its start day, so the estimate needs at most a few steps either way (month ends).
    while span_end(day, notice, region) >= boundary:
        day -= ONE_DAY
    while span_end(day + ONE_DAY, notice, region) < boundary:
        day += ONE_DAY
    return day


def previous_working_day(day: date, region: str = "FR") -> date:
    """``day`` itself when it is a working day (Monday to Saturday, not a holiday), else the one before."""
    while not is_working_day(day, region):
        day -= ONE_DAY
    return day


def last_day_to_send(
    limit: date, counted_from_receipt: bool, postal_delay: Duration, region: str = "FR"
) -> date:
    """The last day to send a notice whose contractual limit is ``limit``.

    When the notice counts from receipt, the postal delay is taken off (a registered letter is not received the
    day it is posted); either way a limit on a Sunday or a public holiday moves to the working day before.
    """
    day = previous_working_day(limit, region)
    if counted_from_receipt and postal_delay.amount:
        _check(postal_delay)
        back = _estimate_back(day, postal_delay, region) + ONE_DAY
        day = previous_working_day(back, region)
    return day
