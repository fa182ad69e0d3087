"""Measurement windows: a service level judged per day, week, month, quarter or year (``ServiceLevel.window``).

Rules (docs/sla.md, "Measurement windows"):

* ``month`` (the default): judged on the calendar month, as before.
* ``quarter`` and ``year``: judged **once, on the whole window, in its last month**, when the penalty is due.
  Calendar quarters and years by default, or counted from the month the contract starts (``window_start:
  contract``: a contract starting on 15 February 2027 has the quarters February-April, May-July...). In the
  other months the value to date is shown, ``not_judged``, with no penalty. The window's value is the ratio of
  the sums of its months (Σ numerators / Σ denominators, exact for every additive KPI; a stock such as the
  backlog takes the value of the last month). A window whose months or records are incomplete is
  ``not_judged`` with the reason (``window_incomplete``), never judged on a part.
* ``day`` and ``week``: each day, or each Monday-to-Sunday week **ending in the month**, is judged on its own
  (``Attainment.parts``); the month is missed when one of them is. The penalty model applies to each missed day or
  week, and the month's caps then bound their sum.

Records cover a window when every calendar month of it holds a record and no 7 consecutive days of it are
without any record (a closed weekend, a bank holiday, are shorter than that).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from voute.contract.service_levels import ServiceLevel
from voute.contract.services import Service
from voute.contract.term import Term
from voute.money import exact
from voute.sla.attainment import comparator_of, event_exclusions, judge_value, target_of, unit_of, volume_exclusions
from voute.sla.inputs import Measurement, PeriodInputs
from voute.sla.month import Month
from voute.sla.results import Attainment, Note, Status

__all__ = [
    "LONG_WINDOWS",
    "MAX_GAP_DAYS",
    "aggregate",
    "assess_window",
    "coverage_problem",
    "first_month",
    "is_window_end",
    "parts_of_month",
    "ratio_scale",
    "span_to_date",
    "window_bounds",
    "window_step",
]

LONG_WINDOWS = {"quarter": 3, "year": 12}
"""Windows longer than a month, and their length in months."""

MAX_GAP_DAYS = 7
"""Records missing for this many consecutive days make a quarter or year incomplete."""


def window_step(window: str) -> int:
    """Months between two consecutive windows judged (1 for month, day and week levels)."""
    return LONG_WINDOWS.get(window, 1)


def first_month(level: ServiceLevel, term: Term | None) -> int:
    """The month (1-12) that begins the level's quarters and years: January, or the contract's first month."""
    if level.window_start == "contract" and term is not None:
        return term.start.month
    return 1


def window_bounds(window: str, month: Month, first: int = 1) -> tuple[date, date]:
    """The quarter or year holding ``month`` (or the month itself) as ``[first day, next first day)``.

    Quarters and years begin in month ``first`` (1 = calendar quarters and years).

    >>> window_bounds("quarter", Month(2027, 3))
    (datetime.date(2027, 1, 1), datetime.date(2027, 4, 1))
    >>> window_bounds("quarter", Month(2027, 3), first=2)
    (datetime.date(2027, 2, 1), datetime.date(2027, 5, 1))
    """
    length = window_step(window)
    if length == 1:
        return month.first_day, month.shift(1).first_day
    start = month.shift(-((month.month - first) % length))
    return start.first_day, start.shift(length).first_day


def is_window_end(window: str, month: Month, first: int = 1) -> bool:
    """Whether ``month`` is the last month of its quarter or year (always true for shorter windows)."""
    return window_bounds(window, month, first)[1] == month.shift(1).first_day


def parts_of_month(window: str, month: Month) -> list[tuple[date, date]]:
    """The days, or the Monday-to-Sunday weeks ending in the month, as ``(first, last)`` inclusive."""
    if window == "day":
        return [(d, d) for d in _days(month.first_day, month.last_day)]
    sundays = [d for d in _days(month.first_day, month.last_day) if d.weekday() == 6]
    return [(sunday - timedelta(days=6), sunday) for sunday in sundays]


def span_to_date(window: str, month: Month, first: int = 1) -> tuple[date, date]:
    """Days ``(first, last)`` inclusive that the records must hold to judge ``month``'s windows so far."""
    if window in LONG_WINDOWS:
        return window_bounds(window, month, first)[0], month.last_day
    if window == "week":
        parts = parts_of_month(window, month)
        return (parts[0][0] if parts else month.first_day), month.last_day
    return month.first_day, month.last_day


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def coverage_problem(days_with_records: Iterable[date], first: date, last: date) -> str:
    """Why records do not cover ``first..last`` (empty when they do): a month without record, or a long gap.

    >>> coverage_problem([date(2027, 3, d) for d in range(1, 32)], date(2027, 1, 1), date(2027, 3, 31))
    'records from 2027-03-01 to 2027-03-31; no record from 2027-01-01 to 2027-02-28'
    """
    days = sorted({d for d in days_with_records if first <= d <= last})
    if not days:
        return f"no record from {first} to {last}"
    gaps = [(a + timedelta(days=1), b - timedelta(days=1))
            for a, b in zip([first - timedelta(days=1), *days], [*days, last + timedelta(days=1)], strict=True)]
    months = {Month.parse(d) for d in days}
    long = [(a, b) for a, b in gaps if (b - a).days + 1 >= MAX_GAP_DAYS]
    missing = [m for m in Month.spanning(first, last) if m not in months]
    if not long and not missing:
        return ""
    text = f"records from {days[0]} to {days[-1]}"
    if long:
        text += "; " + ", ".join(f"no record from {a} to {b}" for a, b in long)
    elif missing:
        text += "; no record in " + ", ".join(str(m) for m in missing)
    return text



