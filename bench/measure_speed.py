"""Benchmark: a month of call KPIs with ``voute.measure`` against a hand-written DuckDB query and pandas.

    python bench/measure_speed.py [N] [--repeat=R]   # N call records, default 1_000_000; R rounds, default 3

Generates N synthetic calls for March 2027 as Parquet (cached in the temp directory), then times, each in a
fresh process so peak memory is its own: (a) one hand-written DuckDB query computing the same aggregates,
(b) a straightforward pandas implementation (only up to PANDAS_MAX records: beyond that it would need more
memory than this machine should give it), and (c) ``voute.measure.measure`` (service level sl1 at 20 s,
ASA, abandon rate, AHT; per service and all services; with record checks and duplicate detection), also
without the duplicate-id pass, and on a copy where 1 % of the calls are repeated (``ours-dups``: the
repeats must all be found and excluded, giving back the original figures).
Runs R interleaved rounds and prints the median wall-clock seconds, CPU seconds (all threads; steadier than
wall time on a shared machine), peak RSS and ratios, and checks that every run agrees.

Two readings of the targets, printed apart:
- STRICT: (a) and (b) above compute the KPI sums only and check nothing, while ``measure`` also checks every
  record. These ratios are kept exactly as they were.
- SAME-WORK: baselines that produce what ``measure`` produces, with the engine's rules: ``hand-same``, one
  hand-written DuckDB statement (``SAME_SQL``; ``hand-same-window`` is its plain form, ranking every row
  within its id) and ``pandas-same``, vectorised pandas (only up to PANDAS_MAX records: it holds every column
  in memory, about 5 GB at 10M). They run on the original file and on a messy copy (``with_defects``: bad
  records of every kind, records outside the period, values left to derive, repeated ids later, at the same
  time and earlier than the original), where ``ours-messy`` is ``measure``; the bench fails unless their
  outputs are equal: KPI values, numerators, denominators and record counts per service and all services,
  record counts by problem reason (duplicates included) with the first five record numbers of each, valid
  records and records outside the period.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

PANDAS_MAX = 20_000_000
T, SHORT = 20, 5
PERIOD = ("2027-03-01", "2027-04-01")

HAND_SQL = f"""
SELECT service,
  count(*) FILTER (WHERE outcome = 'answered') AS answered,
  count(*) FILTER (WHERE outcome = 'abandoned') AS abandoned,
  count(*) FILTER (WHERE outcome = 'answered' AND wait_seconds <= {T}) AS ans_t,
  count(*) FILTER (WHERE outcome = 'abandoned' AND wait_seconds <= {T}) AS ab_t,
  sum(wait_seconds) FILTER (WHERE outcome = 'answered') AS sum_wait,
  sum(talk_seconds + coalesce(hold_seconds, 0) + coalesce(acw_seconds, 0)) FILTER (WHERE outcome = 'answered')
    AS sum_handle
