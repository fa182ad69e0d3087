"""What a schedule is made of: deadlines with a title and an action in French and English, and their source."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

__all__ = ["Deadline", "DeadlineKind", "Localized", "Situation", "Urgency"]


@dataclass(frozen=True)
class Localized:
    """A user-facing text in French and English."""

    fr: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang`` ("fr" or "en"); French for any other value, the contracts' language."""
        return self.en if lang == "en" else self.fr


class DeadlineKind(StrEnum):
    effective_date = "effective_date"
    term_end = "term_end"
    renewal_start = "renewal_start"
    notice_deadline = "notice_deadline"  # last day to refuse a tacit renewal
    renewal_decision = "renewal_decision"  # last day to decide an express renewal
    open_ended = "open_ended"  # a tacit renewal without a fixed period makes the contract open-ended
    early_termination = "early_termination"
    milestone = "milestone"
    audit = "audit"
    committee = "committee"
    continuity_test = "continuity_test"
    price_revision = "price_revision"
    vigilance = "vigilance"
    transition_end = "transition_end"
    data_return = "data_return"
    breach_processor = "breach_processor"
    breach_controller = "breach_controller"


class Urgency(StrEnum):
    """How much a missed date costs: ``critical`` binds the client for a whole period or breaks the law."""

    critical = "critical"
    high = "high"
    normal = "normal"

    @property
    def rank(self) -> int:
        return {"critical": 0, "high": 1, "normal": 2}[self.value]


@dataclass(frozen=True)
class Deadline:
    """One date that matters in a contract.

    ``when`` is the day (or the zone-aware instant) to act or to watch. For a notice it is the last day to
    *send* it; ``limit`` then holds the contractual limit (the last day it may be received, or sent when the
    contract counts notice from dispatch) when that differs.
    """

    when: date | datetime
    kind: DeadlineKind
    title: Localized
    action: Localized
    source: str  # the contract field the date comes from, e.g. "term.renewal.notice"
    urgency: Urgency = Urgency.normal
    limit: date | datetime | None = None
    contract: str = ""  # the contract's reference
    period: int | None = None  # 0 for the initial term, k for the k-th renewal
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def day(self) -> date:
        """The calendar day of ``when`` (in its own zone for an instant)."""
        return self.when.date() if isinstance(self.when, datetime) else self.when

    def sort_key(self) -> tuple[date, str, int, str]:
        """Chronological order; on the same day, the costliest first."""
        moment = self.when.isoformat() if isinstance(self.when, datetime) else ""
        return self.day, moment, self.urgency.rank, self.kind.value

    def to_dict(self, lang: str = "fr") -> dict[str, Any]:
        """A JSON-ready view, dates in ISO 8601."""
        out: dict[str, Any] = {
            "date": self.when.isoformat(),
            "kind": self.kind.value,
            "urgency": self.urgency.value,
            "title": self.title.get(lang),
            "action": self.action.get(lang),
            "source": self.source,
            "contract": self.contract,
        }
        if self.limit is not None:
            out["limit"] = self.limit.isoformat()
        if self.period is not None:
            out["period"] = self.period
        return out


@dataclass(frozen=True)
class Situation:
    """A plain sentence about where the contract stands on ``today`` (notice passed, next chance...)."""

    text: Localized
    urgency: Urgency = Urgency.normal
    source: str = "term.renewal"
