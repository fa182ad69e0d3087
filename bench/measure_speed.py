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
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

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


def run_ours(path: Path, check_duplicates: bool = True) -> dict[str, float]:
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
    return {"sl1": round(float(sl1), 4), "asa": round(float(asa), 4), "duplicates": duplicates}


RUNNERS = {
    "hand": run_hand,
    "pandas": run_pandas,
    "ours": run_ours,
    "ours-nodup": lambda p: run_ours(p, check_duplicates=False),
    "ours-dups": run_ours,  # run on the copy with repeated records (see with_duplicates)
}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child(which: str, path: Path) -> None:
    cpu, started = _cpu(), time.perf_counter()
    result = RUNNERS[which](path)
    elapsed, cpu = time.perf_counter() - started, _cpu() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": elapsed, "cpu": cpu, "peak_mb": peak_mb, **result}))


def timed(which: str, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", which, str(path)], capture_output=True, text=True, check=True
    )
    data: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
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


def median_run(runs: list[dict[str, float]]) -> dict[str, float]:
    """Median seconds, CPU seconds and peak memory over repeated runs (results are the same in each)."""
    out = dict(runs[0])
    for key in ("seconds", "cpu", "peak_mb"):
        out[key] = statistics.median(r[key] for r in runs)
    return out


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]))
        return 0
    args = [a for a in sys.argv[1:] if not a.startswith("--repeat=")]
    repeat = int(next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--repeat=")), "3"))
    n = int(args[0].replace("_", "")) if args else 1_000_000
    path = dataset(n)
    names = ["hand", "ours", "ours-nodup"] + (["pandas"] if n <= PANDAS_MAX else [])
    if n > PANDAS_MAX:
        print(f"pandas skipped above {PANDAS_MAX:,} records (it would hold every column in memory)")
    dup_path, injected = with_duplicates(path)
    names.append("ours-dups")
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in names}
    for _ in range(repeat):
        # Interleaved rounds: a burst of load from other processes hits every contender alike.
        for name in names:
            runs[name].append(timed(name, dup_path if name == "ours-dups" else path))
    results = {name: median_run(r) for name, r in runs.items()}
    print(f"median of {repeat} run(s) each; cpu = user + system seconds of all threads")
    for name, r in results.items():
        print(
            f"{name:<10} {r['seconds']:8.2f} s  cpu {r['cpu']:6.2f} s  peak {r['peak_mb']:7.0f} MB  "
            f"sl1 {r['sl1']}  asa {r['asa']}"
        )
    hand, ours = results["hand"], results["ours"]
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
    agree = all(
        abs(r["sl1"] - hand["sl1"]) < 1e-3 and abs(r["asa"] - hand["asa"]) < 1e-3 for rs in runs.values() for r in rs
    ) and all(f == injected for f in found)
    print("results agree" if agree else "RESULTS DIFFER")
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