FROM read_parquet('{{path}}')
WHERE arrival >= TIMESTAMP '{PERIOD[0]}' AND arrival < TIMESTAMP '{PERIOD[1]}'
GROUP BY GROUPING SETS ((service), ())
"""


def sl1_from(answered: float, abandoned: float, ans_t: float, ab_t: float) -> float:
    return round(100 * (ans_t + ab_t) / (answered + abandoned), 4)


def run_hand(path: Path) -> dict[str, float]:
    import duckdb

    con = duckdb.connect()
    con.execute("SET memory_limit = '2GB'")
    rows = con.execute(HAND_SQL.format(path=path)).fetchall()
    total = next(r for r in rows if r[0] is None)
    return {"sl1": sl1_from(*total[1:5]), "asa": round(total[5] / total[1], 4)}


def run_pandas(path: Path) -> dict[str, float]:
    import pandas as pd

    cols = ["service", "arrival", "outcome", "wait_seconds", "talk_seconds", "hold_seconds", "acw_seconds"]
    df = pd.read_parquet(path, columns=cols)
    df = df[(df["arrival"] >= PERIOD[0]) & (df["arrival"] < PERIOD[1])]
    ans = df["outcome"] == "answered"
    ab = df["outcome"] == "abandoned"
    frame = pd.DataFrame(
        {
            "service": df["service"],
            "answered": ans,
            "abandoned": ab,
            "ans_t": ans & (df["wait_seconds"] <= T),
            "ab_t": ab & (df["wait_seconds"] <= T),
            "wait": df["wait_seconds"].where(ans, 0.0),
            "handle": (df["talk_seconds"] + df["hold_seconds"].fillna(0) + df["acw_seconds"].fillna(0)).where(ans, 0.0),
        }
    )
    per_service = frame.groupby("service", observed=True).sum()
    total = per_service.sum()
    return {
        "sl1": sl1_from(total["answered"], total["abandoned"], total["ans_t"], total["ab_t"]),
        "asa": round(total["wait"] / total["answered"], 4),
    }


def run_ours(path: Path, check_duplicates: bool = True) -> dict[str, Any]:
    from voute.measure import KpiRequest, Period, builtin_adapter, measure

    reqs = [
        KpiRequest("service_level", threshold_seconds=T, abandon_convention="sl1", short_abandon_seconds=SHORT),
        KpiRequest("asa"),
        KpiRequest("abandon_rate"),
        KpiRequest("aht"),
    ]
    m = measure(
        [path], builtin_adapter("canonical-calls"), reqs, Period.parse("2027-03"), check_duplicates=check_duplicates
    )
    sl1 = m.find("service_level")[0].value
    asa = m.find("asa")[0].value
    assert sl1 is not None and asa is not None
    duplicates = sum(r.count for r in m.quality.reasons if r.reason == "duplicate")
    return {"sl1": round(float(sl1), 4), "asa": round(float(asa), 4), "duplicates": duplicates, "outputs": m}


# ---- "same work" baselines: the outputs of ``measure``, not only the KPI sums ---------------------------------
# The baselines above (strict reading of the target) check nothing. These compute what ``measure`` returns for
# this data: the same derived fields (outcome, wait, talk, handle time), the same problem reason for every record
# (first failing check wins, in the engine's order; duplicates last), records outside the period counted apart,
# repeated ids found exactly and all but the first row of each (by arrival, then file position) excluded, the
# first five record numbers of each reason, and per service and all services: the counts and sums behind sl1
# (T=20 s), ASA, abandon rate and AHT. The bench checks that every one of these outputs is equal.

OUTCOMES = "'answered', 'abandoned', 'ivr_abandoned', 'callback', 'excluded'"

# One hand-written statement. {ranked} is the CTE that flags the later rows of repeated ids (two forms below).
SAME_SQL = f"""
WITH raw AS NOT MATERIALIZED (
  -- NOT MATERIALIZED: read four times below; DuckDB would otherwise keep every row in memory (1.3 GB at 10M)
  SELECT *, file_row_number + 1 AS rec FROM read_parquet('{{path}}', file_row_number = true)
),
{{ranked}},
derived AS (
  SELECT id, service, arrival, queue_entry, answer, "end", rec, later, hold_seconds AS hold, acw_seconds AS acw,
    CASE WHEN outcome = 'abandoned' AND queue_entry IS NULL AND coalesce(wait_seconds, 0) = 0
      THEN 'ivr_abandoned' ELSE outcome END AS outcome,
    coalesce(wait_seconds, date_diff('millisecond', queue_entry, coalesce(answer, abandon, "end")) / 1000.0,
      CASE WHEN answer IS NOT NULL AND queue_entry IS NULL THEN 0.0 END) AS wait,
    coalesce(talk_seconds, date_diff('millisecond', answer, "end") / 1000.0) AS talk
  FROM ranked
),
checked AS (
  SELECT *, talk + coalesce(hold, 0) + coalesce(acw, 0) AS handle,
    CASE WHEN id IS NULL THEN 'missing_id'
      WHEN service IS NULL THEN 'missing_service'
      WHEN arrival IS NULL THEN 'missing_arrival'
      WHEN outcome IS NULL OR outcome NOT IN ({OUTCOMES}) THEN 'unknown_outcome'
      WHEN wait < 0 OR talk < 0 OR hold < 0 OR acw < 0 THEN 'negative_duration'
      WHEN answer < arrival THEN 'answer_before_arrival'
      WHEN queue_entry < arrival THEN 'queue_entry_before_arrival'
      WHEN "end" < answer THEN 'end_before_answer'
      WHEN later THEN 'duplicate' END AS reason,
    coalesce(arrival >= TIMESTAMP '{PERIOD[0]}' AND arrival < TIMESTAMP '{PERIOD[1]}', false) AS in_period
  FROM derived
)
SELECT reason, in_period, service, grouping(service) = 1 AS all_services, count(*) AS n,
  count(*) FILTER (WHERE outcome = 'answered') AS answered,
  count(*) FILTER (WHERE outcome = 'abandoned') AS abandoned,
  count(*) FILTER (WHERE outcome = 'ivr_abandoned') AS ivr,
  count(*) FILTER (WHERE outcome = 'answered' AND wait <= {T}) AS ans_t,
  count(*) FILTER (WHERE outcome = 'abandoned' AND wait <= {T}) AS ab_t,
  count(*) FILTER (WHERE outcome = 'abandoned' AND wait <= {SHORT}) AS ab_s,
  sum(round(wait * 1000)) FILTER (WHERE outcome = 'answered') AS wait_ms,
  count(wait) FILTER (WHERE outcome = 'answered') AS n_wait,
  sum(round(handle * 1000)) FILTER (WHERE outcome = 'answered') AS handle_ms,
  count(handle) FILTER (WHERE outcome = 'answered') AS n_handle,
  min(rec, 5) FILTER (WHERE reason IS NOT NULL) AS firsts
