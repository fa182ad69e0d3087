"""What to measure (KPI requests, periods) and what comes back (values with their provenance)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from voute.errors import InputError, Location
from voute.measure.schemas import RecordKind

if TYPE_CHECKING:
    from voute.calendar.business import BusinessCalendar

__all__ = [
    "ABANDON_CONVENTIONS",
    "APPOINTMENT_BASES",
    "KPI_KINDS",
    "Granularity",
    "KpiRequest",
    "KpiValue",
    "Measurements",
    "Period",
    "ReasonCount",
    "RecordQuality",
]

ABANDON_CONVENTIONS: dict[str, tuple[str, str]] = {
    "sl1": ("abandons_within_threshold_as_met", "(ans<=T + ab<=T) / (ans + ab)"),
    "sl2": ("answered_only", "ans<=T / ans"),
    "sl3": ("abandons_as_missed", "ans<=T / (ans + ab)"),
    "sl4": ("late_abandons_as_missed", "ans<=T / (ans + ab>T)"),
    "sl5": ("short_abandons_as_met", "(ans<=T + ab<=short) / (ans + ab)"),
    "sl6": ("short_abandons_excluded", "ans<=T / (ans + ab - ab<=short)"),
}
"""Service-level conventions: how abandoned calls enter the ratio. All comparisons are 'at most' (<=)."""

KPI_KINDS: dict[str, RecordKind] = {
    "service_level": RecordKind.calls,
    "asa": RecordKind.calls,
    "abandon_rate": RecordKind.calls,
    "aht": RecordKind.calls,
    "fcr": RecordKind.calls,
    "first_response_time": RecordKind.tickets,
    "resolution_time": RecordKind.tickets,
    "backlog": RecordKind.tickets,
    "csat": RecordKind.surveys,
    "nps": RecordKind.surveys,
    "qa_score": RecordKind.evaluations,
    "appointment_rate": RecordKind.outbound,
    "data_quality_rate": RecordKind.data_checks,
}
"""Catalogue KPI ids this module can measure, and the record kind each one reads (FCR also reads tickets)."""

APPOINTMENT_BASES = ("reached_contacts", "called_records")
"""Denominators of the appointment rate: contacts reached (pitched), or records called (the catalogue's basis)."""


class Granularity(StrEnum):
    """Length of the buckets a period is cut into."""

    day = "day"
    week = "week"
    month = "month"


@dataclass(frozen=True)
class KpiRequest:
    """One KPI to measure, independent of the contract model.

    ``service`` None means every service separately plus all services together (reported as ``"*"``).
    Durations are seconds. ``percentile`` (e.g. 90) adds the duration reached by that share of records.
    """

    kpi: str
    service: str | None = None
    threshold_seconds: int | None = None
    abandon_convention: str = "sl1"
    short_abandon_seconds: int | None = None
    ivr_abandons: str = "excluded"
    percentile: Decimal | None = None
    repeat_window_seconds: int = 7 * 86400
    clock: str = "business"
    calendar: BusinessCalendar | None = None
    pause_states: tuple[str, ...] = ()
    csat_method: str = "mean"
    csat_scale_max: int = 5
    appointment_basis: str = "reached_contacts"
    sample_size: int | None = None
    label: str | None = None

    def __post_init__(self) -> None:
        if self.kpi not in KPI_KINDS:
            raise InputError.single(
                f"KPI {self.kpi!r} cannot be measured from records; measurable: {', '.join(KPI_KINDS)}"
            )
        if self.abandon_convention not in ABANDON_CONVENTIONS:
            raise InputError.single(f"unknown abandon convention {self.abandon_convention!r}; use one of sl1..sl6")
        needs_threshold = self.kpi in ("service_level", "first_response_time", "resolution_time")
        if needs_threshold and self.threshold_seconds is None:
            raise InputError.single(f"KPI {self.kpi!r} needs a threshold (e.g. 20 seconds)")
        if self.ivr_abandons not in ("excluded", "included"):
            raise InputError.single("ivr_abandons must be 'excluded' or 'included'")
        if self.clock not in ("business", "calendar"):
            raise InputError.single("clock must be 'business' or 'calendar'")
        if self.csat_method not in ("mean", "top2box"):
            raise InputError.single("csat_method must be 'mean' or 'top2box'")
        if self.appointment_basis not in APPOINTMENT_BASES:
            raise InputError.single(f"appointment basis must be one of {', '.join(APPOINTMENT_BASES)}")

    @property
    def short_seconds(self) -> int:
        """Short-abandon threshold: as given; else 5 s for service levels and none (0) for abandon rates."""
        if self.short_abandon_seconds is not None:
            return self.short_abandon_seconds
        return 5 if self.kpi == "service_level" else 0

    @property
    def kind(self) -> RecordKind:
        """The record kind this KPI reads."""
        return KPI_KINDS[self.kpi]

    def convention(self, lang: str = "en") -> str:
        """Human-readable statement of the convention the value follows (goes into the provenance).

        The provenance stored with each value is the English statement; ``lang="fr"`` gives the French one for
        reports.
        """
        if self.kpi == "service_level":
            name, formula = ABANDON_CONVENTIONS[self.abandon_convention]
            if lang == "fr":
                ivr = ", abandons au serveur vocal inclus" if self.ivr_abandons == "included" else ""
                return (
                    f"{self.abandon_convention} ({_SL_FR[self.abandon_convention]}) : {formula} ; "
                    f"T = {self.threshold_seconds} s, abandon court <= {self.short_seconds} s, attente <= T{ivr}"
                )
            ivr = ", IVR abandons included" if self.ivr_abandons == "included" else ""
            return (
                f"{self.abandon_convention} {name}: {formula}; T={self.threshold_seconds}s, "
                f"short={self.short_seconds}s, wait<=T{ivr}"
            )
        table = _CONVENTIONS_FR if lang == "fr" else _CONVENTIONS
        text: str = table[self.kpi](self)
        return text


def _clock(req: KpiRequest, lang: str = "en") -> str:
    """The clock a ticket KPI runs on, in ``lang``."""
    french = lang == "fr"
    if req.clock == "calendar":
        return "horloge calendaire (24 h/24, 7 j/7)" if french else "calendar clock (24/7)"
    if req.calendar is None:
        from voute.calendar.business import BusinessCalendar

        name = BusinessCalendar.office_hours().label
    else:
        name = req.calendar.label
    if not req.pause_states:
        paused = ""
    elif french:
        paused = f" ; suspendue dans les états {', '.join(req.pause_states)}"
    else:
        paused = f"; paused in {', '.join(req.pause_states)}"
    return f"heures ouvrées ({name}){paused}" if french else f"business clock ({name}){paused}"


_CONVENTIONS: dict[str, Any] = {
    "asa": lambda r: "sum of queue waits of answered calls / answered calls (seconds)",
    "abandon_rate": lambda r: (
        "queue abandons / (answered + queue abandons); IVR hang-ups not offered"
        + ("" if r.short_seconds == 0 else f"; excluding abandons <= {r.short_seconds}s from both")
    ),
    "aht": lambda r: "sum of (talk + hold + after-call work) / answered calls with a known talk time (seconds)",
    "fcr": lambda r: (
        f"answered contacts with no contact from the same customer and service within "
        f"{r.repeat_window_seconds}s after / answered contacts of identified customers"
    ),
    "first_response_time": lambda r: (
        f"tickets first answered within {r.threshold_seconds}s / tickets created "
        f"(unanswered ones count once older than the threshold); {_clock(r)}"
    ),
    "resolution_time": lambda r: (
        f"tickets resolved within {r.threshold_seconds}s / tickets resolved in the period; {_clock(r)}"
    ),
    "backlog": lambda r: (
        "tickets created and not resolved at the end of each period"
        + ("" if r.threshold_seconds is None else f"; details: older than {r.threshold_seconds}s ({_clock(r)})")
    ),
    "csat": lambda r: (
        f"mean score on a 1-{r.csat_scale_max} scale"
        if r.csat_method == "mean"
        else f"answers scoring {r.csat_scale_max - 1} or {r.csat_scale_max} / answers"
    ),
    "nps": lambda r: "(answers 9-10 - answers 0-6) / answers x 100",
    "qa_score": lambda r: "mean evaluation score, 0 when a fatal error was found",
    "appointment_rate": lambda r: (
        "qualified appointments / reached contacts (appointment + reached + refused)"
        if r.appointment_basis == "reached_contacts"
        else "qualified appointments / records called (distinct contacts, else calls)"
    ),
    "data_quality_rate": lambda r: (
        "compliant records / records checked (first check of each record)"
        + ("" if r.sample_size is None else f"; agreed sample {r.sample_size} records")
    ),
}


_SL_FR = {
    "sl1": "abandons dans le délai comptés comme servis",
    "sl2": "appels répondus seulement",
    "sl3": "abandons comptés comme manqués",
    "sl4": "abandons tardifs comptés comme manqués",
    "sl5": "abandons courts comptés comme servis",
    "sl6": "abandons courts exclus",
}


def _span_fr(seconds: int | None) -> str:
    """``604800`` -> ``7 jours``, ``28800`` -> ``8 h``, else seconds."""
    if seconds is None:
        return "?"
    if seconds and seconds % 86400 == 0:
        days = seconds // 86400
        return f"{days} jour{'s' if days > 1 else ''}"
    if seconds and seconds % 3600 == 0:
        return f"{seconds // 3600} h"
    return f"{seconds} s"


_CONVENTIONS_FR: dict[str, Any] = {
    "asa": lambda r: "somme des attentes en file des appels répondus / appels répondus (secondes)",
    "abandon_rate": lambda r: (
        "abandons en file / (répondus + abandons en file) ; raccrochés au serveur vocal non présentés"
        + ("" if r.short_seconds == 0 else f" ; abandons de {r.short_seconds} s ou moins exclus des deux termes")
    ),
    "aht": lambda r: "somme (conversation + attente + post-appel) / appels répondus de durée connue (secondes)",
    "fcr": lambda r: (
        f"contacts répondus sans autre contact du même client sur le même service dans les "
        f"{_span_fr(r.repeat_window_seconds)} suivants / contacts répondus de clients identifiés"
    ),
    "first_response_time": lambda r: (
        f"demandes ayant reçu une première réponse sous {_span_fr(r.threshold_seconds)} / demandes créées "
        f"(une demande sans réponse compte dès qu'elle dépasse le seuil) ; {_clock(r, 'fr')}"
    ),
    "resolution_time": lambda r: (
        f"demandes résolues sous {_span_fr(r.threshold_seconds)} / demandes résolues dans la période ; "
        f"{_clock(r, 'fr')}"
    ),
    "backlog": lambda r: (
        "demandes créées et non résolues à la fin de chaque période"
        + (
            ""
            if r.threshold_seconds is None
            else f" ; détail : plus anciennes que {_span_fr(r.threshold_seconds)} ({_clock(r, 'fr')})"
        )
    ),
    "csat": lambda r: (
        f"note moyenne sur une échelle de 1 à {r.csat_scale_max}"
        if r.csat_method == "mean"
        else f"réponses notées {r.csat_scale_max - 1} ou {r.csat_scale_max} / réponses"
    ),
    "nps": lambda r: "(réponses 9-10 - réponses 0-6) / réponses x 100",
    "qa_score": lambda r: "note moyenne des évaluations, 0 en cas d'erreur critique",
    "appointment_rate": lambda r: (
        "rendez-vous qualifiés / contacts argumentés (rendez-vous + argumentés + refus)"
        if r.appointment_basis == "reached_contacts"
        else "rendez-vous qualifiés / fiches appelées (contacts distincts, sinon appels)"
    ),
    "data_quality_rate": lambda r: (
        "enregistrements conformes / enregistrements contrôlés (premier contrôle de chacun)"
        + ("" if r.sample_size is None else f" ; échantillon convenu {r.sample_size} enregistrements")
    ),
}


_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")
_YEAR_RE = re.compile(r"^(\d{4})$")


@dataclass(frozen=True)
class Period:
    """A half-open range of local dates ``[start, end)`` in a time zone (default Europe/Paris)."""

    start: date
    end: date
    timezone: str = "Europe/Paris"

    @classmethod
    def parse(cls, text: str, timezone: str = "Europe/Paris") -> Period:
        """Read ``2027-03`` (month), ``2027-W10`` (ISO week), ``2027-03-15`` (day), ``2027`` or ``A..B``."""
        text = text.strip()
        try:
            return cls._parse(text, timezone)
        except ValueError:
            pass
        raise InputError.single(
            f"cannot read the period {text!r}; write 2027-03, 2027-W10, 2027-03-15, 2027 or 2027-03-01..2027-03-31",
            Location(path="period"),
        )

    @classmethod
    def _parse(cls, text: str, timezone: str) -> Period:
        if ".." in text:
            first, last = text.split("..", 1)
            return cls(date.fromisoformat(first), date.fromisoformat(last) + timedelta(days=1), timezone)
        if m := _MONTH_RE.match(text):
            start = date(int(m[1]), int(m[2]), 1)
            return cls(start, _add_month(start), timezone)
        if m := _WEEK_RE.match(text):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return cls(start, start + timedelta(days=7), timezone)
        if _DAY_RE.match(text):
            day = date.fromisoformat(text)
            return cls(day, day + timedelta(days=1), timezone)
        if m := _YEAR_RE.match(text):
            return cls(date(int(m[1]), 1, 1), date(int(m[1]) + 1, 1, 1), timezone)
        raise ValueError(text)

    def aware(self, day: date) -> datetime:
        """Midnight of a day in the period's time zone."""
        return datetime.combine(day, datetime.min.time(), tzinfo=ZoneInfo(self.timezone))

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{(self.end - timedelta(days=1)).isoformat()}"


def _add_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


@dataclass(frozen=True)
class KpiValue:
    """One measured value with everything needed to check it by hand.

    ``value`` is ``numerator / denominator`` (times 100 for percentages), unrounded; None when the denominator
    is 0 (no eligible record). ``record_count`` is the number of valid records in the service and period.
    """

    kpi: str
    service: str
    period_start: datetime
    period_end: datetime
    granularity: Granularity
    value: Decimal | None
    numerator: Decimal
    denominator: Decimal
    record_count: int
    convention: str
    unit: str
    label: str | None = None
    details: dict[str, str] = field(default_factory=dict)

    def rounded(self, places: int = 2) -> Decimal | None:
        """The value rounded half-up (the usual way reports print it)."""
        from decimal import ROUND_HALF_UP

        if self.value is None:
            return None
        return self.value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (decimals as strings, dates in ISO 8601 with offset)."""
        return {
            "kpi": self.kpi,
            "label": self.label,
            "service": self.service,
            "period_start": self.period_start.isoformat(),
            "period_end": self.period_end.isoformat(),
            "granularity": self.granularity.value,
            "value": None if self.value is None else str(self.rounded(6)),
            "numerator": str(self.numerator),
            "denominator": str(self.denominator),
            "record_count": self.record_count,
            "convention": self.convention,
            "unit": self.unit,
            "details": dict(self.details),
        }


@dataclass(frozen=True)
class ReasonCount:
    """How many records had one problem, whether they were excluded, and the first record numbers."""

    reason: str
    count: int
    excluded: bool
    first_records: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecordQuality:
    """What was read: rows, valid records, records outside the period, and problems by reason."""

    rows: int
    valid: int
    outside_period: int
    reasons: tuple[ReasonCount, ...] = ()

    @property
    def excluded(self) -> int:
        """Rows left out of every KPI because of a problem."""
        return sum(r.count for r in self.reasons if r.excluded)


@dataclass(frozen=True)
class Measurements:
    """Every KPI value of a measurement run, with the record quality report and the sources read."""

    values: tuple[KpiValue, ...]
    quality: RecordQuality
    sources: tuple[str, ...]
    adapter: str
    period: Period

    def find(
        self, kpi: str, service: str = "*", granularity: Granularity | str = Granularity.month, label: str | None = None
    ) -> list[KpiValue]:
        """Values of one KPI for one service (``"*"`` = all services) at one granularity, in period order."""
        return [
            v
            for v in self.values
            if v.kpi == kpi
            and v.service == service
            and v.granularity == granularity
            and (label is None or v.label == label)
        ]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form of the whole run."""
        q = self.quality
        return {
            "period": str(self.period),
            "adapter": self.adapter,
            "sources": list(self.sources),
            "quality": {
                "rows": q.rows,
                "valid": q.valid,
                "outside_period": q.outside_period,
                "excluded": q.excluded,
                "reasons": [
                    {
                        "reason": r.reason,
                        "count": r.count,
                        "excluded": r.excluded,
                        "first_records": list(r.first_records),
                    }
                    for r in q.reasons
                ],
            },
            "values": [v.to_dict() for v in self.values],
        }
