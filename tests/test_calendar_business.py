"""Business time (issue 3): opening hours, holidays, daylight saving and pauses, against a minute-by-minute walk."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from voute.calendar import BusinessCalendar
from voute.contract.services import OpeningSlot
from voute.errors import InputError

PARIS = ZoneInfo("Europe/Paris")
MINUTE = timedelta(minutes=1)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)  # type: ignore[misc]


def test_friday_evening_rolls_over_to_monday() -> None:
    cal = BusinessCalendar.office_hours()
    assert cal.add(at(2027, 1, 29, 17, 0), timedelta(hours=2)) == at(2027, 2, 1, 10, 0)
    assert cal.elapsed(at(2027, 1, 29, 17, 0), at(2027, 2, 1, 10, 0)) == timedelta(hours=2)


def test_public_holidays_are_closed_unless_the_service_opens_them() -> None:
    closed = BusinessCalendar.office_hours()
    assert closed.add(at(2027, 7, 13, 17, 0), timedelta(hours=2)) == at(2027, 7, 15, 10, 0)  # 14 July
    opened = BusinessCalendar({d: [(time(9), time(18))] for d in range(5)}, open_on_public_holidays=True)
    assert opened.add(at(2027, 7, 13, 17, 0), timedelta(hours=2)) == at(2027, 7, 14, 10, 0)


def test_alsace_moselle_closes_on_good_friday() -> None:
    cal = BusinessCalendar.office_hours("FR-Alsace-Moselle")
    assert cal.add(at(2027, 3, 25, 17, 0), timedelta(hours=2)) == at(2027, 3, 30, 10, 0)  # Fri 26 + Mon 29


def test_contract_opening_slots_with_saturday() -> None:
    slots = [OpeningSlot.model_validate({"days": "lun-ven", "from": "08:00", "to": "20:00"}),
             OpeningSlot.model_validate({"days": "sam", "from": "09:00", "to": "18:00"})]
    cal = BusinessCalendar.from_slots(slots)
    assert cal.add(at(2027, 1, 29, 19, 0), timedelta(hours=3)) == at(2027, 1, 30, 11, 0)


def test_calendar_day_lasts_23_hours_when_clocks_go_forward() -> None:
    cal = BusinessCalendar.always_open()
    assert cal.elapsed(at(2027, 3, 28, 0, 0), at(2027, 3, 29, 0, 0)) == timedelta(hours=23)
    assert cal.elapsed(at(2027, 10, 31, 0, 0), at(2027, 11, 1, 0, 0)) == timedelta(hours=25)


def test_pauses_stop_the_clock_and_overlaps_count_once() -> None:
    cal = BusinessCalendar.office_hours()
    pauses = [(at(2027, 2, 1, 10, 0), at(2027, 2, 1, 12, 0)), (at(2027, 2, 1, 11, 0), at(2027, 2, 1, 13, 0))]
    assert cal.elapsed(at(2027, 2, 1, 9, 0), at(2027, 2, 1, 18, 0), pauses) == timedelta(hours=6)
    assert cal.add(at(2027, 2, 1, 9, 0), timedelta(hours=2), pauses) == at(2027, 2, 1, 14, 0)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(InputError, match="time zone"):
        BusinessCalendar.office_hours().add(datetime(2027, 2, 1, 9, 0), timedelta(hours=1))


def test_a_calendar_that_never_opens_is_an_error_not_a_hang() -> None:
    with pytest.raises(InputError, match="no opening hours"):
        BusinessCalendar({}).add(at(2027, 2, 1, 9, 0), timedelta(hours=1))


# --- against a minute-by-minute oracle -----------------------------------------------------------------------

@st.composite
def calendars(draw: st.DrawFn) -> BusinessCalendar:
    """Random weekly hours on whole quarter-hours, away from the 02:00-03:00 hole of daylight saving."""
    hours: dict[int, list[tuple[time, time]]] = {}
    for day in range(7):
        if draw(st.booleans()):
            opens = draw(st.integers(4 * 4, 20 * 4))
            closes = draw(st.integers(opens + 1, 24 * 4))
            hours[day] = [(time(opens // 4, opens % 4 * 15), time(closes // 4 % 24, closes % 4 * 15))]
    if not hours:
        hours[0] = [(time(9), time(17))]
    return BusinessCalendar(hours, draw(st.sampled_from(["FR", "FR-Alsace-Moselle"])),
                            open_on_public_holidays=draw(st.booleans()))


def is_open(cal: BusinessCalendar, moment: datetime) -> bool:
    local = moment.astimezone(PARIS)
    if not cal.is_open_day(local.date()):
        return False
    for opens, closes in cal.hours.get(local.weekday(), []):
        if opens <= local.time() and (closes == time(0) or local.time() < closes):
            return True
    return False


def walk(cal: BusinessCalendar, start: datetime, minutes: int, pauses: list[tuple[datetime, datetime]]) -> datetime:
    """Step one real minute at a time (in UTC) and count the open, unpaused ones."""
    moment, counted = start.astimezone(UTC), 0
    while counted < minutes:
        if is_open(cal, moment) and not any(a <= moment < b for a, b in pauses):
            counted += 1
        moment += MINUTE
    return moment


moments = st.builds(
    lambda day, minute: datetime.combine(day, time(0), PARIS).astimezone(UTC) + timedelta(minutes=minute),
    st.sampled_from([date(2027, 3, 26), date(2027, 10, 29), date(2027, 12, 24), date(2028, 2, 28),
                     date(2027, 7, 13), date(2027, 1, 29)]),
    st.integers(0, 24 * 60 - 1),
)


@settings(max_examples=150, deadline=None)
@given(calendars(), moments, st.integers(1, 16 * 60), st.integers(0, 600), st.integers(0, 300))
def test_add_and_elapsed_match_a_minute_walk(cal: BusinessCalendar, start: datetime, minutes: int,
                                             pause_at: int, pause_len: int) -> None:
    pauses = [(start + timedelta(minutes=pause_at), start + timedelta(minutes=pause_at + pause_len))]
    got = cal.add(start, timedelta(minutes=minutes), pauses)
    assert got.astimezone(UTC) == walk(cal, start, minutes, pauses)
    assert cal.elapsed(start, got, pauses) == timedelta(minutes=minutes)
