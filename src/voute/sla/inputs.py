"""What a month brings to the evaluation: measured values, fees, volumes, exclusion events, deliveries.

A measurements file (YAML or JSON) holds one month, or several under ``periods:``::

    contract: ML-AC-2027-001          # optional; checked against the contract
    period: 2027-03
    fees: {service_client: "61250.00", sav: "34800.00"}    # amounts invoiced for the month, excl. VAT
    invoice_total: "110450.00"        # optional; the sum of the fees otherwise
    volumes: {service_client: {calls: 19850, emails: 5900}}
    events:
      - {kind: force_majeure, from: 2027-03-10, to: 2027-03-11, description: "Panne opérateur national"}
    levels:
      sl_appels_client: "78.4%"
      abandon_client: {value: "4.1%", numerator: 740, denominator: 18050, record_count: 19850}
    credited: {sl_appels_client: "1200.00"}   # past months only: what was actually credited
    milestones: {demarrage: {delivered: 2027-02-13}}

Everything is checked against the contract (unknown level, service or milestone ids, values in the wrong unit)
and every problem is reported at once with its file, line and path.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from voute import catalogue
from voute.contract.integrity import parse_target
from voute.contract.model import Contract
from voute.contract.values import parse_decimal
from voute.contract.yamlpos import Path as YamlPath
from voute.contract.yamlpos import Positioned, read_yaml
from voute.errors import InputError, Location
from voute.inputfiles import PositionedReader, read_text_file
from voute.sla.month import Month

__all__ = [
    "ExclusionEvent",
    "Measurement",
    "PeriodInputs",
    "WindowMeasurement",
    "load_measurements",
    "parse_measurements",
]

MAX_MB = 20
_BLOCK_KEYS = {"period", "fees", "invoice_total", "volumes", "events", "levels", "credited", "milestones", "comment"}
_TOP_KEYS = {"contract", "periods", "comment"}


@dataclass(frozen=True)
class Measurement:
    """A measured value of a service level for a month, with what it was computed from (its provenance)."""

    value: Decimal | None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    record_count: int | None = None
    convention: str | None = None
    source: str = ""


@dataclass(frozen=True)
class WindowMeasurement:
    """A level's value over one window: a day, a week, or a quarter or year to date (``last`` inclusive).

    ``incomplete`` says why the window cannot be judged (the records do not cover it), empty otherwise.
    """

    first: date
    last: date
    measurement: Measurement | None
    incomplete: str = ""


@dataclass(frozen=True)
class ExclusionEvent:
    """A declared event that suspends service levels listing its ``kind`` in their exclusions.

    ``end`` is inclusive. Empty ``levels`` and ``services`` mean the event concerns every level.
    """

    kind: str
    start: date
    end: date
    description: str = ""
    levels: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    source: str = ""

    def concerns(self, level_id: str, service_id: str) -> bool:
        """Whether the event is declared for this level (or its service, or everything)."""
        if not self.levels and not self.services:
            return True
        return level_id in self.levels or service_id in self.services


@dataclass(frozen=True)
class PeriodInputs:
    """Everything known about one month. ``location`` points at the block it was read from."""

    month: Month
    measurements: Mapping[str, Measurement] = field(default_factory=dict)
    fees: Mapping[str, Decimal] = field(default_factory=dict)
    invoice_total: Decimal | None = None
    volumes: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    events: tuple[ExclusionEvent, ...] = ()
    credited: Mapping[str, Decimal] = field(default_factory=dict)
    deliveries: Mapping[str, date] = field(default_factory=dict)
    location: Location = field(default_factory=Location)
    windows: Mapping[str, tuple[WindowMeasurement, ...]] = field(default_factory=dict)
    """Values of levels judged on another window than the month (per day, week, quarter or year to date)."""

    def total_fee(self) -> Decimal | None:
        """The month's total invoice excluding VAT: as declared, else the sum of the service fees."""
        if self.invoice_total is not None:
            return self.invoice_total
        return sum(self.fees.values(), Decimal(0)) if self.fees else None


