"""Measured values straight from raw records, through ``voute.measure`` (imported lazily: it needs DuckDB).

The contract's service levels become KPI requests (``voute.measure.from_contract``); each level gets the value
of its own service for the month, with numerator, denominator, record count and convention as provenance.
When the records do not name the contract's services (the Anonymous Bank log names call types), the user says
which service they all belong to (``records_service``) and the all-services value is used for that service.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from voute.contract.model import Contract
from voute.contract.service_levels import ServiceLevel
from voute.errors import InputError, Location
from voute.sla.inputs import Measurement, PeriodInputs, WindowMeasurement
from voute.sla.month import Month
from voute.sla.windows import aggregate, coverage_problem, first_month, parts_of_month, span_to_date

if TYPE_CHECKING:
    from voute.measure import Adapter, KpiRequest, KpiValue, Measurements

__all__ = ["RecordsMeasurement", "measure_from_records", "merge_records"]

_VOLUME_UNIT = {"calls": "calls", "tickets": "tickets", "surveys": "surveys", "evaluations": "evaluations",
                "outbound": "calls", "data_checks": "checks"}


@dataclasses.dataclass(frozen=True)
class RecordsMeasurement:
    """Values per level id, volumes per service (records counted), and the levels the records cannot give.

    ``windows`` holds the values of levels judged on another window than the month: each day or week of the
    month, or the quarter or year to date (with why the records do not cover it, when they do not).
    """

    measurements: dict[str, Measurement]
    volumes: dict[str, dict[str, int]]
    unmeasured: tuple[str, ...]
    quality: str
    windows: dict[str, tuple[WindowMeasurement, ...]] = dataclasses.field(default_factory=dict)


def measure_from_records(contract: Contract, records: Sequence[Path], records_format: str, month: Month,
                         records_service: str | None = None) -> RecordsMeasurement:
    """Measure every level the records can give for ``month``; raises InputError/RecordsError on bad input.

    Monthly levels are measured on the month. Levels with another window are measured in a second pass over
    the span their windows need (from the quarter's or year's first day, or the Monday of the first week),
    by day, week and month.
    """
    from voute.measure import builtin_adapter, load_mapping
    from voute.measure.from_contract import requests_from_contract

    adapter = load_mapping(Path(records_format)) if records_format.lower().endswith((".yaml", ".yml")) \
        else builtin_adapter(records_format)
    _check_service(contract, records_service)
    requests, _ = requests_from_contract(contract)
    levels = {lv.id: lv for lv in (contract.service_levels.levels if contract.service_levels else [])}
    wanted = [r for r in requests if r.kind is adapter.kind
              and (records_service is None or levels[r.label or ""].service == records_service)]
    if records_service is not None:
        wanted = [dataclasses.replace(r, service=None) for r in wanted]
    if not wanted:
        raise InputError.single(f"no service level of the contract is measured from {adapter.kind.value} records",
                                Location(path="--records"))
    monthly = [r for r in wanted if levels[r.label or ""].window.value == "month"]
    windowed = [r for r in wanted if levels[r.label or ""].window.value != "month"]
    source = f"records {', '.join(str(p) for p in records)} ({adapter.name})"
    run = _Run(contract, list(records), adapter, month, source, levels, records_service)
    found: dict[str, Measurement] = {}
    volumes: dict[str, dict[str, int]] = {}
    windows: dict[str, tuple[WindowMeasurement, ...]] = {}
    qualities = []
    if monthly:
        qualities.append(run.monthly(monthly, found, volumes))
    if windowed:
        qualities.append(run.windowed(windowed, found, volumes, windows))
    quality = qualities[0]  # the monthly pass reads the month; the windowed one also reads earlier days
    unmeasured = tuple(sorted(set(levels) - set(found) - set(windows)))
    return RecordsMeasurement(found, volumes, unmeasured, quality, windows)


@dataclasses.dataclass
class _Run:
    """One contract, record files and month: the monthly pass and the windowed pass share it."""

    contract: Contract
    records: list[Path]
    adapter: Adapter
    month: Month
    source: str
    levels: dict[str, ServiceLevel]
    records_service: str | None

    def first(self, level: ServiceLevel) -> int:
        """The month that begins the level's quarters and years (see ``windows.first_month``)."""
        return first_month(level, self.contract.term)

    def group(self, level: ServiceLevel) -> str:
        return "*" if self.records_service is not None else level.service

    def measure(self, requests: list[KpiRequest], first: date, granularities: Sequence[str]) -> Measurements:
        from voute.measure import Period, measure

        period = Period(first, self.month.shift(1).first_day, self.contract.timezone)
        return measure(self.records, self.adapter, requests, period, granularities)

    def monthly(self, requests: list[KpiRequest], found: dict[str, Measurement],
                volumes: dict[str, dict[str, int]]) -> str:
        result = self.measure(requests, self.month.first_day, ["month"])
        for request in requests:
            level = self.levels[request.label or ""]
            values = result.find(request.kpi, self.group(level), label=request.label)
            if values:
                found[level.id] = _measurement(values[0], self.source)
                _count(volumes, level.service, self.adapter.kind.value, values[0].record_count)
        return _quality(result)

    def windowed(self, requests: list[KpiRequest], found: dict[str, Measurement],
                 volumes: dict[str, dict[str, int]], windows: dict[str, tuple[WindowMeasurement, ...]]) -> str:
        first = min(span_to_date(level.window.value, self.month, self.first(level))[0]
                    for level in (self.levels[r.label or ""] for r in requests))
        kinds = {self.levels[r.label or ""].window.value for r in requests}
        result = self.measure(requests, first, ["month", "day", *(["week"] if "week" in kinds else [])])
        for request in requests:
            level = self.levels[request.label or ""]
            group = self.group(level)
            days = {v.period_start.date(): v for v in result.find(request.kpi, group, "day", request.label)}
            months = {Month.parse(v.period_start.date()): v for v in result.find(request.kpi, group, "month",
                                                                                  request.label)}
            if self.month in months:
                current = months[self.month]
                _count(volumes, level.service, self.adapter.kind.value, current.record_count)
                if level.window.value in ("day", "week"):
                    found[level.id] = _measurement(current, self.source)
            weeks = {v.period_start.date(): v for v in result.find(request.kpi, group, "week", request.label)}
            windows[level.id] = self.windows_of(level, days, weeks, months)
        return _quality(result)

    def windows_of(self, level: ServiceLevel, days: dict[date, KpiValue], weeks: dict[date, KpiValue],
                   months: dict[Month, KpiValue]) -> tuple[WindowMeasurement, ...]:
        window = level.window.value
        with_records = [d for d, v in days.items() if v.record_count > 0]
        if window == "day":
            return tuple(WindowMeasurement(d, d, _maybe(days.get(d), self.source))
                         for d, _ in parts_of_month(window, self.month))
        if window == "week":
            out = []
            for first, last in parts_of_month(window, self.month):
                before = min(last, self.month.first_day - timedelta(days=1))
                gap = coverage_problem(with_records, first, before) if first < self.month.first_day else ""
                out.append(WindowMeasurement(first, last, _maybe(weeks.get(first), self.source), gap))
            return tuple(out)
        first, last = span_to_date(window, self.month, self.first(level))
        gap = coverage_problem(with_records, first, last)
        covered = [(m, _maybe(months.get(m), self.source)) for m in Month.spanning(first, last)]
        measurement, _ = aggregate(level, [(m, x or _empty(level)) for m, x in covered])
        if measurement is not None:
            measurement = dataclasses.replace(measurement, source=self.source)
        return (WindowMeasurement(first, last, measurement, gap),)


