"""``measure``: records + adapter + KPI requests + period -> Measurements (values with provenance).

The orchestration only: open DuckDB, check the files and the mapping, detect duplicate ids, run the kind's
scan, build the quality report (with record numbers of the first bad rows), and turn sums into values.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from voute.errors import InputError, Location, RecordsError
from voute.measure import calls, feedback, tickets
from voute.measure.adapters import Adapter, sql_literal
from voute.measure.records import ANOMALIES, DUP_IDS, RecordSource
from voute.measure.requests import Granularity, KpiRequest, KpiValue, Measurements, Period, ReasonCount, RecordQuality
from voute.measure.schemas import FieldType, RecordKind, schema

__all__ = ["measure"]

Progress = Callable[[str], None]
_FIRST = 5


@dataclass
class Run:
    """Everything one measurement shares: connection, source, period, options."""

    con: Any
    source: RecordSource
    period: Period
    granularities: tuple[Granularity, ...]
    group_by: str
    keep_anomalies: bool
    dedup: bool = False
    firsts: dict[str, list[Location]] | None = None
    """First problem records per reason, when the scan located them itself (else a second scan does)."""

    @property
    def start(self) -> str:
        return self.period.start.isoformat()

    @property
    def end(self) -> str:
        return self.period.end.isoformat()

    def ok_sql(self) -> str:
        """Condition on ``_reason`` for a record to count in KPIs."""
        if not self.keep_anomalies:
            return "_reason IS NULL"
        listed = ", ".join(sql_literal(a) for a in sorted(ANOMALIES))
        return f"(_reason IS NULL OR _reason IN ({listed}))"

    def canonical(self) -> str:
        return self.source.canonical_sql(dedup=self.dedup)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def value(self, req: KpiRequest, row: dict[str, Any], result: tuple[Any, ...]) -> KpiValue:
        """A KpiValue for a result row carrying ``bucket`` (date), ``grp`` and ``n``."""
        value, num, den, unit, details = result
        g = Granularity(row["granularity"])
        start, end = bucket_bounds(row["bucket"], g, self.period)
        return KpiValue(
            kpi=req.kpi,
            service="*" if row["grp"] is None else str(row["grp"]),
            period_start=self.period.aware(start),
            period_end=self.period.aware(end),
            granularity=g,
            value=value,
            numerator=num,
            denominator=den,
            record_count=int(row["n"] or 0),
            convention=req.convention(),
            unit=unit,
            label=req.label,
            details=details,
        )


def bucket_bounds(bucket: date, granularity: Granularity, period: Period) -> tuple[date, date]:
    """The part of a day/week/month bucket inside the period, as ``[start, end)`` dates."""
    if granularity is Granularity.day:
        nxt = bucket + timedelta(days=1)
    elif granularity is Granularity.week:
        nxt = bucket + timedelta(days=7)
    else:
        nxt = date(bucket.year + bucket.month // 12, bucket.month % 12 + 1, 1)
    return max(bucket, period.start), min(nxt, period.end)


def measure(
    records: Sequence[Path],
    adapter: Adapter,
    kpis: Sequence[KpiRequest],
    period: Period,
    granularities: Sequence[Granularity | str] = (Granularity.month,),
    *,
    services: Sequence[str] | None = None,
    group_by: str = "service",
    anomalies: str = "exclude",
    progress: Progress | None = None,
    memory_limit: str = "2GB",
    check_duplicates: bool = True,
    threads: int | None = None,
) -> Measurements:
    """Measure KPIs over record files for a period, per group (service by default) and granularity.

    ``services`` lists the known services: records of any other service are reported as ``unknown_service``.
    ``anomalies='keep'`` counts suspicious records (negative durations, timestamps out of order) in the KPIs
    while still reporting them; the default excludes them. DuckDB spills to the system temporary directory
    beyond ``memory_limit`` and runs on ``threads`` threads (default: the cores this process may use).
    ``check_duplicates=False`` skips the duplicate-id test (one pass over the ids; for integer ids a bitmap,
    cheap) for sources known to have unique ids. Raises ``RecordsError`` when no record is valid.
    """
    import duckdb

    notify = progress or (lambda _step: None)
    _validate(adapter, kpis, group_by, anomalies)
    con = duckdb.connect()
    try:
        con.execute(f"SET memory_limit = {sql_literal(memory_limit)}")
        con.execute(f"SET threads = {int(threads or _usable_cores())}")
        con.execute(f"SET temp_directory = {sql_literal(str(Path(tempfile.gettempdir()) / 'voute-duckdb'))}")
        notify("checking files and mapping")
        source = RecordSource(
            con,
            tuple(Path(p) for p in records),
            adapter,
            period.timezone,
            None if services is None else frozenset(services),
        )
        run = Run(con, source, period, tuple(Granularity(g) for g in granularities), group_by, anomalies == "keep")
        if check_duplicates and not adapter.event_log:
            notify("looking for duplicate ids")
            run.dedup = _has_duplicates(run)
        notify(f"scanning {adapter.kind.value}")
        values, reason_rows = _SCANS[adapter.kind](run, list(kpis))
        quality = _quality(run, reason_rows, notify)
    except duckdb.Error as exc:
        raise RecordsError.single(
            f"cannot read the records: {str(exc).splitlines()[0][:300]}",
            Location(file=str(records[0]) if records else None),
        ) from None
    finally:
        con.close()
    if quality.valid + quality.outside_period == 0:
        summary = "; ".join(f"{r.reason}: {r.count}" for r in quality.reasons) or "the files hold no record"
        raise RecordsError.single(f"no valid record ({summary})", Location(file=str(records[0])))
    return Measurements(tuple(values), quality, tuple(str(p) for p in records), adapter.name, period)


def _usable_cores() -> int:
    """Cores this process may run on (a container or ``taskset`` can allow fewer than the machine has)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _validate(adapter: Adapter, kpis: Sequence[KpiRequest], group_by: str, anomalies: str) -> None:
    if not kpis:
        raise InputError.single("no KPI to measure")
    wrong = sorted({k.kpi for k in kpis if k.kind is not adapter.kind})
    if wrong:
        raise InputError.single(
            f"KPI(s) {', '.join(wrong)} cannot be measured from {adapter.kind.value} records ({adapter.name})"
        )
    text_fields = [n for n, s in schema(adapter.kind).items() if s.type is FieldType.text]
    if group_by not in text_fields:
        raise InputError.single(f"cannot group {adapter.kind.value} by {group_by!r}; use one of {text_fields}")
    if anomalies not in ("exclude", "keep"):
        raise InputError.single("anomalies must be 'exclude' or 'keep'")


