"""Customer-feedback and quality KPIs: CSAT (mean or top-2-box), NPS, QA score (fatal errors score 0).

The same grouped scan serves the outbound and data-check records (``outbound.py``): every one of these KPIs is
a count or a sum per group and bucket.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from voute.measure.adapters import sql_ident
from voute.measure.outbound import outbound_aggregates, outbound_value
from voute.measure.periods import bucket_sql, grouping_sql, in_period_sql
from voute.measure.requests import KpiRequest, KpiValue
from voute.measure.schemas import TIME_FIELD

if TYPE_CHECKING:
    from voute.measure.engine import Run

__all__ = ["scan_feedback"]


def _aggregates(kpis: list[KpiRequest]) -> list[str]:
    cols = ["count(*) AS n"]
    kinds = {r.kpi for r in kpis}
    if "csat" in kinds:
        cols += ["sum(CAST(csat AS DECIMAL(18,3))) AS csat_sum", "count(csat) AS csat_n"]
        for top in sorted({r.csat_scale_max for r in kpis if r.kpi == "csat"}):
            cols.append(f"count(*) FILTER (WHERE csat >= {top - 1}) AS csat_top_{top}")
    if "nps" in kinds:
        cols += [
            "count(nps) AS nps_n",
            "count(*) FILTER (WHERE nps >= 9) AS promoters",
            "count(*) FILTER (WHERE nps <= 6) AS detractors",
        ]
    if "qa_score" in kinds:
        cols += [
            "sum(CASE WHEN coalesce(fatal, false) THEN 0 ELSE CAST(score AS DECIMAL(18,3)) END) AS qa_sum",
            "count(score) AS qa_n",
            "count(*) FILTER (WHERE coalesce(fatal, false)) AS fatal_n",
        ]
    return cols + outbound_aggregates(kpis)


def scan_feedback(run: Run, kpis: list[KpiRequest]) -> tuple[list[KpiValue], list[dict[str, Any]]]:
    """Surveys, evaluations, outbound calls or data checks: one grouped query per granularity."""
    time_field = TIME_FIELD[run.source.adapter.kind]
    run.con.execute(f"CREATE TEMP TABLE fb AS {run.canonical()}")
    values: list[KpiValue] = []
    for g in run.granularities:
        rows = run.rows(
            f"SELECT '{g.value}' AS granularity, {bucket_sql(time_field, g)} AS bucket, "
            f"CAST({sql_ident(run.group_by)} AS VARCHAR) AS grp, {', '.join(_aggregates(kpis))} FROM fb "
            f"WHERE {run.ok_sql()} AND {in_period_sql(time_field, run.period)} {grouping_sql()}"
        )
        for req in kpis:
            for row in rows:
                if req.service is None or row["grp"] == req.service:
                    values.append(run.value(req, row, _value(req, row)))
    reasons = run.rows(
        f"SELECT _reason, coalesce({in_period_sql(time_field, run.period)}, false) AS _in_period, count(*) AS n "
        "FROM fb GROUP BY ALL"
    )
    return values, reasons


def _d(row: dict[str, Any], key: str) -> Decimal:
    value = row.get(key)
    return Decimal(0) if value is None else Decimal(str(value))


def _value(req: KpiRequest, row: dict[str, Any]) -> tuple[Decimal | None, Decimal, Decimal, str, dict[str, str]]:
    if req.kpi in ("appointment_rate", "data_quality_rate"):
        return outbound_value(req, row)
    if req.kpi == "csat":
        den = _d(row, "csat_n")
        if req.csat_method == "top2box":
            num = _d(row, f"csat_top_{req.csat_scale_max}")
            return (None if den == 0 else num * 100 / den), num, den, "percent", {}
        num = _d(row, "csat_sum")
        return (None if den == 0 else num / den), num, den, "score", {}
    if req.kpi == "nps":
        den, pro, det = _d(row, "nps_n"), _d(row, "promoters"), _d(row, "detractors")
        details = {"promoters": str(pro), "detractors": str(det)}
        return (None if den == 0 else (pro - det) * 100 / den), pro - det, den, "score", details
    den, num = _d(row, "qa_n"), _d(row, "qa_sum")
    return (None if den == 0 else num / den), num, den, "score", {"fatal_errors": str(_d(row, "fatal_n"))}