def ratio_scale(kpi: str, unit: str) -> Decimal:
    """What ``numerator / denominator`` is multiplied by to give the value (100 for percentages and NPS)."""
    return Decimal(100) if unit == "percent" or kpi == "nps" else Decimal(1)


def aggregate(level: ServiceLevel,
              months: Sequence[tuple[Month, Measurement | None]]) -> tuple[Measurement | None, str]:
    """The value of a window from its months' measurements: Σ numerators / Σ denominators (ratio of sums).

    Returns the measurement and, when it cannot be computed, why (a month missing, a value without its
    numerator and denominator). A stock (unit ``count``, e.g. the backlog) takes its last month's value.
    """
    unit = unit_of(level)
    absent = [str(m) for m, found in months if found is None]
    if absent:
        return None, f"no value for {', '.join(absent)}"
    found = [(m, x) for m, x in months if x is not None]
    if unit == "count":
        return found[-1][1], ""
    bare = [str(m) for m, x in found if x.numerator is None or x.denominator is None]
    if bare:
        return None, f"no numerator and denominator for {', '.join(bare)}: a window is the ratio of the sums"
    num = sum((x.numerator or Decimal(0) for _, x in found), Decimal(0))
    den = sum((x.denominator or Decimal(0) for _, x in found), Decimal(0))
    counts = [x.record_count for _, x in found]
    with exact():
        value = None if den == 0 else num * ratio_scale(level.kpi, unit) / den
    convention = next((x.convention for _, x in found if x.convention), None)
    first, last = found[0][0], found[-1][0]
    source = f"sum of {first}..{last}" if first != last else str(first)
    record_count = None if None in counts else sum(c or 0 for c in counts)
    return Measurement(value, num, den, record_count, convention, source), ""


def assess_window(level: ServiceLevel, month: Month, inputs_by_month: Mapping[Month, PeriodInputs],
                  services: Mapping[str, Service], first: int = 1) -> Attainment:
    """Judge a level whose window is a day, a week, a quarter or a year (beginning in month ``first``)."""
    if level.window.value in LONG_WINDOWS:
        return _assess_long(level, month, inputs_by_month, services, first)
    return _assess_parts(level, month, inputs_by_month[month], services)


