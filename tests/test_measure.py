"""voute.measure: KPIs from raw records (issue 5, part 1). Fixtures are tiny files written here."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import typer
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from voute.errors import InputError, RecordsError
from voute.measure import (
    BusinessCalendar,
    Granularity,
    KpiRequest,
    Period,
    adapters,
    builtin_adapter,
    load_mapping,
    measure,
)
from voute.measure.generator import generate_calls

FIXTURES = Path(__file__).parent / "fixtures" / "measure"
CALLS = FIXTURES / "calls_small.csv"
MARCH = Period.parse("2027-03")


def small_adapter() -> adapters.Adapter:
    return load_mapping(FIXTURES / "calls_small.yaml")


# answered waits 5, 10, 20, 21, 40; queue abandons 3, 15, 25, 60; one voice-menu hang-up (never queued).
@pytest.mark.parametrize(
    ("convention", "numerator", "denominator"),
    [("sl1", 5, 9), ("sl2", 3, 5), ("sl3", 3, 9), ("sl4", 3, 7), ("sl5", 4, 9), ("sl6", 3, 8)],
)
def test_service_level_conventions_count_waits_at_most_the_threshold(convention, numerator, denominator):
    req = KpiRequest("service_level", threshold_seconds=20, abandon_convention=convention, short_abandon_seconds=5)
    m = measure([CALLS], small_adapter(), [req], MARCH)
    [total] = m.find("service_level")
    assert (total.numerator, total.denominator) == (numerator, denominator)
    assert total.value == Decimal(numerator) * 100 / denominator
    assert total.record_count == 10
    assert convention in total.convention


def test_ivr_hangups_enter_only_when_the_contract_says_so():
    base = KpiRequest("service_level", threshold_seconds=20, abandon_convention="sl3")
    included = KpiRequest("service_level", threshold_seconds=20, abandon_convention="sl3", ivr_abandons="included")
    m = measure([CALLS], small_adapter(), [base, included], MARCH)
    assert [v.denominator for v in m.find("service_level")] == [9, 10]


def test_asa_aht_and_abandon_rate_per_service_and_total():
    reqs = [KpiRequest("asa"), KpiRequest("abandon_rate"), KpiRequest("abandon_rate", short_abandon_seconds=5)]
    m = measure([CALLS], small_adapter(), reqs, MARCH)
    asa = {v.service: v.value for v in m.values if v.kpi == "asa"}
    assert asa == {"*": Decimal(96) / 5, "sales": Decimal(35) / 3, "support": Decimal(61) / 2}
    plain, short = m.find("abandon_rate")
    assert (plain.numerator, plain.denominator) == (4, 9)
    assert (short.numerator, short.denominator) == (3, 8)


def test_talk_time_is_derived_from_answer_and_end_when_absent():
    m = measure([CALLS], small_adapter(), [KpiRequest("aht")], MARCH)
    [total] = m.find("aht")
    assert total.value == Decimal(180 + 240 + 120 + 120 + 120) / 5


def test_daily_values_add_up_to_the_month():
    req = KpiRequest("service_level", threshold_seconds=20, abandon_convention="sl1")
    m = measure([CALLS], small_adapter(), [req], MARCH, [Granularity.month, Granularity.day])
    days = m.find("service_level", granularity=Granularity.day)
    assert [v.period_start.date() for v in days] == [date(2027, 3, 1), date(2027, 3, 2)]
    assert sum(v.numerator for v in days) == m.find("service_level")[0].numerator
    assert days[0].period_start.tzinfo is not None


def test_records_outside_the_period_are_counted_not_measured():
    m = measure([CALLS], small_adapter(), [KpiRequest("asa")], Period.parse("2027-03-01"))
    assert (m.quality.valid, m.quality.outside_period) == (4, 6)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bad_records_are_counted_by_reason_with_their_record_numbers(tmp_path):
    lines = CALLS.read_text().splitlines()
    bad = [
        lines[1].replace("01/03/2027 09:00:00", "31/02/2027 09:00:00"),  # no such date
        lines[2],
        lines[2],  # duplicate id
        lines[3].replace(",ANS,", ",XXX,"),  # unknown outcome
        lines[4].replace(",21", ",-4"),  # negative wait
        lines[5],
    ]
    path = write(tmp_path, "bad.csv", "\n".join([lines[0], *bad]) + "\n")
    m = measure([path], small_adapter(), [KpiRequest("asa")], MARCH)
    reasons = {r.reason: r for r in m.quality.reasons}
    assert reasons["unparseable_arrival"].count == 1
    assert reasons["unparseable_arrival"].first_records == (f"{path} record 1",)
    assert reasons["duplicate"].count == 1
    assert reasons["unknown_outcome"].count == 1
    assert reasons["negative_duration"].excluded
    assert m.quality.valid == 2
    kept = measure([path], small_adapter(), [KpiRequest("asa")], MARCH, anomalies="keep")
    assert kept.quality.valid == 3


def test_malformed_csv_lines_are_reported_with_their_line(tmp_path):
    lines = CALLS.read_text().splitlines()
    path = write(tmp_path, "ragged.csv", "\n".join([lines[0], lines[1], "2,sales,oops", lines[3]]) + "\n")
    m = measure([path], small_adapter(), [KpiRequest("asa")], MARCH)
    [malformed] = [r for r in m.quality.reasons if r.reason == "malformed_row"]
    assert malformed.first_records == (f"{path}:3",)


def test_a_file_without_any_valid_record_raises_records_error(tmp_path):
    header = CALLS.read_text().splitlines()[0]
    path = write(tmp_path, "empty.csv", header + "\n1,sales,not a date,,,,ANS,5\n")
    with pytest.raises(RecordsError, match="no valid record"):
        measure([path], small_adapter(), [KpiRequest("asa")], MARCH)


def test_a_mapping_naming_an_absent_column_says_which(tmp_path):
    mapping = write(tmp_path, "m.yaml", "kind: calls\nfields: {id: nope, service: queue, arrival: start}\n")
    with pytest.raises(RecordsError, match="id <- 'nope'"):
        measure([CALLS], load_mapping(mapping), [KpiRequest("asa")], MARCH)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("kind: calls\nfields: {id: a, service: b, arrival: c}\ncolour: red\n", "colour"),
        ("kind: phone\nfields: {id: a}\n", "kind"),
        ("kind: calls\nfields: {id: a, service: b, arrival: {col: c}}\n", "fields.arrival"),
    ],
)
def test_mapping_errors_name_the_key(tmp_path, text, where):
    with pytest.raises(InputError) as caught:
        load_mapping(write(tmp_path, "m.yaml", text))
    assert where in str(caught.value)


def test_unknown_services_are_reported_when_services_are_known():
    m = measure([CALLS], small_adapter(), [KpiRequest("asa")], MARCH, services=["sales"])
    assert {r.reason: r.count for r in m.quality.reasons} == {"unknown_service": 4}


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2027-03", date(2027, 3, 1), date(2027, 4, 1)),
        ("2027-12", date(2027, 12, 1), date(2028, 1, 1)),
        ("2027-W10", date(2027, 3, 8), date(2027, 3, 15)),
        ("2027-03-15", date(2027, 3, 15), date(2027, 3, 16)),
        ("2027-03-01..2027-03-31", date(2027, 3, 1), date(2027, 4, 1)),
    ],
)
def test_period_parsing(text, start, end):
    assert (Period.parse(text).start, Period.parse(text).end) == (start, end)


def test_unreadable_period_is_an_input_error():
    with pytest.raises(InputError, match="2027-03"):
        Period.parse("March")


TICKETS_HEADER = "number,state,mod,updated,opened,resolved,prio\n"


def ticket_log(tmp_path: Path, rows: list[str]) -> Path:
    return write(tmp_path, "tickets.csv", TICKETS_HEADER + "\n".join(rows) + "\n")


TICKET_MAPPING = adapters.Adapter(
    name="tiny-itsm",
    kind=adapters.RecordKind.tickets,
    event_log=True,
    event_order="mod",
    fields={
        "id": adapters.FieldMap(column="number"),
        "service": adapters.FieldMap(constant="desk"),
        "priority": adapters.FieldMap(column="prio"),
        "created": adapters.FieldMap(column="opened"),
        "resolved": adapters.FieldMap(column="resolved"),
        "status_at": adapters.FieldMap(column="updated"),
        "status": adapters.FieldMap(column="state"),
    },
)


def test_resolution_time_counts_business_hours_and_pauses(tmp_path):
    # Friday 17:00 -> Monday 11:00 with Mon-Fri 09:00-18:00: 1 h Friday + 2 h Monday; 1 h paused on Monday.
    rows = [
        "T1,New,0,2027-03-05 17:00,2027-03-05 17:00,2027-03-08 11:00,P3",
        "T1,Awaiting User,1,2027-03-08 09:00,2027-03-05 17:00,2027-03-08 11:00,P3",
        "T1,Active,2,2027-03-08 10:00,2027-03-05 17:00,2027-03-08 11:00,P3",
        "T1,Resolved,3,2027-03-08 11:00,2027-03-05 17:00,2027-03-08 11:00,P3",
    ]
    path = ticket_log(tmp_path, rows)
    reqs = [
        KpiRequest("resolution_time", threshold_seconds=2 * 3600, pause_states=("Awaiting User",), label="paused"),
        KpiRequest("resolution_time", threshold_seconds=2 * 3600, label="running"),
    ]
    m = measure([path], TICKET_MAPPING, reqs, MARCH)
    paused, running = (m.find("resolution_time", label=x)[0] for x in ("paused", "running"))
    assert paused.details["mean_seconds"] == "7200" and paused.numerator == 1
    assert running.details["mean_seconds"] == "10800" and running.numerator == 0


def test_alsace_moselle_closes_on_good_friday(tmp_path):
    rows = ["T1,New,0,2027-03-25 17:00,2027-03-25 17:00,2027-03-29 10:00,P3"]  # Thu -> Easter Monday 10:00
    path = ticket_log(tmp_path, rows)
    reqs = [
        KpiRequest("resolution_time", threshold_seconds=3600, label="fr"),
        KpiRequest(
            "resolution_time",
            threshold_seconds=3600,
            label="am",
            calendar=BusinessCalendar(region="alsace-moselle"),
        ),
    ]
    m = measure([path], TICKET_MAPPING, reqs, MARCH)
    assert m.find("resolution_time", label="fr")[0].details["mean_seconds"] == str(3600 + 9 * 3600)
    assert m.find("resolution_time", label="am")[0].details["mean_seconds"] == "3600"


def python_business_seconds(start: datetime, end: datetime, cal: BusinessCalendar) -> float:
    """A plain sum over the shared calendar's opening intervals (records are Europe/Paris wall-clock)."""
    paris = ZoneInfo("Europe/Paris")
    intervals = cal.intervals(start.replace(tzinfo=paris), end.replace(tzinfo=paris))
    return sum((b - a).total_seconds() for a, b in intervals)


