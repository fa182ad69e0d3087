"""What an evaluation returns: attainment, credits, earn-back, chronic breaches and milestone penalties.

Every amount carries its provenance: the rule it applies (service level or milestone id), the measurement it
used (value, numerator, denominator, convention), and each step of the computation written out with its numbers
(``Step``), including the caps that bound it. ``to_dict`` gives a JSON-ready form (decimals as strings).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from voute.sla.inputs import Measurement
from voute.sla.month import Month

__all__ = [
    "Attainment",
    "ChronicBreachFlag",
    "CreditLine",
    "EarnBackLine",
    "Evaluation",
    "MilestonePenalty",
    "PoolShare",
    "Status",
    "Step",
]


class Status(StrEnum):
    """The verdict on a service level for a month."""

    met = "met"
    missed = "missed"
    excluded = "excluded"  # a declared exclusion applies: no credit, no chronic count
    not_measured = "not_measured"  # no value given, or no eligible record
    not_judged = "not_judged"  # the window is not over (value to date shown) or its records are incomplete


@dataclass(frozen=True)
class Note:
    """A reason or remark in a language-neutral form: a code (translated by the report) and its details."""

    code: str
    detail: str = ""


@dataclass(frozen=True)
class Attainment:
    """A service level judged for a month: the measured value against the target, or why it was not judged.

    A level whose ``window`` is not the month is judged on its own window: a quarter or a year at its last
    month (earlier months show the value to date, ``not_judged``), each day or week of the month in ``parts``.
    """

    level_id: str
    kpi: str
    month: Month
    status: Status
    target: Decimal
    comparator: str
    unit: str
    value: Decimal | None = None
    shortfall: Decimal | None = None
    measurement: Measurement | None = None
    notes: tuple[Note, ...] = ()
    window: str = "month"
    window_start: date | None = None
    window_end: date | None = None
    """First and last day (inclusive) of the window judged; None for a plain calendar month."""
    parts: tuple[Attainment, ...] = ()
    """Day and week windows: each day or week of the month judged on its own (the month is missed if one is)."""


@dataclass(frozen=True)
class Step:
    """One step of an amount's computation: what it is (``code``), the formula with its numbers, the result.

    ``applied`` is False for a cap that was checked but did not bind, so the report can show it was respected.
    """

    code: str
    formula: str
    amount: Decimal
    applied: bool = True


@dataclass(frozen=True)
class CreditLine:
    """The credit (or penalty) a missed service level costs the provider for a month.

    ``computed`` is exact, after the level's own caps; ``rounded`` is ``computed`` rounded half-up to the cent
    (the one rounding); ``amount`` is what is finally due, after the shared at-risk pool.
    """

    level_id: str
    month: Month
    kind: str
    computed: Decimal
    rounded: Decimal
    amount: Decimal
    steps: tuple[Step, ...]
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class PoolShare:
    """The at-risk amount shared by every credit of the month (``at_risk_percent`` of the total invoice)."""

    at_risk_percent: Decimal
    invoice_total: Decimal
    pool: Decimal
    requested: Decimal
    applied: bool
    formula: str


@dataclass(frozen=True)
class EarnBackLine:
    """A credit of an earlier month given back (``returned``), lost for good (``forfeited``) or still open."""

    level_id: str
    origin: Month
    amount: Decimal
    status: str  # returned | forfeited | pending
    decided_in: Month | None
    judged: tuple[Month, ...]
    rule: str


@dataclass(frozen=True)
class ChronicBreachFlag:
    """Repeated misses reaching the contract's chronic-breach rule: a termination right may be open."""

    level_id: str
    rule: str
    missed: tuple[Month, ...]
    termination_right: bool


@dataclass(frozen=True)
class MilestonePenalty:
    """A milestone's delay penalty as of a date, with the formula, the cap and the exemption threshold."""

    milestone_id: str
    due: date
    delivered: date | None
    as_of: date
    days_late: int
    units: int
    status: str  # on_time | not_due | late_open | late_delivered
    amount: Decimal
    due_in: Month | None
    steps: tuple[Step, ...]
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Evaluation:
    """The evaluation of one month of a contract, with the history that was replayed to reach it."""

    contract_reference: str
    month: Month
    currency: str
    attainments: tuple[Attainment, ...]
    credits: tuple[CreditLine, ...]
    pool: PoolShare | None
    earn_backs: tuple[EarnBackLine, ...]
    chronic_breaches: tuple[ChronicBreachFlag, ...]
    milestones: tuple[MilestonePenalty, ...]
    history: tuple[Month, ...] = ()
    notes: tuple[Note, ...] = field(default_factory=tuple)

    @property
    def total_credits(self) -> Decimal:
        """Service credits and level penalties due for the month, after every cap and the pool."""
        return sum((c.amount for c in self.credits), Decimal("0.00"))

    @property
    def total_earned_back(self) -> Decimal:
        """Earlier credits given back to the provider this month."""
        return sum((e.amount for e in self.earn_backs if e.status == "returned"), Decimal("0.00"))

    @property
    def total_milestone_penalties(self) -> Decimal:
        """Delay penalties of milestones delivered this month (due now)."""
        return sum((m.amount for m in self.milestones if m.due_in == self.month), Decimal("0.00"))

    @property
    def net_deduction(self) -> Decimal:
        """What the client deducts from this month's invoice: credits + penalties - earned back."""
        return self.total_credits + self.total_milestone_penalties - self.total_earned_back

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: decimals as strings, months as ``YYYY-MM``, dates in ISO 8601."""
        return {
            "contract": self.contract_reference,
            "period": str(self.month),
            "currency": self.currency,
            "history": [str(m) for m in self.history],
            "levels": [_attainment(a) for a in self.attainments],
            "credits": [_credit(c) for c in self.credits],
            "pool": None if self.pool is None else _plain(self.pool),
            "earn_back": [_plain(e) for e in self.earn_backs],
            "chronic_breaches": [_plain(c) for c in self.chronic_breaches],
            "milestones": [_plain(m) for m in self.milestones],
            "totals": {
                "credits": str(self.total_credits),
                "milestone_penalties": str(self.total_milestone_penalties),
                "earned_back": str(self.total_earned_back),
                "net_deduction": str(self.net_deduction),
            },
            "notes": [_plain(n) for n in self.notes],
        }


def _attainment(a: Attainment) -> dict[str, Any]:
    out: dict[str, Any] = _plain(a)
    out["measurement"] = None if a.measurement is None else _plain(a.measurement)
    return out


def _credit(c: CreditLine) -> dict[str, Any]:
    out: dict[str, Any] = _plain(c)
    return out


def _plain(obj: Any) -> Any:
    """Dataclasses to dicts, decimals to strings, months and dates to text."""
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, Month | date):
        return obj.isoformat() if isinstance(obj, date) else str(obj)
    if isinstance(obj, tuple | list):
        return [_plain(x) for x in obj]
    if isinstance(obj, StrEnum):
        return obj.value
    if hasattr(obj, "__dataclass_fields__"):
        return {name: _plain(getattr(obj, name)) for name in obj.__dataclass_fields__}
    return obj
