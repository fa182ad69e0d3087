"""Calendar months, the period every service level of a contact-centre contract is judged and invoiced on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["Month"]

_MONTH_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month; months order, subtract and shift like integers.

    >>> Month.parse("2027-03").shift(-3), Month.parse("2027-03") - Month.parse("2026-12")
    (Month(year=2026, month=12), 3)
    """

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not between 1 and 12")

    @classmethod
    def parse(cls, value: object) -> Month:
        """Read ``"2027-03"`` or a date (its month); ValueError otherwise."""
        if isinstance(value, date):
            return cls(value.year, value.month)
        if isinstance(value, str):
            match = _MONTH_RE.match(value)
            if match:
                return cls(int(match.group(1)), int(match.group(2)))
        raise ValueError(f'expected a month such as "2027-03", got {value!r}')

    def shift(self, months: int) -> Month:
        """The month ``months`` later (earlier when negative)."""
        index = self.year * 12 + self.month - 1 + months
        return Month(index // 12, index % 12 + 1)

    def __sub__(self, other: Month) -> int:
        return (self.year * 12 + self.month) - (other.year * 12 + other.month)

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return self.shift(1).first_day - timedelta(days=1)

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls in this month."""
        return (day.year, day.month) == (self.year, self.month)

    @classmethod
    def spanning(cls, first: date, last: date) -> list[Month]:
        """The months holding the days from ``first`` to ``last`` (inclusive), in order."""
        months, current = [], cls.parse(first)
        while current.first_day <= last:
            months.append(current)
            current = current.shift(1)
        return months

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"