FROM checked
GROUP BY GROUPING SETS ((reason, in_period, service), (reason, in_period))
"""

# Plain form: rank every row within its id (what one writes first).
RANKED_WINDOW = (
    "ranked AS (SELECT *, id IS NOT NULL AND row_number() OVER (PARTITION BY id ORDER BY arrival, rec) > 1 "
    "AS later FROM raw)"
)
# Tuned form, the engine's tricks written by hand: a bitmap proves integer ids unique in one cheap pass; only
# if it does not are the ids hashed, and only the rows of repeated ids go through the window.
RANKED_TUNED = """unique_ids AS (
  -- one bit per possible id, the id range taken from the Parquet statistics: all different iff as many bits as ids
  SELECT bit_count(bitstring_agg(id)) = count(id) AS yes FROM raw WHERE id IS NOT NULL
),
repeated AS (
  SELECT id FROM raw WHERE id IS NOT NULL AND NOT (SELECT yes FROM unique_ids) GROUP BY id HAVING count(*) > 1
),
ranked AS (
  SELECT *, false AS later FROM raw WHERE id IS NULL OR id NOT IN (SELECT id FROM repeated)
  UNION ALL
  SELECT *, row_number() OVER (PARTITION BY id ORDER BY arrival, rec) > 1 FROM raw WHERE id IN (SELECT id FROM repeated)
)"""

SUMS = ("n", "answered", "abandoned", "ivr", "ans_t", "ab_t", "ab_s", "wait_ms", "n_wait", "handle_ms", "n_handle")


def _canon(x: object) -> str:
    from decimal import Decimal

    return format(Decimal(str(x)).normalize(), "f")


def kpi_outputs(groups: dict[str, dict[str, float]]) -> dict[str, dict[str, list[object]]]:
    """Per group ('*' = all services): [value to 6 places, numerator, denominator, records] of each KPI,
    and the service-level details, computed from the sums exactly as ``voute.measure.calls.call_value`` does."""
    from decimal import Decimal

    out: dict[str, dict[str, list[object]]] = {}
    for grp, s in groups.items():
        d = {k: Decimal(str(int(s[k]))) for k in SUMS}
        ans, ab = d["answered"], d["abandoned"]
        pairs = {
            "service_level": (d["ans_t"] + d["ab_t"], ans + ab, 100),
            "asa": (d["wait_ms"] / 1000, d["n_wait"], 1),
            "abandon_rate": (ab, ans + ab, 100),
            "aht": (d["handle_ms"] / 1000, d["n_handle"], 1),
        }
        row: dict[str, list[object]] = {}
        for kpi, (num, den, scale) in pairs.items():
            value = None if den == 0 else _canon((num * scale / den).quantize(Decimal("0.000001")))
            row[kpi] = [value, _canon(num), _canon(den), int(d["n"])]
        row["sl_details"] = [_canon(d[k]) for k in ("answered", "abandoned", "ivr", "ans_t", "ab_t", "ab_s")]
        out[grp] = row
    return out


def quality_outputs(
    rows: int, valid: int, outside: int, reasons: dict[str, tuple[int, list[int]]]
) -> dict[str, object]:
    return {
        "rows": rows,
        "valid": valid,
        "outside_period": outside,
        "reasons": {r: [c, sorted(f)[:5]] for r, (c, f) in sorted(reasons.items())},
    }


def ours_outputs(m: Any) -> dict[str, object]:
    """The same outputs read from a ``Measurements`` (month granularity, every service and '*')."""
    import re
    from decimal import Decimal

    kpis: dict[str, dict[str, list[object]]] = {}
    for v in m.values:
        row = kpis.setdefault(v.service, {})
        value = None if v.value is None else _canon(v.value.quantize(Decimal("0.000001")))
        row[v.kpi] = [value, _canon(v.numerator), _canon(v.denominator), v.record_count]
        if v.kpi == "service_level":
            keys = ("answered", "abandoned", "ivr_abandoned", "answered_within_T", "abandoned_within_T")
            row["sl_details"] = [_canon(v.details[k]) for k in (*keys, "short_abandons")]
    q = m.quality
    reasons = {
        r.reason: (r.count, [int(str(re.findall(r"record (\d+)", f)[-1])) for f in r.first_records]) for r in q.reasons
    }
    return {"kpis": kpis, "quality": quality_outputs(q.rows, q.valid, q.outside_period, reasons)}


def run_hand_same(path: Path, ranked: str = RANKED_TUNED) -> dict[str, object]:
    import duckdb

    con = duckdb.connect()
    con.execute("SET memory_limit = '2GB'")
    cur = con.execute(SAME_SQL.format(path=path, ranked=ranked))
    names = [c[0] for c in cur.description]
    rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    ok = [r for r in rows if r["reason"] is None and r["in_period"]]
    groups = {"*" if r["all_services"] else str(r["service"]): r for r in ok}
    reasons: dict[str, tuple[int, list[int]]] = {}
    valid = outside = total = 0
    for r in rows:
        if not r["all_services"]:
            continue
        n = int(r["n"])
        total += n
        if r["reason"] is None:
            valid, outside = (valid + n, outside) if r["in_period"] else (valid, outside + n)
            continue
        count, firsts = reasons.get(r["reason"], (0, []))
        reasons[r["reason"]] = (count + n, firsts + list(r["firsts"]))
    return {"outputs": {"kpis": kpi_outputs(groups), "quality": quality_outputs(total, valid, outside, reasons)}}


def _round_ms(seconds: object) -> object:
    """Whole milliseconds, halves away from zero like DuckDB's ``round`` (numpy rounds halves to even)."""
    import numpy as np

    x = np.asarray(seconds, dtype=float) * 1000
    whole = np.trunc(x)
    return np.where(np.abs(x - whole) == 0.5, whole + np.sign(x), np.round(x))