@settings(max_examples=15, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2027, 4, 28), max_value=datetime(2027, 5, 12)),
    minutes=st.integers(min_value=0, max_value=60 * 24 * 12),
)
def test_business_time_matches_a_plain_interval_sum(tmp_path_factory, start, minutes):
    start = start.replace(second=0, microsecond=0)
    end = start + timedelta(minutes=minutes)
    path = ticket_log(tmp_path_factory.mktemp("t"), [f"T1,New,0,{start},{start},{end},P3"])
    period = Period.parse("2027-04-01..2027-06-30")
    m = measure([path], TICKET_MAPPING, [KpiRequest("resolution_time", threshold_seconds=60)], period)
    [value] = m.find("resolution_time", granularity=Granularity.month)
    expected = python_business_seconds(start, end, BusinessCalendar())
    assert value.details["mean_seconds"] == f"{expected:.0f}"


def test_backlog_counts_tickets_open_at_each_period_end(tmp_path):
    rows = [
        "T1,New,0,2027-03-01 10:00,2027-03-01 10:00,2027-03-02 10:00,P3",
        "T2,New,0,2027-03-01 11:00,2027-03-01 11:00,,P3",
        "T3,New,0,2027-03-02 12:00,2027-03-02 12:00,,P1",
    ]
    m = measure(
        [ticket_log(tmp_path, rows)],
        TICKET_MAPPING,
        [KpiRequest("backlog")],
        Period.parse("2027-03-01..2027-03-02"),
        [Granularity.day],
        group_by="priority",
    )
    totals = [v.value for v in m.find("backlog", granularity=Granularity.day)]
    assert totals == [2, 2]
    assert [v.value for v in m.find("backlog", service="P1", granularity=Granularity.day)] == [1]


