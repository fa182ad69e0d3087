"""Turn a contract's service levels into KPI requests (the measure module itself knows no contract)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from voute.contract.values import Duration, DurationUnit
from voute.measure.requests import KPI_KINDS, KpiRequest

if TYPE_CHECKING:
    from voute.calendar.business import BusinessCalendar
    from voute.contract.model import Contract
    from voute.contract.service_levels import ServiceLevel

__all__ = ["requests_from_contract", "service_calendar"]


def service_calendar(contract: Contract, service_id: str) -> BusinessCalendar | None:
    """The business calendar of a contract service, exactly as ``voute schedule`` reads it.

    Its opening hours (office hours when it lists none), holiday calendar, ``open_on_public_holidays`` and
    the contract's time zone. None when the contract has no such service.
    """
    from voute.calendar.business import BusinessCalendar

    items = contract.services.items if contract.services else []
    service = next((s for s in items if s.id == service_id), None)
    if service is None:
        return None
    calendar = BusinessCalendar.for_service(service, contract.timezone)
    hours = f"opening hours of {service_id}" if service.opening_hours else f"office hours ({service_id} lists none)"
    return replace(calendar, name=f"{hours}, holidays {service.holiday_calendar}")


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
        first = calendar.opening_seconds(0) if calendar is not None else 0
        return duration.amount * (first or 9 * 3600)
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
