"""Price revision by an index (Syntec and the like): P = P0 x (a + (1 - a) x S / S0), capped, once a year.

Rules (docs/billing.md explains them with an example):

* **Revision dates**: ``indexation.first_revision``, else the first anniversary of ``term.start``; then every
  anniversary of that first date. A revision dated D applies to every month that starts on or after D (a
  revision in the middle of a month applies from the next month: no pro-rata within a month).
* **Which S**: for a revision dated D, the last index value *published* on or before D. A value carries its
  publication date when the index file gives one; otherwise the value of month M is deemed published on the
  last day of month M + 1 (the Syntec federation publishes a month's index during the following month).
* **S0**: ``indexation.base_value``, else the value the index file gives for ``indexation.base_month``.
* **Each revision once**: the factor of revision k is computed from P0 (never from an already revised price),
  then bounded by the previous factor: at most ``x (1 + cap)``, at least ``x (1 - floor)``, and never lower
  than the previous one when the clause is not symmetric. So a revision is applied once per anniversary,
  never twice.
* **Rounding**: the factor is exact; a revised unit price is rounded half-up to 4 decimals (1/100 of a cent),
  the precision printed on the invoice so that anyone can redo quantity x price. Amounts are rounded once, per
  line, to the cent (``voute.money.round_cents``).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from voute.billing._files import read_mapping, read_text
from voute.contract.costs import Indexation
from voute.contract.values import parse_decimal
from voute.errors import InputError, Location, Problem
from voute.inputfiles import located
from voute.money import exact
from voute.sla.month import Month

__all__ = [
    "IndexTable",
    "IndexValue",
    "PriceFactor",
    "Revision",
    "load_index",
    "parse_index",
    "price_factor",
    "revise",
    "revision_dates",
]

PRICE_PLACES = Decimal("0.0001")
ONE = Decimal(1)


@dataclass(frozen=True)
class IndexValue:
    """One published value of the index: its month, its value, when it was published, where it was read."""

    month: Month
    value: Decimal
    published: date
    source: str = ""


@dataclass(frozen=True)
class IndexTable:
    """The index values the user gives (no download): month -> value, with publication dates."""

    name: str | None
    values: tuple[IndexValue, ...]

    def for_month(self, month: Month) -> IndexValue | None:
        """The value of a given month, if the table has it."""
        return next((v for v in self.values if v.month == month), None)

    def last_published(self, day: date) -> IndexValue | None:
        """The value published last on or before ``day`` (the latest month among equal publication dates)."""
        known = [v for v in self.values if v.published <= day]
        return max(known, key=lambda v: (v.published, v.month)) if known else None


@dataclass(frozen=True)
class Revision:
    """One revision of the prices: its date, the index value used, the factor before and after the bounds."""

    day: date
    index: IndexValue
    base: Decimal
    raw: Decimal
    factor: Decimal
    previous: Decimal
    bound: str | None
    formula: str


@dataclass(frozen=True)
class PriceFactor:
    """What multiplies every initial price P0 in a month: 1 before the first revision."""

    factor: Decimal
    revisions: tuple[Revision, ...] = ()
    next_revision: date | None = None

    @property
    def last(self) -> Revision | None:
        """The revision in force, if any."""
        return self.revisions[-1] if self.revisions else None

    def describe(self) -> str:
        """The factor with its provenance, for an invoice line's source."""
        last = self.last
        if last is None:
            when = f" (first revision {self.next_revision})" if self.next_revision else ""
            return f"initial prices, not revised{when}"
        return f"revised {last.day}: factor {_short(self.factor)} ({last.formula})"


def revise(price: Decimal, factor: Decimal) -> Decimal:
    """A unit price revised by ``factor``, rounded half-up to 4 decimals (unchanged when the factor is 1)."""
    if factor == ONE:
        return price
    with exact():
        return (price * factor).quantize(PRICE_PLACES, rounding=ROUND_HALF_UP)