_INTEGER_TYPES = frozenset({"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT"})
_BITMAP_BYTES = 512 * 2**20
"""Memory the exact bitmap test of integer ids may take, all threads together (one bitmap per thread)."""


def _has_duplicates(run: Run) -> bool:
    """Whether two records share an id (exact); if so, list the repeated ids in the ``DUP_IDS`` table.

    Integer ids are first tested cheaply: more ids than values between their minimum and maximum means a
    repeat (Parquet statistics answer without a scan); otherwise one bit per possible value
    (``bitstring_agg``) counts the distinct ids in one streaming pass, far cheaper than hashing every id. Only
    when that finds a repeat, or for other ids (text, huge ranges), are the ids hashed to list the repeats.
    """
    ids = f"SELECT id FROM ({run.source.parsed_sql()}) WHERE id IS NOT NULL"
    if _integer_ids_unique(run, ids):
        return False
    run.con.execute(f"CREATE TEMP TABLE {DUP_IDS} AS SELECT id FROM ({ids}) GROUP BY id HAVING count(*) > 1")
    return bool(run.con.execute(f"SELECT count(*) FROM {DUP_IDS}").fetchone()[0])


def _integer_ids_unique(run: Run, ids: str) -> bool:
    """True when the ids are integers proved all different; False when repeated or not provable cheaply."""
    id_type = str(run.con.execute(f"DESCRIBE {ids}").fetchone()[1])
    if id_type not in _INTEGER_TYPES:
        return False
    count, low, high = run.con.execute(f"SELECT count(id), min(id), max(id) FROM ({ids})").fetchone()
    if count < 2:
        return True
    span = int(high) - int(low) + 1
    threads = int(run.con.execute("SELECT current_setting('threads')").fetchone()[0])
    if span < count or span > min(_BITMAP_BYTES * 8 // max(threads, 1), 64 * count):
        return False  # a repeat for sure (pigeonhole), or a bitmap too large: hash the ids
    distinct = run.con.execute(f"SELECT bit_count(bitstring_agg(id, {low}, {high})) FROM ({ids})").fetchone()[0]
    return bool(distinct == count)


def _scan_calls(run: Run, kpis: list[KpiRequest]) -> tuple[list[KpiValue], list[dict[str, Any]]]:
    finest = "day" if {Granularity.day, Granularity.week} & set(run.granularities) else "month"
    # Parquet rows carry their position for free: the scan itself then locates the first bad records.
    located = run.source.format == "parquet"
    canonical = run.source.canonical_sql(numbered=located, dedup=run.dedup)
    fact = calls.call_fact_sql(canonical, kpis, run.group_by, run.start, run.end, finest, _FIRST if located else 0)
    run.con.execute(f"CREATE TEMP TABLE fact AS {fact}")
    if located:
        found = run.con.execute(
            "SELECT _reason, x FROM (SELECT _reason, unnest(_firsts) AS x FROM fact WHERE _reason IS NOT NULL) "
            "ORDER BY _reason, x"
        ).fetchall()
        where = [(reason, calls.unpack_record(int(x))) for reason, x in found]
        paths = run.source.paths
        run.firsts = _firsts_by_reason([(r, Location(file=str(paths[f]), record=n)) for r, (f, n) in where])
    sums = ", ".join(calls.rollup_columns(kpis))
    values: list[KpiValue] = []
    for g in run.granularities:
        bucket = "day" if g.value == finest else f"CAST(date_trunc('{g.value}', day) AS DATE)"
        rows = run.rows(
            f"SELECT '{g.value}' AS granularity, {bucket} AS bucket, grp, {sums} FROM fact "
            f"WHERE {run.ok_sql()} AND _in_period GROUP BY GROUPING SETS ((bucket, grp), (bucket)) "
            "ORDER BY bucket, grp NULLS FIRST"
        )
        for req in kpis:
            for row in rows:
                if req.service is None or row["grp"] == req.service:
                    values.append(run.value(req, row, calls.call_value(req, row)))
    reasons = run.rows("SELECT _reason, _in_period, sum(n) AS n FROM fact GROUP BY ALL")
    return values, reasons


_SCANS: dict[RecordKind, Callable[[Run, list[KpiRequest]], tuple[list[KpiValue], list[dict[str, Any]]]]] = {
    RecordKind.calls: _scan_calls,
    RecordKind.tickets: lambda run, kpis: tickets.scan_tickets(run, kpis),
    RecordKind.surveys: lambda run, kpis: feedback.scan_feedback(run, kpis),
    RecordKind.evaluations: lambda run, kpis: feedback.scan_feedback(run, kpis),
    RecordKind.outbound: lambda run, kpis: feedback.scan_feedback(run, kpis),
    RecordKind.data_checks: lambda run, kpis: feedback.scan_feedback(run, kpis),
}


def _quality(run: Run, reason_rows: list[dict[str, Any]], notify: Progress) -> RecordQuality:
    counts: dict[str, int] = {}
    valid = outside = 0
    for row in reason_rows:
        n = int(row["n"] or 0)
        reason = row["_reason"]
        if reason is None or (run.keep_anomalies and reason in ANOMALIES):
            if row["_in_period"]:
                valid += n
            else:
                outside += n
        if reason is not None:
            counts[reason] = counts.get(reason, 0) + n
    rejects = _rejects(run)
    firsts: dict[str, list[Location]] = {}
    if counts and run.firsts is not None:
        firsts = run.firsts
    elif counts:
        notify("locating bad records")
        firsts = _first_records(run)
    reasons = [
        ReasonCount(r, c, not (run.keep_anomalies and r in ANOMALIES), tuple(str(x) for x in firsts.get(r, [])))
        for r, c in sorted(counts.items(), key=lambda kv: -kv[1])
    ]
    if rejects:
        reasons.append(ReasonCount("malformed_row", len(rejects), True, tuple(str(x) for x in rejects[:_FIRST])))
    total = sum(int(r["n"] or 0) for r in reason_rows) + len(rejects)
    return RecordQuality(total, valid, outside, tuple(reasons))


def _rejects(run: Run) -> list[Location]:
    if run.source.format != "csv":
        return []
    try:
        found = run.con.execute("SELECT DISTINCT file_id, line FROM voute_rejects ORDER BY file_id, line").fetchall()
    except Exception:  # the table exists only when a scan rejected something
        return []
    return [Location(file=str(run.source.paths[int(f)]), line=int(line)) for f, line in found]


def _first_records(run: Run) -> dict[str, list[Location]]:
    """Record numbers (1 = first data row of each file) of the first few rows of each problem reason."""
    sql = (
        f"SELECT _reason, _file, _record FROM ({run.source.canonical_sql(numbered=True, dedup=run.dedup)}) "
        f"WHERE _reason IS NOT NULL QUALIFY row_number() OVER (PARTITION BY _reason ORDER BY _file, _record) "
        f"<= {_FIRST} ORDER BY _reason, _file, _record"
    )
    paths = run.source.paths
    found = run.con.execute(sql).fetchall()
    return _firsts_by_reason([(r, Location(file=str(paths[int(f)]), record=int(n))) for r, f, n in found])


def _firsts_by_reason(found: Sequence[tuple[str, Location]]) -> dict[str, list[Location]]:
    """The first ``_FIRST`` locations of each reason, in the order found (files in order, rows in order)."""
    out: dict[str, list[Location]] = {}
    for reason, where in found:
        bucket = out.setdefault(reason, [])
        if len(bucket) < _FIRST:
            bucket.append(where)
    return out


def ratio(num: Decimal, den: Decimal, scale: int = 100) -> Decimal | None:
    """``num * scale / den``, or None when nothing was eligible."""
    return None if den == 0 else num * scale / den
