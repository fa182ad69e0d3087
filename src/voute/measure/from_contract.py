"""Turn a contract's service levels into KPI requests (the measure module itself knows no contract)."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from voute.contract.values import Duration, DurationUnit
from voute.measure.business_calendar import BusinessCalendar
from voute.measure.requests import KPI_KINDS, KpiRequest

if TYPE_CHECKING:
    from voute.contract.model import Contract
    from voute.contract.service_levels import ServiceLevel

__all__ = ["requests_from_contract", "service_calendar"]

_DAY_IDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def service_calendar(contract: Contract, service_id: str) -> BusinessCalendar | None:
    """The business calendar of a contract service: its opening hours and its holiday calendar."""
    from voute.contract.services import parse_days

    items = contract.services.items if contract.services else []
    service = next((s for s in items if s.id == service_id), None)
    if service is None or not service.opening_hours:
        return None
    opening: dict[int, tuple[tuple[time, time], ...]] = {}
    for slot in service.opening_hours:
        for day in parse_days(slot.days):
            opening[_DAY_IDS.index(day)] = (*opening.get(_DAY_IDS.index(day), ()), (slot.opens, slot.closes))
    holidays = service.holiday_calendar.lower()
    return BusinessCalendar(
        opening=opening,
        subdivision="alsace-moselle" if "alsace" in holidays else None,
        observe_holidays=holidays != "none",
        name=f"opening hours of {service_id}, holidays {service.holiday_calendar}",
    )


def _seconds(duration: Duration | None, calendar: BusinessCalendar | None) -> int | None:
    """Seconds of a contract duration; business days count as one typical opening day of the calendar."""
    if duration is None:
        return None
    fixed = duration.fixed_seconds()
    if fixed is not None:
        return fixed
    if duration.unit is DurationUnit.business_hours:
        return duration.amount * 3600
    if duration.unit in (DurationUnit.business_days, DurationUnit.working_days):
        cal = calendar or BusinessCalendar()
        first = cal.intervals_of_weekday(0) or 9 * 3600
        return duration.amount * first
    return None


def _request(level: ServiceLevel, calendar: BusinessCalendar | None) -> KpiRequest:
    p = level.parameters
    clock = p.clock.value if p.clock else "business"
    return KpiRequest(
        kpi=level.kpi,
        service=level.service,
        threshold_seconds=_seconds(p.threshold, calendar),
        abandon_convention=p.abandon_convention.value if p.abandon_convention else "sl1",
        short_abandon_seconds=_seconds(p.short_abandon, calendar),
        ivr_abandons="included" if (p.ivr_abandons or "").lower() == "included" else "excluded",
        repeat_window_seconds=_seconds(p.repeat_window, calendar) or 7 * 86400,
        clock=clock,
        calendar=calendar,
        pause_states=tuple(p.pause_states),
        appointment_basis=p.basis if level.kpi == "appointment_rate" and p.basis else "reached_contacts",
        sample_size=p.sample_size if level.kpi == "data_quality_rate" else None,
        label=level.id,
    )


def requests_from_contract(contract: Contract) -> tuple[list[KpiRequest], list[str]]:
    """KPI requests for every measurable service level, and the ids of levels this module cannot measure."""
    levels = contract.service_levels.levels if contract.service_levels else []
    requests: list[KpiRequest] = []
    skipped: list[str] = []
    for level in levels:
        if level.kpi not in KPI_KINDS:
            skipped.append(f"{level.id} ({level.kpi})")
            continue
        requests.append(_request(level, service_calendar(contract, level.service)))
    return requests, skipped
