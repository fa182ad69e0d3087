"""Business calendars for SLA clocks: opening hours per weekday, French public holidays, closures.

Durations "in business hours" are computed in DuckDB with a cumulative function: for every opening interval
we know how many business seconds elapsed before it started, so the business time between two instants is
``F(end) - F(start)`` (one ASOF join per timestamp, no per-record Python). Pauses subtract the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from voute.errors import InputError

__all__ = ["BusinessCalendar", "calendar_clock", "french_holidays"]

# The holidays package names the Alsace-Moselle regime by the Moselle code; Bas-Rhin and Haut-Rhin share it.
_SUBDIVISION_ALIASES = {"alsace-moselle": "57", "alsace_moselle": "57", "67": "57", "68": "57", "moselle": "57"}


@lru_cache(maxsize=32)
def french_holidays(year: int, subdivision: str | None = None) -> frozenset[date]:
    """French public holidays of a year; ``subdivision='alsace-moselle'`` adds Good Friday and 26 December."""
    import holidays

    subdiv = None if subdivision is None else _SUBDIVISION_ALIASES.get(subdivision.lower(), subdivision)
    try:
        return frozenset(holidays.country_holidays("FR", subdiv=subdiv, years=year))
    except NotImplementedError:
        raise InputError.single(f"unknown French subdivision {subdivision!r}; try 'alsace-moselle'") from None


Hours = tuple[tuple[time, time], ...]
_WEEKDAY = {
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
    "lun": 0,
    "mar": 1,
    "mer": 2,
    "jeu": 3,
    "ven": 4,
    "sam": 5,
    "dim": 6,
}


def _default_hours() -> dict[int, Hours]:
    day = ((time(9, 0), time(18, 0)),)
    return {d: day for d in range(5)}


@dataclass(frozen=True)
class BusinessCalendar:
    """Opening hours per weekday (0 = Monday), holidays of a country/subdivision, one-off closures.

    ``end`` of an opening interval may be ``time(0, 0)`` meaning midnight (end of that day).
    """

    opening: Mapping[int, Hours] = field(default_factory=_default_hours)
    subdivision: str | None = None
    observe_holidays: bool = True
    closed_dates: frozenset[date] = frozenset()
    extra_open_dates: frozenset[date] = frozenset()
    name: str = "Mon-Fri 09:00-18:00, French public holidays closed"

    @classmethod
    def from_text(cls, spec: Mapping[str, str], subdivision: str | None = None) -> BusinessCalendar:
        """Build from ``{"mon-fri": "08:00-20:00", "sat": "09:00-12:00"}`` (several ranges with commas)."""
        opening: dict[int, Hours] = {}
        for days, ranges in spec.items():
            for weekday in _expand_days(days):
                opening[weekday] = tuple(_parse_range(r) for r in ranges.split(","))
        label = ", ".join(f"{k} {v}" for k, v in spec.items())
        return cls(opening=opening, subdivision=subdivision, name=label)

    def intervals_of_weekday(self, weekday: int) -> int:
        """Opening seconds of an ordinary (non-holiday) day of that weekday."""
        total = 0
        for start, end in self.opening.get(weekday, ()):
            stop = 86400 if end == time(0) else end.hour * 3600 + end.minute * 60
            total += max(0, stop - (start.hour * 3600 + start.minute * 60))
        return total

    def is_open_day(self, day: date) -> bool:
        """Whether the calendar opens at all on this date."""
        if day in self.extra_open_dates:
            return True
        if day in self.closed_dates:
            return False
        return not (self.observe_holidays and day in french_holidays(day.year, self.subdivision))

    def intervals(self, first: date, last: date) -> list[tuple[datetime, datetime]]:
        """Opening intervals (naive local datetimes) of every day from ``first`` to ``last`` inclusive."""
        out: list[tuple[datetime, datetime]] = []
        day = first
        while day <= last:
            if self.is_open_day(day):
                for start, end in self.opening.get(day.weekday(), ()):
                    begin = datetime.combine(day, start)
                    finish = (
                        datetime.combine(day + timedelta(days=1), time(0))
                        if end == time(0)
                        else (datetime.combine(day, end))
                    )
                    if finish > begin:
                        out.append((begin, finish))
            day += timedelta(days=1)
        return out

    def cumulative(self, first: date, last: date) -> list[tuple[datetime, datetime, float]]:
        """Intervals with the business seconds elapsed before each one (the table behind ``F``)."""
        rows: list[tuple[datetime, datetime, float]] = []
        total = 0.0
        for start, end in self.intervals(first, last):
            rows.append((start, end, total))
            total += (end - start).total_seconds()
        return rows


def calendar_clock() -> BusinessCalendar:
    """The 24/7 clock: every day open from midnight to midnight, holidays included."""
    full = ((time(0), time(0)),)
    return BusinessCalendar(opening={d: full for d in range(7)}, observe_holidays=False, name="24/7")


def _expand_days(text: str) -> Iterable[int]:
    text = text.strip().lower()
    if "-" in text:
        a, b = (_WEEKDAY[p.strip()[:3]] for p in text.split("-", 1))
        return range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)]
    return [_WEEKDAY[p.strip()[:3]] for p in text.split(",")]


def _parse_range(text: str) -> tuple[time, time]:
    start, end = (p.strip() for p in text.split("-"))
    return _parse_time(start), _parse_time(end)


def _parse_time(text: str) -> time:
    hours, _, minutes = text.replace("h", ":").partition(":")
    if int(hours) == 24:
        return time(0)
    return time(int(hours), int(minutes or 0))


def weekday_names() -> Sequence[str]:
    """Day abbreviations accepted by ``BusinessCalendar.from_text``."""
    return list(_WEEKDAY)
