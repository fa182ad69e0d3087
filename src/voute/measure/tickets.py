"""Ticket, e-mail and chat KPIs: first response and resolution in business hours with pauses, backlog.

Business time uses the cumulative calendar function ``F`` (see ``business_calendar``, built from the shared
``voute.calendar.BusinessCalendar``): every distinct timestamp the tickets need is evaluated once with an
ASOF join, then durations are differences of ``F`` minus the business time spent in pause states (status
history of event logs).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from voute.measure.adapters import sql_ident, sql_literal
from voute.measure.business_calendar import calendar_clock, cumulative_rows
from voute.measure.periods import bucket_sql, buckets, grouping_sql, in_period_sql
from voute.measure.requests import KpiRequest, KpiValue

if TYPE_CHECKING:
    from voute.calendar.business import BusinessCalendar
    from voute.measure.engine import Run

__all__ = ["scan_tickets"]

ClockKey = tuple[str, str, tuple[str, ...]]


def scan_tickets(run: Run, kpis: list[KpiRequest]) -> tuple[list[KpiValue], list[dict[str, Any]]]:
    """All ticket KPIs of a run, and the rows for the quality report (one per ticket)."""
    _materialise(run)
    tables: dict[ClockKey, str] = {}
    for req in kpis:
        key = _clock_key(req)
        if key not in tables and req.kpi != "backlog":
            tables[key] = _durations(run, req, f"dur{len(tables)}")
    values: list[KpiValue] = []
    for g in run.granularities:
        for req in kpis:
            if req.kpi == "backlog":
                rows = _backlog_rows(run, g)
            else:
                rows = _duration_rows(run, req, tables[_clock_key(req)], g)
            for row in rows:
                if req.service is None or row["grp"] == req.service:
                    values.append(run.value(req, row, _value(req, row)))
    reasons = run.rows(
        f"SELECT _reason, coalesce({in_period_sql('created', run.period)}, false) AS _in_period, "
        "count(*) AS n FROM tk GROUP BY ALL"
    )
    return values, reasons


def _clock_key(req: KpiRequest) -> ClockKey:
    return (req.clock, repr(req.calendar), tuple(req.pause_states))


def _materialise(run: Run) -> None:
    """Tickets (last row of each id in an event log) and status segments ``[s, e)`` of the history."""
    run.con.execute(f"CREATE TEMP TABLE ev AS {run.canonical()}")
    if run.source.adapter.event_log:
        run.con.execute(
            "CREATE TEMP TABLE tk AS SELECT * FROM ev QUALIFY row_number() OVER "
            "(PARTITION BY id ORDER BY _event_order DESC NULLS LAST, status_at DESC NULLS LAST) = 1"
        )
        run.con.execute(
            "CREATE TEMP TABLE segs AS SELECT id, status, status_at AS s, lead(status_at) OVER "
            "(PARTITION BY id ORDER BY _event_order, status_at) AS e FROM ev WHERE status_at IS NOT NULL"
        )
    else:
        run.con.execute("CREATE TEMP TABLE tk AS SELECT * FROM ev")
        run.con.execute("CREATE TEMP TABLE segs (id VARCHAR, status VARCHAR, s TIMESTAMP, e TIMESTAMP)")


def _durations(run: Run, req: KpiRequest, name: str) -> str:
    """Per ticket: business seconds to first response and to resolution, and age at the period end."""
    calendar = _calendar(req, run.period.timezone)
    end = f"TIMESTAMP '{run.period.end.isoformat()}'"
    con = run.con
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE pts AS SELECT DISTINCT t FROM (SELECT created AS t FROM tk "
        "UNION ALL SELECT resolved FROM tk UNION ALL SELECT first_response FROM tk "
        f"UNION ALL SELECT s FROM segs UNION ALL SELECT e FROM segs UNION ALL SELECT {end}) WHERE t IS NOT NULL"
    )
    low, high = con.execute("SELECT min(t), max(t) FROM pts").fetchone()
    _calendar_table(run, calendar, low.date() - timedelta(days=1), high.date() + timedelta(days=1))
    con.execute(
        "CREATE OR REPLACE TEMP TABLE fv AS SELECT p.t, coalesce(c.cum + "
        "date_diff('millisecond', c.b_start, least(p.t, c.b_end)) / 1000.0, 0) AS f "
        "FROM pts p ASOF LEFT JOIN cal c ON p.t >= c.b_start"
    )
    response = "coalesce(tk.first_response, tk.resolved)"
    con.execute(
        f"CREATE TEMP TABLE {name} AS SELECT tk.id, "
        f"{_span('tk.resolved', req)} AS res_bs, {_span(response, req)} AS resp_bs, {_span(end, req)} AS age_bs "
        "FROM tk"
    )
    return name


def _calendar(req: KpiRequest, timezone: str) -> BusinessCalendar:
    """The request's clock; without a calendar, office hours read in the measurement zone."""
    if req.clock == "calendar":
        return calendar_clock(timezone)
    if req.calendar is not None:
        return req.calendar
    from voute.calendar.business import BusinessCalendar

    return BusinessCalendar.office_hours(timezone=timezone)


