"""Service levels applied: attainment, credits and penalties, caps, the at-risk pool, earn-back, milestones.

>>> import voute
>>> from voute.sla import evaluate, load_measurements, Month
>>> contract = voute.load("examples/contrat-complet.yaml")  # doctest: +SKIP
>>> months = load_measurements("examples/measurements-2027-03.yaml", contract)  # doctest: +SKIP
>>> evaluate(contract, months, Month.parse("2027-03")).net_deduction  # doctest: +SKIP

Every amount carries its provenance (``CreditLine.steps``, ``MilestonePenalty.steps``); money follows
``voute.money`` (exact decimals, rounded half-up to the cent once). docs/sla.md explains every rule.
"""

from voute.sla.engine import evaluate
from voute.sla.inputs import (
    ExclusionEvent,
    Measurement,
    PeriodInputs,
    WindowMeasurement,
    load_measurements,
    parse_measurements,
)
from voute.sla.month import Month
from voute.sla.results import (
    Attainment,
    ChronicBreachFlag,
    CreditLine,
    EarnBackLine,
    Evaluation,
    MilestonePenalty,
    PoolShare,
    Status,
    Step,
)

__all__ = [
    "Attainment",
    "ChronicBreachFlag",
    "CreditLine",
    "EarnBackLine",
    "Evaluation",
    "ExclusionEvent",
    "Measurement",
    "MilestonePenalty",
    "Month",
    "PeriodInputs",
    "PoolShare",
    "Status",
    "Step",
    "WindowMeasurement",
    "evaluate",
    "load_measurements",
    "parse_measurements",
]