def test_surveys_give_csat_and_nps(tmp_path):
    path = write(
        tmp_path,
        "s.csv",
        "id,service,answered_at,csat,nps\n"
        + "\n".join(
            f"{i},desk,2027-03-0{i} 12:00,{c},{n}" for i, (c, n) in enumerate([(5, 10), (4, 9), (2, 3), (3, 7)], 1)
        )
        + "\n",
    )
    reqs = [KpiRequest("csat"), KpiRequest("csat", csat_method="top2box"), KpiRequest("nps")]
    m = measure([path], builtin_adapter("canonical-surveys"), reqs, MARCH)
    mean, top = (v.value for v in m.find("csat"))
    assert (mean, top) == (Decimal("3.5"), Decimal(50))
    assert m.find("nps")[0].value == Decimal(25)


def test_qa_score_zeroes_fatal_errors(tmp_path):
    path = write(
        tmp_path,
        "q.csv",
        "id,service,evaluated_at,score,fatal\n1,desk,2027-03-01,90,false\n2,desk,2027-03-02,80,true\n",
    )
    m = measure([path], builtin_adapter("canonical-evaluations"), [KpiRequest("qa_score")], MARCH)
    assert m.find("qa_score")[0].value == Decimal(45)


def test_kpis_of_another_record_kind_are_refused():
    with pytest.raises(InputError, match="csat"):
        measure([CALLS], small_adapter(), [KpiRequest("csat")], MARCH)


