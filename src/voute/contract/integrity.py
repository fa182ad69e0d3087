"""Checks that need the whole contract and the catalogue: unique ids, known references, targets in the KPI unit.

These are input errors (exit status 2), not checklist findings: a service level that points at a service that
does not exist cannot be measured, priced or rendered, so the contract is unusable until it is fixed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from voute import catalogue
from voute.contract.model import Contract
from voute.contract.services import HOLIDAY_CALENDARS
from voute.contract.values import parse_decimal, parse_duration, parse_percent
from voute.contract.yamlpos import Path, Positioned, format_path
from voute.errors import Location, Problem


def parse_target(unit: str, value: Any) -> Decimal:
    """Read a target or threshold in the unit of its KPI: percent, seconds, score or count.

    >>> parse_target("seconds", "2 min")
    Decimal('120')
    """
    if unit == "percent":
        return parse_percent(value)
    if unit == "seconds":
        seconds = parse_duration(value).fixed_seconds()
        if seconds is None:
            raise ValueError(f'expected a time such as "30s" or "2 min", got {value!r}')
        return Decimal(seconds)
    what = 'a whole number such as "150"' if unit == "count" else 'a score such as "4.2" or "+30"'
    number = parse_decimal(value, what)
    if unit == "count" and number != number.to_integral_value():
        raise ValueError(f"expected {what}, got {value!r}")
    return number


_WHAT = {"percent": "a percentage", "seconds": "a time", "score": "a score", "count": "a whole number"}
_EXAMPLES = {"percent": '"80%"', "seconds": '"30s"', "score": '"4.2"', "count": '"150"'}


def check_integrity(contract: Contract, positioned: Positioned, filename: str) -> list[Problem]:
    """Every cross-reference problem of the contract, located."""
    checker = _Integrity(contract, positioned, filename)
    return list(checker.run())


class _Integrity:
    def __init__(self, contract: Contract, positioned: Positioned, filename: str) -> None:
        self.contract = contract
        self.positioned = positioned
        self.filename = filename

    def problem(self, path: Path, message: str, code: str) -> Problem:
        position = self.positioned.position(path)
        line, column = position if position else (None, None)
        return Problem(Location(self.filename, line, column, path=format_path(path)), message, code)

    def run(self) -> Iterator[Problem]:
        yield from self._timezone()
        yield from self._services()
        yield from self._levels()
        yield from self._prices()
        yield from self._milestones()

    def _timezone(self) -> Iterator[Problem]:
        try:
            ZoneInfo(self.contract.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            yield self.problem(("timezone",), f"unknown time zone {self.contract.timezone!r}; e.g. Europe/Paris", "ref")

    def _duplicates(self, base: Path, ids: Iterable[str], what: str) -> Iterator[Problem]:
        seen: dict[str, int] = {}
        for index, ident in enumerate(ids):
            if ident in seen:
                message = f"duplicate {what} id {ident!r} (already used by item {seen[ident]})"
                yield self.problem((*base, index, "id"), message, "duplicate_id")
            else:
                seen[ident] = index

    def _services(self) -> Iterator[Problem]:
        section = self.contract.services
        if section is None:
            return
        known = catalogue.services()
        yield from self._duplicates(("services", "items"), (s.id for s in section.items), "service")
        for index, service in enumerate(section.items):
            path: Path = ("services", "items", index)
            if service.kind not in known:
                yield self.problem((*path, "kind"), _unknown("service kind", service.kind, known), "ref")
            if service.holiday_calendar not in HOLIDAY_CALENDARS:
                message = f"unknown holiday calendar {service.holiday_calendar!r}; use {', '.join(HOLIDAY_CALENDARS)}"
                yield self.problem((*path, "holiday_calendar"), message, "ref")

    def _service_ids(self) -> set[str]:
        return {s.id for s in self.contract.services.items} if self.contract.services else set()

    def _levels(self) -> Iterator[Problem]:
        section = self.contract.service_levels
        if section is None:
            return
        yield from self._duplicates(("service_levels", "levels"), (lv.id for lv in section.levels), "service level")
        services = self._service_ids()
        kpis = catalogue.kpis()
        for index, level in enumerate(section.levels):
            path: Path = ("service_levels", "levels", index)
            if level.service not in services:
                yield self.problem((*path, "service"), _unknown("service", level.service, services), "ref")
            if level.window_start == "contract" and self.contract.term is None:
                message = "window_start: contract counts quarters and years from term.start, which is missing"
                yield self.problem((*path, "window_start"), message, "missing_term_start")
            kpi = kpis.get(level.kpi)
            if kpi is None:
                yield self.problem((*path, "kpi"), _unknown("KPI", level.kpi, kpis), "ref")
                continue
            yield from self._target(path, "target", kpi.unit, level.target)
            if level.penalty is not None:
                for tier_index, tier in enumerate(level.penalty.tiers):
                    tier_path = (*path, "penalty", "tiers", tier_index)
                    yield from self._target(tier_path, "threshold", kpi.unit, tier.threshold)
            for name in sorted(level.parameters.model_fields_set - {"priority"}):
                definition = kpi.parameters.get(name)
                if definition is not None:
                    yield from self._parameter_value(path, name, definition, getattr(level.parameters, name))
                    continue
                if name not in kpi.parameters:
                    accepted = ", ".join(sorted(kpi.parameters)) or "none"
                    message = f"the parameter {name!r} does not apply to the KPI {level.kpi!r} (accepted: {accepted})"
                    yield self.problem((*path, "parameters", name), message, "unknown_parameter")
            for name, parameter in kpi.parameters.items():
                if parameter.required and getattr(level.parameters, name, None) in (None, []):
                    message = f"the KPI {level.kpi!r} needs the parameter {name!r}"
                    yield self.problem((*path, "parameters"), message, "missing_parameter")

    def _parameter_value(self, path: Path, name: str, definition: Any, value: Any) -> Iterator[Problem]:
        if value is None or not isinstance(value, str) or definition.type != "enum":
            return
        try:
            definition.validate_value(value)
        except ValueError as error:
            yield self.problem((*path, "parameters", name), str(error), "parameter_value")

    def _target(self, path: Path, field: str, unit: str, value: str) -> Iterator[Problem]:
        try:
            parse_target(unit, value)
        except ValueError:
            message = f"expected {_WHAT[unit]} such as {_EXAMPLES.get(unit, '')}, got {value!r}"
            yield self.problem((*path, field), message, "target_unit")

    def _prices(self) -> Iterator[Problem]:
        section = self.contract.costs
        if section is None:
            return
        yield from self._duplicates(("costs", "items"), (p.id for p in section.items), "price item")
        services = self._service_ids()
        for index, item in enumerate(section.items):
            if item.service is not None and item.service not in services:
                path: Path = ("costs", "items", index, "service")
                yield self.problem(path, _unknown("service", item.service, services), "ref")

    def _milestones(self) -> Iterator[Problem]:
        section = self.contract.service_levels
        if section is not None:
            ids = (m.id for m in section.milestones)
            yield from self._duplicates(("service_levels", "milestones"), ids, "milestone")


def _unknown(what: str, value: str, known: Iterable[str]) -> str:
    names = sorted(known)
    listed = ", ".join(names[:12]) + (", ..." if len(names) > 12 else "")
    return f"unknown {what} {value!r}; known: {listed or 'none declared'}"
