"""Measurement windows (issue 5): quarterly and yearly levels judged once on their whole window, daily and weekly
levels judged day by day or week by week. Worked examples, from a measurements file and from raw records."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sla_builders import contract, level
from voute.errors import InputError
from voute.sla import ExclusionEvent, Measurement, Month, PeriodInputs, Status, evaluate, parse_measurements
from voute.sla.windows import coverage_problem, is_window_end, parts_of_month, window_bounds

M = Month.parse
TIERS = [{"threshold": "80%", "credit": "5%"}]


def windowed(window: str, **penalty: Any) -> dict[str, Any]:
    out = level("q", target="80%", **penalty)
    out["window"] = window
    return out


def month(m: str, num: int | None, den: int = 100, fee: str = "1000", **extra: Any) -> PeriodInputs:
    """A month where the level ``q`` measured ``num / den`` (no value when ``num`` is None)."""
    values = {} if num is None else {"q": Measurement(Decimal(num) * 100 / den, Decimal(num), Decimal(den), den)}
    return PeriodInputs(M(m), values, {"svc": Decimal(fee)}, **extra)


QUARTER = [month("2027-01", 70), month("2027-02", 90), month("2027-03", 78)]


# --- quarters and years ------------------------------------------------------------------------------------


def test_a_quarterly_level_is_judged_once_on_the_whole_quarter_at_its_end() -> None:
    c = contract([windowed("quarter", tiers=TIERS)])
    march = evaluate(c, QUARTER, M("2027-03"))
    a = march.attainments[0]
    # (70 + 90 + 78) / 300 = 79.33 %: missed, although February alone met the target
    assert a.status is Status.missed and a.value is not None
    assert a.value.quantize(Decimal("0.0001")) == Decimal("79.3333")
    assert (a.window, a.window_start, a.window_end) == ("quarter", date(2027, 1, 1), date(2027, 3, 31))
    assert a.measurement is not None and (a.measurement.numerator, a.measurement.denominator) == (238, 300)
    # 5 % of the quarter's fees (3 x 1000), charged once, in March
    assert march.total_credits == Decimal("150.00")
    assert "fee svc 2027-01..2027-03, 3 months with fees" in march.credits[0].steps[0].formula


@pytest.mark.parametrize(("m", "to_date"), [("2027-01", Decimal(70)), ("2027-02", Decimal(80))])
def test_months_before_the_quarter_end_show_the_value_to_date_without_penalty(m: str, to_date: Decimal) -> None:
    c = contract([windowed("quarter", tiers=TIERS)])
    result = evaluate(c, QUARTER, M(m))
    a = result.attainments[0]
    assert a.status is Status.not_judged and a.value == to_date
    assert [n.code for n in a.notes] == ["window_to_date"] and "judged on 2027-01-01..2027-03-31" in a.notes[0].detail
    assert result.total_credits == 0 and result.credits == ()


def test_a_quarter_with_a_month_missing_is_not_judged_and_says_which() -> None:
    c = contract([windowed("quarter", tiers=TIERS)])
    result = evaluate(c, [QUARTER[0], QUARTER[2]], M("2027-03"))
    a = result.attainments[0]
    assert a.status is Status.not_judged and a.value is None
    assert a.notes == (a.notes[0],) and a.notes[0].code == "window_incomplete"
    assert a.notes[0].detail == "no value for 2027-02"
    assert result.total_credits == 0


def test_a_quarter_needs_the_numerator_and_denominator_of_each_month() -> None:
    c = contract([windowed("quarter", tiers=TIERS)])
    bare = PeriodInputs(M("2027-02"), {"q": Measurement(Decimal(90))}, {"svc": Decimal(1000)})
    a = evaluate(c, [QUARTER[0], bare, QUARTER[2]], M("2027-03")).attainments[0]
    assert a.status is Status.not_judged and "no numerator and denominator for 2027-02" in a.notes[0].detail


def test_a_yearly_level_is_judged_in_december_on_the_twelve_months() -> None:
    c = contract([windowed("year", tiers=TIERS)])
    months = [month(str(M("2027-01").shift(i)), 85 if i < 11 else 20) for i in range(12)]
    november = evaluate(c, months[:11], M("2027-11")).attainments[0]
    assert november.status is Status.not_judged and november.value == 85
    december = evaluate(c, months, M("2027-12"))
    # (11 x 85 + 20) / 1200 = 79.58 %: missed; 5 % of 12 000
    assert december.attainments[0].status is Status.missed and december.total_credits == Decimal("600.00")


def test_chronic_breach_of_a_quarterly_level_counts_quarters() -> None:
    c = contract([windowed("quarter", tiers=TIERS, chronic_breach={"consecutive": 2})])
    q4 = [month("2026-10", 70), month("2026-11", 70), month("2026-12", 70)]
    march = evaluate(c, [*q4, *QUARTER], M("2027-03"))
    assert [(f.level_id, f.missed) for f in march.chronic_breaches] == [("q", (M("2026-12"), M("2027-03")))]
    # February ends no quarter: nothing is counted then, though December was missed
    assert evaluate(c, [*q4, *QUARTER], M("2027-02")).chronic_breaches == ()
    # a monthly level with the same rule counts months: January and February are not both missed
    monthly = contract([level("q", target="80%", tiers=TIERS, chronic_breach={"consecutive": 2})])
    assert evaluate(monthly, QUARTER, M("2027-03")).chronic_breaches == ()


# --- contract quarters and years (window_start: contract) ----------------------------------------------------


def contract_windowed(window: str, start: str = "2027-02-15", **penalty: Any) -> Any:
    out = windowed(window, **penalty)
    out["window_start"] = "contract"
    return contract([out], start=start)


@pytest.mark.parametrize(
    ("m", "first", "bounds"),
    [
        ("2027-03", 1, (date(2027, 1, 1), date(2027, 4, 1))),
        ("2027-03", 2, (date(2027, 2, 1), date(2027, 5, 1))),
        ("2027-04", 2, (date(2027, 2, 1), date(2027, 5, 1))),
        ("2027-05", 2, (date(2027, 5, 1), date(2027, 8, 1))),
        ("2027-01", 2, (date(2026, 11, 1), date(2027, 2, 1))),  # across the new year
        ("2027-01", 11, (date(2026, 11, 1), date(2027, 2, 1))),
    ],
)
def test_contract_quarters_begin_in_the_contract_month(m: str, first: int, bounds: tuple[date, date]) -> None:
    assert window_bounds("quarter", M(m), first) == bounds


def test_a_contract_year_runs_from_the_start_month() -> None:
    assert window_bounds("year", M("2028-03"), 4) == (date(2027, 4, 1), date(2028, 4, 1))
    assert window_bounds("year", M("2028-04"), 4) == (date(2028, 4, 1), date(2029, 4, 1))
    assert is_window_end("year", M("2028-03"), 4) and not is_window_end("year", M("2027-12"), 4)


def test_a_contract_quarter_is_judged_at_its_own_end_not_the_calendar_one() -> None:
    # Contract from 15 February 2027: the first contract quarter is February-April.
    c = contract_windowed("quarter", tiers=TIERS)
    months = [month("2027-02", 70), month("2027-03", 90), month("2027-04", 78)]
    march = evaluate(c, months[:2], M("2027-03")).attainments[0]
    assert march.status is Status.not_judged and march.value == 80  # (70 + 90) / 200 so far
    assert (march.window_start, march.window_end) == (date(2027, 2, 1), date(2027, 4, 30))
    april = evaluate(c, months, M("2027-04"))
    a = april.attainments[0]
    assert a.status is Status.missed and (a.window_start, a.window_end) == (date(2027, 2, 1), date(2027, 4, 30))
    assert april.total_credits == Decimal("150.00")  # 5 % of the three months' fees, once
    assert "fee svc 2027-02..2027-04, 3 months with fees" in april.credits[0].steps[0].formula
    # The same figures under calendar quarters: judged in March on January-March, which lacks January.
    calendar = evaluate(contract([windowed("quarter", tiers=TIERS)], start="2027-02-15"), months[:2], M("2027-03"))
    assert calendar.attainments[0].status is Status.not_judged
    assert calendar.attainments[0].window_start == date(2027, 1, 1)


def test_chronic_breach_counts_contract_quarters() -> None:
    c = contract_windowed("quarter", tiers=TIERS, chronic_breach={"consecutive": 2})
    months = [month(str(M("2027-02").shift(i)), 70) for i in range(6)]  # February to July, all missed
    july = evaluate(c, months, M("2027-07"))
    assert [(f.level_id, f.missed) for f in july.chronic_breaches] == [("q", (M("2027-04"), M("2027-07")))]
    assert evaluate(c, months[:5], M("2027-06")).chronic_breaches == ()  # June ends no contract quarter


def test_contract_windows_need_a_term_start() -> None:
    out = windowed("quarter", tiers=TIERS)
    out["window_start"] = "contract"
    with pytest.raises(InputError) as raised:
        contract([out])
    assert "window_start: contract counts quarters and years from term.start, which is missing" in str(raised.value)


def test_an_event_during_the_quarter_excludes_the_quarter() -> None:
    c = contract([windowed("quarter", tiers=TIERS, exclusions=["force_majeure"])])
    event = ExclusionEvent("force_majeure", date(2027, 2, 10), date(2027, 2, 11), "panne")
    months = [QUARTER[0], month("2027-02", 90, events=(event,)), QUARTER[2]]
    result = evaluate(c, months, M("2027-03"))
    assert result.attainments[0].status is Status.excluded and result.total_credits == 0


# --- days and weeks ---------------------------------------------------------------------------------------

DAY_FILE = """
period: 2027-03
fees: {svc: "1000"}
levels:
  q:
    windows:
      2027-03-01: "85%"
      2027-03-02: "79%"
      2027-03-03: {value: "60%", numerator: 6, denominator: 10}
      2027-03-04: "80%"
