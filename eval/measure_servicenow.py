"""Resolution time of the real ServiceNow incident log in business hours, by priority, against ``made_sla``.

The log says, on each incident's last event, whether the tool's own SLA was met (``made_sla``), but not
which SLA definitions were attached. We measure resolution time ourselves (business clock Monday-Friday
08:00-18:00 with French holidays, "Awaiting ..." states paused; and a 24/7 clock without pauses) for a few
candidate targets and print our share within target beside the log's made_sla share, per priority.
See docs/measure.md for how to read the comparison.

    python eval/measure_servicenow.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from voute.measure import BusinessCalendar, Granularity, KpiRequest, Period, builtin_adapter, measure

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "callcenter"
PAUSES = ("Awaiting User Info", "Awaiting Vendor", "Awaiting Problem", "Awaiting Evidence", "Resolved")
TARGETS_H = (4, 8, 24, 72, 120)


def main() -> int:
    log, ref_path = DATA / "incident_event_log.csv.gz", DATA / "servicenow_kpi_reference.json"
    if not log.is_file() or not ref_path.is_file():
        print(f"skipped: data absent ({DATA})")
        return 0
    ref = json.loads(ref_path.read_text(encoding="utf-8"))["made_sla_by_priority_last_event"]
    office = BusinessCalendar.from_text({"mon-fri": "08:00-18:00"})
    reqs = []
    for hours in TARGETS_H:
        reqs.append(
            KpiRequest(
                "resolution_time",
                threshold_seconds=hours * 3600,
                calendar=office,
                pause_states=PAUSES,
                label=f"business {hours}h",
            )
        )
        reqs.append(
            KpiRequest("resolution_time", threshold_seconds=hours * 3600, clock="calendar", label=f"24/7 {hours}h")
        )
    period = Period.parse("2015-01-01..2017-12-31")
    m = measure([log], builtin_adapter("servicenow"), reqs, period, [Granularity.day], group_by="priority")
    print(
        f"incidents read: {m.quality.rows}, valid: {m.quality.valid}; problems: "
        + (", ".join(f"{r.reason} {r.count}" for r in m.quality.reasons) or "none")
    )
    # Roll the daily values up: numerators and denominators add.
    sums: dict[tuple[str, str], list[int]] = {}
    for v in m.values:
        acc = sums.setdefault((v.service, v.label or ""), [0, 0])
        acc[0] += int(v.numerator)
        acc[1] += int(v.denominator)
    header = f"{'priority':<14}{'made_sla':>10}" + "".join(f"{r.label:>15}" for r in reqs)
    print(header)
    for priority, block in ref.items():
        cells = []
        for r in reqs:
            num, den = sums.get((priority, r.label or ""), [0, 0])
            cells.append(f"{(100 * num / den if den else 0):>14.1f}%")
        print(f"{priority:<14}{block['made_sla_pct']:>9.2f}%" + "".join(cells))
    resolved = {p: sums.get((p, reqs[0].label or ""), [0, 0])[1] for p in ref}
    print("resolved incidents by priority (ours): " + ", ".join(f"{p} {n}" for p, n in resolved.items()))
    print("incidents by priority (reference):    " + ", ".join(f"{p} {b['incidents']}" for p, b in ref.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
