"""GDPR breach clocks: the processor's contractual deadline and the controller's 72 hours (art. 33)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from voute.calendar.business import BusinessCalendar, zone
from voute.calendar.days import DurationNotOnCalendar, add
from voute.calendar.events import Deadline, DeadlineKind, Urgency
from voute.calendar.schedule import contract_region
from voute.calendar.texts import both
from voute.contract.model import Contract
from voute.contract.values import Duration, DurationUnit
from voute.errors import ContractError, InputError, Location, Problem

__all__ = ["CONTROLLER_DELAY", "after", "breach_clocks"]

CONTROLLER_DELAY = timedelta(hours=72)
"""GDPR art. 33(1): the controller notifies the supervisory authority within 72 hours of becoming aware."""

_EXACT = {DurationUnit.seconds: 1, DurationUnit.minutes: 60, DurationUnit.hours: 3600}


def after(moment: datetime, duration: Duration, calendar: BusinessCalendar) -> datetime:
    """``moment`` plus ``duration``: hours are real elapsed hours (a DST night has 23 or 25 of them), days
    and longer keep the wall-clock time, business hours follow ``calendar``'s opening hours."""
    if moment.tzinfo is None:
        raise InputError.single(f"{moment.isoformat()} has no time zone; add one, e.g. +01:00")
    tz = zone(calendar.timezone)
    if duration.unit in _EXACT:
        seconds = duration.amount * _EXACT[duration.unit]
        return (moment.astimezone(UTC) + timedelta(seconds=seconds)).astimezone(tz)
    if duration.unit is DurationUnit.business_hours:
        return calendar.add(moment, timedelta(hours=duration.amount))
    local = moment.astimezone(tz)
    day = add(local.date(), duration, calendar.region)
    return datetime.combine(day, local.time().replace(tzinfo=None), tz)


def _calendar(contract: Contract) -> BusinessCalendar:
    items = contract.services.items if contract.services else []
    if items:
        return BusinessCalendar.for_service(items[0], contract.timezone)
    return BusinessCalendar.office_hours(contract_region(contract), contract.timezone)


def breach_clocks(contract: Contract, detected: datetime, informed: datetime | None = None) -> list[Deadline]:
    """Deadlines after a personal data breach the provider detected at ``detected`` (zone-aware).

    The controller's 72 hours run from ``informed`` (when the provider told the client) when given, else from
    ``detected``: the safe reading, since the client cannot count on being told late. Business hours follow the
    first service's opening hours.
    """
    calendar = _calendar(contract)
    out: list[Deadline] = []
    rule = contract.data_protection.breach_notification if contract.data_protection else None
    if rule is not None:
        try:
            due = after(detected, rule, calendar)
        except DurationNotOnCalendar as error:
            where = Location(contract.source_file, path="data_protection.breach_notification")
            raise ContractError([Problem(where, str(error), "calendar")]) from None
        out.append(Deadline(
            due, DeadlineKind.breach_processor,
            both("Violation de données : le prestataire doit prévenir le client", "Data breach: the provider must "
                 "tell the client"),
            both("Délai contractuel de {d} après la détection du {t} (RGPD art. 33(2)). Exigez les éléments de "
                 "l'art. 33(3).", "Contractual {d} after detection on {t} (GDPR art. 33(2)). Ask for the art. "
                 "33(3) items.", d=rule, t=detected.astimezone(zone(calendar.timezone))),
            "data_protection.breach_notification", Urgency.critical, contract=contract.reference))
    start = informed or detected
    if start.tzinfo is None:
        raise InputError.single(f"{start.isoformat()} has no time zone; add one, e.g. +01:00")
    due = (start.astimezone(UTC) + CONTROLLER_DELAY).astimezone(zone(calendar.timezone))
    out.append(Deadline(
        due, DeadlineKind.breach_controller,
        both("Violation de données : notification à la CNIL (72 h)", "Data breach: notify the supervisory "
             "authority (72 h)"),
        both("Le client, responsable du traitement, notifie l'autorité de contrôle dans les 72 heures après en "
             "avoir eu connaissance ({t}), sauf risque improbable pour les personnes (RGPD art. 33(1)).",
             "The client, as controller, notifies the supervisory authority within 72 hours of becoming aware "
             "({t}), unless the breach is unlikely to result in a risk (GDPR art. 33(1)).",
             t=start.astimezone(zone(calendar.timezone))),
        "data_protection.breach_notification", Urgency.critical, contract=contract.reference))
    return sorted(out, key=Deadline.sort_key)
