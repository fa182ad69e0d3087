"""Canonical record schemas: the columns every adapter must produce, whatever the source looks like.

Four kinds of records feed the KPIs. Each adapter (see ``adapters.py``) maps a source file onto one kind.
Timestamps are local wall-clock times of the service (naive ``TIMESTAMP`` in DuckDB, interpreted in the
measurement time zone, Europe/Paris by default); durations are seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "CALL_OUTCOMES",
    "DISPOSITIONS",
    "REACHED",
    "SCHEMAS",
    "FieldSpec",
    "FieldType",
    "RecordKind",
    "schema",
]


class RecordKind(StrEnum):
    """The kinds of records a measurement reads."""

    calls = "calls"
    tickets = "tickets"
    surveys = "surveys"
    evaluations = "evaluations"
    outbound = "outbound"
    data_checks = "data_checks"


class FieldType(StrEnum):
    """Column types of the canonical schemas (and the DuckDB type each one becomes)."""

    text = "text"
    timestamp = "timestamp"
    seconds = "seconds"
    number = "number"
    integer = "integer"
    boolean = "boolean"

    @property
    def sql_type(self) -> str:
        return {
            "text": "VARCHAR",
            "timestamp": "TIMESTAMP",
            "seconds": "DOUBLE",
            "number": "DOUBLE",
            "integer": "BIGINT",
            "boolean": "BOOLEAN",
        }[self.value]


@dataclass(frozen=True)
class FieldSpec:
    """One canonical column: its name, type, whether an adapter must provide it, and what it means."""

    name: str
    type: FieldType
    required: bool
    description: str


CALL_OUTCOMES = ("answered", "abandoned", "ivr_abandoned", "callback", "excluded")
"""Outcomes of a call. ``abandoned`` means the caller hung up while queueing for an agent; ``ivr_abandoned``
means the caller hung up before ever reaching the queue (in the voice menu); ``callback`` means the caller left
the queue asking to be called back (not an abandon); ``excluded`` rows (test calls, phantom records) are kept out
of every KPI but counted."""

DISPOSITIONS: dict[str, str] = {
    "appointment": "target person reached and a qualified appointment booked (counts as reached)",
    "reached": "target person reached and pitched, no appointment",
    "refused": "target person reached and refused (counts as reached)",
    "callback": "someone asked to be called back later: the pitch was not made (not reached)",
    "not_reached": "no answer, busy line, voicemail, or not the target person",
    "wrong_number": "the number does not belong to the target",
    "excluded": "test calls, numbers on a do-not-call list: kept out of every KPI, counted",
}
"""Dispositions of an outbound call (telemarketing, appointment setting), the canonical values an adapter
maps the provider's codes onto. Reached contacts are ``appointment``, ``reached`` and ``refused``."""

REACHED = ("appointment", "reached", "refused")

_T, _TS, _S, _N, _I, _B = (
    FieldType.text,
    FieldType.timestamp,
    FieldType.seconds,
    FieldType.number,
    FieldType.integer,
    FieldType.boolean,
)