def run_pandas_same(path: Path) -> dict[str, object]:
    import numpy as np
    import pandas as pd

    df = pd.read_parquet(path)
    rec = np.arange(1, len(df) + 1)
    queue, answer, end = df["queue_entry"], df["answer"], df["end"]
    outcome = df["outcome"].astype(object)
    ivr = (outcome == "abandoned") & queue.isna() & (df["wait_seconds"].fillna(0) == 0)
    outcome = outcome.mask(ivr, "ivr_abandoned")
    left = answer.fillna(df["abandon"]).fillna(end)
    wait = df["wait_seconds"].fillna((left - queue).dt.total_seconds())
    wait = wait.mask(wait.isna() & answer.notna() & queue.isna(), 0.0)
    talk = df["talk_seconds"].fillna((end - answer).dt.total_seconds())
    hold, acw = df["hold_seconds"], df["acw_seconds"]
    handle = talk + hold.fillna(0) + acw.fillna(0)
    # Repeated ids: among the rows of each id, ranked by arrival then file position, all but the first.
    ids = df["id"]
    repeated = ids.notna() & ids.duplicated(keep=False)
    ranked = pd.DataFrame({"id": ids[repeated], "arrival": df["arrival"][repeated], "rec": rec[repeated.to_numpy()]})
    ranked = ranked.sort_values(["id", "arrival", "rec"], na_position="last")
    later = pd.Series(False, index=df.index)
    later[ranked.index[ranked["id"].duplicated().to_numpy()]] = True
    arrival = df["arrival"]
    checks = [
        ("missing_id", ids.isna()),
        ("missing_service", df["service"].isna()),
        ("missing_arrival", arrival.isna()),
        ("unknown_outcome", ~outcome.isin(["answered", "abandoned", "ivr_abandoned", "callback", "excluded"])),
        ("negative_duration", (wait < 0) | (talk < 0) | (hold < 0) | (acw < 0)),
        ("answer_before_arrival", answer < arrival),
        ("queue_entry_before_arrival", queue < arrival),
        ("end_before_answer", end < answer),
        ("duplicate", later),
    ]
    reason = pd.Series(np.select([c.to_numpy() for _, c in checks], [r for r, _ in checks], default=""), index=df.index)
    in_period = (arrival >= pd.Timestamp(PERIOD[0])) & (arrival < pd.Timestamp(PERIOD[1]))
    clean = reason == ""
    reasons: dict[str, tuple[int, list[int]]] = {}
    bad = pd.DataFrame({"reason": reason[~clean], "rec": rec[(~clean).to_numpy()]})
    for r, recs in bad.groupby("reason")["rec"]:
        reasons[str(r)] = (len(recs), recs.nsmallest(5).tolist())
    ok = clean & in_period
    ans, ab = outcome[ok] == "answered", outcome[ok] == "abandoned"
    w = wait[ok]
    frame = pd.DataFrame(
        {
            "service": df["service"][ok].astype(object),
            "n": 1,
            "answered": ans,
            "abandoned": ab,
            "ivr": outcome[ok] == "ivr_abandoned",
            "ans_t": ans & (w <= T),
            "ab_t": ab & (w <= T),
            "ab_s": ab & (w <= SHORT),
            "wait_ms": pd.Series(_round_ms(w), index=w.index).where(ans, 0.0).fillna(0.0),
            "n_wait": ans & w.notna(),
            "handle_ms": pd.Series(_round_ms(handle[ok]), index=w.index).where(ans, 0.0).fillna(0.0),
            "n_handle": ans & handle[ok].notna(),
        }
    )
    per_service = frame.groupby("service").sum()
    groups = {str(s): row.to_dict() for s, row in per_service.iterrows()}
    if len(frame):
        groups["*"] = per_service.sum().to_dict()
    valid = int(ok.sum())
    quality = quality_outputs(len(df), valid, int(clean.sum()) - valid, reasons)
    return {"outputs": {"kpis": kpi_outputs(groups), "quality": quality}}


