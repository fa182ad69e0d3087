"""Data quality rate from record checks (database management and enrichment): issue 5."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from sla_builders import contract
from voute.errors import RecordsError
from voute.measure import KpiRequest, Period, builtin_adapter, load_mapping, measure
from voute.measure.from_contract import requests_from_contract

pytest.importorskip("duckdb")

FIXTURES = Path(__file__).parent / "fixtures" / "measure"
CSV, MAPPING = FIXTURES / "data_checks_small.csv", FIXTURES / "data_checks_small.yaml"
MARCH = Period.parse("2027-03")


def test_compliant_records_over_records_checked_with_failed_rules() -> None:
    m = measure([CSV], load_mapping(MAPPING), [KpiRequest("data_quality_rate", sample_size=10)], MARCH)
    v = m.find("data_quality_rate")[0]
    # F1 oui, F2 non, F3 non, F4 non, F7 oui; F5 unreadable, F6 empty, F1 again a duplicate, F8 in April
    assert (v.numerator, v.denominator, v.record_count, v.value) == (Decimal(2), Decimal(5), 5, Decimal(40))
    assert v.details["rule:format_email"] == "2" and v.details["rule:(no rule given)"] == "1"
    assert v.details["sample_short"] == "5 records checked, fewer than the agreed 10"
    assert v.convention.startswith("compliant records / records checked")


def test_bad_checks_are_counted_by_reason_never_dropped() -> None:
    q = measure([CSV], load_mapping(MAPPING), [KpiRequest("data_quality_rate")], MARCH).quality
    reasons = {r.reason: (r.count, r.first_records) for r in q.reasons}
    assert reasons == {
        "unparseable_compliant": (1, (f"{CSV} record 5",)),
        "missing_compliant": (1, (f"{CSV} record 6",)),
        "duplicate": (1, (f"{CSV} record 7",)),
    }
    assert (q.rows, q.valid, q.outside_period, q.excluded) == (9, 5, 1, 3)


def test_a_garbage_file_exits_with_a_located_error(tmp_path: Path) -> None:
    bad = tmp_path / "controle.csv"
    bad.write_text("fiche,fichier,controle,conforme,regle\nF1,clients,hier,oui,\n,clients,2027-03-01,oui,\n",
                   encoding="utf-8")
    with pytest.raises(RecordsError, match=r"controle\.csv.*no valid record"):
        measure([bad], load_mapping(MAPPING), [KpiRequest("data_quality_rate")], MARCH)


def test_the_contract_level_is_measurable_and_keeps_its_sample_size() -> None:
    c = contract([{"id": "qualite", "service": "svc", "kpi": "data_quality_rate", "target": "98%",
                   "parameters": {"sample_size": 400}}])
    requests, skipped = requests_from_contract(c)
    assert skipped == [] and (requests[0].kpi, requests[0].sample_size) == ("data_quality_rate", 400)


def test_generated_checks_measure_back(tmp_path: Path) -> None:
    from voute.measure.generator import CheckProfile, write_data_checks

    path = tmp_path / "controles.csv"
    checks = write_data_checks(path, date(2027, 3, 1), 10, CheckProfile(checks_per_day=50, compliant=0.9), seed=5)
    v = measure([path], builtin_adapter("canonical-data_checks"), [KpiRequest("data_quality_rate")], MARCH).find(
        "data_quality_rate")[0]
    assert v.denominator == checks and 80 < v.value < 97
    failed = sum(int(n) for k, n in v.details.items() if k.startswith("rule:"))
    assert failed == checks - v.numerator
