"""``evaluate`` fed by raw records through ``voute.measure`` (a small canonical call log written here)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from sla_builders import contract, level, month_inputs
from voute.errors import InputError
from voute.sla import Month, Status, evaluate
from voute.sla.records import measure_from_records, merge_records

pytest.importorskip("duckdb")


def call_log(tmp_path: Path, service: str = "svc") -> Path:
    """Ten calls on 2 March 2027: 7 answered within 20 s, 2 answered later, 1 abandoned after 40 s."""
    rows = ["id,service,arrival,queue_entry,answer,end,abandon"]
    waits = [5, 8, 10, 12, 15, 18, 20, 35, 60]
    for i, wait in enumerate(waits):
        rows.append(f"c{i},{service},2027-03-02 10:{i:02d}:00,2027-03-02 10:{i:02d}:10,"
                    f"2027-03-02 10:{i:02d}:{10 + wait if wait < 50 else 59},2027-03-02 10:{i:02d}:59,")
    rows[-1] = f"c8,{service},2027-03-02 10:08:00,2027-03-02 10:08:00,2027-03-02 10:09:00,2027-03-02 10:12:00,"
    rows.append(f"c9,{service},2027-03-02 11:00:00,2027-03-02 11:00:10,,,2027-03-02 11:00:50")
    path = tmp_path / "appels.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_levels_measured_from_records_carry_their_provenance(tmp_path: Path) -> None:
    c = contract([level(tiers=[{"threshold": "80%", "credit": "5%"}])])
    measured = measure_from_records(c, [call_log(tmp_path)], "canonical-calls", Month(2027, 3))
    found = measured.measurements["sl"]
    assert (found.value, found.numerator, found.denominator, found.record_count) == (
        Decimal(70), Decimal(7), Decimal(10), 10)
    assert found.convention is not None and found.convention.startswith("sl3")
    assert measured.volumes == {"svc": {"calls": 10}}
    months = merge_records([month_inputs("2027-03", {}, fee="1000")], Month(2027, 3), measured)
    result = evaluate(c, months, Month(2027, 3))
    assert result.attainments[0].status is Status.missed and result.total_credits == Decimal("50.00")


def test_records_of_another_service_name_need_records_service(tmp_path: Path) -> None:
    c = contract([level(tiers=[{"threshold": "80%", "credit": "5%"}])])
    log = call_log(tmp_path, service="PS")
    assert "sl" not in measure_from_records(c, [log], "canonical-calls", Month(2027, 3)).measurements
    measured = measure_from_records(c, [log], "canonical-calls", Month(2027, 3), records_service="svc")
    assert measured.measurements["sl"].value == Decimal(70)


def test_a_level_given_both_in_the_file_and_by_records_is_refused(tmp_path: Path) -> None:
    c = contract([level()])
    measured = measure_from_records(c, [call_log(tmp_path)], "canonical-calls", Month(2027, 3))
    with pytest.raises(InputError, match="both in the file and from the records: sl"):
        merge_records([month_inputs("2027-03", {"sl": "90"})], Month(2027, 3), measured)
