"""Appointment rate (outbound calls) and data quality rate (record checks): counts over the canonical records.

* ``appointment_rate``: qualified appointments (``disposition = appointment``, ``qualified`` not false) /
  reached contacts (``appointment``, ``reached``, ``refused``), or / records called (distinct ``contact``, else
  each call) when the contract's ``basis`` is ``called_records``. Unqualified appointments count as reached.
* ``data_quality_rate``: compliant records / records checked. A record checked twice is a duplicate (its first
  check counts); non-compliant records are counted by ``failed_rule`` in the details.

Both use the same grouped scan as the feedback KPIs (``feedback.scan_feedback``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from voute.measure.adapters import sql_literal
from voute.measure.requests import KpiRequest
from voute.measure.schemas import REACHED

__all__ = ["outbound_aggregates", "outbound_value"]

_MAX_RULES = 10
"""Failed rules named in the details (the most frequent first); the others are summed under 'other'."""


def outbound_aggregates(kpis: list[KpiRequest]) -> list[str]:
    """Aggregate columns for the appointment and data quality rates present in ``kpis``."""
    kinds = {r.kpi for r in kpis}
    cols: list[str] = []
    if "appointment_rate" in kinds:
        reached = ", ".join(sql_literal(d) for d in REACHED)
        cols += [
            "count(*) FILTER (WHERE disposition = 'appointment' AND coalesce(qualified, true)) AS appointments",
            "count(*) FILTER (WHERE disposition = 'appointment' AND NOT coalesce(qualified, true)) AS unqualified",
            f"count(*) FILTER (WHERE disposition IN ({reached})) AS reached",
            "count(*) FILTER (WHERE disposition <> 'excluded') AS calls",
            "count(DISTINCT CAST(contact AS VARCHAR)) FILTER (WHERE disposition <> 'excluded') AS contacts",
            "count(*) FILTER (WHERE disposition <> 'excluded' AND contact IS NULL) AS no_contact",
            "count(*) FILTER (WHERE disposition = 'excluded') AS excluded_calls",
        ]
    if "data_quality_rate" in kinds:
        cols += [
            "count(*) FILTER (WHERE compliant) AS compliant_n",
            "count(compliant) AS checked_n",
            "histogram(coalesce(CAST(failed_rule AS VARCHAR), '(no rule given)')) FILTER (WHERE NOT compliant) "
            "AS failed_rules",
        ]
    return cols


def _d(row: dict[str, Any], key: str) -> Decimal:
    value = row.get(key)
    return Decimal(0) if value is None else Decimal(str(value))


def outbound_value(req: KpiRequest, row: dict[str, Any]) -> tuple[Decimal | None, Decimal, Decimal, str,
                                                                  dict[str, str]]:
    """``(value, numerator, denominator, unit, details)`` of one KPI for one result row."""
    if req.kpi == "appointment_rate":
        num = _d(row, "appointments")
        details = {"reached": str(_d(row, "reached")), "calls": str(_d(row, "calls")),
                   "unqualified_appointments": str(_d(row, "unqualified")),
                   "excluded_calls": str(_d(row, "excluded_calls"))}
        if req.appointment_basis == "called_records":
            # Calls without a contact id cannot be told apart: each one counts as a record called.
            den = _d(row, "contacts") + _d(row, "no_contact")
        else:
            den = _d(row, "reached")
        return (None if den == 0 else num * 100 / den), num, den, "percent", details
    num, den = _d(row, "compliant_n"), _d(row, "checked_n")
    details = _rules(row.get("failed_rules"))
    if req.sample_size is not None:
        details["sample_size"] = str(req.sample_size)
        if den < req.sample_size:
            details["sample_short"] = f"{den} records checked, fewer than the agreed {req.sample_size}"
    return (None if den == 0 else num * 100 / den), num, den, "percent", details


def _rules(histogram: Any) -> dict[str, str]:
    """Non-compliant records by failed rule (``rule:<name>``), the most frequent first."""
    if not histogram:
        return {}
    counts = sorted(((str(k), int(v)) for k, v in dict(histogram).items()),
                    key=lambda kv: (-kv[1], kv[0]))
    out = {f"rule:{name}": str(n) for name, n in counts[:_MAX_RULES]}
    rest = sum(n for _, n in counts[_MAX_RULES:])
    if rest:
        out["rule:other"] = str(rest)
    return out