"""


def day_contract(**penalty: Any) -> Any:
    tiers = [{"threshold": "80%", "credit": "1%"}, {"threshold": "65%", "credit": "2%"}]
    return contract([windowed("day", tiers=tiers, **penalty)])


def test_each_day_is_judged_and_each_missed_day_costs_its_tier() -> None:
    c = day_contract()
    result = evaluate(c, parse_measurements(DAY_FILE, "mars.yaml", c), M("2027-03"))
    a = result.attainments[0]
    assert a.status is Status.missed and len(a.parts) == 31
    by_day = {p.window_start: p.status for p in a.parts}
    assert by_day[date(2027, 3, 1)] is Status.met and by_day[date(2027, 3, 4)] is Status.met  # 80 % is met
    assert by_day[date(2027, 3, 2)] is Status.missed and by_day[date(2027, 3, 3)] is Status.missed
    assert by_day[date(2027, 3, 5)] is Status.not_measured
    assert a.notes[0].code == "days_missed" and a.notes[0].detail.startswith("2 / 31")
    # 2 March: 1 % of 1000 = 10; 3 March: worst tier 2 % = 20
    assert result.total_credits == Decimal("30.00")
    assert [s.formula.split(":")[0] for s in result.credits[0].steps[:2]] == ["2027-03-02", "2027-03-03"]


def test_the_monthly_cap_bounds_the_sum_of_the_missed_days() -> None:
    c = day_contract(cap_per_period="2.5%")
    result = evaluate(c, parse_measurements(DAY_FILE, "mars.yaml", c), M("2027-03"))
    assert result.total_credits == Decimal("25.00")


def test_an_event_excludes_only_the_days_it_covers() -> None:
    c = day_contract(exclusions=["force_majeure"])
    months = parse_measurements(DAY_FILE, "mars.yaml", c)
    event = ExclusionEvent("force_majeure", date(2027, 3, 3), date(2027, 3, 3), "panne")
    months = [PeriodInputs(m.month, m.measurements, m.fees, events=(event,), windows=m.windows) for m in months]
    result = evaluate(c, months, M("2027-03"))
    assert {p.window_start: p.status for p in result.attainments[0].parts}[date(2027, 3, 3)] is Status.excluded
    assert result.total_credits == Decimal("10.00")


def test_a_daily_level_given_one_monthly_value_is_not_judged() -> None:
    c = day_contract()
    months = parse_measurements('period: 2027-03\nfees: {svc: "1000"}\nlevels: {q: "70%"}\n', "m.yaml", c)
    a = evaluate(c, months, M("2027-03")).attainments[0]
    assert a.status is Status.not_judged and a.notes[0].code == "window_values_missing"


def test_window_values_out_of_the_month_are_refused_with_their_place() -> None:
    c = day_contract()
    text = 'period: 2027-03\nfees: {svc: "1000"}\nlevels:\n  q:\n    windows:\n      2027-04-01: "70%"\n'
    with pytest.raises(InputError, match=r"m\.yaml:6.*a day of 2027-03"):
        parse_measurements(text, "m.yaml", c)


def test_weeks_are_judged_in_the_month_they_end_in() -> None:
    c = contract([windowed("week", tiers=TIERS)])
    text = ('period: 2027-04\nfees: {svc: "1000"}\nlevels:\n  q:\n    windows:\n'
            '      2027-03-29: "75%"\n      2027-04-05: "90%"\n')
    a = evaluate(c, parse_measurements(text, "avril.yaml", c), M("2027-04")).attainments[0]
    assert [(p.window_start, p.window_end) for p in a.parts][:2] == [
        (date(2027, 3, 29), date(2027, 4, 4)), (date(2027, 4, 5), date(2027, 4, 11))]
    assert len(a.parts) == 4 and a.status is Status.missed  # the week ending on Sunday 4 April is April's


# --- from raw records --------------------------------------------------------------------------------------


def calls_csv(path: Path, first: date, last: date, late_every: int = 5) -> Path:
    """``late_every`` calls per weekday from ``first`` to ``last``, all but one answered within 20 s."""
    rows = ["id,service,arrival,queue_entry,answer,end"]
    day, n = first, 0
    while day <= last:
        if day.weekday() < 5:
            for k in range(late_every):
                wait = 60 if k == late_every - 1 else 5
                t = f"{day} 10:{k:02d}"
                rows.append(f"c{n},svc,{t}:00,{t}:00,{day} 10:{k:02d}:{wait if wait < 60 else 59},{day} 10:{k:02d}:59")
                n += 1
        day += timedelta(days=1)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_quarter_measured_from_records_of_the_whole_quarter(tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    from voute.sla.records import measure_from_records, merge_records

    c = contract([windowed("quarter", tiers=[{"threshold": "81%", "credit": "5%"}])])
    log = calls_csv(tmp_path / "q1.csv", date(2027, 1, 1), date(2027, 3, 31), late_every=4)
    measured = measure_from_records(c, [log], "canonical-calls", M("2027-03"))
    window = measured.windows["q"][0]
    assert (window.first, window.last, window.incomplete) == (date(2027, 1, 1), date(2027, 3, 31), "")
    assert window.measurement is not None and window.measurement.value == 75  # 3 of 4 within 20 s
    fees = [month(m, None) for m in ("2027-01", "2027-02", "2027-03")]
    result = evaluate(c, merge_records(fees, M("2027-03"), measured), M("2027-03"))
    assert result.attainments[0].status is Status.missed and result.total_credits == Decimal("150.00")


def test_a_contract_quarter_measured_from_records(tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    from voute.sla.records import measure_from_records

    c = contract_windowed("quarter", tiers=TIERS)
    # Records from February to April only: enough for the contract quarter February-April, read at its end.
    log = calls_csv(tmp_path / "fma.csv", date(2027, 2, 1), date(2027, 4, 30), late_every=4)
    window = measure_from_records(c, [log], "canonical-calls", M("2027-04")).windows["q"][0]
    assert (window.first, window.last, window.incomplete) == (date(2027, 2, 1), date(2027, 4, 30), "")
    assert window.measurement is not None and window.measurement.value == 75


def test_records_of_part_of_the_quarter_leave_it_not_judged(tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    from voute.sla.records import measure_from_records, merge_records

    c = contract([windowed("quarter", tiers=TIERS)])
    log = calls_csv(tmp_path / "fm.csv", date(2027, 2, 1), date(2027, 3, 31))
    measured = measure_from_records(c, [log], "canonical-calls", M("2027-03"))
    result = evaluate(c, merge_records([month("2027-03", None)], M("2027-03"), measured), M("2027-03"))
    a = result.attainments[0]
    assert a.status is Status.not_judged and a.notes[0].code == "window_incomplete"
    assert a.notes[0].detail == "records from 2027-02-01 to 2027-03-31; no record from 2027-01-01 to 2027-01-31"
    assert result.total_credits == 0


def test_days_and_a_straddling_week_from_records(tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    from voute.sla.records import measure_from_records

    c = contract([windowed("day", tiers=TIERS), {**windowed("week", tiers=TIERS), "id": "w"}])
    log = calls_csv(tmp_path / "apr.csv", date(2027, 4, 1), date(2027, 4, 30), late_every=4)
    measured = measure_from_records(c, [log], "canonical-calls", M("2027-04"))
    days = {w.first: w.measurement for w in measured.windows["q"]}
    assert days[date(2027, 4, 1)] is not None and days[date(2027, 4, 1)].value == 75
    assert days[date(2027, 4, 3)] is None  # a Saturday without calls: not measured
    weeks = measured.windows["w"]
    assert weeks[0].first == date(2027, 3, 29) and weeks[0].incomplete.startswith("no record from 2027-03-29")
    assert weeks[1].incomplete == "" and weeks[1].measurement is not None


# --- window arithmetic -------------------------------------------------------------------------------------


@given(st.integers(2000, 2100), st.integers(1, 12))
def test_the_quarter_of_a_month_holds_it_and_ends_every_third_month(year: int, m: int) -> None:
    first, end = window_bounds("quarter", Month(year, m))
    assert first <= date(year, m, 1) < end and (Month.parse(end) - Month.parse(first)) == 3
    assert first.month in (1, 4, 7, 10) and is_window_end("quarter", Month(year, m)) == (m % 3 == 0)


@given(st.integers(2000, 2100), st.integers(1, 12))
def test_weeks_ending_in_a_month_tile_it_without_overlap(year: int, m: int) -> None:
    weeks = parts_of_month("week", Month(year, m))
    assert all(b - a == timedelta(days=6) and a.weekday() == 0 for a, b in weeks)
    assert all(later[0] == earlier[1] + timedelta(days=1) for earlier, later in pairwise(weeks))
    assert Month.parse(weeks[0][1]) == Month(year, m) and Month.parse(weeks[-1][1]) == Month(year, m)


WEEKDAYS_OF_Q1 = [d for d in (date(2027, 1, 4) + timedelta(days=i) for i in range(87)) if d.weekday() < 5]


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (WEEKDAYS_OF_Q1, ""),
        ([date(2027, 1, 2), date(2027, 3, 31)], "records from 2027-01-02 to 2027-03-31; no record from 2027-01-03 to "
                                                "2027-03-30"),
        ([], "no record from 2027-01-01 to 2027-03-31"),
    ],
)
def test_coverage_allows_weekends_and_holidays_but_not_a_week_without_record(days: list[date], expected: str) -> None:
    assert coverage_problem(days, date(2027, 1, 1), date(2027, 3, 31)) == expected


# --- the command ------------------------------------------------------------------------------------------

QUARTER_FILE = """
contract: T-1
periods:
  - {period: 2027-01, fees: {svc: "1000"}, levels: {q: {value: "70%", numerator: 70, denominator: 100}}}
  - {period: 2027-02, fees: {svc: "1000"}, levels: {q: {value: "90%", numerator: 90, denominator: 100}}}
  - {period: 2027-03, fees: {svc: "1000"}, levels: {q: {value: "78%", numerator: 78, denominator: 100}}}
