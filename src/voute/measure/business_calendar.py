"""Business time inside DuckDB, built from the product's one business calendar (``voute.calendar.business``).

Durations "in business hours" are computed in DuckDB with a cumulative function: for every opening interval
we know how many business seconds elapsed before it started, so the business time between two instants is
``F(end) - F(start)`` (one ASOF join per timestamp, no per-record Python). Pauses subtract the same way.

Which instants are open, which days are holidays and how opening hours are read is decided by
:class:`voute.calendar.BusinessCalendar` alone; this module only lays its intervals out as table rows in the
measurement zone. Records are naive wall-clock times there, so each row is cut where the zone's UTC offset
changes and counts real seconds: a 24/7 clock gives 23 hours on the night the clocks go forward, 25 on the
night they go back (a wall-clock time of the repeated hour is read as its second pass).

The calendar module loads the contract model (pydantic), which the call KPIs never need, so it is imported
only when a business clock is actually built.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from voute.errors import InputError

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from voute.calendar.business import BusinessCalendar, Interval

__all__ = ["BusinessCalendar", "calendar_clock", "cumulative_rows", "french_holidays"]

_TICK = timedelta(microseconds=1)


def __getattr__(name: str) -> object:
    if name == "BusinessCalendar":  # a re-export, resolved on first use (see the module docstring)
        from voute.calendar.business import BusinessCalendar

        return BusinessCalendar
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def french_holidays(year: int, subdivision: str | None = None) -> frozenset[date]:
    """French public holidays of a year; ``subdivision='alsace-moselle'`` adds Good Friday and 26 December."""
    from voute.calendar.public_holidays import public_holidays

    try:
        return public_holidays(year, "FR" if subdivision is None else subdivision)
    except ValueError:
        raise InputError.single(f"unknown French subdivision {subdivision!r}; try 'alsace-moselle'") from None


def calendar_clock(timezone: str = "Europe/Paris") -> BusinessCalendar:
    """The 24/7 clock: every day open from midnight to midnight, holidays included."""
    from voute.calendar.business import BusinessCalendar

    return BusinessCalendar.always_open(timezone)


def cumulative_rows(
    calendar: BusinessCalendar, first: date, last: date, timezone: str
) -> list[tuple[datetime, datetime, float]]:
    """Rows ``(start, end, seconds before start)`` covering ``first`` to ``last`` (inclusive) of ``timezone``.

    ``start`` and ``end`` are naive wall-clock times of ``timezone`` (the zone of the records), and
    ``end - start`` is always the real length of the row, so ``F(t) = seconds + (min(t, end) - start)``.
    """
    from voute.calendar.business import zone

    tz = zone(timezone)
    begin = datetime.combine(first, time(0), tz)
    end = datetime.combine(last + timedelta(days=1), time(0), tz)
    rows: list[tuple[datetime, datetime, float]] = []
    total = 0.0
    for opening in calendar.intervals(begin, end):
        for a, b in _steady_pieces(opening, tz):
            wall = a.astimezone(tz).replace(tzinfo=None)
            rows.append((wall, wall + (b - a), total))
            total += (b - a).total_seconds()
    return rows


def _steady_pieces(interval: Interval, tz: ZoneInfo) -> Iterator[Interval]:
    """``interval`` (UTC) cut where the zone's UTC offset changes, so each piece maps to wall-clock linearly."""
    begin, end = interval
    while _offset(begin, tz) != _offset(end - _TICK, tz):
        low, high = begin, end - _TICK  # the offset changes somewhere in (low, high]
        while high - low > _TICK:
            middle = low + (high - low) // 2
            low, high = (middle, high) if _offset(middle, tz) == _offset(begin, tz) else (low, middle)
        yield begin, high
        begin = high
    yield begin, end


def _offset(moment: datetime, tz: ZoneInfo) -> timedelta | None:
    return moment.astimezone(tz).utcoffset()
