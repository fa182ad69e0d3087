"""Attainment: is a service level met, missed or excluded this month, and by how much.

``assess(level, inputs, services)`` is a pure function of the level clause and the month's inputs. Rules:

* The target is met when the value is on the right side of it, the boundary included: ``value >= target`` for
  a floor (service level, FCR), ``value <= target`` for a ceiling (abandon rate, ASA). The comparator is the
  level's own, else the catalogue KPI's.
* ``shortfall`` is the distance to the target in the KPI unit (percentage points, seconds, score points),
  positive when missed.
* A level is **excluded** (no credit, no chronic count, no earn-back judgement) when one of its declared
  exclusions applies: an event of that kind declared in the month for this level, its service or everything
  (``force_majeure``, ``client_caused_incident``...), or ``volume_above_forecast`` when a volume of the service
  exceeds its monthly forecast by more than the tolerance (the level's ``volume_tolerance``, else the forecast's).
  Only forecasts in a unit the KPI measures count (calls for a call service level, e-mails or tickets for a
  response time); a unit tied to no channel (``contacts``) counts for every KPI.
* A level with no value (not in the file, or no eligible record) is **not measured**.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from voute import catalogue
from voute.contract.integrity import parse_target
from voute.contract.service_levels import ServiceLevel
from voute.contract.services import Service
from voute.money import exact
from voute.sla.inputs import ExclusionEvent, Measurement, PeriodInputs
from voute.sla.month import Month
from voute.sla.results import Attainment, Note, Status

__all__ = [
    "assess",
    "comparator_of",
    "event_exclusions",
    "is_worse",
    "judge_value",
    "target_of",
    "unit_of",
    "volume_exclusions",
]

# Forecast units written in contracts, and the channel each belongs to.
_UNIT_CHANNEL = {
    "calls": "call", "appels": "call", "emails": "email", "e-mails": "email", "mails": "mail",
    "courriers": "mail", "tickets": "ticket", "dossiers": "ticket", "chats": "chat", "messages": "social",
}


def unit_of(level: ServiceLevel) -> str:
    """The KPI unit (percent, seconds, score, count) of a level."""
    return str(catalogue.kpi(level.kpi).unit)


def comparator_of(level: ServiceLevel) -> str:
    """``>=`` (a floor) or ``<=`` (a ceiling): the level's own comparator, else the catalogue KPI's."""
    return level.comparator.value if level.comparator is not None else str(catalogue.kpi(level.kpi).comparator)


def target_of(level: ServiceLevel) -> Decimal:
    """The target in the KPI unit (``"80%"`` is 80, ``"30s"`` is 30)."""
    return parse_target(unit_of(level), level.target)


def is_worse(value: Decimal, bound: Decimal, comparator: str) -> bool:
    """Whether ``value`` is strictly on the wrong side of ``bound`` (the bound itself is not worse)."""
    return value < bound if comparator == ">=" else value > bound


def assess(level: ServiceLevel, inputs: PeriodInputs, services: Mapping[str, Service]) -> Attainment:
    """Judge one level for the month of ``inputs``.

    >>> # 78.4% against a ">= 80%" target: missed, shortfall 1.6 points
    """
    exclusions = tuple(_exclusions(level, inputs, services.get(level.service)))
    return judge_value(level, inputs.month, inputs.measurements.get(level.id), exclusions)


def judge_value(level: ServiceLevel, month: Month, measurement: Measurement | None,
                exclusions: tuple[Note, ...], **window: Any) -> Attainment:
    """Judge one value of a level (a month, or a window given by ``window``) against its target."""
    unit, comparator, target = unit_of(level), comparator_of(level), target_of(level)
    base = {"level_id": level.id, "kpi": level.kpi, "month": month, "target": target,
            "comparator": comparator, "unit": unit, "measurement": measurement, **window}
    value = None if measurement is None else measurement.value
    if exclusions:
        return Attainment(status=Status.excluded, value=value, notes=exclusions, **base)
    if value is None:
        why = Note("no_value") if measurement is None else Note("no_eligible_record")
        return Attainment(status=Status.not_measured, notes=(why,), **base)
    with exact():
        shortfall = target - value if comparator == ">=" else value - target
    status = Status.missed if is_worse(value, target, comparator) else Status.met
    return Attainment(status=status, value=value, shortfall=shortfall, **base)


def _exclusions(level: ServiceLevel, inputs: PeriodInputs, service: Service | None) -> Iterator[Note]:
    month = inputs.month
    yield from event_exclusions(level, inputs.events, month.first_day, month.last_day)
    yield from volume_exclusions(level, inputs, service)


def event_exclusions(level: ServiceLevel, events: Iterable[ExclusionEvent], first: date,
                     last: date) -> Iterator[Note]:
    """Declared events of a kind the level excludes, for this level, that overlap the days ``first..last``."""
    for event in events:
        if event.kind not in level.exclusions or not event.concerns(level.id, level.service):
            continue
        if event.end >= first and event.start <= last:
            days = f"{event.start.isoformat()}..{event.end.isoformat()}"
            yield Note(event.kind, f"{days} {event.description}".strip() + f" ({event.source})")


def volume_exclusions(level: ServiceLevel, inputs: PeriodInputs, service: Service | None) -> Iterator[Note]:
    """``volume_above_forecast`` when the month's volume of the service exceeds its forecast and tolerance."""
    if "volume_above_forecast" in level.exclusions and service is not None:
        yield from _volume_exclusion(level, inputs, service)


def _volume_exclusion(level: ServiceLevel, inputs: PeriodInputs, service: Service) -> Iterator[Note]:
    actual = inputs.volumes.get(service.id, {})
    channels = {str(c) for c in catalogue.kpi(level.kpi).channels}
    for forecast in service.forecast:
        if forecast.period.value != "month" or forecast.unit not in actual:
            continue
        channel = _UNIT_CHANNEL.get(forecast.unit.lower())
        if channel is not None and channel not in channels:
            continue
        tolerance = level.volume_tolerance if level.volume_tolerance is not None else forecast.tolerance
        if tolerance is None:
            continue
        with exact():
            ceiling = forecast.volume * (1 + tolerance / 100)
        volume = actual[forecast.unit]
        if volume > ceiling:
            detail = f"{volume} {forecast.unit} > {forecast.volume} × (1 + {tolerance}%) = {ceiling.normalize():f}"
            yield Note("volume_above_forecast", detail)
