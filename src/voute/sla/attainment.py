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

from collections.abc import Iterator, Mapping
from decimal import Decimal

from voute import catalogue
from voute.contract.integrity import parse_target
from voute.contract.service_levels import ServiceLevel
from voute.contract.services import Service
from voute.money import exact
from voute.sla.inputs import PeriodInputs
from voute.sla.results import Attainment, Note, Status

__all__ = ["assess", "comparator_of", "is_worse", "target_of", "unit_of"]

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
    unit, comparator, target = unit_of(level), comparator_of(level), target_of(level)
    measurement = inputs.measurements.get(level.id)
    base = {"level_id": level.id, "kpi": level.kpi, "month": inputs.month, "target": target,
            "comparator": comparator, "unit": unit, "measurement": measurement}
    value = None if measurement is None else measurement.value
    exclusions = tuple(_exclusions(level, inputs, services.get(level.service)))
    if exclusions:
        return Attainment(status=Status.excluded, value=value, notes=exclusions, **base)  # type: ignore[arg-type]
    if value is None:
        why = Note("no_value") if measurement is None else Note("no_eligible_record")
        return Attainment(status=Status.not_measured, notes=(why,), **base)  # type: ignore[arg-type]
    with exact():
        shortfall = target - value if comparator == ">=" else value - target
    status = Status.missed if is_worse(value, target, comparator) else Status.met
    return Attainment(status=status, value=value, shortfall=shortfall, **base)  # type: ignore[arg-type]


def _exclusions(level: ServiceLevel, inputs: PeriodInputs, service: Service | None) -> Iterator[Note]:
    month = inputs.month
    for event in inputs.events:
        if event.kind not in level.exclusions or not event.concerns(level.id, level.service):
            continue
        if event.end >= month.first_day and event.start <= month.last_day:
            days = f"{event.start.isoformat()}..{event.end.isoformat()}"
            yield Note(event.kind, f"{days} {event.description}".strip() + f" ({event.source})")
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
