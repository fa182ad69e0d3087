"""Value types that contracts write as text: percentages, amounts, durations, thresholds.

A contract file says ``target: "80%"``, ``notice: "3 mois"``, ``cap: "10%"`` or ``threshold: "20s"``. These
types parse exactly that language (French and English), keep exact decimals, and export a JSON Schema pattern
so editors can validate the file while it is written.
"""

import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, PlainSerializer, WithJsonSchema

from voute.wording import is_singular

__all__ = [
    "Amount",
    "Cap",
    "Duration",
    "DurationUnit",
    "Percent",
    "parse_decimal",
    "parse_duration",
    "parse_percent",
]


def parse_decimal(value: Any, what: str = "a number such as 12.50") -> Decimal:
    """Read an exact decimal from YAML (int, Decimal) or text written the French or English way.

    >>> parse_decimal("12 500,50")
    Decimal('12500.50')
    """
    if isinstance(value, bool):
        raise ValueError(f"expected {what}, got a yes/no value")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        if re.fullmatch(r"[+-]?\d+,\d+", text):
            text = text.replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"expected {what}, got {value!r}") from None
        if not number.is_finite():
            raise ValueError(f"expected {what}, got {value!r}")
        return number
    raise ValueError(f"expected {what}, got {type(value).__name__}")


_PERCENT_RE = re.compile(r"^\s*([+-]?\d+(?:[.,]\d+)?)\s*%\s*$")


def parse_percent(value: Any) -> Decimal:
    """Read a percentage written with its sign: ``"80%"`` or ``"12,5 %"`` gives ``Decimal("80")``.

    A bare number is refused on purpose: 0.8 and 80 would both be plausible and a contract must not guess.
    """
    if isinstance(value, str):
        match = _PERCENT_RE.match(value)
        if match:
            return Decimal(match.group(1).replace(",", "."))
    raise ValueError(f'expected a percentage such as "80%", got {value!r}')


def _percent_or_pass(value: Any) -> Any:
    return parse_percent(value)


