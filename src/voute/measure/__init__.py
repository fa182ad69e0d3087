"""Measure the service from raw records: canonical schemas, source adapters and KPIs computed on DuckDB.

>>> from voute.measure import KpiRequest, Period, builtin_adapter, measure
>>> # m = measure([Path("calls.csv")], builtin_adapter("anonymous-bank"),
>>> #             [KpiRequest("service_level", threshold_seconds=20, abandon_convention="sl3")],
>>> #             Period.parse("1999-02"))
"""

from typing import TYPE_CHECKING

from voute.measure.adapters import Adapter, FieldMap, builtin_adapter, builtin_adapter_names, load_mapping
from voute.measure.business_calendar import calendar_clock, french_holidays
from voute.measure.engine import measure
from voute.measure.requests import (
    ABANDON_CONVENTIONS,
    KPI_KINDS,
    Granularity,
    KpiRequest,
    KpiValue,
    Measurements,
    Period,
    ReasonCount,
    RecordQuality,
)
from voute.measure.schemas import SCHEMAS, FieldSpec, RecordKind

if TYPE_CHECKING:
    from voute.calendar.business import BusinessCalendar


def __getattr__(name: str) -> object:
    # The one business calendar lives in voute.calendar, which loads the contract model; measuring calls does
    # not need it, so it is imported on first use.
    if name == "BusinessCalendar":
        from voute.calendar.business import BusinessCalendar

        return BusinessCalendar
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ABANDON_CONVENTIONS",
    "KPI_KINDS",
    "SCHEMAS",
    "Adapter",
    "BusinessCalendar",
    "FieldMap",
    "FieldSpec",
    "Granularity",
    "KpiRequest",
    "KpiValue",
    "Measurements",
    "Period",
    "ReasonCount",
    "RecordKind",
    "RecordQuality",
    "builtin_adapter",
    "builtin_adapter_names",
    "calendar_clock",
    "french_holidays",
    "load_mapping",
    "measure",
]
