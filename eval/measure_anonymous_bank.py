"""Reproduce the independent KPI reference vectors of the Anonymous Bank call log, value by value.

For every ``anonymous_bank_YYYY_MM.csv`` in ../shared/data/callcenter and every matching
``kpi_reference_YYYY_MM_T<T>_short<S>.json``, measure the month (all call types, then by type) and every
day, and compare each figure to two decimals. Prints the comparison and the number of mismatches; exits 1 if
any, 0 otherwise (and 0 with "skipped" when the data is absent).

    python eval/measure_anonymous_bank.py [--verbose]
"""

from __future__ import annotations

import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from voute.measure import Granularity, KpiRequest, Measurements, Period, builtin_adapter, measure

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "callcenter"
CONVENTIONS = ("sl1", "sl2", "sl3", "sl4", "sl5", "sl6")


def requests(t: int, short: int) -> list[KpiRequest]:
    """The KPIs of a reference file, each labelled with the reference key it reproduces."""
    reqs = [
        KpiRequest(
            "service_level", threshold_seconds=t, abandon_convention=c, short_abandon_seconds=short, label=c.upper()
        )
        for c in CONVENTIONS
    ]
    return [
        *reqs,
        KpiRequest("asa", label="ASA_s"),
        KpiRequest("abandon_rate", short_abandon_seconds=0, label="abandon_rate"),
        KpiRequest("abandon_rate", short_abandon_seconds=short, label="abandon_rate_excl_short"),
        KpiRequest("aht", label="AHT_talk_s"),
    ]


def figures(m: Measurements, service: str, granularity: Granularity, start: str) -> dict[str, Decimal]:
    """Our figures for one service and bucket, under the reference's key names."""
    out: dict[str, Decimal] = {}
    for v in m.values:
        if v.service != service or v.granularity != granularity or v.period_start.date().isoformat() != start:
            continue
        if v.value is not None and v.label:
            # The reference rounded binary floats (round(x, 2)): 49.675 exactly is printed 49.67 there,
            # while half-up rounding of the exact Decimal gives 49.68. Round the way the reference did.
            out[v.label] = Decimal(str(round(float(v.value), 2)))
            out[v.label + "~half_up"] = v.value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if v.label == "SL1":
            out["answered"] = Decimal(v.details["answered"])
            out["abandoned"] = Decimal(v.details["abandoned"])
            out["answered_within_T"] = Decimal(v.details["answered_within_T"])
            out["abandoned_within_T"] = Decimal(v.details["abandoned_within_T"])
            out["short_abandons"] = Decimal(v.details["short_abandons"])
    return out


def compare(label: str, expected: dict[str, object], ours: dict[str, Decimal], verbose: bool) -> tuple[int, int]:
    """Print one block; return (values compared, mismatches)."""
    compared = bad = 0
    for key, value in expected.items():
        if key in ("T", "short"):
            continue
        compared += 1
        want = Decimal(str(value))
        got = ours.get(key)
        ok = got is not None and got == want.quantize(got)
        bad += not ok
        half_up = ours.get(key + "~half_up")
        if half_up is not None and half_up != got:
            print(f"  note {label:<21} {key:<24} exact value rounds half-up to {half_up}, float rounding {got}")
        if verbose or not ok:
            print(f"  {'ok ' if ok else 'BAD'} {label:<22} {key:<24} reference {want!s:>10}  ours {got!s:>10}")
    return compared, bad


def evaluate(csv: Path, ref_path: Path, verbose: bool) -> tuple[int, int]:
    ref = json.loads(ref_path.read_text(encoding="utf-8"))
    t, short = int(ref["month_all_types"]["T"]), int(ref["month_all_types"]["short"])
    year, month = re.search(r"(\d{4})_(\d{2})", csv.name).groups()  # type: ignore[union-attr]
    period = Period.parse(f"{year}-{month}")
    # The reference counts every record, including the 25 with IVR clock skews: keep anomalies, as it does.
    m = measure(
        [csv],
        builtin_adapter("anonymous-bank"),
        requests(t, short),
        period,
        [Granularity.month, Granularity.day],
        anomalies="keep",
    )
    start = period.start.isoformat()
    totals = [compare("month", ref["month_all_types"], figures(m, "*", Granularity.month, start), verbose)]
    for service, block in ref["month_by_type"].items():
        totals.append(compare(f"month {service}", block, figures(m, service, Granularity.month, start), verbose))
    for day, block in ref["by_day_all_types"].items():
        totals.append(compare(f"day {day}", block, figures(m, "*", Granularity.day, day), verbose))
    compared, bad = (sum(x) for x in zip(*totals, strict=True))
    kept = ", ".join(f"{r.reason}: {r.count}" for r in m.quality.reasons) or "none"
    print(
        f"{ref_path.name}: T={t}s short={short}s, {compared} values compared, {bad} mismatches "
        f"(records {m.quality.rows}, anomalies kept: {kept})"
    )
    return compared, bad


def main() -> int:
    verbose = "--verbose" in sys.argv
    files = sorted(DATA.glob("anonymous_bank_????_??.csv")) if DATA.is_dir() else []
    if not files:
        print(f"skipped: data absent ({DATA})")
        return 0
    total = mismatches = 0
    for csv in files:
        stamp = re.search(r"(\d{4}_\d{2})", csv.name).group(1)  # type: ignore[union-attr]
        for ref_path in sorted(DATA.glob(f"kpi_reference_{stamp}_T*_short*.json")):
            compared, bad = evaluate(csv, ref_path, verbose)
            total, mismatches = total + compared, mismatches + bad
    print(f"TOTAL: {total} values compared, {mismatches} mismatches")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
