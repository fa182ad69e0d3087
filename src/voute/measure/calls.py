"""Voice KPIs (service level under six abandon conventions, ASA, abandon rate, AHT, FCR) on DuckDB.

One scan of the records builds a small "fact" table of additive counts and sums per (problem reason,
in-period flag, group, day). Every KPI, every granularity and the all-services total are then sums over that
small table, so a month of 100 million calls is read once.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from voute.measure.adapters import sql_ident
from voute.measure.requests import KpiRequest

__all__ = ["call_fact_sql", "call_value"]


def _thresholds(requests: Sequence[KpiRequest]) -> list[int]:
    found: set[int] = set()
    for r in requests:
        if r.kpi in ("service_level", "abandon_rate"):
            found.add(r.short_seconds)
        if r.kpi == "service_level" and r.threshold_seconds is not None:
            found.add(r.threshold_seconds)
    return sorted(found - {0})


def _windows(requests: Sequence[KpiRequest]) -> list[int]:
    return sorted({r.repeat_window_seconds for r in requests if r.kpi == "fcr"})


def call_aggregates(requests: Sequence[KpiRequest]) -> list[str]:
    """Additive aggregate expressions (``expr AS name``) the requested call KPIs need."""
    ans, ab = "outcome = 'answered'", "outcome = 'abandoned'"
    cols = [
        "count(*) AS n",
        f"count(*) FILTER (WHERE {ans}) AS answered",
        f"count(*) FILTER (WHERE {ab}) AS abandoned",
        "count(*) FILTER (WHERE outcome = 'ivr_abandoned') AS ivr_abandoned",
        "count(*) FILTER (WHERE outcome = 'callback') AS callbacks",
        "count(*) FILTER (WHERE outcome = 'excluded') AS excluded_outcome",
        f"sum(CAST(wait_seconds AS DECIMAL(18,3))) FILTER (WHERE {ans}) AS sum_wait",
        f"count(wait_seconds) FILTER (WHERE {ans}) AS n_wait",
        f"sum(CAST(handle_seconds AS DECIMAL(18,3))) FILTER (WHERE {ans}) AS sum_handle",
        f"count(handle_seconds) FILTER (WHERE {ans}) AS n_handle",
    ]
    for t in _thresholds(requests):
        cols.append(f"count(*) FILTER (WHERE {ans} AND wait_seconds <= {t}) AS ans_le_{t}")
        cols.append(f"count(*) FILTER (WHERE {ab} AND wait_seconds <= {t}) AS ab_le_{t}")
    for w in _windows(requests):
        known = f"{ans} AND customer IS NOT NULL"
        cols.append(f"count(*) FILTER (WHERE {known}) AS fcr_base")
        repeat = f"_next_contact IS NOT NULL AND date_diff('second', arrival, _next_contact) <= {w}"
        cols.append(f"count(*) FILTER (WHERE {known} AND NOT ({repeat})) AS fcr_ok_{w}")
    return list(dict.fromkeys(cols))


def call_fact_sql(canonical: str, requests: Sequence[KpiRequest], group_by: str, start: str, end: str) -> str:
    """The single scan: aggregates per (reason, in period, group, day) over the canonical records."""
    if _windows(requests):
        # The next contact of the same customer on the same service, to detect repeats within the window.
        canonical = (
            "SELECT *, CASE WHEN customer IS NOT NULL THEN lead(arrival) OVER "
            f"(PARTITION BY customer, service ORDER BY arrival) END AS _next_contact FROM ({canonical})"
        )
    in_period = f"(arrival >= TIMESTAMP '{start}' AND arrival < TIMESTAMP '{end}')"
    return (
        f"SELECT _reason, coalesce({in_period}, false) AS _in_period, "
        f"CAST({sql_ident(group_by)} AS VARCHAR) AS grp, "
        f"CASE WHEN {in_period} THEN CAST(arrival AS DATE) END AS day, "
        f"{', '.join(call_aggregates(requests))} FROM ({canonical}) GROUP BY ALL"
    )


def _d(row: dict[str, Any], key: str) -> Decimal:
    value = row.get(key)
    return Decimal(0) if value is None else Decimal(str(value))


def _ratio(num: Decimal, den: Decimal, scale: int = 100) -> Decimal | None:
    return None if den == 0 else num * scale / den


def call_value(req: KpiRequest, row: dict[str, Any]) -> tuple[Decimal | None, Decimal, Decimal, str, dict[str, str]]:
    """(value, numerator, denominator, unit, details) of one call KPI from summed fact columns."""
    ans, ab = _d(row, "answered"), _d(row, "abandoned")
    details = {"answered": str(ans), "abandoned": str(ab), "ivr_abandoned": str(_d(row, "ivr_abandoned"))}
    if req.kpi == "service_level":
        return _service_level(req, row, details)
    if req.kpi == "asa":
        num, den = _d(row, "sum_wait"), _d(row, "n_wait")
        return _ratio(num, den, 1), num, den, "seconds", details
    if req.kpi == "aht":
        num, den = _d(row, "sum_handle"), _d(row, "n_handle")
        return _ratio(num, den, 1), num, den, "seconds", details
    if req.kpi == "abandon_rate":
        short = _d(row, f"ab_le_{req.short_seconds}") if req.short_seconds else Decimal(0)
        num, den = ab - short, ans + ab - short
        details["short_abandons"] = str(short)
        return _ratio(num, den), num, den, "percent", details
    # fcr
    num, den = _d(row, f"fcr_ok_{req.repeat_window_seconds}"), _d(row, "fcr_base")
    return _ratio(num, den), num, den, "percent", details


def _service_level(
    req: KpiRequest, row: dict[str, Any], details: dict[str, str]
) -> tuple[Decimal | None, Decimal, Decimal, str, dict[str, str]]:
    t, s = req.threshold_seconds, req.short_seconds
    ans, ab = _d(row, "answered"), _d(row, "abandoned")
    ans_t, ab_t = _d(row, f"ans_le_{t}"), _d(row, f"ab_le_{t}")
    ab_s = _d(row, f"ab_le_{s}") if s else Decimal(0)
    if req.ivr_abandons == "included":
        # Voice-menu hang-ups never waited for an agent: they enter as abandons with a zero wait.
        ivr = _d(row, "ivr_abandoned")
        ab, ab_t, ab_s = ab + ivr, ab_t + ivr, ab_s + ivr
    num, den = {
        "sl1": (ans_t + ab_t, ans + ab),
        "sl2": (ans_t, ans),
        "sl3": (ans_t, ans + ab),
        "sl4": (ans_t, ans + ab - ab_t),
        "sl5": (ans_t + ab_s, ans + ab),
        "sl6": (ans_t, ans + ab - ab_s),
    }[req.abandon_convention]
    details.update({"answered_within_T": str(ans_t), "abandoned_within_T": str(ab_t), "short_abandons": str(ab_s)})
    return _ratio(num, den), num, den, "percent", details
