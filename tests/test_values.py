"""The value language of contract files: percentages, amounts, durations (issue 2)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from voute.contract.values import DurationUnit, parse_cap, parse_decimal, parse_duration, parse_percent


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("36 months", 36, DurationUnit.months),
        ("36 mois", 36, DurationUnit.months),
        ("30 jours ouvrés", 30, DurationUnit.business_days),
        ("30 jours ouvrables", 30, DurationUnit.working_days),
        ("30 jours", 30, DurationUnit.calendar_days),
        ("15 business days", 15, DurationUnit.business_days),
        ("20s", 20, DurationUnit.seconds),
        ("72h", 72, DurationUnit.hours),
        ("1 an", 1, DurationUnit.years),
        ("2 semaines", 2, DurationUnit.weeks),
        ("8 heures ouvrées", 8, DurationUnit.business_hours),
        ("24 business_hours", 24, DurationUnit.business_hours),
        ("5 min", 5, DurationUnit.minutes),
    ],
)
def test_durations_as_contracts_write_them(text: str, amount: int, unit: DurationUnit) -> None:
    duration = parse_duration(text)
    assert (duration.amount, duration.unit) == (amount, unit)


@pytest.mark.parametrize("text", ["soon", "3", "-3 days", "3 fortnights", "", "1.5 months"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ValueError, match="expected a duration"):
        parse_duration(text)


@pytest.mark.parametrize(("text", "value"), [("80%", "80"), ("12,5 %", "12.5"), ("0.5%", "0.5"), ("-3%", "-3")])
def test_percentages(text: str, value: str) -> None:
    assert parse_percent(text) == Decimal(value)


@pytest.mark.parametrize("value", [80, 0.8, "80", "eighty %", None, True])
def test_percent_needs_its_sign(value: object) -> None:
    with pytest.raises(ValueError, match='such as "80%"'):
        parse_percent(value)


def test_caps_are_percent_or_amount() -> None:
    assert parse_cap("10%").percent == Decimal(10)
    assert parse_cap("50 000 EUR").amount == Decimal(50000)
    assert parse_cap("1 250,50 €").amount == Decimal("1250.50")
    with pytest.raises(ValueError):
        parse_cap("a lot")


@given(st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=2, allow_nan=False))
def test_decimal_text_round_trips(value: Decimal) -> None:
    assert parse_decimal(str(value)) == value
    assert parse_percent(f"{value}%") == value


@given(st.integers(min_value=0, max_value=10_000), st.sampled_from(list(DurationUnit)))
def test_duration_round_trip(amount: int, unit: DurationUnit) -> None:
    assert parse_duration(f"{amount} {unit.value}").model_dump() == {"amount": amount, "unit": unit}


@pytest.mark.parametrize(
    ("text", "fr", "en"),
    [
        ("96h", "96 heures", "96 hours"),
        ("1 mois", "1 mois", "1 month"),
        ("3 mois", "3 mois", "3 months"),
        ("1 jour ouvré", "1 jour ouvré", "1 business day"),
        ("30 jours ouvrés", "30 jours ouvrés", "30 business days"),
        ("2 jours ouvrables", "2 jours ouvrables", "2 working days"),
        ("1 an", "1 an", "1 year"),
        ("2 ans", "2 ans", "2 years"),
        ("8 heures ouvrées", "8 heures ouvrées", "8 business hours"),
    ],
)
def test_durations_written_out(text: str, fr: str, en: str) -> None:
    assert parse_duration(text).words() == (fr, en)
