"""Measured values straight from raw records, through ``voute.measure`` (imported lazily: it needs DuckDB).

The contract's service levels become KPI requests (``voute.measure.from_contract``); each level gets the value
of its own service for the month, with numerator, denominator, record count and convention as provenance.
When the records do not name the contract's services (the Anonymous Bank log names call types), the user says
which service they all belong to (``records_service``) and the all-services value is used for that service.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from voute.contract.model import Contract
from voute.errors import InputError, Location
from voute.sla.inputs import Measurement, PeriodInputs
from voute.sla.month import Month

__all__ = ["RecordsMeasurement", "measure_from_records", "merge_records"]

_VOLUME_UNIT = {"calls": "calls", "tickets": "tickets", "surveys": "surveys", "evaluations": "evaluations"}


@dataclasses.dataclass(frozen=True)
class RecordsMeasurement:
    """Values per level id, volumes per service (records counted), and the levels the records cannot give."""

    measurements: dict[str, Measurement]
    volumes: dict[str, dict[str, int]]
    unmeasured: tuple[str, ...]
    quality: str


def measure_from_records(contract: Contract, records: Sequence[Path], records_format: str, month: Month,
                         records_service: str | None = None) -> RecordsMeasurement:
    """Measure every level the records can give for ``month``; raises InputError/RecordsError on bad input."""
    from voute.measure import Period, builtin_adapter, load_mapping, measure
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
    result = measure(list(records), adapter, wanted, Period.parse(str(month), contract.timezone))
    source = f"records {', '.join(str(p) for p in records)} ({adapter.name})"
    found: dict[str, Measurement] = {}
    volumes: dict[str, dict[str, int]] = {}
    for request in wanted:
        level = levels[request.label or ""]
        group = "*" if records_service is not None else level.service
        values = result.find(request.kpi, group, label=request.label)
        if not values:
            continue
        v = values[0]
        found[level.id] = Measurement(v.value, v.numerator, v.denominator, v.record_count, v.convention, source)
        volumes.setdefault(level.service, {}).setdefault(_VOLUME_UNIT[adapter.kind.value], v.record_count)
    unmeasured = tuple(sorted(set(levels) - set(found)))
    q = result.quality
    quality = f"{q.rows} rows, {q.valid} used, {q.outside_period} outside the period, {q.excluded} excluded"
    return RecordsMeasurement(found, volumes, unmeasured, quality)


def merge_records(periods: list[PeriodInputs], month: Month, measured: RecordsMeasurement) -> list[PeriodInputs]:
    """Add values measured from records to the month's inputs; a level given twice is an error."""
    index = next((i for i, p in enumerate(periods) if p.month == month), None)
    if index is None:
        return [*periods, PeriodInputs(month, measured.measurements, volumes=measured.volumes)]
    current = periods[index]
    twice = sorted(set(current.measurements) & set(measured.measurements))
    if twice:
        raise InputError.single(f"measured both in the file and from the records: {', '.join(twice)}; "
                                "remove them from the file or from the contract's records", current.location)
    volumes = {**measured.volumes, **current.volumes}
    merged = dataclasses.replace(current, measurements={**current.measurements, **measured.measurements},
                                 volumes=volumes)
    return [*periods[:index], merged, *periods[index + 1:]]


def _check_service(contract: Contract, service: str | None) -> None:
    known = {s.id for s in contract.services.items} if contract.services else set()
    if service is not None and service not in known:
        raise InputError.single(f"unknown service {service!r}; known: {', '.join(sorted(known))}",
                                Location(path="--records-service"))
