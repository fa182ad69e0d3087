"""One business calendar for `schedule` and `measure`: the same hours, holidays and clock, read one way."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import voute.calendar
import voute.measure as measure_package
from voute.calendar import BusinessCalendar, public_holidays
from voute.contract.model import Contract
from voute.contract.services import HOLIDAY_CALENDARS, OpeningSlot, parse_days
from voute.errors import InputError
from voute.measure import Granularity, KpiRequest, Period, adapters, measure
from voute.measure.business_calendar import cumulative_rows, french_holidays
from voute.measure.from_contract import requests_from_contract, service_calendar
from voute.measure.schemas import RecordKind

PARIS = ZoneInfo("Europe/Paris")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)  # type: ignore[misc, arg-type]


# --- one class, one reading of opening hours ------------------------------------------------------------------

def test_measure_re_exports_the_calendar_of_the_calendar_package() -> None:
    assert measure_package.BusinessCalendar is voute.calendar.BusinessCalendar


def test_importing_measure_does_not_load_the_contract_model() -> None:
    """Measuring calls must not pay for pydantic and the contract model (the calendar loads them on use)."""
    code = "import sys, voute.measure; print('voute.contract.services' in sys.modules, 'pydantic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ("sat-mon", ["sat", "sun", "mon"]),
        ("sun-thu", ["sun", "mon", "tue", "wed", "thu"]),  # a week that starts on Sunday
        ("ven-lun", ["fri", "sat", "sun", "mon"]),
        ("mon-wed,fri", ["mon", "tue", "wed", "fri"]),
        ("lundi-vendredi", ["mon", "tue", "wed", "thu", "fri"]),
    ],
)
def test_day_ranges_may_run_over_the_weekend(days: str, expected: list[str]) -> None:
    assert parse_days(days) == expected
    assert OpeningSlot.model_validate({"days": days, "from": "08:00", "to": "12:00"}).day_list() == expected


def test_text_hours_and_contract_hours_give_the_same_calendar() -> None:
    text = BusinessCalendar.from_text({"lun-ven": "8h-12h30, 14:00-20:00", "sam-dim": "9-24"})
    slots = [OpeningSlot.model_validate(s) for s in (
        {"days": "mon-fri", "from": "08:00", "to": "12:30"}, {"days": "mon-fri", "from": "14:00", "to": "20:00"},
        {"days": "sat-sun", "from": "09:00", "to": "24:00"})]
    assert dict(text.hours) == dict(BusinessCalendar.from_slots(slots).hours)
    assert text.opening_seconds(0) == 10 * 3600 + 1800 and text.opening_seconds(6) == 15 * 3600


@pytest.mark.parametrize("spec", [{"mon-fri": "8:00"}, {"lun-xyz": "08:00-18:00"}, {"mon": "25:00-26:00"}])
def test_unreadable_text_hours_are_input_errors(spec: dict[str, str]) -> None:
    with pytest.raises(InputError):
        BusinessCalendar.from_text(spec)


def test_a_night_slot_runs_past_midnight_and_counts_whole() -> None:
    cal = BusinessCalendar.from_text({"fri-sat": "22:00-06:00"})
    assert cal.is_open(at(2027, 1, 30, 5, 0))  # Saturday 05:00, from Friday's slot
    assert not cal.is_open(at(2027, 1, 31, 6, 0))  # Sunday 06:00: Saturday's slot has just closed
    assert cal.opening_seconds(4) == 8 * 3600
    assert cal.elapsed(at(2027, 1, 29, 12, 0), at(2027, 2, 1, 12, 0)) == timedelta(hours=16)


def test_overlapping_slots_count_once() -> None:
    cal = BusinessCalendar({0: [(time(20), time(2))], 1: [(time(0), time(8))]}, region="none")
    assert cal.elapsed(at(2027, 2, 1, 0, 0), at(2027, 2, 3, 0, 0)) == timedelta(hours=12)
    assert cal.add(at(2027, 2, 1, 20, 0), timedelta(hours=11)) == at(2027, 2, 2, 7, 0)


# --- holidays, closures, one-off openings ---------------------------------------------------------------------

@pytest.mark.parametrize("alias", ["FR-Alsace-Moselle", "alsace-moselle", "Alsace_Moselle", "moselle", "57", "67"])
def test_alsace_moselle_aliases_name_one_holiday_list(alias: str) -> None:
    assert public_holidays(2027, alias) == public_holidays(2027, "FR-Alsace-Moselle")
    assert date(2027, 3, 26) in french_holidays(2027, alias)  # Good Friday


def test_every_contract_holiday_calendar_is_known_and_overseas_codes_work() -> None:
    for region in HOLIDAY_CALENDARS:
        public_holidays(2027, region)
    assert date(2027, 12, 20) in public_holidays(2027, "974")  # La Réunion: abolition of slavery
    assert voute.calendar.REGIONS == HOLIDAY_CALENDARS
    with pytest.raises(InputError, match="subdivision"):
        french_holidays(2027, "Bretagne")


def test_closed_dates_close_and_extra_open_dates_open_a_holiday() -> None:
    extra = frozenset({date(2027, 7, 14), date(2027, 7, 17)})
    cal = BusinessCalendar(closed_dates=frozenset({date(2027, 2, 1)}), extra_open_dates=extra)
    assert not cal.is_open(at(2027, 2, 1, 10, 0)) and cal.is_open(at(2027, 2, 2, 10, 0))
    assert cal.is_open(at(2027, 7, 14, 10, 0))  # a Wednesday, 14 July, opened for the day
    assert not cal.is_open(at(2027, 7, 17, 10, 0))  # a Saturday: an extra date opens only its weekday's slots


# --- the measure engine's clock equals the calendar's ----------------------------------------------------------

TICKETS = adapters.Adapter(
    name="one-ticket",
    kind=RecordKind.tickets,
    fields={
        "id": adapters.FieldMap(column="number"),
        "service": adapters.FieldMap(constant="desk"),
        "created": adapters.FieldMap(column="opened"),
        "resolved": adapters.FieldMap(column="resolved"),
    },
)


def measured_seconds(tmp: Path, start: datetime, end: datetime, **request: Any) -> int:
    """Resolution time of one ticket, measured by the DuckDB engine (records are naive Paris wall-clock)."""
    path = tmp / "tickets.csv"
    path.write_text(f"number,opened,resolved\nT1,{start:%Y-%m-%d %H:%M:%S},{end:%Y-%m-%d %H:%M:%S}\n", "utf-8")
    req = KpiRequest("resolution_time", threshold_seconds=60, **request)
    m = measure([path], TICKETS, [req], Period.parse("2027-01-01..2027-12-31"), [Granularity.month])
    return int(m.values[0].details["mean_seconds"])


@pytest.mark.parametrize(
    ("start", "end", "hours"),
    [
        (at(2027, 3, 27, 12, 0), at(2027, 3, 28, 12, 0), 23),  # the clocks go forward
        (at(2027, 10, 30, 12, 0), at(2027, 10, 31, 12, 0), 25),  # the clocks go back
        (at(2027, 3, 28, 1, 30), at(2027, 3, 28, 3, 30), 1),
    ],
)
def test_a_24_7_clock_counts_real_hours_across_daylight_saving(tmp_path: Path, start: datetime, end: datetime,
                                                               hours: int) -> None:
    assert BusinessCalendar.always_open().elapsed(start, end) == timedelta(hours=hours)
    assert measured_seconds(tmp_path, start, end, clock="calendar") == hours * 3600


@st.composite
def calendars(draw: st.DrawFn) -> BusinessCalendar:
    """Random weekly hours on quarter-hours, night slots included, with a closure and a one-off opening."""
    hours: dict[int, list[tuple[time, time]]] = {}
    for day in range(7):
        if draw(st.booleans()):
            opens, closes = draw(st.integers(0, 95)), draw(st.integers(0, 95))
            hours[day] = [(time(opens // 4, opens % 4 * 15), time(closes // 4, closes % 4 * 15))]
    return BusinessCalendar(
        hours, draw(st.sampled_from(["FR", "alsace-moselle", "none"])),
        open_on_public_holidays=draw(st.booleans()),
        closed_dates=frozenset({date(2027, 3, 24)}), extra_open_dates=frozenset({date(2027, 3, 29)}),
    )


@settings(max_examples=25, deadline=None)
@given(
    calendars(),
    st.datetimes(min_value=datetime(2027, 3, 20), max_value=datetime(2027, 4, 2)),
    st.integers(min_value=0, max_value=6 * 24 * 60),
)
def test_measure_and_schedule_agree_on_business_time(tmp_path_factory: pytest.TempPathFactory,
                                                     cal: BusinessCalendar, start: datetime, minutes: int) -> None:
    """Around Easter 2027 and the spring clock change: DuckDB's F(end) - F(start) is the calendar's elapsed."""
    begin = start.replace(second=0, microsecond=0, tzinfo=PARIS)
    begin = begin.astimezone(UTC).astimezone(PARIS)  # a time in the missing hour moves to a real one
    end = (begin.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(PARIS)
    expected = cal.elapsed(begin, end).total_seconds()
    assert measured_seconds(tmp_path_factory.mktemp("t"), begin, end, calendar=cal) == round(expected)


def test_cumulative_rows_count_real_seconds_in_the_measurement_zone() -> None:
    rows = cumulative_rows(BusinessCalendar.always_open("UTC"), date(2027, 3, 28), date(2027, 3, 28), "Europe/Paris")
    assert [(a.hour, b.hour, c) for a, b, c in rows] == [(0, 1, 0.0), (1, 2, 3600.0), (3, 0, 7200.0)]


# --- a contract's service reads the same in both --------------------------------------------------------------

def contract(service: dict[str, Any]) -> Contract:
    return Contract.model_validate({
        "reference": "T-001", "title": "Contrat de test",
        "parties": {"client": {"name": "Client SAS"}, "provider": {"name": "Prestataire SAS"}},
        "services": {"items": [{"id": "desk", "kind": "after_sales", "name": "SAV", "description": "Support",
                                **service}]},
        "service_levels": {"levels": [{"id": "res", "service": "desk", "kpi": "resolution_time",
                                       "target": "90 %", "parameters": {"threshold": "2 jours ouvrés"}}]},
    })


def test_a_service_without_hours_keeps_its_holiday_calendar_in_measure() -> None:
    c = contract({"holiday_calendar": "FR-Alsace-Moselle", "open_on_public_holidays": False})
    cal = service_calendar(c, "desk")
    assert cal is not None and cal.region == "FR-Alsace-Moselle" and cal.hours == BusinessCalendar().hours
    assert cal.is_open(at(2027, 3, 25, 10, 0)) and not cal.is_open(at(2027, 3, 26, 10, 0))  # Good Friday
    [request], _ = requests_from_contract(c)
    assert request.threshold_seconds == 2 * 9 * 3600


def test_a_service_open_on_public_holidays_is_open_in_measure_too() -> None:
    c = contract({"opening_hours": [{"days": "lun-sam", "from": "08:00", "to": "20:00"}],
                  "open_on_public_holidays": True})
    cal = service_calendar(c, "desk")
    assert cal is not None and cal.is_open(at(2027, 7, 14, 10, 0))
    assert cal.hours == BusinessCalendar.for_service(c.services.items[0]).hours  # type: ignore[union-attr]
    [request], _ = requests_from_contract(c)
    assert request.threshold_seconds == 2 * 12 * 3600
