"""SQL helpers shared by the KPI scans: period buckets and grouping sets."""

from __future__ import annotations

from datetime import date, timedelta

from voute.measure.adapters import sql_ident
from voute.measure.requests import Granularity, Period

__all__ = ["bucket_sql", "buckets", "grouping_sql", "in_period_sql"]


def bucket_sql(column: str, granularity: Granularity) -> str:
    """The first day of the day/week/month bucket holding a timestamp column (weeks start on Monday)."""
    return f"CAST(date_trunc('{granularity.value}', {sql_ident(column)}) AS DATE)"


def in_period_sql(column: str, period: Period) -> str:
    """True when a timestamp column falls in the period (local wall-clock time)."""
    col = sql_ident(column)
    return f"({col} >= TIMESTAMP '{period.start.isoformat()}' AND {col} < TIMESTAMP '{period.end.isoformat()}')"


def grouping_sql() -> str:
    """Every group on its own, plus all groups together (reported as service '*')."""
    return "GROUP BY GROUPING SETS ((bucket, grp), (bucket)) ORDER BY bucket, grp NULLS FIRST"


def buckets(period: Period, granularity: Granularity) -> list[tuple[date, date]]:
    """The buckets of a period as ``(bucket start, end inside the period)``; the first may start earlier."""
    out: list[tuple[date, date]] = []
    day = period.start
    if granularity is Granularity.week:
        day -= timedelta(days=day.weekday())
    elif granularity is Granularity.month:
        day = day.replace(day=1)
    while day < period.end:
        if granularity is Granularity.day:
            nxt = day + timedelta(days=1)
        elif granularity is Granularity.week:
            nxt = day + timedelta(days=7)
        else:
            nxt = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        out.append((day, min(nxt, period.end)))
        day = nxt
    return out
