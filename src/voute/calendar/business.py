"""Business time: opening hours per weekday, public holidays and a time zone, for clocks in business hours.

This is the product's one business calendar: ``voute schedule``/``breach`` use it directly, and the measure
engine builds its DuckDB table of cumulative business seconds from :meth:`BusinessCalendar.intervals`. It
answers what the two share: is this instant open, what are the opening intervals of a day, which days are
holidays (see ``public_holidays``), what instant is N business hours after a given one, and how much
business time passed between two instants, with pauses (a ticket waiting on the customer) taken out.
Opening hours are wall-clock times in the calendar's zone, so a day of 08:00-20:00 stays 12 hours across a
daylight-saving change, while a 24-hour slot on the night the clocks go forward lasts 23 real hours. All
arithmetic is done in UTC, where subtraction is exact. Day names and clock times are read by the contract
model (``OpeningSlot``), whichever way the hours arrive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
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
_DAY_IDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_LABELS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _office_hours() -> dict[int, list[Slot]]:
    return {d: [(time(9), time(18))] for d in range(5)}


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
    """Opening slots per weekday (0 = Monday), a holiday region, a time zone and one-off dates.

    ``region`` is a holiday calendar of ``public_holidays`` ("FR", "FR-Alsace-Moselle", "none", or an alias
    such as "alsace-moselle"). ``closed_dates`` close whole days; ``extra_open_dates`` open their weekday's
    slots even on a public holiday or a closed date. ``name`` is what reports call the calendar (a
    description of the hours when empty, see :attr:`label`). With no arguments: Monday to Friday 09:00-18:00.

    >>> cal = BusinessCalendar.office_hours()
    >>> cal.add(datetime(2027, 1, 29, 17, 0, tzinfo=zone("Europe/Paris")), timedelta(hours=2)).isoformat()
    '2027-02-01T10:00:00+01:00'
    """

    hours: Mapping[int, Sequence[Slot]] = field(default_factory=_office_hours)
    region: str = "FR"
    timezone: str = "Europe/Paris"
    open_on_public_holidays: bool = False
    closed_dates: frozenset[date] = field(default_factory=frozenset)
    extra_open_dates: frozenset[date] = field(default_factory=frozenset)
    name: str = ""

    def __post_init__(self) -> None:
        try:
            check_region(self.region)
        except ValueError as error:
            raise InputError.single(str(error)) from None
        zone(self.timezone)

    @classmethod
    def office_hours(cls, region: str = "FR", timezone: str = "Europe/Paris") -> BusinessCalendar:
        """Monday to Friday, 09:00 to 18:00: the default when a contract gives no opening hours."""
        return cls(_office_hours(), region, timezone)

    @classmethod
    def always_open(cls, timezone: str = "Europe/Paris") -> BusinessCalendar:
        """Calendar time: every day, all day, holidays included."""
        return cls({d: [(time(0), time(0))] for d in range(7)}, "none", timezone, True, name="24/7")

    @classmethod
    def from_text(
        cls, spec: Mapping[str, str], region: str = "FR", timezone: str = "Europe/Paris"
    ) -> BusinessCalendar:
        """Build from ``{"mon-fri": "08:00-20:00", "sam": "9h-12h", "sat-mon": "22:00-06:00"}``.

        Days and times are read exactly as in a contract's ``opening_hours`` (French or English day names,
        ranges that wrap over the weekend, "8h30", "24:00"); several ranges of one day are separated by commas.
        """
        slots = [_slot(days, *hours) for days, ranges in spec.items() for hours in _ranges(days, ranges)]
        name = ", ".join(f"{days} {ranges}" for days, ranges in spec.items())
        return replace(cls.from_slots(slots, region, timezone), name=name)

    @classmethod
    def from_slots(
        cls, slots: Iterable[OpeningSlot], region: str = "FR", timezone: str = "Europe/Paris",
        open_on_public_holidays: bool = False,
    ) -> BusinessCalendar:
        """Build from the contract's ``opening_hours`` (``{days: mon-fri, from: "08:00", to: "20:00"}``...)."""
        hours: dict[int, list[Slot]] = {}
        for slot in slots:
            for name in slot.day_list():
                hours.setdefault(_DAY_IDS.index(name), []).append((slot.opens, slot.closes))
        return cls(hours, region, timezone, open_on_public_holidays)

    @classmethod
    def for_service(cls, service: Service, timezone: str = "Europe/Paris") -> BusinessCalendar:
        """The calendar of one service of a contract; office hours when it lists no opening hours.

        The service's holiday calendar and ``open_on_public_holidays`` apply either way.
        """
        if not service.opening_hours:
            return cls(_office_hours(), service.holiday_calendar, timezone, service.open_on_public_holidays)
        return cls.from_slots(
            service.opening_hours, service.holiday_calendar, timezone, service.open_on_public_holidays
        )

    @property
    def label(self) -> str:
        """The calendar's name, or a description such as ``Mon-Fri 09:00-18:00; public holidays FR closed``."""
        if self.name:
            return self.name
        closed = "open" if self.open_on_public_holidays else "closed"
        return f"{_describe_hours(self.hours) or 'never open'}; public holidays {self.region} {closed}"

    def opening_seconds(self, weekday: int) -> int:
        """Opening seconds of an ordinary day of ``weekday`` (0 = Monday), in wall-clock time.

        A slot past midnight counts whole; "24:00" (read as 23:59:59) counts as midnight.
        """
        total = 0
        for opens, closes in self.hours.get(weekday, ()):
            stop = 86400 if closes in _END_OF_DAY else _seconds(closes)
            total += (stop - _seconds(opens)) % 86400 or 86400
        return total

    def is_open_day(self, day: date) -> bool:
        """Whether the calendar opens at all on ``day`` (a slot that day, not a holiday, not closed)."""
        if not self.hours.get(day.weekday()):
            return False
        if day in self.extra_open_dates:
            return True
        if day in self.closed_dates:
            return False
        return self.open_on_public_holidays or not is_public_holiday(day, self.region)

    def is_open(self, moment: datetime) -> bool:
        """Whether the calendar is open at ``moment`` (aware): inside an opening interval, not at its end."""
        instant = _aware(moment, "moment")
        return any(True for _ in self.intervals(instant, instant + timedelta(microseconds=1)))

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
        """Opening intervals clipped to [start, end), in UTC, in order, overlapping slots merged."""
        start, end = _aware(start, "start"), _aware(end, "end")
        tz = zone(self.timezone)
        first = start.astimezone(tz).date() - timedelta(days=1)  # a slot of the day before may run past midnight
        days = (end.astimezone(tz).date() - first).days + 1
        for begin, finish in _merged(self._days_from(first, days)):
            if begin >= end:
                return
            if finish > start:
                yield max(begin, start), min(finish, end)

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
        day = origin.astimezone(zone(self.timezone)).date() - timedelta(days=1)
        for begin, end in _merged(self._days_from(day, _MAX_DAYS)):
            if end > origin:
                yield max(begin, origin), end

    def _days_from(self, day: date, count: int) -> Iterator[Interval]:
        for offset in range(count):
            yield from self.day_intervals(day + timedelta(days=offset))


