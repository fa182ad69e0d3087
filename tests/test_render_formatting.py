"""How values read in each language (issue 4): amounts, percentages, dates and durations."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from voute.contract.values import Duration, DurationUnit, parse_duration
from voute.render import formatting as fmt

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (Decimal("1250"), "fr", f"1{NBSP}250,00{NBSP}€"),
        (Decimal("1250"), "en", f"EUR{NBSP}1,250.00"),
        (Decimal("0.5"), "fr", f"0,50{NBSP}€"),
        (Decimal("1234567.891"), "en", f"EUR{NBSP}1,234,567.89"),
        (Decimal("-40"), "fr", f"-40,00{NBSP}€"),
    ],
)
def test_money_is_written_the_way_each_language_writes_it(value: Decimal, lang: str, text: str) -> None:
    assert fmt.money(value, lang) == text


@given(st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from(["fr", "en"]))
def test_money_reads_back_to_the_same_cents(value: Decimal, lang: str) -> None:
    text = fmt.money(value, lang).replace(NBSP, "").replace("€", "").replace("EUR", "")
    digits = text.replace(",", ".") if lang == "fr" else text.replace(",", "")
    assert Decimal(digits) == value


@pytest.mark.parametrize(("value", "fr", "en"), [(Decimal("80"), f"80{NBSP}%", "80%"),
                                                 (Decimal("12.50"), f"12,5{NBSP}%", "12.5%"),
                                                 (Decimal("0.5"), f"0,5{NBSP}%", "0.5%")])
def test_percent(value: Decimal, fr: str, en: str) -> None:
    assert (fmt.percent(value, "fr"), fmt.percent(value, "en")) == (fr, en)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_dates_name_the_day_month_and_year(day: date) -> None:
    french, english = fmt.long_date(day, "fr"), fmt.long_date(day, "en")
    assert french.endswith(str(day.year)) and english.endswith(str(day.year))
    assert french.startswith("1er " if day.day == 1 else f"{day.day} ")
    assert english.split()[1] == day.strftime("%B")


@pytest.mark.parametrize(
    ("text", "fr", "en"),
    [("36 mois", "36 mois", "36 months"), ("1 mois", "1 mois", "1 month"),
     ("30 jours ouvrés", "30 jours ouvrés", "30 business days"), ("1 jour ouvré", "1 jour ouvré", "1 business day"),
     ("10 jours ouvrables", "10 jours ouvrables", "10 working days"), ("24h", "24 heures", "24 hours"),
     ("5 ans", "5 ans", "5 years"), ("1 an", "1 an", "1 year"), ("20s", "20 secondes", "20 seconds"),
     ("24 business_hours", "24 heures ouvrées", "24 business hours")],
)
def test_durations_are_written_in_words(text: str, fr: str, en: str) -> None:
    duration = parse_duration(text)
    assert fmt.duration(duration, "fr").replace(NBSP, " ") == fr
    assert fmt.duration(duration, "en").replace(NBSP, " ") == en


@given(st.integers(min_value=0, max_value=10_000), st.sampled_from(list(DurationUnit)))
def test_every_duration_keeps_its_amount_and_reads_back(amount: int, unit: DurationUnit) -> None:
    duration = Duration(amount=amount, unit=unit)
    for lang in ("fr", "en"):
        assert parse_duration(fmt.duration(duration, lang).replace(NBSP, " ")).amount == amount


@pytest.mark.parametrize(("days", "fr", "en"), [("mon-fri", "du lundi au vendredi", "Monday to Friday"),
                                                ("sat", "samedi", "Saturday"),
                                                ("mon,wed", "lundi, mercredi", "Monday, Wednesday")])
def test_opening_days(days: str, fr: str, en: str) -> None:
    assert (fmt.day_range(days, "fr"), fmt.day_range(days, "en")) == (fr, en)