SCHEMAS: dict[RecordKind, tuple[FieldSpec, ...]] = {
    RecordKind.calls: (
        FieldSpec("id", _T, True, "Unique identifier of the call in the source."),
        FieldSpec("service", _T, True, "Service or queue the call belongs to (the KPI grouping key)."),
        FieldSpec("arrival", _TS, True, "When the call reached the system (voice menu entry)."),
        FieldSpec("queue_entry", _TS, False, "When the call started waiting for an agent; empty if it never did."),
        FieldSpec("answer", _TS, False, "When an agent picked up."),
        FieldSpec("end", _TS, False, "When the conversation ended."),
        FieldSpec("abandon", _TS, False, "When the caller hung up while waiting."),
        FieldSpec("outcome", _T, False, "One of " + ", ".join(CALL_OUTCOMES) + "; derived from times if absent."),
        FieldSpec("wait_seconds", _S, False, "Queue wait; derived from (answer or abandon) - queue_entry."),
        FieldSpec("talk_seconds", _S, False, "Conversation time; derived from end - answer if absent."),
        FieldSpec("hold_seconds", _S, False, "Hold time during the conversation (0 if absent)."),
        FieldSpec("acw_seconds", _S, False, "After-call work (wrap-up) time (0 if absent)."),
        FieldSpec("agent", _T, False, "Agent who handled the call."),
        FieldSpec("transfer", _B, False, "The call was transferred to another queue or agent."),
        FieldSpec("callback", _B, False, "The caller asked to be called back instead of waiting."),
        FieldSpec("customer", _T, False, "Customer identifier, used to detect repeat contacts (FCR)."),
    ),
    RecordKind.tickets: (
        FieldSpec("id", _T, True, "Unique identifier of the ticket, e-mail or chat."),
        FieldSpec("service", _T, True, "Service or queue (the KPI grouping key)."),
        FieldSpec("priority", _T, False, "Priority as written in the source."),
        FieldSpec("created", _TS, True, "When the request was received."),
        FieldSpec("first_response", _TS, False, "First answer sent to the requester."),
        FieldSpec("resolved", _TS, False, "When the request was resolved (last time if reopened)."),
        FieldSpec("closed", _TS, False, "When the request was closed."),
        FieldSpec("reopened", _I, False, "How many times the request was reopened."),
        FieldSpec("customer", _T, False, "Requester identifier, used to detect repeat contacts (FCR)."),
        FieldSpec("status_at", _TS, False, "Event log only: when the status below was set."),
        FieldSpec("status", _T, False, "Event log only: the status set at status_at (pause states stop clocks)."),
    ),
    RecordKind.surveys: (
        FieldSpec("id", _T, True, "Unique identifier of the survey answer."),
        FieldSpec("service", _T, True, "Service the surveyed contact belongs to."),
        FieldSpec("answered_at", _TS, True, "When the customer answered the survey."),
        FieldSpec("contact", _T, False, "Call or ticket the survey is about."),
        FieldSpec("agent", _T, False, "Agent who handled the surveyed contact."),
        FieldSpec("csat", _N, False, "Satisfaction score on the survey's scale (e.g. 1 to 5)."),
        FieldSpec("nps", _N, False, "Likelihood to recommend, 0 to 10."),
    ),
    RecordKind.evaluations: (
        FieldSpec("id", _T, True, "Unique identifier of the quality evaluation."),
        FieldSpec("service", _T, True, "Service of the evaluated contact."),
        FieldSpec("evaluated_at", _TS, True, "When the evaluation was made (the period it counts in)."),
        FieldSpec("contact", _T, False, "Call or ticket evaluated."),
        FieldSpec("agent", _T, False, "Agent evaluated."),
        FieldSpec("score", _N, True, "Weighted grid score, 0 to 100."),
        FieldSpec("fatal", _B, False, "A fatal error (compliance, GDPR) was found: the evaluation scores 0."),
    ),
    RecordKind.outbound: (
        FieldSpec("id", _T, True, "Unique identifier of the outbound call attempt."),
        FieldSpec("service", _T, True, "Service or campaign the call belongs to (the KPI grouping key)."),
        FieldSpec("called_at", _TS, True, "When the call was made (the period it counts in)."),
        FieldSpec("disposition", _T, True, "One of " + ", ".join(DISPOSITIONS) + "."),
        FieldSpec("contact", _T, False, "The record (prospect, customer) called; several attempts share it."),
        FieldSpec("qualified", _B, False, "An appointment meets the agreed qualification criteria (default yes)."),
        FieldSpec("agent", _T, False, "Agent who made the call."),
    ),
    RecordKind.data_checks: (
        FieldSpec("id", _T, True, "Identifier of the record checked (a record checked twice is a duplicate)."),
        FieldSpec("service", _T, True, "Service, database or batch the record belongs to (the grouping key)."),
        FieldSpec("checked_at", _TS, True, "When the record was checked (the period it counts in)."),
        FieldSpec("compliant", _B, True, "The record meets every agreed quality rule: yes or no."),
        FieldSpec("failed_rule", _T, False, "The first rule the record failed, when it is not compliant."),
        FieldSpec("agent", _T, False, "Who checked the record."),
    ),
}

TIME_FIELD: dict[RecordKind, str] = {
    RecordKind.calls: "arrival",
    RecordKind.tickets: "created",
    RecordKind.surveys: "answered_at",
    RecordKind.evaluations: "evaluated_at",
    RecordKind.outbound: "called_at",
    RecordKind.data_checks: "checked_at",
}
"""The timestamp that places a record in a period."""


def schema(kind: RecordKind) -> dict[str, FieldSpec]:
    """The canonical fields of a record kind, by name."""
    return {spec.name: spec for spec in SCHEMAS[kind]}