def revision_dates(clause: Indexation, term_start: date | None, until: date) -> list[date]:
    """Every revision date on or before ``until``: the first one, then each anniversary of it."""
    first = clause.first_revision or (_anniversary(term_start, 1) if term_start else None)
    if first is None:
        return []
    days: list[date] = []
    years = 0
    while (day := _anniversary(first, years)) <= until:
        days.append(day)
        years += 1
    return days


def price_factor(
    clause: Indexation | None, term_start: date | None, table: IndexTable | None, month: Month
) -> PriceFactor:
    """The factor applying to the prices of ``month`` and the revisions that led to it.

    Raises :class:`InputError` when a revision is due but the index values needed are missing.
    """
    if clause is None:
        return PriceFactor(ONE)
    days = revision_dates(clause, term_start, month.first_day)
    upcoming = revision_dates(clause, term_start, date(month.year + 30, 12, 31))
    next_day = next((d for d in upcoming if d > month.first_day), None)
    if not days:
        return PriceFactor(ONE, (), next_day)
    base = base_value(clause, table)
    revisions: list[Revision] = []
    factor = ONE
    for day in days:
        revision = revise_on(clause, _index_at(clause, table, day), base, factor, day)
        revisions.append(revision)
        factor = revision.factor
    return PriceFactor(factor, tuple(revisions), next_day)


def revise_on(clause: Indexation, index: IndexValue, base: Decimal, previous: Decimal, day: date) -> Revision:
    """One revision: ``a + (1 - a) x S / S0``, bounded by the previous factor (cap, floor, symmetry)."""
    a = clause.fixed_part
    with exact():
        raw = a + (ONE - a) * index.value / base
        factor, bound = raw, None
        if clause.cap is not None and factor > (high := previous * (1 + clause.cap / 100)):
            factor, bound = high, f"cap +{clause.cap}%"
        if clause.floor is not None and factor < (low := previous * (1 - clause.floor / 100)):
            factor, bound = low, f"floor -{clause.floor}%"
        if not clause.symmetric and factor < previous:
            factor, bound = previous, "no decrease (clause not symmetric)"
    formula = (
        f"{a} + {ONE - a} × {index.value} / {base} = {_short(raw)}"
        f"{f', bounded by {bound} of {_short(previous)}' if bound else ''}; "
        f"{clause.index} {index.month} = {index.value}, published {index.published}"
    )
    return Revision(day, index, base, raw, factor, previous, bound, formula)


def base_value(clause: Indexation, table: IndexTable | None) -> Decimal:
    """S0: the contract's base value, else the table's value for the base month."""
    if clause.base_value is not None:
        return clause.base_value
    if clause.base_month and table is not None:
        found = table.for_month(Month.parse(clause.base_month))
        if found is not None:
            return found.value
    where_ = Location(path="costs.indexation.base_value")
    raise InputError.single(
        f"the {clause.index} base value S0 is not in the contract, and the index file gives no value for the "
        f"base month {clause.base_month or '(none)'}",
        where_,
    )


def _index_at(clause: Indexation, table: IndexTable | None, day: date) -> IndexValue:
    if table is None:
        raise InputError.single(
            f"the contract revises prices by the {clause.index} index on {day}: give the index values with "
            f"--index (a YAML or CSV file: month -> value)",
            Location(path="costs.indexation"),
        )
    found = table.last_published(day)
    if found is None:
        raise InputError.single(
            f"no {clause.index} value published on or before the revision of {day} in the index file",
            Location(path="costs.indexation"),
        )
    return found


def _anniversary(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year: the anniversary is 28 February
        return day.replace(year=day.year + years, day=28)


def _short(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP).normalize())


# -- reading the index file ----------------------------------------------------------------------------------


def load_index(path: str | Path) -> IndexTable:
    """Read index values from YAML/JSON (``values: {2027-11: "305.1"}``) or CSV
    (``month,value[,published]``)."""
    path = Path(path)
    return parse_index(read_text(path, "index"), str(path))