"""


def cli(tmp_path: Path, *args: str) -> tuple[int, str]:
    import typer
    import yaml
    from typer.testing import CliRunner

    from voute.cli.evaluate import register

    app = typer.Typer()
    register(app)

    @app.command("other")
    def _other() -> None:
        """Unused."""

    data = {"reference": "T-1", "title": "Contrat de test",
            "parties": {"client": {"name": "Client SAS"}, "provider": {"name": "Prestataire SAS"}},
            "services": {"items": [{"id": "svc", "kind": "customer_service", "name": "Service",
                                    "description": "Appels entrants.", "channels": ["call"]}]},
            "service_levels": {"levels": [windowed("quarter", tiers=TIERS)]}}
    (tmp_path / "contrat.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    (tmp_path / "t1.yaml").write_text(QUARTER_FILE, encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "contrat.yaml"), "-m", str(tmp_path / "t1.yaml"),
                                      *args])
    return result.exit_code, result.stdout


def test_the_command_shows_the_value_to_date_and_exits_0_before_the_quarter_end(tmp_path: Path) -> None:
    code, out = cli(tmp_path, "--period", "2027-02")
    assert code == 0
    assert "[trimestre 2027-01-01..2027-03-31]: 80%, cible >= 80%, non jugé" in out
    assert "fenêtre en cours, valeur à date" in out


def test_the_command_judges_the_quarter_in_json_at_its_end(tmp_path: Path) -> None:
    import json

    code, out = cli(tmp_path, "--period", "2027-03", "--format", "json")
    level_json = json.loads(out)["levels"][0]
    assert code == 1 and level_json["status"] == "missed" and level_json["window"] == "quarter"
    assert (level_json["window_start"], level_json["window_end"]) == ("2027-01-01", "2027-03-31")
    assert (level_json["measurement"]["numerator"], level_json["measurement"]["denominator"]) == ("238", "300")
    assert json.loads(out)["totals"]["credits"] == "150.00"
