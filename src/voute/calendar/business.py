"""Business time: opening hours per weekday, public holidays and a time zone, for clocks in business hours.

A :class:`BusinessCalendar` answers two questions the KPI engine and the deadline engine share: what instant
is N business hours after a given one, and how much business time passed between two instants, with pauses
(a ticket waiting on the customer) taken out. Opening hours are wall-clock times in the calendar's zone, so
a day of 08:00-20:00 stays 12 hours across a daylight-saving change, while a 24-hour slot on the night the
clocks go forward lasts 23 real hours. All arithmetic is done in UTC, where subtraction is exact.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from voute.calendar.public_holidays import check_region, is_public_holiday
from voute.errors import InputError

if TYPE_CHECKING:
    from voute.contract.services import OpeningSlot, Service

__all__ = ["BusinessCalendar", "Interval", "Slot", "zone"]

Slot = tuple[time, time]
"""An opening slot in wall-clock time; a closing time at or before the opening one runs past midnight."""
Interval = tuple[datetime, datetime]
"""A half-open interval [start, end) of aware datetimes."""

_END_OF_DAY = (time(0, 0), time(23, 59, 59))  # "24:00" is read as 23:59:59 by the contract model
_MAX_DAYS = 3660  # a clock that finds no opening in ten years is a calendar without opening hours


def zone(name: str) -> ZoneInfo:
    """The time zone called ``name``; an unknown name is an :class:`InputError`."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError.single(f"unknown time zone {name!r}; write e.g. Europe/Paris") from None