def _seconds(moment: time) -> int:
    return moment.hour * 3600 + moment.minute * 60 + moment.second


def _describe_hours(hours: Mapping[int, Sequence[Slot]]) -> str:
    """``Mon-Fri 09:00-18:00, Sat 09:00-12:00``: runs of weekdays with the same slots."""
    def slots(day: int) -> str:
        return " ".join(f"{a:%H:%M}-{'24:00' if b in _END_OF_DAY else f'{b:%H:%M}'}" for a, b in hours.get(day, ()))

    parts: list[str] = []
    day = 0
    while day < 7:
        last = day
        while last + 1 < 7 and slots(last + 1) == slots(day):
            last += 1
        if slots(day):
            parts.append(f"{_DAY_LABELS[day]}{'' if last == day else '-' + _DAY_LABELS[last]} {slots(day)}")
        day = last + 1
    return ", ".join(parts)


def _ranges(days: str, ranges: str) -> list[tuple[str, str]]:
    """``"08:00-12:00, 14:00-18:00"`` into ``[("08:00", "12:00"), ("14:00", "18:00")]``."""
    out: list[tuple[str, str]] = []
    for text in ranges.split(","):
        opens, dash, closes = text.partition("-")
        if not dash:
            raise InputError.single(f"opening hours of {days!r}: expected a range such as 08:00-18:00, got {text!r}")
        out.append((opens.strip(), closes.strip()))
    return out


def _slot(days: str, opens: str, closes: str) -> OpeningSlot:
    """One slot read by the contract model, so text and contract hours cannot be read two ways."""
    from pydantic import ValidationError

    from voute.contract.services import OpeningSlot

    try:
        return OpeningSlot.model_validate({"days": days, "from": _clock(opens), "to": _clock(closes)})
    except ValidationError as error:
        reason = error.errors()[0]["msg"]
        raise InputError.single(f"opening hours {days!r} {opens}-{closes}: {reason}") from None


def _clock(text: str) -> str:
    """Clock spellings the contract model does not take: a bare hour ("8", "24") and "24h"."""
    if re.fullmatch(r"24(h|:)?0{0,2}", text):
        return "24:00"
    return f"{text}h" if re.fullmatch(r"\d{1,2}", text) else text


def _merged(intervals: Iterable[Interval]) -> Iterator[Interval]:
    """Intervals in order of start, overlapping ones joined (a night slot running into the next day's).

    Touching intervals stay apart, so a calendar open day and night still yields one interval a day.
    """
    current: Interval | None = None
    for begin, end in intervals:
        if current is not None and begin < current[1]:
            current = (current[0], max(current[1], end))
            continue
        if current is not None:
            yield current
        current = (begin, end)
    if current is not None:
        yield current


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