def with_defects(path: Path) -> Path:
    """A messy copy of the data set (cached): a few bad records of every kind, some records outside the period,
    some with values left to derive, and repeated ids (later, at the same time, and earlier than the original).

    Mostly to prove that the same-work baselines apply exactly the engine's rules; ``measure`` must find the same.
    """
    import duckdb

    messy = path.with_name(path.name.replace("calls-", "calls-messy-"))
    if messy.exists():
        return messy
    k = "(oid % 1000)"
    changed = f"""SELECT id AS oid, * REPLACE (
        CASE WHEN {k} IN (23, 307) THEN NULL ELSE id END AS id,
        CASE WHEN {k} = 11 THEN NULL ELSE service END AS service,
        CASE WHEN {k} = 83 THEN NULL WHEN {k} = 97 THEN arrival + INTERVAL 31 DAY ELSE arrival END AS arrival,
        CASE WHEN {k} = 37 THEN 'bogus' ELSE outcome END AS outcome,
        CASE WHEN {k} IN (41, 107) THEN -talk_seconds WHEN {k} = 101 THEN NULL ELSE talk_seconds END AS talk_seconds,
        CASE WHEN {k} = 53 THEN arrival - INTERVAL 5 SECOND WHEN {k} = 97 THEN answer + INTERVAL 31 DAY
          ELSE answer END AS answer,
        CASE WHEN {k} = 67 THEN arrival - INTERVAL 3 SECOND WHEN {k} = 113 THEN NULL
          WHEN {k} = 97 THEN queue_entry + INTERVAL 31 DAY ELSE queue_entry END AS queue_entry,
        CASE WHEN {k} = 79 THEN answer - INTERVAL 10 SECOND WHEN {k} = 97 THEN "end" + INTERVAL 31 DAY
          ELSE "end" END AS "end",
        CASE WHEN {k} = 97 THEN abandon + INTERVAL 31 DAY ELSE abandon END AS abandon,
        CASE WHEN {k} = 101 THEN NULL WHEN {k} = 113 THEN 0.0 WHEN {k} = 131 THEN wait_seconds + 0.0005
          ELSE wait_seconds END AS wait_seconds,
        CASE WHEN {k} = 131 THEN 0.0625 ELSE hold_seconds END AS hold_seconds
    ) FROM read_parquet('{path}')"""
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    con.execute(f"CREATE VIEW changed AS {changed}")
    tmp = messy.with_suffix(".tmp")
    con.execute(
        "COPY (SELECT * EXCLUDE (oid) FROM changed "
        "UNION ALL SELECT * EXCLUDE (oid) REPLACE (arrival + INTERVAL 1 SECOND AS arrival) FROM changed "
        "WHERE oid % 100 = 7 "
        "UNION ALL SELECT * EXCLUDE (oid) REPLACE (wait_seconds + 100 AS wait_seconds) FROM changed "
        f"WHERE {k} = 207 "
        "UNION ALL SELECT * EXCLUDE (oid) REPLACE (arrival - INTERVAL 1 SECOND AS arrival, "
        f"wait_seconds + 100 AS wait_seconds) FROM changed WHERE {k} = 513"
        f") TO '{tmp}' (FORMAT parquet, COMPRESSION zstd)"
    )
    tmp.replace(messy)
    return messy