def load_measurements(path: str | Path, contract: Contract) -> list[PeriodInputs]:
    """Read a measurements file (YAML or JSON) and check it against the contract.

    Raises :class:`InputError` listing every located problem.
    """
    path = Path(path)
    return parse_measurements(_read_text(path), str(path), contract)


def parse_measurements(text: str, filename: str, contract: Contract) -> list[PeriodInputs]:
    """Same as :func:`load_measurements` for text already in memory."""
    if not text.strip():
        raise InputError.single("the file is empty: it holds no measurement", Location(filename))
    positioned = read_yaml(text, filename)
    if positioned.data is None:
        raise InputError(positioned.problems)
    reader = _Reader(positioned, filename, contract)
    periods = reader.read()
    problems = positioned.problems + reader.problems
    if problems:
        raise InputError(problems)
    return periods


def _read_text(path: Path) -> str:
    return read_text_file(path, "measurements", MAX_MB)


class _Reader(PositionedReader):
    """Turns the positioned YAML into ``PeriodInputs``, collecting located problems instead of stopping."""

    def __init__(self, positioned: Positioned, filename: str, contract: Contract) -> None:
        super().__init__(positioned, filename)
        self.contract = contract
        section = contract.service_levels
        self.levels = {lv.id: lv for lv in section.levels} if section else {}
        self.milestones = {m.id for m in section.milestones} if section else set()
        self.services = {s.id for s in contract.services.items} if contract.services else set()

    def read(self) -> list[PeriodInputs]:
        data = self.positioned.data
        if not isinstance(data, dict):
            self.problem((), 'expected a mapping with "period:" (one month) or "periods:" (several)')
            return []
        if "periods" not in data:
            return [p for p in [self.block(data, ())] if p is not None]
        self.unknown_keys(data, (), _TOP_KEYS)
        self.check_contract(data)
        blocks = data["periods"]
        if not isinstance(blocks, list):
            self.problem(("periods",), "expected a list of months, each with its own \"period:\"")
            return []
        found = (self.block(b, ("periods", i)) for i, b in enumerate(blocks))
        return [p for p in found if p is not None]

    def check_contract(self, data: dict[str, Any]) -> None:
        reference = data.get("contract")
        if reference is not None and str(reference) != self.contract.reference:
            self.problem(("contract",), f"these measurements are for contract {reference!r}, "
                                        f"not {self.contract.reference!r}")

    def unknown_keys(self, data: dict[str, Any], path: YamlPath, known: set[str]) -> None:
        for key in data:
            if key not in known:
                self.problem((*path, key), _unknown("key", key, known))

    def block(self, data: Any, path: YamlPath) -> PeriodInputs | None:
        if not isinstance(data, dict):
            self.problem(path, "expected a mapping with period:, fees:, levels: ...")
            return None
        keys = _BLOCK_KEYS | (_TOP_KEYS - {"periods"} if not path else set())
        self.unknown_keys(data, path, keys)
        if not path:
            self.check_contract(data)
        try:
            month = Month.parse(str(data.get("period", "")))
        except ValueError:
            self.problem((*path, "period"), 'each block needs "period:" written as a month, e.g. 2027-03')
            return None
        return PeriodInputs(
            month=month,
            windows=self.windows_of(data.get("levels"), (*path, "levels"), month),
            measurements=self.levels_of(data.get("levels"), (*path, "levels")),
            fees=self.amounts(data.get("fees"), (*path, "fees"), self.services, "service"),
            invoice_total=self.amount(data.get("invoice_total"), (*path, "invoice_total")),
            volumes=self.volumes(data.get("volumes"), (*path, "volumes")),
            events=tuple(self.events(data.get("events"), (*path, "events"))),
            credited=self.amounts(data.get("credited"), (*path, "credited"), set(self.levels), "service level"),
            deliveries=self.deliveries(data.get("milestones"), (*path, "milestones")),
            location=self.where(path),
        )

    def known(self, key: str, path: YamlPath, ids: set[str], what: str) -> bool:
        if key in ids:
            return True
        self.problem(path, _unknown(what, key, ids))
        return False

    def amount(self, value: Any, path: YamlPath) -> Decimal | None:
        if value is None:
            return None
        try:
            number = parse_decimal(_strip_currency(value), 'an amount such as "61250.00"')
        except ValueError as error:
            self.problem(path, str(error))
            return None
        if number < 0:
            self.problem(path, f"an amount cannot be negative, got {number}")
            return None
        return number

    def amounts(self, value: Any, path: YamlPath, ids: set[str], what: str) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for key, raw in self.mapping(value, path).items():
            if self.known(key, (*path, key), ids, what):
                number = self.amount(raw, (*path, key))
                if number is not None:
                    out[key] = number
        return out

    def volumes(self, value: Any, path: YamlPath) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for service, units in self.mapping(value, path).items():
            if not self.known(service, (*path, service), self.services, "service"):
                continue
            for unit, count in self.mapping(units, (*path, service)).items():
                if isinstance(count, int) and not isinstance(count, bool) and count >= 0:
                    out.setdefault(service, {})[unit] = count
                else:
                    self.problem((*path, service, unit), f"expected a whole number of {unit}, got {count!r}")
        return out

    def levels_of(self, value: Any, path: YamlPath) -> dict[str, Measurement]:
        out: dict[str, Measurement] = {}
        for level_id, raw in self.mapping(value, path).items():
            if self.known(level_id, (*path, level_id), set(self.levels), "service level"):
                found = self.measurement(level_id, raw, (*path, level_id))
                if found is not None:
                    out[level_id] = found
        return out

    def windows_of(self, value: Any, path: YamlPath, month: Month) -> dict[str, tuple[WindowMeasurement, ...]]:
        """Per-day or per-week values of day and week levels, under ``windows:`` (first day -> value)."""
        out: dict[str, tuple[WindowMeasurement, ...]] = {}
        for level_id, raw in self.mapping(value, path).items():
            if level_id not in self.levels or not isinstance(raw, dict) or "windows" not in raw:
                continue
            where = (*path, level_id, "windows")
            window = self.levels[level_id].window.value
            if window not in ("day", "week"):
                self.problem(where, f"{level_id!r} is judged per {window}: windows: is for day and week levels; "
                                    "a quarter or year is summed from each month's numerator and denominator")
                continue
            out[level_id] = tuple(self.window_values(level_id, raw["windows"], where, window, month))
        return out

    def window_values(self, level_id: str, raw: Any, path: YamlPath, window: str,
                      month: Month) -> Iterator[WindowMeasurement]:
        from voute.sla.windows import parts_of_month

        parts = dict(parts_of_month(window, month))
        for key, item in self.mapping(raw, path).items():
            day = key if isinstance(key, date) else _date_or_none(key)
            if day is None or day not in parts:
                what = "a day of" if window == "day" else "the Monday of a week ending in"
                self.problem((*path, str(key)), f"expected {what} {month}, written 2027-03-01, got {key!r}")
                continue
            found = self.measurement(level_id, item, (*path, str(key)))
            if found is not None:
                yield WindowMeasurement(day, parts[day], found)

    def measurement(self, level_id: str, raw: Any, path: YamlPath) -> Measurement | None:
        unit = _unit(self.levels[level_id].kpi)
        source = str(self.where(path))
        try:
            if not isinstance(raw, dict):
                return Measurement(value=self.value(raw, unit, path), source=source)
            value = self.value(raw.get("value"), unit, (*path, "value"))
        except _Invalid:
            return None
        known = {"value", "numerator", "denominator", "record_count", "convention", "source"}
        self.unknown_keys(raw, path, known | ({"windows"} if len(path) > 0 and path[-2:-1] == ("levels",) else set()))
        count = raw.get("record_count")
        if count is not None and (not isinstance(count, int) or isinstance(count, bool) or count < 0):
            self.problem((*path, "record_count"), f"expected a whole number of records, got {count!r}")
            count = None
        return Measurement(
            value=value,
            numerator=self.number(raw.get("numerator"), (*path, "numerator")),
            denominator=self.number(raw.get("denominator"), (*path, "denominator")),
            record_count=count,
            convention=None if raw.get("convention") is None else str(raw["convention"]),
            source=str(raw.get("source") or source),
        )

    def value(self, raw: Any, unit: str, path: YamlPath) -> Decimal | None:
        """The value in the KPI unit; records the problem and raises ``_Invalid`` when it cannot be read."""
        if raw is None:
            return None
        try:
            value = parse_target(unit, raw) if isinstance(raw, str) else _bare(raw, unit)
        except ValueError as error:
            self.problem(path, f"{error} (the KPI is measured in {unit})")
            raise _Invalid from None
        if unit == "percent" and not Decimal(0) <= value <= Decimal(100):
            self.problem(path, f"a service level must be at least 0% and at most 100%, got {value}%")
            raise _Invalid
        return value

    def number(self, raw: Any, path: YamlPath) -> Decimal | None:
        if raw is None:
            return None
        try:
            return parse_decimal(raw)
        except ValueError as error:
            self.problem(path, str(error))
            return None

    def events(self, value: Any, path: YamlPath) -> Iterator[ExclusionEvent]:
        if value is None:
            return
        if not isinstance(value, list):
            self.problem(path, "expected a list of events, each with kind:, from: and to:")
            return
        for index, raw in enumerate(value):
            event = self.event(raw, (*path, index))
            if event is not None:
                yield event

    def event(self, raw: Any, path: YamlPath) -> ExclusionEvent | None:
        if not isinstance(raw, dict):
            self.problem(path, "expected kind:, from:, to: and a description:")
            return None
        self.unknown_keys(raw, path, {"kind", "from", "to", "description", "levels", "services"})
        start, end = raw.get("from"), raw.get("to", raw.get("from"))
        if not isinstance(start, date) or not isinstance(end, date):
            self.problem(path, "an event needs dates from: and to: written 2027-03-10")
            return None
        if end < start:
            self.problem((*path, "to"), f"the event ends ({end}) before it starts ({start})")
            return None
        if not isinstance(raw.get("kind"), str):
            self.problem(path, "an event needs a kind: force_majeure, client_caused_incident...")
            return None
        levels = tuple(self.ids(raw.get("levels"), (*path, "levels"), set(self.levels), "service level"))
        services = tuple(self.ids(raw.get("services"), (*path, "services"), self.services, "service"))
        description = str(raw.get("description") or "")
        return ExclusionEvent(raw["kind"], start, end, description, levels, services, str(self.where(path)))

    def ids(self, value: Any, path: YamlPath, known: set[str], what: str) -> Iterable[str]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(path, f"expected a list of {what} ids")
            return []
        return [v for i, v in enumerate(value) if self.known(str(v), (*path, i), known, what)]

    def deliveries(self, value: Any, path: YamlPath) -> dict[str, date]:
        out: dict[str, date] = {}
        for key, raw in self.mapping(value, path).items():
            if not self.known(key, (*path, key), self.milestones, "milestone"):
                continue
            day = raw.get("delivered") if isinstance(raw, dict) else raw
            if isinstance(day, date):
                out[key] = day
            elif day is not None:
                self.problem((*path, key), "expected the delivery date, e.g. {delivered: 2027-02-13}")
        return out


def _date_or_none(key: Any) -> date | None:
    try:
        return date.fromisoformat(str(key))
    except ValueError:
        return None


class _Invalid(Exception):
    """A value could not be read; the problem is already recorded."""


def _bare(raw: Any, unit: str) -> Decimal:
    if unit == "percent":
        raise ValueError(f'write percentages with their sign, e.g. "78.4%", got {raw!r}')
    return parse_decimal(raw)


def _strip_currency(value: Any) -> Any:
    if isinstance(value, str):
        text = value.strip()
        for suffix in ("HT", "€", "EUR", "euros"):  # "1 000 € HT" ends with two of them
            text = text.removesuffix(suffix).strip()
        return text
    return value


def _unit(kpi_id: str) -> str:
    try:
        return str(catalogue.kpi(kpi_id).unit)
    except KeyError:
        return "score"


def _unknown(what: str, value: str, known: Iterable[str]) -> str:
    names = sorted(known)
    close = difflib.get_close_matches(value, names, n=2, cutoff=0.6)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    listed = ", ".join(names[:12]) or "none"
    return f"unknown {what} {value!r}{hint} (known: {listed})"
