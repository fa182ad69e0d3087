"""iCalendar export: one event per deadline, a reminder before each, zone-aware with a VTIMEZONE.

A deadline that is a day (a notice limit, a milestone) becomes an all-day event on that day: the contract's
day, whatever the reader's zone. A deadline that is an instant (a breach clock) keeps its zone (TZID) and the
file carries the matching VTIMEZONE, so every calendar application shows the same instant.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from voute.calendar.events import Deadline, DeadlineKind
from voute.calendar.texts import day_text
from voute.errors import InputError

__all__ = ["reminder_before", "to_ics"]

_NOTICE_KINDS = (DeadlineKind.notice_deadline, DeadlineKind.renewal_decision)


def reminder_before(deadline: Deadline) -> timedelta:
    """How long before the deadline its reminder rings: 14 days for a notice, 4 hours for an instant,
    1 day otherwise."""
    if deadline.kind in _NOTICE_KINDS:
        return timedelta(days=14)
    if isinstance(deadline.when, datetime):
        return timedelta(hours=4)
    return timedelta(days=1)


def _uid(deadline: Deadline) -> str:
    """Stable across runs and edits that move the date, so a re-import updates events instead of doubling them."""
    key = "|".join([deadline.contract, deadline.kind.value, deadline.source, str(deadline.period),
                    deadline.title.fr])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@voute"


def _description(deadline: Deadline, lang: str) -> str:
    lines = [deadline.action.get(lang)]
    if deadline.limit is not None and not isinstance(deadline.limit, datetime):
        label = "Limite contractuelle" if lang == "fr" else "Contractual limit"
        lines.append(f"{label} : {day_text(deadline.limit, lang)}" if lang == "fr"
                     else f"{label}: {day_text(deadline.limit, lang)}")
    lines.append(f"Source : {deadline.source}" if lang == "fr" else f"Source: {deadline.source}")
    return "\n".join(lines)


def to_ics(deadlines: Iterable[Deadline], *, stamp: datetime, timezone: str = "Europe/Paris", lang: str = "fr",
           name: str = "Voute") -> bytes:
    """Serialise ``deadlines`` as an iCalendar file; ``stamp`` (zone-aware) is the DTSTAMP of every event."""
    from icalendar import Alarm, Calendar, Event, Timezone

    if stamp.tzinfo is None:
        raise InputError.single("the iCalendar stamp needs a time zone")
    calendar = Calendar()
    calendar.add("prodid", "-//Voute//contract deadlines//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", timezone)
    items = list(deadlines)
    years = [d.day.year for d in items] or [stamp.year]
    # The VTIMEZONE lists the zone's transitions over the years the deadlines span (and a margin).
    first, last = date(min(years) - 1, 1, 1), date(max(years) + 2, 1, 1)
    calendar.add_component(Timezone.from_tzid(timezone, first_date=first, last_date=last))
    for deadline in items:
        event = Event()
        event.add("uid", _uid(deadline))
        event.add("dtstamp", stamp)
        event.add("summary", f"{deadline.title.get(lang)} — {deadline.contract}")
        event.add("description", _description(deadline, lang))
        event.add("categories", [deadline.kind.value, deadline.urgency.value])
        event.add("priority", {"critical": 1, "high": 3, "normal": 5}[deadline.urgency.value])
        event.add("dtstart", deadline.when)
        if isinstance(deadline.when, datetime):
            event.add("dtend", deadline.when + timedelta(minutes=30))
        else:
            event.add("dtend", deadline.when + timedelta(days=1))
            event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", deadline.title.get(lang))
        alarm.add("trigger", -reminder_before(deadline))
        event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