def _aware(moment: datetime, what: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InputError.single(f"{what} {moment.isoformat()} has no time zone; add one, e.g. +01:00")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class BusinessCalendar:
    """Opening slots per weekday (0 = Monday), a holiday region and a time zone.

    >>> cal = BusinessCalendar.office_hours()
    >>> cal.add(datetime(2027, 1, 29, 17, 0, tzinfo=zone("Europe/Paris")), timedelta(hours=2)).isoformat()
    '2027-02-01T10:00:00+01:00'
    """

    hours: Mapping[int, Sequence[Slot]]
    region: str = "FR"
    timezone: str = "Europe/Paris"
    open_on_public_holidays: bool = False
    closed_dates: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        try:
            check_region(self.region)
        except ValueError as error:
            raise InputError.single(str(error)) from None
        zone(self.timezone)

    @classmethod
    def office_hours(cls, region: str = "FR", timezone: str = "Europe/Paris") -> BusinessCalendar:
        """Monday to Friday, 09:00 to 18:00: the default when a contract gives no opening hours."""
        return cls({d: [(time(9), time(18))] for d in range(5)}, region, timezone)

    @classmethod
    def always_open(cls, timezone: str = "Europe/Paris") -> BusinessCalendar:
        """Calendar time: every day, all day, holidays included."""
        return cls({d: [(time(0), time(0))] for d in range(7)}, "none", timezone, True)

    @classmethod
    def from_slots(
        cls, slots: Iterable[OpeningSlot], region: str = "FR", timezone: str = "Europe/Paris",
        open_on_public_holidays: bool = False,
    ) -> BusinessCalendar:
        """Build from the contract's ``opening_hours`` (``{days: mon-fri, from: "08:00", to: "20:00"}``...)."""
        days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        hours: dict[int, list[Slot]] = {}
        for slot in slots:
            for name in slot.day_list():
                hours.setdefault(days.index(name), []).append((slot.opens, slot.closes))
        return cls(hours, region, timezone, open_on_public_holidays)

    @classmethod
    def for_service(cls, service: Service, timezone: str = "Europe/Paris") -> BusinessCalendar:
        """The calendar of one service of a contract; office hours when it lists no opening hours."""
        if not service.opening_hours:
            return cls.office_hours(service.holiday_calendar, timezone)
        return cls.from_slots(
            service.opening_hours, service.holiday_calendar, timezone, service.open_on_public_holidays
        )

    def is_open_day(self, day: date) -> bool:
        """Whether the calendar opens at all on ``day`` (a slot that day, not a holiday, not closed)."""
        if day in self.closed_dates or not self.hours.get(day.weekday()):
            return False
        return self.open_on_public_holidays or not is_public_holiday(day, self.region)

    def day_intervals(self, day: date) -> list[Interval]:
        """The opening intervals that begin on ``day``, as UTC datetimes."""
        if not self.is_open_day(day):
            return []
        tz = zone(self.timezone)
        out: list[Interval] = []
        for opens, closes in self.hours[day.weekday()]:
            close_day = day + timedelta(days=1) if closes in _END_OF_DAY or closes <= opens else day
            close_time = time(0) if closes in _END_OF_DAY else closes
            begin = datetime.combine(day, opens, tz).astimezone(UTC)
            end = datetime.combine(close_day, close_time, tz).astimezone(UTC)
            if end > begin:
                out.append((begin, end))
        return sorted(out)

    def intervals(self, start: datetime, end: datetime) -> Iterator[Interval]:
        """Opening intervals clipped to [start, end), in UTC, in order."""
        start, end = _aware(start, "start"), _aware(end, "end")
        tz = zone(self.timezone)
        day = start.astimezone(tz).date() - timedelta(days=1)  # a slot of the day before may run past midnight
        last = end.astimezone(tz).date()
        while day <= last:
            for begin, finish in self.day_intervals(day):
                if finish > start and begin < end:
                    yield max(begin, start), min(finish, end)
            day += timedelta(days=1)

    def elapsed(self, start: datetime, end: datetime, pauses: Iterable[Interval] = ()) -> timedelta:
        """Business time between ``start`` and ``end`` (zero when end is before start), pauses taken out."""
        if _aware(end, "end") <= _aware(start, "start"):
            return timedelta(0)
        stops = _merge(pauses)
        return sum((b - a for a, b in _without(self.intervals(start, end), stops)), timedelta(0))

    def add(self, start: datetime, amount: timedelta, pauses: Iterable[Interval] = ()) -> datetime:
        """The earliest instant at which ``amount`` of business time has passed since ``start``.

        The result is in the calendar's zone. Time in ``pauses`` does not count (the clock is stopped).
        """
        if amount < timedelta(0):
            raise InputError.single(f"cannot add a negative business time ({amount})")
        origin = _aware(start, "start")
        if amount == timedelta(0):
            return origin.astimezone(zone(self.timezone))
        stops, left = _merge(pauses), amount
        for begin, end in _without(self._open_from(origin), stops):
            if end - begin >= left:
                return (begin + left).astimezone(zone(self.timezone))
            left -= end - begin
        raise InputError.single(f"the calendar has no opening hours in ten years after {start.isoformat()}")

    def _open_from(self, origin: datetime) -> Iterator[Interval]:
        tz = zone(self.timezone)
        day = origin.astimezone(tz).date() - timedelta(days=1)
        for _ in range(_MAX_DAYS):
            for begin, end in self.day_intervals(day):
                if end > origin:
                    yield max(begin, origin), end
            day += timedelta(days=1)


def _merge(pauses: Iterable[Interval]) -> list[Interval]:
    """Pauses sorted and merged, so overlapping pauses are not taken out twice."""
    spans = sorted((_aware(a, "pause start"), _aware(b, "pause end")) for a, b in pauses)
    merged: list[Interval] = []
    for begin, end in spans:
        if end <= begin:
            continue
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((begin, end))
    return merged


def _without(intervals: Iterable[Interval], stops: list[Interval]) -> Iterator[Interval]:
    """``intervals`` (in order) minus the merged ``stops``."""
    for begin, end in intervals:
        cursor = begin
        for stop_begin, stop_end in stops:
            if stop_end <= cursor or stop_begin >= end:
                continue
            if stop_begin > cursor:
                yield cursor, stop_begin
            cursor = max(cursor, stop_end)
            if cursor >= end:
                break
        if cursor < end:
            yield cursor, end