def parse_index(text: str, filename: str) -> IndexTable:
    """Same as :func:`load_index` for text in memory; the format is guessed from the name, then the
    content."""
    if filename.lower().endswith((".csv", ".tsv", ".txt")):
        return _parse_csv(text, filename)
    positioned = read_mapping(text, filename, "index")
    data: dict[str, Any] = positioned.data
    problems: list[Problem] = []
    for key in data:
        if key not in ("index", "values", "comment"):
            problems.append(Problem(located(positioned, filename, (key,)), f"unknown key {key!r} (index:, values:)"))
    raw = data.get("values")
    if not isinstance(raw, dict) or not raw:
        problems.append(
            Problem(
                located(positioned, filename, ("values",)),
                'expected "values:" mapping months to values, e.g. 2027-11: "305.1"',
            )
        )
        raise InputError(problems)
    values = []
    for key, item in raw.items():
        loc = located(positioned, filename, ("values", key))
        value, published = (item.get("value"), item.get("published")) if isinstance(item, dict) else (item, None)
        found = _value(str(key), value, published, loc, problems)
        if found is not None:
            values.append(found)
    if problems:
        raise InputError(problems)
    name = data.get("index")
    return IndexTable(None if name is None else str(name), tuple(sorted(values, key=lambda v: v.month)))


def _parse_csv(text: str, filename: str) -> IndexTable:
    delimiter = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header = [h.strip().lower() for h in rows[0]]
    if "month" not in header or "value" not in header:
        raise InputError.single(
            'the first line must name the columns "month" and "value" (and "published")',
            Location(filename, 1),
        )
    values: list[IndexValue] = []
    problems: list[Problem] = []
    seen: dict[Month, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = dict(zip(header, (c.strip() for c in row), strict=False))
        found = _value(
            cells.get("month", ""),
            cells.get("value"),
            cells.get("published") or None,
            Location(filename, number),
            problems,
        )
        if found is not None and found.month in seen:
            problems.append(
                Problem(
                    Location(filename, number),
                    f"the month {found.month} is already given at line {seen[found.month]}",
                )
            )
        elif found is not None:
            seen[found.month] = number
            values.append(found)
    if problems:
        raise InputError(problems)
    return IndexTable(None, tuple(sorted(values, key=lambda v: v.month)))


def _value(month_text: str, value: Any, published: Any, loc: Location, problems: list[Problem]) -> IndexValue | None:
    try:
        month = Month.parse(month_text)
    except ValueError:
        problems.append(Problem(loc, f"expected a month such as 2027-11, got {month_text!r}"))
        return None
    try:
        number = parse_decimal(value, 'an index value such as "305.1"')
    except ValueError as error:
        problems.append(Problem(loc, str(error)))
        return None
    if number <= 0:
        problems.append(Problem(loc, f"an index value is positive, got {number}"))
        return None
    if published is None:
        day = month.shift(1).last_day
    else:
        try:
            day = published if isinstance(published, date) else date.fromisoformat(str(published))
        except ValueError:
            problems.append(Problem(loc, f"expected a publication date such as 2027-12-28, got {published!r}"))
            return None
    return IndexValue(month, number, day, str(loc))


def early_factors(
    clause: Indexation | None, table: IndexTable | None, current: PriceFactor, month: Month
) -> tuple[Decimal, ...]:
    """The factors prices would have if the next revision were applied to ``month`` (too early).

    Two readings of "the last published value": at the start of the month, and at the start of the next one
    (when the invoice is issued). Empty when no revision is pending or the index values are not known: then an
    early revision cannot be recognised, only a wrong price.
    """
    if clause is None or table is None or current.next_revision is None:
        return ()
    try:
        base = base_value(clause, table)
    except InputError:
        return ()
    factors: list[Decimal] = []
    for day in (month.first_day, month.shift(1).first_day):
        found = table.last_published(day)
        if found is not None:
            factor = revise_on(clause, found, base, current.factor, day).factor
            if factor not in factors:
                factors.append(factor)
    return tuple(factors)