Percent = Annotated[
    Decimal,
    BeforeValidator(_percent_or_pass),
    PlainSerializer(lambda v: f"{v}%", return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^\s*[+-]?\d+([.,]\d+)?\s*%\s*$", "examples": ["80%"]}),
]
"""A percentage, stored as the number before the sign (``"80%"`` is ``Decimal("80")``)."""


def _amount(value: Any) -> Decimal:
    if isinstance(value, str):
        text = re.sub(r"\s*(€|EUR|eur|euros?|HT|ht|H\.T\.)\s*$", "", value.strip())
        text = re.sub(r"\s*(€|EUR|eur|euros?)\s*$", "", text)
        return parse_decimal(text, 'an amount such as "1250.00" or "1 250 EUR"')
    return parse_decimal(value, 'an amount such as "1250.00" or "1 250 EUR"')


Amount = Annotated[
    Decimal,
    BeforeValidator(_amount),
    PlainSerializer(lambda v: str(v), return_type=str),
    WithJsonSchema({"type": ["string", "number"], "examples": ["1250.00", "1 250 EUR"]}),
]
"""An exact amount of money in the contract's currency (excluding VAT unless a field says otherwise)."""


class DurationUnit(StrEnum):
    """Units contracts use; French business days come in two kinds that must not be confused."""

    seconds = "seconds"
    minutes = "minutes"
    hours = "hours"
    business_hours = "business_hours"
    calendar_days = "calendar_days"
    business_days = "business_days"  # jours ouvrés: Monday to Friday, public holidays excluded
    working_days = "working_days"  # jours ouvrables: Monday to Saturday, public holidays excluded
    weeks = "weeks"
    months = "months"
    years = "years"


_UNIT_WORDS: list[tuple[str, DurationUnit]] = [
    (r"s|sec|secs|seconds?|secondes?", DurationUnit.seconds),
    (r"min|mins|minutes?", DurationUnit.minutes),
    (r"business\s+hours?|heures?\s+ouvr[ée]es?|ho", DurationUnit.business_hours),
    (r"h|hrs?|hours?|heures?", DurationUnit.hours),
    (r"business\s+days?|jours?\s+ouvr[ée]s?|jo", DurationUnit.business_days),
    (r"working\s+days?|jours?\s+ouvrables?", DurationUnit.working_days),
    (r"d|days?|calendar\s+days?|jours?(\s+calendaires)?|j", DurationUnit.calendar_days),
    (r"w|weeks?|semaines?", DurationUnit.weeks),
    (r"months?|mois", DurationUnit.months),
    (r"y|years?|ans?|années?|annees?", DurationUnit.years),
]
_DURATION_RE = re.compile(
    r"^\s*(\d+)\s*(" + "|".join(f"(?:{words})" for words, _ in _UNIT_WORDS) + r")\s*$", re.IGNORECASE
)


class Duration(BaseModel):
    """An amount of a unit, exactly as the contract writes it (``"3 mois"``, ``"30 jours ouvrés"``, ``"20s"``).

    Durations are never converted to a fixed number of days here: one month after 31 January is not 30 days
    after it. The calendar module does that arithmetic.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    amount: int
    unit: DurationUnit

    def __str__(self) -> str:
        return f"{self.amount} {self.unit.value}"

    def words(self) -> tuple[str, str]:
        """The duration written out in French and in English, e.g. ("30 jours ouvrés", "30 business days")."""
        return (
            f"{self.amount} {unit_word(self.unit, self.amount, 'fr')}",
            f"{self.amount} {unit_word(self.unit, self.amount, 'en')}",
        )

    def fixed_seconds(self) -> int | None:
        """Length in seconds for the units that have one (seconds to weeks of calendar time), else None."""
        factor = {
            DurationUnit.seconds: 1,
            DurationUnit.minutes: 60,
            DurationUnit.hours: 3600,
            DurationUnit.calendar_days: 86400,
            DurationUnit.weeks: 7 * 86400,
        }.get(self.unit)
        return None if factor is None else self.amount * factor

    def approx_days(self) -> Decimal:
        """A rough length in calendar days, only to compare orders of magnitude (notice versus term)."""
        per_day = {
            DurationUnit.seconds: Decimal(1) / 86400,
            DurationUnit.minutes: Decimal(1) / 1440,
            DurationUnit.hours: Decimal(1) / 24,
            DurationUnit.business_hours: Decimal(1) / 8,
            DurationUnit.calendar_days: Decimal(1),
            DurationUnit.business_days: Decimal("1.4"),
            DurationUnit.working_days: Decimal("1.17"),
            DurationUnit.weeks: Decimal(7),
            DurationUnit.months: Decimal("30.44"),
            DurationUnit.years: Decimal("365.25"),
        }[self.unit]
        return self.amount * per_day


_UNIT_NAMES: dict[DurationUnit, tuple[str, str, str, str]] = {
    DurationUnit.seconds: ("seconde", "secondes", "second", "seconds"),
    DurationUnit.minutes: ("minute", "minutes", "minute", "minutes"),
    DurationUnit.hours: ("heure", "heures", "hour", "hours"),
    DurationUnit.business_hours: ("heure ouvrée", "heures ouvrées", "business hour", "business hours"),
    DurationUnit.calendar_days: ("jour", "jours", "day", "days"),
    DurationUnit.business_days: ("jour ouvré", "jours ouvrés", "business day", "business days"),
    DurationUnit.working_days: ("jour ouvrable", "jours ouvrables", "working day", "working days"),
    DurationUnit.weeks: ("semaine", "semaines", "week", "weeks"),
    DurationUnit.months: ("mois", "mois", "month", "months"),
    DurationUnit.years: ("an", "ans", "year", "years"),
}


def unit_word(unit: DurationUnit, amount: int, lang: str) -> str:
    """The word for ``amount`` of ``unit`` in ``lang``: ``jours ouvrés``, ``business day``..."""
    fr_one, fr_many, en_one, en_many = _UNIT_NAMES[unit]
    if lang == "fr":
        return fr_one if is_singular(amount, "fr") else fr_many
    return en_one if is_singular(amount, "en") else en_many


def parse_duration(value: Any) -> Duration:
    """Read ``"36 months"``, ``"36 mois"``, ``"30 jours ouvrés"``, ``"72h"`` or ``{amount: 3, unit: months}``.

    >>> parse_duration("30 jours ouvrés").unit.value
    'business_days'
    """
    if isinstance(value, Duration):
        return value
    if isinstance(value, dict):
        return Duration.model_validate(value)
    if isinstance(value, str):
        match = _DURATION_RE.match(value.replace("_", " "))
        if match:
            word = match.group(2).lower()
            for pattern, unit in _UNIT_WORDS:
                if re.fullmatch(pattern, word, re.IGNORECASE):
                    return Duration(amount=int(match.group(1)), unit=unit)
    raise ValueError(f'expected a duration such as "3 months", "30 jours ouvrés" or "20s", got {value!r}')


def _duration_before(value: Any) -> Any:
    return parse_duration(value)


DurationText = Annotated[
    Duration,
    BeforeValidator(_duration_before),
    PlainSerializer(lambda v: f"{v.amount} {v.unit.value}", return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "description": "An amount and a unit, e.g. '3 months', '30 jours ouvrés', '20s', '72h'.",
            "examples": ["3 months", "30 jours ouvrés", "20s"],
        }
    ),
]


class Cap(BaseModel):
    """A ceiling written either as a percentage of a basis (``"10%"``) or as an amount (``"50 000 EUR"``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    percent: Decimal | None = None
    amount: Decimal | None = None

    def __str__(self) -> str:
        return f"{self.percent}%" if self.percent is not None else f"{self.amount}"


def parse_cap(value: Any) -> Cap:
    if isinstance(value, Cap):
        return value
    if isinstance(value, str) and "%" in value:
        return Cap(percent=parse_percent(value))
    try:
        return Cap(amount=_amount(value))
    except ValueError:
        raise ValueError(
            f'expected a percentage such as "10%" or an amount such as "50000 EUR", got {value!r}'
        ) from None


CapText = Annotated[
    Cap,
    BeforeValidator(parse_cap),
    PlainSerializer(lambda v: str(v), return_type=str),
    WithJsonSchema({"type": ["string", "number"], "examples": ["10%", "50000 EUR"]}),
]