def _measurement(v: KpiValue, source: str) -> Measurement:
    return Measurement(v.value, v.numerator, v.denominator, v.record_count, v.convention, source)


def _maybe(v: KpiValue | None, source: str) -> Measurement | None:
    return None if v is None else _measurement(v, source)


def _empty(level: ServiceLevel) -> Measurement:
    """A month of the window without any eligible record: it adds nothing to the sums."""
    return Measurement(None, Decimal(0), Decimal(0), 0)



def _count(volumes: dict[str, dict[str, int]], service: str, kind: str, count: int) -> None:
    volumes.setdefault(service, {}).setdefault(_VOLUME_UNIT[kind], count)


def _quality(result: Measurements) -> str:
    q = result.quality
    return f"{q.rows} rows, {q.valid} used, {q.outside_period} outside the period, {q.excluded} excluded"


def merge_records(periods: list[PeriodInputs], month: Month, measured: RecordsMeasurement) -> list[PeriodInputs]:
    """Add values measured from records to the month's inputs; a level given twice is an error."""
    index = next((i for i, p in enumerate(periods) if p.month == month), None)
    if index is None:
        return [*periods, PeriodInputs(month, measured.measurements, volumes=measured.volumes,
                                       windows=measured.windows)]
    current = periods[index]
    twice = sorted(set(current.measurements) & set(measured.measurements))
    if twice:
        raise InputError.single(f"measured both in the file and from the records: {', '.join(twice)}; "
                                "remove them from the file or from the contract's records", current.location)
    volumes = {**measured.volumes, **current.volumes}
    merged = dataclasses.replace(current, measurements={**current.measurements, **measured.measurements},
                                 volumes=volumes, windows={**current.windows, **measured.windows})
    return [*periods[:index], merged, *periods[index + 1:]]


def _check_service(contract: Contract, service: str | None) -> None:
    known = {s.id for s in contract.services.items} if contract.services else set()
    if service is not None and service not in known:
        raise InputError.single(f"unknown service {service!r}; known: {', '.join(sorted(known))}",
                                Location(path="--records-service"))
