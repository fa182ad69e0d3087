"""The volumes a month is billed on: from a small YAML/JSON file, or measured from raw records.

A volumes file (YAML or JSON) holds one month, or several under ``periods:``::

    contract: ML-AC-2027-001          # optional; checked against the contract
    period: 2027-12
    volumes:                          # per service, per unit (calls, minutes, hours, fte, tickets, emails...)
      service_client: {calls: 21450, emails: 5870}
      sav: {fte: "7.5"}
    items:                            # optional: quantity per price item id; wins over volumes:
      mise_en_place: 1                # a one-off fee is billed in the month whose file lists it here

A price item reads its quantity from ``items: {<item id>: n}``, else from ``volumes: {<service>: {<unit>:
n}}`` with the unit its price is expressed in (``per_call`` reads ``calls``, ``per_fte_month`` reads ``fte``,
``per_item`` reads ``items`` or ``emails``..., see ``schedule.UNIT_KEYS``). The ``volumes:`` block has the
same shape as in ``voute evaluate``'s measurements file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from voute.billing._files import read_mapping, read_text, unknown
from voute.billing.schedule import UNIT_KEYS
from voute.contract.costs import PriceItem, PriceUnit
from voute.contract.model import Contract
from voute.contract.values import parse_decimal
from voute.contract.yamlpos import Path as YamlPath
from voute.contract.yamlpos import Positioned
from voute.errors import InputError, Location
from voute.inputfiles import PositionedReader
from voute.sla.month import Month

if TYPE_CHECKING:
    from voute.measure import Measurements

__all__ = ["PeriodVolumes", "Quantity", "load_volumes", "parse_volumes", "volumes_from_measurements"]

_TOP = {"contract", "period", "periods", "volumes", "items", "comment"}
_BLOCK = {"period", "volumes", "items", "comment"}


@dataclass(frozen=True)
class Quantity:
    """A volume with where it was read (file:line path, or the measurement that produced it)."""

    value: Decimal
    source: str


@dataclass(frozen=True)
class PeriodVolumes:
    """The volumes of one month, per service and unit, and per price item."""

    month: Month
    by_service: Mapping[str, Mapping[str, Quantity]] = field(default_factory=dict)
    by_item: Mapping[str, Quantity] = field(default_factory=dict)
    source: str = ""

    def quantity_for(self, item: PriceItem) -> Quantity | None:
        """The quantity an item is billed on this month, or None when nothing says."""
        if item.id in self.by_item:
            return self.by_item[item.id]
        if item.unit in (PriceUnit.fixed_monthly, PriceUnit.one_off) or item.service is None:
            return None
        units = self.by_service.get(item.service, {})
        return next((units[key] for key in UNIT_KEYS[item.unit] if key in units), None)


def load_volumes(path: str | Path, contract: Contract, month: Month) -> PeriodVolumes:
    """Read the volumes of ``month`` from a volumes file; raises a located :class:`InputError`."""
    path = Path(path)
    return parse_volumes(read_text(path, "volumes"), str(path), contract, month)


def parse_volumes(text: str, filename: str, contract: Contract, month: Month) -> PeriodVolumes:
    """Same as :func:`load_volumes` for text in memory."""
    reader = _Reader(read_mapping(text, filename, "volumes"), filename, contract)
    found = reader.read(month)
    if reader.problems:
        raise InputError(reader.problems)
    if found is None:
        given = ", ".join(reader.months) or "none"
        raise InputError.single(f"no volumes for {month} in this file (months given: {given})", Location(filename))
    return found


_QUANTITIES = "expected a mapping of ids to quantities"


class _Reader(PositionedReader):
    def __init__(self, positioned: Positioned, filename: str, contract: Contract) -> None:
        super().__init__(positioned, filename)
        self.contract = contract
        self.months: list[str] = []
        self.services = {s.id for s in contract.services.items} if contract.services else set()
        self.items = {i.id for i in contract.costs.items} if contract.costs else set()

    def read(self, month: Month) -> PeriodVolumes | None:
        data: dict[str, Any] = self.positioned.data
        self.keys(data, (), _TOP if "periods" in data else _TOP - {"periods"})
        reference = data.get("contract")
        if reference is not None and str(reference) != self.contract.reference:
            self.problem(
                ("contract",),
                f"these volumes are for contract {reference!r}, not {self.contract.reference!r}",
            )
        if "periods" not in data:
            return self.block(data, (), month)
        blocks = data["periods"]
        if not isinstance(blocks, list):
            self.problem(("periods",), 'expected a list of months, each with its own "period:"')
            return None
        chosen = None
        for index, block in enumerate(blocks):
            if not isinstance(block, dict):
                self.problem(("periods", index), "expected a mapping with period:, volumes:, items:")
                continue
            self.keys(block, ("periods", index), _BLOCK)
            found = self.block(block, ("periods", index), month)
            if found is not None and chosen is not None:
                self.problem(("periods", index, "period"), f"the month {month} is given twice")
            chosen = chosen or found
        return chosen

    def keys(self, data: dict[str, Any], path: YamlPath, known: set[str]) -> None:
        for key in data:
            if key not in known:
                self.problem((*path, key), unknown("key", key, known))

    def block(self, data: dict[str, Any], path: YamlPath, month: Month) -> PeriodVolumes | None:
        try:
            given = Month.parse(str(data.get("period", "")))
        except ValueError:
            self.problem((*path, "period"), 'each block needs "period:" written as a month, e.g. 2027-12')
            return None
        self.months.append(str(given))
        if given != month:
            return None
        return PeriodVolumes(
            month,
            self.services_of(data.get("volumes"), (*path, "volumes")),
            self.items_of(data.get("items"), (*path, "items")),
            str(self.where(path)),
        )

    def mapping(
        self, value: Any, path: YamlPath, expected: str = "expected a mapping of ids to quantities"
    ) -> dict[str, Any]:
        return super().mapping(value, path, expected)

    def quantity(self, raw: Any, path: YamlPath) -> Quantity | None:
        try:
            value = parse_decimal(raw, 'a quantity such as 21450 or "7.5"')
        except ValueError as error:
            self.problem(path, str(error))
            return None
        if value < 0:
            self.problem(path, f"a quantity cannot be negative, got {value}")
            return None
        return Quantity(value, str(self.where(path)))

    def services_of(self, value: Any, path: YamlPath) -> dict[str, dict[str, Quantity]]:
        out: dict[str, dict[str, Quantity]] = {}
        for service, units in self.mapping(value, path).items():
            if service not in self.services:
                self.problem((*path, service), unknown("service", service, self.services))
                continue
            for unit, raw in self.mapping(units, (*path, service)).items():
                found = self.quantity(raw, (*path, service, unit))
                if found is not None:
                    out.setdefault(service, {})[unit] = found
        return out

    def items_of(self, value: Any, path: YamlPath) -> dict[str, Quantity]:
        out: dict[str, Quantity] = {}
        for item, raw in self.mapping(value, path).items():
            if item not in self.items:
                self.problem((*path, item), unknown("price item", item, self.items))
                continue
            found = self.quantity(raw, (*path, item))
            if found is not None:
                out[item] = found
        return out


def volumes_from_measurements(
    measurements: Measurements,
    month: Month,
    service_map: Mapping[str, str] | None = None,
    services: Sequence[str] = (),
) -> PeriodVolumes:
    """Volumes measured from raw records by ``voute.measure`` (monthly values, per service).

    Calls: ``calls`` = answered calls and ``minutes`` = their handle time (talk + hold + after-call work, the
    numerator of the AHT measure) / 60; tickets: ``tickets`` = tickets created in the month; surveys:
    ``surveys`` = answers received. ``service_map`` renames the services of the records to contract ids.
    """
    renamed = dict(service_map or {})
    out: dict[str, dict[str, Quantity]] = {}
    origin = ", ".join(measurements.sources)
    for value in measurements.values:
        if value.service == "*" or value.granularity.value != "month":
            continue
        service = renamed.get(value.service, value.service)
        if services and service not in services:
            continue
        units = out.setdefault(service, {})
        where_ = f"{origin} ({measurements.adapter}, service {value.service}, {value.kpi})"
        if value.kpi == "aht":
            units["calls"] = Quantity(Decimal(value.details.get("answered", "0")), where_ + ": answered calls")
            units["minutes"] = Quantity(value.numerator / 60, where_ + ": handle seconds / 60")
        elif value.kpi == "backlog":
            units["tickets"] = Quantity(Decimal(value.record_count), where_ + ": tickets created")
        elif value.kpi in ("csat", "nps"):
            units["surveys"] = Quantity(Decimal(value.record_count), where_ + ": survey answers")
    return PeriodVolumes(month, out, {}, origin)
