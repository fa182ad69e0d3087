"""Day arithmetic as contracts write it (issue 3): months with month ends, jours ouvrés and ouvrables,
French and Alsace-Moselle holidays, "at least N before", checked on examples and against a day-by-day oracle."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import test_calendar_oracle as oracle
from voute.calendar import (
    DurationNotOnCalendar,
    add,
    add_months,
    is_business_day,
    is_public_holiday,
    is_working_day,
    last_day_to_send,
    notice_deadline,
    period_end,
    public_holidays,
    span_end,
)
from voute.contract.values import Duration, DurationUnit, parse_duration

D = parse_duration
REGIONS = ["FR", "FR-Alsace-Moselle"]


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2027, 1, 31), 1, date(2027, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2028, 2, 29), 48, date(2032, 2, 29)),
        (date(2027, 8, 31), 1, date(2027, 9, 30)),
        (date(2027, 1, 31), -2, date(2026, 11, 30)),
        (date(2027, 12, 15), 1, date(2028, 1, 15)),
    ],
)
def test_add_months_keeps_the_day_number_or_the_last_day(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_month_end_start_does_not_drift_to_the_28th() -> None:
    # Adding month after month would give 28 March; anchored arithmetic gives 31 March.
    assert add(date(2027, 1, 31), D("2 mois")) == date(2027, 3, 31)
    assert add(add(date(2027, 1, 31), D("1 mois")), D("1 mois")) == date(2027, 3, 28)


@pytest.mark.parametrize(
    ("region", "day", "holiday"),
    [
        ("FR", date(2027, 3, 26), False),  # Good Friday: only in Alsace-Moselle
        ("FR-Alsace-Moselle", date(2027, 3, 26), True),
        ("FR", date(2027, 12, 26), False),  # St Stephen's day: only in Alsace-Moselle
        ("FR-Alsace-Moselle", date(2027, 12, 26), True),
        ("FR", date(2027, 5, 17), True),  # Whit Monday
        ("FR", date(2027, 7, 14), True),
        ("none", date(2027, 7, 14), False),
    ],
)
def test_public_holidays_by_region(region: str, day: date, holiday: bool) -> None:
    assert is_public_holiday(day, region) is holiday


def test_alsace_moselle_has_two_more_holidays_than_the_nation() -> None:
    assert public_holidays(2027, "FR-Alsace-Moselle") - public_holidays(2027, "FR") == {
        date(2027, 3, 26), date(2027, 12, 26)}


def test_unknown_region_is_refused() -> None:
    with pytest.raises(ValueError, match="FR-Alsace-Moselle"):
        public_holidays(2027, "Bretagne")


@pytest.mark.parametrize(
    ("day", "ouvre", "ouvrable"),
    [
        (date(2027, 1, 29), True, True),  # Friday
        (date(2027, 1, 30), False, True),  # Saturday: ouvrable, not ouvré
        (date(2027, 1, 31), False, False),  # Sunday
        (date(2027, 1, 1), False, False),  # New Year's Day, a Friday
    ],
)
def test_business_days_versus_working_days(day: date, ouvre: bool, ouvrable: bool) -> None:
    assert is_business_day(day) is ouvre
    assert is_working_day(day) is ouvrable


@pytest.mark.parametrize(
    ("start", "duration", "region", "expected"),
    [
        (date(2027, 3, 24), "3 jours ouvrés", "FR", date(2027, 3, 30)),  # Thu, Fri, (Easter Mon), Tue
        (date(2027, 3, 24), "3 jours ouvrés", "FR-Alsace-Moselle", date(2027, 3, 31)),  # Good Friday too
        (date(2027, 1, 29), "2 jours ouvrables", "FR", date(2027, 2, 1)),  # Saturday counts, Sunday not
        (date(2027, 1, 29), "2 jours ouvrés", "FR", date(2027, 2, 2)),
        (date(2027, 12, 24), "1 jour ouvré", "FR-Alsace-Moselle", date(2027, 12, 27)),
        (date(2027, 1, 1), "2 semaines", "FR", date(2027, 1, 15)),
        (date(2027, 1, 1), "48h", "FR", date(2027, 1, 3)),
        (date(2027, 1, 1), "25h", "FR", date(2027, 1, 3)),  # part of a day counts as a whole day
    ],
)
def test_add(start: date, duration: str, region: str, expected: date) -> None:
    assert add(start, D(duration), region) == expected


@pytest.mark.parametrize(
    ("start", "duration", "expected_last_day"),
    [
        (date(2027, 1, 1), "36 mois", date(2029, 12, 31)),
        (date(2027, 1, 31), "1 mois", date(2027, 2, 27)),
        (date(2028, 2, 29), "1 an", date(2029, 2, 27)),
        (date(2027, 1, 1), "5 jours ouvrés", date(2027, 1, 8)),  # 1 January is a holiday: Mon 4 to Fri 8
        (date(2027, 1, 4), "5 jours ouvrés", date(2027, 1, 8)),  # the first day counts when it is one
    ],
)
def test_period_end(start: date, duration: str, expected_last_day: date) -> None:
    assert period_end(start, D(duration)) - timedelta(days=1) == expected_last_day


@pytest.mark.parametrize(
    ("boundary", "notice", "region", "expected"),
    [
        (date(2030, 1, 1), "3 mois", "FR", date(2029, 9, 30)),  # term ends 31 December
        (date(2030, 1, 1), "6 mois", "FR", date(2029, 6, 30)),
        (date(2027, 3, 1), "1 mois", "FR", date(2027, 1, 31)),  # term ends 28 February
        (date(2027, 3, 31), "1 mois", "FR", date(2027, 2, 27)),  # a full month from 28 Feb would end 27 Mar
        (date(2027, 2, 28), "1 mois", "FR", date(2027, 1, 27)),  # art. 641 reading is the stricter here
        (date(2030, 1, 1), "30 jours", "FR", date(2029, 12, 1)),  # 2 to 31 December: 30 days
        (date(2030, 1, 1), "0 jours", "FR", date(2029, 12, 31)),
        (date(2027, 4, 2), "5 jours ouvrés", "FR", date(2027, 3, 24)),  # 25, 26, 30, 31 Mar, 1 Apr (29: Easter Monday)
        (date(2027, 4, 2), "5 jours ouvrés", "FR-Alsace-Moselle", date(2027, 3, 23)),  # Good Friday 26 too
    ],
)
def test_notice_deadline_examples(boundary: date, notice: str, region: str, expected: date) -> None:
    assert notice_deadline(boundary, D(notice), region) == expected


def test_notice_in_business_hours_cannot_be_placed_on_days() -> None:
    with pytest.raises(DurationNotOnCalendar, match="business days"):
        notice_deadline(date(2030, 1, 1), D("8 heures ouvrées"))


@pytest.mark.parametrize(
    ("limit", "receipt", "delay", "expected"),
    [
        (date(2029, 9, 30), False, "3 jours ouvrables", date(2029, 9, 29)),  # Sunday: the Saturday before
        (date(2029, 9, 30), True, "3 jours ouvrables", date(2029, 9, 26)),
        (date(2029, 9, 30), True, "0 jours", date(2029, 9, 29)),
        (date(2027, 11, 12), True, "2 jours ouvrables", date(2027, 11, 9)),  # 11 November is a holiday
    ],
)
def test_last_day_to_send(limit: date, receipt: bool, delay: str, expected: date) -> None:
    assert last_day_to_send(limit, receipt, D(delay)) == expected


# --- against the day-by-day oracle ---------------------------------------------------------------------------

@st.composite
def start_dates(draw: st.DrawFn) -> date:
    """Any day 1996-2096, with month ends, 29 February and 1 January drawn often."""
    year = draw(st.integers(1996, 2096))
    month = draw(st.integers(1, 12))
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    day = draw(st.one_of(st.integers(1, last), st.sampled_from([last, last - 1, 1])))
    if draw(st.booleans()) and year % 4 == 0:
        return date(year, 2, 29)
    return date(year, month, day)


CAPS = {DurationUnit.calendar_days: 400, DurationUnit.weeks: 60, DurationUnit.business_days: 260,
        DurationUnit.working_days: 300, DurationUnit.months: 40, DurationUnit.years: 4}


@st.composite
def durations(draw: st.DrawFn, units: tuple[DurationUnit, ...] = tuple(CAPS)) -> Duration:
    unit = draw(st.sampled_from(units))
    return Duration(amount=draw(st.integers(0, CAPS[unit])), unit=unit)


@settings(max_examples=300, deadline=None)
@given(start_dates(), durations(), st.sampled_from(REGIONS))
def test_period_end_matches_the_oracle(start: date, duration: Duration, region: str) -> None:
    assert period_end(start, duration, region) == oracle.period_end(start, duration, region)


@settings(max_examples=300, deadline=None)
@given(start_dates(), durations(), st.sampled_from(REGIONS))
def test_span_end_matches_the_oracle(after: date, duration: Duration, region: str) -> None:
    assert span_end(after, duration, region) == oracle.span_end(after, duration, region)


@settings(max_examples=200, deadline=None)
@given(start_dates(), durations(), st.sampled_from(REGIONS))
def test_notice_deadline_matches_the_oracle(boundary: date, notice: Duration, region: str) -> None:
    expected = oracle.notice_deadline(boundary, notice, region)
    got = notice_deadline(boundary, notice, region)
    assert got == expected
    # The definition itself: on the deadline N full units remain, one day later they do not.
    assert oracle.span_end(got, notice, region) < boundary <= oracle.span_end(got + timedelta(days=1), notice, region)


@settings(max_examples=200, deadline=None)
@given(start_dates(), st.booleans(), st.integers(0, 6), st.sampled_from(REGIONS))
def test_last_day_to_send_matches_the_oracle(limit: date, receipt: bool, delay: int, region: str) -> None:
    got = last_day_to_send(limit, receipt, Duration(amount=delay, unit=DurationUnit.working_days), region)
    assert got == oracle.send_by(limit, receipt, delay, region)
    assert got <= limit and is_working_day(got, region)
