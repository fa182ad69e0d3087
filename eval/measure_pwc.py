"""The generic column mapping on a third format: the PwC call-centre teaching data set, against its reference.

The file (``../shared/data/callcenter/pwc_call_center_2021q1.csv``, synthetic, 5,000 calls) is read through
two mapping files a user could have written, shipped as examples (``examples/records/mapping-pwc-*.yaml``):
one as a call log, one as satisfaction surveys. Every figure of ``pwc_kpi_reference.json`` is recomputed
per month and for the quarter, and compared at the reference's precision:

- calls, answered, abandon rate, ASA, mean talk time (AHT of calls with talk only),
  answered within 60 s / answered (convention sl2, "answered only", T = 60 s);
- mean satisfaction and top-2-box share (ratings 4 and 5).

``resolved_rate_pct_of_answered`` is printed as not compared: the file's ``resolved`` is the agent's own
verdict on each call, while Voute's first-contact resolution counts answered calls with no repeat call of the
same customer within a window, and this file has no customer id.

    python eval/measure_pwc.py
"""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from voute.measure import KpiRequest, Period, load_mapping, measure

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "callcenter"
CALLS_MAPPING = ROOT / "examples" / "records" / "mapping-pwc-appels.yaml"
SURVEYS_MAPPING = ROOT / "examples" / "records" / "mapping-pwc-satisfaction.yaml"
PERIODS = {
    "2021-01": Period(date(2021, 1, 1), date(2021, 2, 1)),
    "2021-02": Period(date(2021, 2, 1), date(2021, 3, 1)),
    "2021-03": Period(date(2021, 3, 1), date(2021, 4, 1)),
    "all": Period(date(2021, 1, 1), date(2021, 4, 1)),
}


def rounded(value: Decimal | None, places: int) -> float | None:
    if value is None:
        return None
    return float(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def places_of(reference: float) -> int:
    text = repr(reference)
    return len(text.split(".")[1]) if "." in text else 0


def ours(log: Path, period: Period) -> dict[str, Any]:
    calls = measure(
        [log],
        load_mapping(CALLS_MAPPING),
        [
            KpiRequest("service_level", threshold_seconds=60, abandon_convention="sl2"),
            KpiRequest("asa"),
            KpiRequest("abandon_rate"),
            KpiRequest("aht"),
        ],
        period,
    )
    surveys = measure(
        [log],
        load_mapping(SURVEYS_MAPPING),
        [KpiRequest("csat", label="mean"), KpiRequest("csat", csat_method="top2box", label="top2box")],
        period,
    )

    def whole(measured: Any, kpi: str, label: str | None = None, percent: bool = False) -> tuple[Decimal, str]:
        """All services, the months of the period added up: a ratio of sums, never a mean of ratios."""
        found = [v for v in measured.find(kpi) if v.service == "*" and (label is None or v.label == label)]
        numerator = sum((Decimal(v.numerator) for v in found), Decimal(0))
        denominator = sum((Decimal(v.denominator) for v in found), Decimal(0))
        months = ", ".join(f"{v.period_start:%Y-%m}: {v.numerator} / {v.denominator}" for v in found)
        return numerator / denominator * (100 if percent else 1), f"{kpi} {numerator} / {denominator} ({months})"

    def count(measured: Any, kpi: str) -> tuple[Decimal, str]:
        found = [v for v in measured.find(kpi) if v.service == "*"]
        return sum((Decimal(v.denominator) for v in found), Decimal(0)), f"{kpi} denominator"

    return {
        "calls": count(calls, "abandon_rate"),
        "answered": count(calls, "service_level"),
        "abandon_rate_pct": whole(calls, "abandon_rate", percent=True),
        "ASA_s": whole(calls, "asa"),
        "avg_talk_s": whole(calls, "aht"),
        "pct_answered_within_60s_of_answered": whole(calls, "service_level", percent=True),
        "csat_mean_1to5": whole(surveys, "csat", "mean"),
        "csat_top2box_pct": whole(surveys, "csat", "top2box", percent=True),
    }


def main() -> int:
    log, ref_path = DATA / "pwc_call_center_2021q1.csv", DATA / "pwc_kpi_reference.json"
    if not log.is_file() or not ref_path.is_file():
        print(f"skipped: data absent ({DATA})")
        return 0
    reference = json.loads(ref_path.read_text(encoding="utf-8"))
    compared = mismatches = 0
    print(f"{'period':<8} {'figure':<38} {'reference':>10} {'voute':>10}  provenance")
    for name, period in PERIODS.items():
        figures = ours(log, period)
        for key, expected in reference[name].items():
            if key not in figures:
                print(f"{name:<8} {key:<38} {expected:>10} {'—':>10}  not compared (see the docstring)")
                continue
            value, provenance = figures[key]
            got = rounded(value, places_of(expected))
            if isinstance(expected, int) and got is not None:
                got = int(got)
            compared += 1
            ok = got == expected
            mismatches += not ok
            print(f"{name:<8} {key:<38} {expected:>10} {got!s:>10}  {provenance}{'' if ok else '   <-- MISMATCH'}")
    print(f"\n{compared} figures compared, {mismatches} mismatches")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