def _assess_long(level: ServiceLevel, month: Month, inputs_by_month: Mapping[Month, PeriodInputs],
                 services: Mapping[str, Service], first: int) -> Attainment:
    window = level.window.value
    start, end = window_bounds(window, month, first)
    last = month.last_day
    given = inputs_by_month[month].windows.get(level.id)
    if given:
        measurement, incomplete = given[0].measurement, given[0].incomplete
    else:
        months = [(m, _measured(inputs_by_month, m, level.id)) for m in Month.spanning(start, last)]
        measurement, incomplete = aggregate(level, months)
    bounds = {"window": window, "window_start": start, "window_end": end - timedelta(days=1)}
    notes: tuple[Note, ...] = (Note("window_incomplete", incomplete),) if incomplete else ()
    ended = is_window_end(window, month, first)
    if not ended or incomplete:
        if not ended:
            notes = (Note("window_to_date", f"{start}..{last}; judged on {start}..{end - timedelta(days=1)}"),
                     *notes)
        shown = None if incomplete else measurement
        return _not_judged(level, month, measurement, notes, bounds, value=None if shown is None else shown.value)
    exclusions = _window_exclusions(level, start, end - timedelta(days=1), inputs_by_month, services)
    return judge_value(level, month, measurement, exclusions, **bounds)


def _measured(inputs_by_month: Mapping[Month, PeriodInputs], month: Month, level_id: str) -> Measurement | None:
    inputs = inputs_by_month.get(month)
    return None if inputs is None else inputs.measurements.get(level_id)


def _window_exclusions(level: ServiceLevel, first: date, last: date, inputs_by_month: Mapping[Month, PeriodInputs],
                       services: Mapping[str, Service]) -> tuple[Note, ...]:
    notes: list[Note] = []
    for month in Month.spanning(first, last):
        inputs = inputs_by_month.get(month)
        if inputs is not None:
            notes += event_exclusions(level, inputs.events, first, last)
            notes += volume_exclusions(level, inputs, services.get(level.service))
    return tuple(dict.fromkeys(notes))


def _assess_parts(level: ServiceLevel, month: Month, inputs: PeriodInputs,
                  services: Mapping[str, Service]) -> Attainment:
    window = level.window.value
    given = {w.first: w for w in inputs.windows.get(level.id, ())}
    volume = tuple(volume_exclusions(level, inputs, services.get(level.service)))
    parts: list[Attainment] = []
    for first, last in parts_of_month(window, month):
        bounds = {"window": window, "window_start": first, "window_end": last}
        found = given.get(first)
        if found is not None and found.incomplete:
            parts.append(_not_judged(level, month, found.measurement, (Note("window_incomplete", found.incomplete),),
                                     bounds))
            continue
        exclusions = (*event_exclusions(level, inputs.events, first, last), *volume)
        parts.append(judge_value(level, month, None if found is None else found.measurement, exclusions, **bounds))
    month_value = inputs.measurements.get(level.id)
    if not given:
        why = Note("window_values_missing", f"one value per {window} of {month}")
        return _not_judged(level, month, month_value, (why,), {"window": window})
    status, notes = _month_verdict(window, parts)
    return Attainment(level_id=level.id, kpi=level.kpi, month=month, status=status, target=target_of(level),
                      comparator=comparator_of(level), unit=unit_of(level),
                      value=None if month_value is None else month_value.value, measurement=month_value,
                      notes=notes, window=window, window_start=month.first_day, window_end=month.last_day,
                      parts=tuple(parts))


def _month_verdict(window: str, parts: Sequence[Attainment]) -> tuple[Status, tuple[Note, ...]]:
    """Missed when one day or week is missed; met when one is met and none missed; else the parts' state."""
    by_status = {s: [p for p in parts if p.status is s] for s in Status}
    missed = by_status[Status.missed]
    notes: tuple[Note, ...] = ()
    if missed:
        days = ", ".join(str(p.window_start) for p in missed)
        notes = (Note(f"{window}s_missed", f"{len(missed)} / {len(parts)}: {days}"),)
    for status in (Status.missed, Status.met, Status.excluded, Status.not_judged):
        if by_status[status]:
            return status, notes
    return Status.not_measured, (Note("no_eligible_record"),)


def _not_judged(level: ServiceLevel, month: Month, measurement: Measurement | None, notes: tuple[Note, ...],
                bounds: Mapping[str, Any], value: Decimal | None = None) -> Attainment:
    """A level, day or week that is not judged (window not over, or incomplete), with the value to date."""
    return Attainment(level_id=level.id, kpi=level.kpi, month=month, status=Status.not_judged,
                      target=target_of(level), comparator=comparator_of(level), unit=unit_of(level),
                      value=value, measurement=measurement, notes=notes, **bounds)
