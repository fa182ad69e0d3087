"""Benchmark: a month of call KPIs with ``voute.measure`` against a hand-written DuckDB query and pandas.

    python bench/measure_speed.py [N]          # N call records, default 1_000_000 (10_000_000, 100_000_000...)

Generates N synthetic calls for March 2027 as Parquet (cached in the temp directory), then times, each in a
fresh process so peak memory is its own: (a) one hand-written DuckDB query computing the same aggregates,
(b) a straightforward pandas implementation (only up to PANDAS_MAX records: beyond that it would need more
memory than this machine should give it), and (c) ``voute.measure.measure`` (service level sl1 at 20 s,
ASA, abandon rate, AHT; per service and all services; with record checks and duplicate detection).
Prints seconds, peak RSS and ratios, and checks that the three agree.
"""

from __future__ import annotations

import json
import resource
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
    return {"sl1": round(float(sl1), 4), "asa": round(float(asa), 4)}


RUNNERS = {
    "hand": run_hand,
    "pandas": run_pandas,
    "ours": run_ours,
    "ours-nodup": lambda p: run_ours(p, check_duplicates=False),
}


def child(which: str, path: Path) -> None:
    started = time.perf_counter()
    result = RUNNERS[which](path)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": elapsed, "peak_mb": peak_mb, **result}))


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


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]))
        return 0
    n = int(sys.argv[1].replace("_", "")) if len(sys.argv) > 1 else 1_000_000
    path = dataset(n)
    results = {"hand": timed("hand", path), "ours": timed("ours", path), "ours-nodup": timed("ours-nodup", path)}
    if n <= PANDAS_MAX:
        results["pandas"] = timed("pandas", path)
    else:
        print(f"pandas skipped above {PANDAS_MAX:,} records (it would hold every column in memory)")
    for name, r in results.items():
        print(f"{name:<10} {r['seconds']:8.2f} s  peak {r['peak_mb']:7.0f} MB  sl1 {r['sl1']}  asa {r['asa']}")
    ours = results["ours"]["seconds"]
    print(
        f"ours / hand-written DuckDB: {ours / results['hand']['seconds']:.2f}x (target <= 1.5x); "
        f"without the duplicate-id pass {results['ours-nodup']['seconds'] / results['hand']['seconds']:.2f}x"
    )
    if "pandas" in results:
        print(f"pandas / ours: {results['pandas']['seconds'] / ours:.1f}x faster (target >= 20x)")
    agree = all(
        abs(r["sl1"] - results["hand"]["sl1"]) < 1e-3 and abs(r["asa"] - results["hand"]["asa"]) < 1e-3
        for r in results.values()
    )
    print("results agree" if agree else "RESULTS DIFFER")
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