def test_generator_is_seeded_and_realistic():
    first = next(generate_calls(date(2027, 3, 1), 1, seed=3))
    again = next(generate_calls(date(2027, 3, 1), 1, seed=3))
    assert first.equals(again)
    outcomes = first.column("outcome").to_pylist()
    assert 0.01 < outcomes.count("abandoned") / len(outcomes) < 0.5


def app() -> typer.Typer:
    from voute.cli import build_app

    return build_app("measure")


def test_cli_prints_json_with_provenance(tmp_path):
    result = CliRunner().invoke(
        app(),
        [
            "measure",
            "--records",
            str(CALLS),
            "--format",
            str(FIXTURES / "calls_small.yaml"),
            "--period",
            "2027-03",
            "--output-format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    sl = next(v for v in data["values"] if v["kpi"] == "service_level" and v["service"] == "*")
    assert (sl["numerator"], sl["denominator"], sl["record_count"]) == ("5", "9", 10)


def test_cli_exits_2_with_a_located_message(tmp_path):
    result = CliRunner().invoke(
        app(), ["measure", "--records", str(tmp_path / "none.csv"), "--format", "anonymous-bank", "--period", "1999-02"]
    )
    assert result.exit_code == 2
    assert "none.csv: file not found" in result.stderr


# -- Parquet sources: duplicate ids, bad-record location, threshold counts (the fast paths of the engine) ----------
CANON = builtin_adapter("canonical-calls")
T0 = datetime(2027, 3, 2, 9, 0)


def calls_parquet(path: Path, ids: list, waits: list[float], outcomes: list[str] | None = None, minutes=None) -> Path:
    """A canonical call file: one call per id, arriving a minute apart unless ``minutes`` says otherwise."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    n = len(ids)
    table = pa.table(
        {
            "id": ids,
            "service": ["sales" if i % 2 else "support" for i in range(n)],
            "arrival": [T0 + timedelta(minutes=m) for m in (minutes or range(n))],
            "outcome": outcomes or ["answered"] * n,
            "wait_seconds": [float(w) for w in waits],
            "talk_seconds": [100.0] * n,
        }
    )
    pq.write_table(table, path)
    return path


@pytest.mark.parametrize(
    ("ids", "duplicates"),
    [
        ([1, 2, 3, 4], 0),  # integers: the bitmap proves them distinct
        ([4, 2, 2, 1], 1),  # integers spanning 4 values: the bitmap finds the repeat
        ([7, 7, 8, 8], 2),  # 4 ids within 2 values: a repeat for sure, no scan needed to know it
        ([1, 10**15, 3, 10**15], 1),  # too sparse for a bitmap: hashed
        (["a", "b", "b", "c"], 1),  # text ids: hashed
    ],
)
def test_parquet_duplicates_are_counted_excluded_and_located(tmp_path, ids, duplicates):
    # Each repeat comes earlier in the file but arrives later: the later arrival is the one excluded.
    minutes = [30 + k if ids[k] in ids[k + 1 :] else k for k in range(len(ids))]
    path = calls_parquet(tmp_path / "c.parquet", ids, [10, 20, 30, 40], minutes=minutes)
    m = measure([path], CANON, [KpiRequest("asa")], MARCH)
    counts = {r.reason: r for r in m.quality.reasons}
    assert m.quality.valid == len(ids) - duplicates
    if duplicates:
        expected = tuple(f"{path} record {k + 1}" for k in range(len(ids)) if ids[k] in ids[k + 1 :])
        assert counts["duplicate"].count == duplicates
        assert counts["duplicate"].first_records == expected
        [total] = m.find("asa")
        kept = [w for k, w in enumerate([10, 20, 30, 40]) if ids[k] not in ids[k + 1 :]]
        assert total.numerator == sum(kept)
    else:
        assert "duplicate" not in counts
    unchecked = measure([path], CANON, [KpiRequest("asa")], MARCH, check_duplicates=False)
    assert unchecked.quality.valid == len(ids)


def test_parquet_bad_records_are_located_in_each_file(tmp_path):
    first = calls_parquet(tmp_path / "a.parquet", [1, 2, 3], [5, -1, 7], ["answered", "answered", "bogus"])
    second = calls_parquet(tmp_path / "b.parquet", [4, 5, 2], [-2, 9, 8], minutes=[0, 1, 90])
    m = measure([first, second], CANON, [KpiRequest("asa")], MARCH)
    located = {r.reason: (r.count, r.first_records) for r in m.quality.reasons}
    assert located == {
        "negative_duration": (2, (f"{first} record 2", f"{second} record 1")),
        "unknown_outcome": (1, (f"{first} record 3",)),
        "duplicate": (1, (f"{second} record 3",)),  # id 2 again, arriving later, in the other file
    }
    assert m.quality.valid == 2


@settings(max_examples=25, deadline=None)
@given(
    calls=st.lists(
        st.tuples(st.sampled_from(["answered", "abandoned", "ivr_abandoned"]), st.integers(0, 90)),
        min_size=1,
        max_size=30,
    ),
    threshold=st.integers(1, 60),
    short=st.integers(0, 30),
)
def test_threshold_counts_match_a_plain_count(tmp_path_factory, calls, threshold, short):
    outcomes = [o for o, _ in calls]
    folder = tmp_path_factory.mktemp("t")
    path = calls_parquet(folder / "c.parquet", list(range(len(calls))), [w for _, w in calls], outcomes)
    sl = KpiRequest("service_level", threshold_seconds=threshold, abandon_convention="sl5", short_abandon_seconds=short)
    ab = KpiRequest("abandon_rate", short_abandon_seconds=short)
    m = measure([path], CANON, [sl, ab], MARCH)
    [level] = m.find("service_level")
    [rate] = m.find("abandon_rate")
    answered = [w for o, w in calls if o == "answered"]
    abandoned = [w for o, w in calls if o == "abandoned"]
    short_abandons = sum(1 for w in abandoned if short and w <= short)
    assert level.numerator == sum(1 for w in answered if w <= threshold) + short_abandons
    assert level.denominator == len(answered) + len(abandoned)
    assert (rate.numerator, rate.denominator) == (
        len(abandoned) - short_abandons,
        len(answered) + len(abandoned) - short_abandons,
    )


def test_month_values_do_not_depend_on_the_other_granularities_asked(tmp_path):
    days = [0, 60 * 24, 60 * 24 * 7, 5]  # minutes after Tuesday 2 March: two calls the next week
    path = calls_parquet(tmp_path / "c.parquet", [1, 2, 3, 4], [10, 25, 30, 5], minutes=days)
    req = KpiRequest("service_level", threshold_seconds=20, abandon_convention="sl1")
    alone = measure([path], CANON, [req], MARCH)
    mixed = measure([path], CANON, [req], MARCH, [Granularity.week, Granularity.month])
    months = [v for v in mixed.values if v.granularity is Granularity.month]
    assert [(v.service, v.numerator, v.denominator) for v in alone.values] == [
        (v.service, v.numerator, v.denominator) for v in months
    ]
    weeks = mixed.find("service_level", granularity=Granularity.week)
    assert sum(v.numerator for v in weeks if v.service == "*") == 2
    assert [v.period_start.date() for v in weeks if v.service == "*"] == [date(2027, 3, 1), date(2027, 3, 8)]


def test_parquet_rows_of_one_id_at_the_same_time_keep_the_first_in_the_file(tmp_path):
    path = calls_parquet(tmp_path / "c.parquet", [5, 6, 5, 5], [10, 15, 20, 30], minutes=[0, 1, 0, 0])
    m = measure([path], CANON, [KpiRequest("asa")], MARCH)
    [dup] = [r for r in m.quality.reasons if r.reason == "duplicate"]
    assert dup.first_records == (f"{path} record 3", f"{path} record 4")
    assert m.find("asa")[0].numerator == 10 + 15


def test_csv_duplicates_across_files_are_counted_and_located(tmp_path):
    header, *rows = CALLS.read_text().splitlines()
    first = write(tmp_path, "a.csv", "\n".join([header, *rows[:3]]) + "\n")
    second = write(tmp_path, "b.csv", "\n".join([header, rows[3], rows[1]]) + "\n")  # rows[1] again
    m = measure([first, second], small_adapter(), [KpiRequest("asa")], MARCH)
    [dup] = [r for r in m.quality.reasons if r.reason == "duplicate"]
    assert (dup.count, dup.first_records) == (1, (f"{second} record 2",))
    assert m.quality.valid == 4
