"""Appointment rate from outbound call records (telemarketing, appointment setting): issue 5."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from sla_builders import contract
from voute.errors import InputError, RecordsError
from voute.measure import KpiRequest, Period, builtin_adapter, load_mapping, measure
from voute.measure.from_contract import requests_from_contract

pytest.importorskip("duckdb")

FIXTURES = Path(__file__).parent / "fixtures" / "measure"
CSV, MAPPING = FIXTURES / "outbound_small.csv", FIXTURES / "outbound_small.yaml"
MARCH = Period.parse("2027-03")


def run(basis: str = "reached_contacts", granularities: tuple[str, ...] = ("month",)):
    request = KpiRequest("appointment_rate", appointment_basis=basis)
    return measure([CSV], load_mapping(MAPPING), [request], MARCH, granularities)


def test_qualified_appointments_over_reached_contacts() -> None:
    m = run()
    v = m.find("appointment_rate")[0]
    # valid calls: 1 RDV(qualified), 2 ARG, 3-4 NRP, 5 RDV(not qualified), 6 REF, 7 FAUX, 10 TEST, 11 RDV, 12 RAP
    # reached = appointments (3, qualified or not) + ARG (1) + REF (1) = 5; qualified appointments = 2
    assert (v.numerator, v.denominator, v.record_count) == (Decimal(2), Decimal(5), 10)
    assert v.value == Decimal(40) and v.unit == "percent"
    assert v.convention.startswith("qualified appointments / reached contacts")
    assert v.details["unqualified_appointments"] == "1" and v.details["excluded_calls"] == "1"


def test_records_called_basis_counts_distinct_contacts() -> None:
    v = run("called_records").find("appointment_rate")[0]
    # contacts called (excluded call left out): P1, P2, P3 (three calls), P4, P5, P9, P10 = 7
    assert (v.numerator, v.denominator) == (Decimal(2), Decimal(7))
    assert "records called" in v.convention


def test_bad_outbound_records_are_counted_by_reason_with_their_row() -> None:
    q = run().quality
    reasons = {r.reason: (r.count, r.first_records) for r in q.reasons}
    assert reasons["unknown_disposition"] == (1, (f"{CSV} record 8",))
    assert reasons["duplicate"] == (1, (f"{CSV} record 9",))
    assert reasons["missing_called_at"] == (1, (f"{CSV} record 10",))
    assert (q.rows, q.valid) == (13, 10)


def test_daily_values_add_up_to_the_month() -> None:
    m = run(granularities=("month", "day"))
    days = m.find("appointment_rate", granularity="day")
    assert [d.period_start.day for d in days] == [1, 2, 3]
    assert sum(d.numerator for d in days) == 2 and sum(d.denominator for d in days) == 5


def test_a_file_with_no_valid_outbound_record_exits_with_a_located_error(tmp_path: Path) -> None:
    bad = tmp_path / "vide.csv"
    bad.write_text("appel;campagne;date_appel;statut;prospect;qualifie\n1;p;01/03/2027 09:00;???;P1;\n",
                   encoding="utf-8")
    with pytest.raises(RecordsError, match=r"vide\.csv.*no valid record \(unknown_disposition: 1\)"):
        measure([bad], load_mapping(MAPPING), [KpiRequest("appointment_rate")], MARCH)


def test_an_unknown_basis_is_refused() -> None:
    with pytest.raises(InputError, match="appointment basis"):
        KpiRequest("appointment_rate", appointment_basis="dialled")


def test_the_contract_basis_reaches_the_request() -> None:
    c = contract([{"id": "rdv", "service": "svc", "kpi": "appointment_rate", "target": "12%",
                   "parameters": {"basis": "called_records"}}])
    requests, skipped = requests_from_contract(c)
    assert skipped == [] and requests[0].appointment_basis == "called_records"


def test_canonical_outbound_files_from_the_generator(tmp_path: Path) -> None:
    from datetime import date

    from voute.measure.generator import write_outbound

    path = tmp_path / "sortants.parquet"
    calls = write_outbound(path, date(2027, 3, 1), 7, seed=11)
    v = measure([path], builtin_adapter("canonical-outbound"), [KpiRequest("appointment_rate")], MARCH).find(
        "appointment_rate")[0]
    assert v.record_count == calls and 0 < v.numerator < v.denominator < calls


def test_evaluate_judges_an_appointment_level_from_outbound_records(tmp_path: Path) -> None:
    from sla_builders import month_inputs
    from voute.sla import Month, Status, evaluate
    from voute.sla.records import measure_from_records, merge_records

    c = contract([{"id": "rdv", "service": "svc", "kpi": "appointment_rate", "target": "50%",
                   "penalty": {"tiers": [{"threshold": "50%", "credit": "2%"}]}}])
    measured = measure_from_records(c, [CSV], str(MAPPING), Month(2027, 3), records_service="svc")
    found = measured.measurements["rdv"]
    assert (found.value, found.numerator, found.denominator) == (Decimal(40), Decimal(2), Decimal(5))
    result = evaluate(c, merge_records([month_inputs("2027-03", {}, fee="1000")], Month(2027, 3), measured),
                      Month(2027, 3))
    assert result.attainments[0].status is Status.missed and result.total_credits == Decimal("20.00")


def app() -> typer.Typer:
    from voute.cli import build_app

    return build_app("measure")


def test_cli_measures_the_appointment_rate_with_a_mapping() -> None:
    result = CliRunner().invoke(app(), ["measure", "--records", str(CSV), "--format", str(MAPPING), "--period",
                                        "2027-03", "--output-format", "json"])
    assert result.exit_code == 0, result.output
    values = json.loads(result.stdout)["values"]
    assert [(v["kpi"], v["numerator"], v["denominator"]) for v in values if v["service"] == "*"] == [
        ("appointment_rate", "2", "5")]


def test_cli_help_names_the_new_record_kinds() -> None:
    result = CliRunner().invoke(app(), ["measure", "--help"])
    assert "canonical-outbound" in result.output and "appointment" in result.output