RUNNERS: dict[str, Callable[[Path], dict[str, Any]]] = {
    "hand": run_hand,
    "pandas": run_pandas,
    "ours": run_ours,
    "ours-nodup": lambda p: run_ours(p, check_duplicates=False),
    "ours-dups": run_ours,  # run on the copy with repeated records (see with_duplicates)
    # Same-work baselines: on the original file, then on the messy copy (see with_defects) with ``ours-messy``.
    "hand-same": run_hand_same,
    "hand-same-window": lambda p: run_hand_same(p, RANKED_WINDOW),
    "pandas-same": run_pandas_same,
    "ours-messy": run_ours,
    "hand-same-messy": run_hand_same,
    "hand-same-window-messy": lambda p: run_hand_same(p, RANKED_WINDOW),
    "pandas-same-messy": run_pandas_same,
}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child(which: str, path: Path) -> None:
    cpu, started = _cpu(), time.perf_counter()
    result = RUNNERS[which](path)
    elapsed, cpu = time.perf_counter() - started, _cpu() - cpu
    if not isinstance(result.get("outputs", {}), dict):
        result["outputs"] = ours_outputs(result["outputs"])  # read from the Measurements, after the clock stops
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": elapsed, "cpu": cpu, "peak_mb": peak_mb, **result}))