def _span(until: str, req: KpiRequest) -> str:
    """SQL: business seconds from creation to ``until`` minus business time in pause states (NULL if open)."""
    f_until = f"(SELECT f FROM fv WHERE fv.t = {until})"
    f_created = "(SELECT f FROM fv WHERE fv.t = tk.created)"
    paused = "0"
    if req.pause_states:
        states = ", ".join(sql_literal(s) for s in req.pause_states)
        paused = (
            "coalesce((SELECT sum(greatest(fe.f - fs.f, 0)) FROM segs sg "
            "JOIN fv fs ON fs.t = greatest(sg.s, tk.created) "
            f"JOIN fv fe ON fe.t = least(coalesce(sg.e, {until}), {until}) "
            f"WHERE sg.id = tk.id AND sg.status IN ({states})), 0)"
        )
    return f"CASE WHEN {until} IS NOT NULL THEN {f_until} - {f_created} - {paused} END"


def _calendar_table(run: Run, calendar: BusinessCalendar, first: date, last: date) -> None:
    rows = cumulative_rows(calendar, first, last, run.period.timezone)
    run.con.execute("CREATE OR REPLACE TEMP TABLE cal (b_start TIMESTAMP, b_end TIMESTAMP, cum DOUBLE)")
    if rows:
        run.con.executemany("INSERT INTO cal VALUES (?, ?, ?)", [list(r) for r in rows])
    else:  # a calendar that never opens: every duration is 0
        run.con.execute("INSERT INTO cal VALUES (?, ?, 0)", [datetime.combine(first, datetime.min.time())] * 2)


def _duration_rows(run: Run, req: KpiRequest, table: str, g: Any) -> list[dict[str, Any]]:
    t = req.threshold_seconds
    grp = f"CAST(tk.{sql_ident(run.group_by)} AS VARCHAR) AS grp"
    ok = run.ok_sql()
    if req.kpi == "resolution_time":
        pct = f", quantile_cont(res_bs, {Decimal(req.percentile) / 100}) AS pct" if req.percentile else ""
        return run.rows(
            f"SELECT '{g.value}' AS granularity, {bucket_sql('resolved', g)} AS bucket, {grp}, count(*) AS n, "
            f"count(*) FILTER (WHERE res_bs <= {t}) AS num, count(*) AS den, avg(res_bs) AS mean{pct} "
            f"FROM tk JOIN {table} USING (id) WHERE {ok} AND {in_period_sql('resolved', run.period)} "
            f"{grouping_sql()}"
        )
    # first_response_time: tickets created in the period; unanswered ones count once past the threshold
    return run.rows(
        f"SELECT '{g.value}' AS granularity, {bucket_sql('created', g)} AS bucket, {grp}, count(*) AS n, "
        f"count(*) FILTER (WHERE resp_bs <= {t}) AS num, "
        f"count(*) FILTER (WHERE resp_bs IS NOT NULL OR age_bs > {t}) AS den, "
        f"count(*) FILTER (WHERE resp_bs IS NULL AND NOT age_bs > {t}) AS pending, avg(resp_bs) AS mean "
        f"FROM tk JOIN {table} USING (id) WHERE {ok} AND {in_period_sql('created', run.period)} {grouping_sql()}"
    )


def _backlog_rows(run: Run, g: Any) -> list[dict[str, Any]]:
    pairs = buckets(run.period, g)
    listed = ", ".join(f"(DATE '{a.isoformat()}', TIMESTAMP '{b.isoformat()}')" for a, b in pairs)
    done = "coalesce(tk.resolved, tk.closed)"
    return run.rows(
        f"SELECT '{g.value}' AS granularity, b.bucket, CAST(tk.{sql_ident(run.group_by)} AS VARCHAR) AS grp, "
        "count(*) AS n, count(*) AS num, 1 AS den "
        f"FROM tk JOIN (VALUES {listed}) AS b(bucket, bucket_end) "
        f"ON tk.created < b.bucket_end AND ({done} IS NULL OR {done} >= b.bucket_end) "
        f"WHERE {run.ok_sql()} {grouping_sql()}"
    )


def _value(req: KpiRequest, row: dict[str, Any]) -> tuple[Decimal | None, Decimal, Decimal, str, dict[str, str]]:
    num, den = Decimal(int(row["num"] or 0)), Decimal(int(row["den"] or 0))
    details: dict[str, str] = {}
    if row.get("mean") is not None:
        details["mean_seconds"] = f"{row['mean']:.0f}"
    if row.get("pct") is not None:
        details[f"p{req.percentile}_seconds"] = f"{row['pct']:.0f}"
    if row.get("pending"):
        details["pending_not_yet_late"] = str(row["pending"])
    if req.kpi == "backlog":
        return num, num, den, "count", details
    return (None if den == 0 else num * 100 / den), num, den, "percent", details