def timed(which: str, path: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", which, str(path)], capture_output=True, text=True, check=True
    )
    data: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return data


def dataset(n: int) -> Path:
    from voute.measure.generator import CallProfile, write_calls

    path = Path(tempfile.gettempdir()) / f"voute-bench-calls-{n}.parquet"
    if not path.exists():
        # March 2027: 23 weekdays (factors sum ~24.6) and 4 Saturday mornings (~0.42 of a weekday's share each).
        per_day = n / (23 * 1.05 + 4 * 0.35 * 0.42)
        started = time.perf_counter()
        written = write_calls(path, date(2027, 3, 1), 31, CallProfile(calls_per_day=per_day), seed=11)
        print(
            f"generated {written:,} calls in {time.perf_counter() - started:.1f}s -> {path} "
            f"({path.stat().st_size / 1e6:.0f} MB)"
        )
    return path


def with_duplicates(path: Path) -> tuple[Path, int]:
    """A copy of the data set where 1 % of the calls appear a second time, one second later (cached).

    Excluding the later copies must give back exactly the figures of the original file.
    """
    import duckdb

    dup = path.with_name(path.name.replace("calls-", "calls-dup-"))
    repeated = (
        f"SELECT * REPLACE (arrival + INTERVAL 1 SECOND AS arrival) FROM read_parquet('{path}') WHERE id % 100 = 7"
    )
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    if not dup.exists():
        tmp = dup.with_suffix(".tmp")
        con.execute(
            f"COPY (SELECT * FROM read_parquet('{path}') UNION ALL {repeated}) TO '{tmp}' "
            "(FORMAT parquet, COMPRESSION zstd)"
        )
        tmp.replace(dup)
    return dup, int(con.execute(f"SELECT count(*) FROM ({repeated})").fetchone()[0])


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Median seconds, CPU seconds and peak memory over repeated runs (results are the same in each)."""
    out = dict(runs[0])
    for key in ("seconds", "cpu", "peak_mb"):
        out[key] = statistics.median(r[key] for r in runs)
    return out


SAME_ON = {
    "hand-same": "clean",
    "hand-same-window": "clean",
    "pandas-same": "clean",
    "ours-messy": "messy",
    "hand-same-messy": "messy",
    "hand-same-window-messy": "messy",
    "pandas-same-messy": "messy",
}


def _same_work_report(results: dict[str, dict[str, Any]], runs: dict[str, list[dict[str, Any]]]) -> bool:
    """Print the same-work ratios and check that every same-work run gives exactly ``measure``'s outputs."""
    print("SAME-WORK ratios (baselines also check every record, find and exclude repeated ids, locate bad rows):")
    agree = True
    for suffix, ours_name, label in (("", "ours", "original file"), ("-messy", "ours-messy", "messy copy")):
        ours = results[ours_name]
        for base in ("hand-same", "hand-same-window"):
            b = results[base + suffix]
            print(
                f"  [{label}] ours / {base} (hand-written DuckDB, same work): "
                f"{ours['seconds'] / b['seconds']:.2f}x wall, "
                f"{ours['cpu'] / b['cpu']:.2f}x cpu (target <= 1.5x)"
            )
        if "pandas-same" + suffix in results:
            pd_ = results["pandas-same" + suffix]
            print(
                f"  [{label}] pandas-same / ours (pandas, same work): "
                f"{pd_['seconds'] / ours['seconds']:.1f}x faster wall, "
                f"{pd_['cpu'] / ours['cpu']:.1f}x cpu (target >= 20x)"
            )
        reference = runs[ours_name][0]["outputs"]
        for name in [n for n in runs if n.endswith(suffix) and (n.startswith(("hand-same", "pandas-same")))]:
            if suffix == "" and name.endswith("-messy"):
                continue
            for r in runs[name] + runs[ours_name]:
                if r["outputs"] != reference:
                    agree = False
                    print(f"  {name} OUTPUTS DIFFER from {ours_name}:")
                    print("   ours:", json.dumps(reference, sort_keys=True))
                    print("   them:", json.dumps(r["outputs"], sort_keys=True))
                    break
    q = runs["ours-messy"][0]["outputs"]["quality"]
    print(
        f"  messy copy: {q['rows']:,} rows, {q['valid']:,} valid, {q['outside_period']:,} outside the period; "
        + ", ".join(f"{r} {c:,}" for r, (c, _) in q["reasons"].items())
    )
    print(
        "  same-work outputs (KPI values, numerators, denominators, record counts per service and all services, "
        "reason counts, first bad records, duplicate counts) " + ("all equal" if agree else "DIFFER")
    )
    return agree


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]))
        return 0
    if len(sys.argv) > 1 and sys.argv[1] == "--prepare":
        path = dataset(int(sys.argv[2]))
        with_duplicates(path)
        with_defects(path)
        return 0
    args = [a for a in sys.argv[1:] if not a.startswith("--repeat=")]
    repeat = int(next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--repeat=")), "3"))
    n = int(args[0].replace("_", "")) if args else 1_000_000
    # Data sets are written by a separate process: a child inherits its parent's peak RSS, which must stay small.
    subprocess.run([sys.executable, __file__, "--prepare", str(n)], check=True)
    path = dataset(n)
    names = ["hand", "ours", "ours-nodup"] + (["pandas"] if n <= PANDAS_MAX else [])
    if n > PANDAS_MAX:
        print(f"pandas skipped above {PANDAS_MAX:,} records (it would hold every column in memory)")
    dup_path, injected = with_duplicates(path)
    names.append("ours-dups")
    messy_path = with_defects(path)
    names += [k for k in SAME_ON if n <= PANDAS_MAX or not k.startswith("pandas")]
    files = {"clean": path, "messy": messy_path}
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    for _ in range(repeat):
        # Interleaved rounds: a burst of load from other processes hits every contender alike.
        for name in names:
            where = dup_path if name == "ours-dups" else files[SAME_ON.get(name, "clean")]
            runs[name].append(timed(name, where))
    results = {name: median_run(r) for name, r in runs.items()}
    print(f"median of {repeat} run(s) each; cpu = user + system seconds of all threads")
    for name, r in results.items():
        figures = f"  sl1 {r['sl1']}  asa {r['asa']}" if "sl1" in r else ""
        print(f"{name:<22} {r['seconds']:8.2f} s  cpu {r['cpu']:6.2f} s  peak {r['peak_mb']:7.0f} MB{figures}")
    hand, ours = results["hand"], results["ours"]
    print("STRICT ratios (baselines compute the KPI sums only, with no check at all):")
    print(
        f"ours / hand-written DuckDB: {ours['seconds'] / hand['seconds']:.2f}x wall, "
        f"{ours['cpu'] / hand['cpu']:.2f}x cpu (target <= 1.5x); without the duplicate-id pass "
        f"{results['ours-nodup']['seconds'] / hand['seconds']:.2f}x wall"
    )
    if "pandas" in results:
        print(f"pandas / ours: {results['pandas']['seconds'] / ours['seconds']:.1f}x faster (target >= 20x)")
    found = [int(r["duplicates"]) for r in runs["ours-dups"]]
    print(
        f"with {injected:,} repeated records: {results['ours-dups']['seconds'] / hand['seconds']:.2f}x wall, "
        f"duplicates found {found[0]:,}"
    )
    strict = [
        r for name, rs in runs.items() if name in ("hand", "pandas", "ours", "ours-nodup", "ours-dups") for r in rs
    ]
    agree = all(abs(r["sl1"] - hand["sl1"]) < 1e-3 and abs(r["asa"] - hand["asa"]) < 1e-3 for r in strict) and all(
        f == injected for f in found
    )
    print("results agree" if agree else "RESULTS DIFFER")
    same = _same_work_report(results, runs)
    return 0 if agree and same else 1


if __name__ == "__main__":
    sys.exit(main())
