"""voute.billing: price schedules, indexation, credits and VAT, worked to the cent (issue 6)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import voute
from voute.billing import (
    Band,
    Charge,
    InvoiceDraft,
    build_invoice,
    draft_invoice,
    parse_credits,
    parse_index,
    parse_volumes,
    price_factor,
    price_item,
    to_csv,
    to_html,
    to_json,
)
from voute.contract.costs import Indexation, PriceItem
from voute.errors import InputError
from voute.sla import parse_measurements
from voute.sla.month import Month

FIXTURES = Path(__file__).parent / "fixtures" / "billing"
CONTRACT = voute.load(FIXTURES / "contrat.yaml")
D = Decimal


def tiered(mode: str, minimum: str | None = None) -> PriceItem:
    tiers = [
        {"from": 0, "to": 1000, "price": "1.00"},
        {"from": 1000, "to": 5000, "price": "0.90"},
        {"from": 5000, "price": "0.80"},
    ]
    return PriceItem.model_validate(
        {
            "id": "calls",
            "label": "Appel",
            "unit": "per_call",
            "price": "1.00",
            "tiers": tiers,
            "tier_mode": mode,
            "minimum_commitment": minimum,
        }
    )


def total(charges: list[Charge]) -> Decimal:
    return sum((c.amount for c in charges), D(0))


# -- tiers ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("volume", "expected"),
    [
        (999, "999.00"),  # tier 1
        (1000, "900.00"),  # a volume of exactly 1000 is in the tier starting at 1000 (half-open tiers)
        (1234, "1110.60"),  # 1234 x 0.90
        (4999, "4499.10"),
        (5000, "4000.00"),  # 5000 x 0.80
        (0, "0"),
    ],
)
def test_whole_mode_prices_every_unit_at_the_tier_reached(volume: int, expected: str) -> None:
    assert total(price_item(tiered("whole"), 0, D(volume))) == D(expected)


@pytest.mark.parametrize(
    ("volume", "expected", "lines"),
    [
        (999, "999.00", 1),
        (1234, "1210.60", 2),  # 1000 x 1.00 + 234 x 0.90
        (6000, "5400.00", 3),  # 1000 x 1.00 + 4000 x 0.90 + 1000 x 0.80
    ],
)
def test_marginal_mode_prices_each_tier_separately(volume: int, expected: str, lines: int) -> None:
    charges = price_item(tiered("marginal"), 0, D(volume))
    assert total(charges) == D(expected)
    assert len(charges) == lines
    assert sum((c.quantity for c in charges), D(0)) == volume


def test_a_line_states_its_tier_and_contract_field() -> None:
    second = price_item(tiered("marginal"), 3, D(1234))[1]
    assert second.clause == "costs.items[3].tiers[1].price"
    assert "tier 2 [1000, 5000)" in second.rate
    assert (second.quantity, second.unit_price, second.amount) == (D(234), D("0.90"), D("210.60"))


# -- minimum commitment and tolerance band -------------------------------------------------------------------


def test_minimum_commitment_bills_the_missing_units_on_their_own_line() -> None:
    item = PriceItem.model_validate(
        {
            "id": "sav_fte",
            "label": "ETP",
            "unit": "per_fte_month",
            "price": "4350.00",
            "minimum_commitment": "8",
        }
    )
    charges = price_item(item, 2, D("7.5"))
    assert [(c.role, c.quantity, c.amount) for c in charges] == [
        ("unit", D("7.5"), D("32625.00")),
        ("minimum_commitment", D("0.5"), D("2175.00")),
    ]
    assert total(price_item(item, 2, D(9))) == D("39150.00")


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("marginal", ["800.00", "200.00", "450.00"]),  # top-up units 801-1000 at 1.00, 1001-1500 at 0.90
        ("whole", ["720.00", "630.00"]),  # the minimum (1500) reaches tier 2: every unit at 0.90
    ],
)
def test_minimum_commitment_with_tiers(mode: str, expected: list[str]) -> None:
    charges = price_item(tiered(mode, "1500"), 0, D(800))
    assert [str(c.amount) for c in charges] == expected
    assert charges[-1].role == "minimum_commitment"


@pytest.mark.parametrize(
    ("volume", "expected", "roles"),
    [
        (9500, "19000.00", ["tier"]),  # inside the band [9000, 11000]
        (11500, "22750.00", ["tier", "tier", "out_of_tolerance"]),  # 20000 + 1000 x 1.50 + 500 x 2.50
        (8000, "20000.00", ["below_tolerance"]),  # whole volume at 2.50
    ],
)
def test_volume_outside_the_forecast_tolerance_is_at_the_other_rate(
    volume: int, expected: str, roles: list[str]
) -> None:
    assert CONTRACT.costs is not None
    band = Band.around(10000, D(10), "services.items[0].forecast[0]")
    charges = price_item(CONTRACT.costs.items[0], 0, D(volume), band=band)
    assert total(charges) == D(expected)
    assert [c.role for c in charges] == roles


def test_amount_is_rounded_half_up_once_per_line() -> None:
    item = PriceItem.model_validate({"id": "x", "label": "X", "unit": "per_item", "price": "0.005"})
    assert price_item(item, 0, D(1))[0].amount == D("0.01")
    assert price_item(item, 0, D(3))[0].amount == D("0.02")  # 0.015 -> 0.02, not 3 x 0.01


# -- indexation ----------------------------------------------------------------------------------------------

SYNTEC = """index: Syntec
values:
  2027-11: "312"
  2027-12: "313"
  2028-11: "315"
"""


def clause(**changes: object) -> Indexation:
    base = {
        "index": "Syntec",
        "base_value": "300",
        "fixed_part": "0.15",
        "cap": "2%",
        "first_revision": date(2028, 1, 1),
    }
    return Indexation.model_validate({**base, **changes})


@pytest.mark.parametrize(
    ("month", "factor"),
    [
        ("2027-12", "1"),  # before the first revision: prices firm
        ("2028-01", "1.02"),  # 0.15 + 0.85 x 312 / 300 = 1.034, capped at +2 %
        ("2028-12", "1.02"),  # the same revision all year: never applied twice
        ("2029-01", "1.0404"),  # 0.15 + 0.85 x 315 / 300 = 1.0425, capped at 1.02 x 1.02
    ],
)
def test_syntec_revision_with_cap_once_per_anniversary(month: str, factor: str) -> None:
    table = parse_index(SYNTEC, "syntec.yaml")
    found = price_factor(clause(), date(2027, 1, 1), table, Month.parse(month))
    assert found.factor == D(factor)


def test_revision_uses_the_last_value_published_at_the_revision_date() -> None:
    # December's value is deemed published on 31 January: the revision of 1 January uses November's.
    table = parse_index(SYNTEC, "syntec.yaml")
    revision = price_factor(clause(cap=None), date(2027, 1, 1), table, Month.parse("2028-01")).revisions[0]
    assert revision.index.month == Month.parse("2027-11")
    assert revision.factor == D("1.034")


def test_a_publication_date_in_the_index_file_wins() -> None:
    text = SYNTEC.replace('2027-12: "313"', '2027-12: {value: "313", published: 2027-12-31}')
    revision = price_factor(
        clause(cap=None), None, parse_index(text, "s.yaml"), Month.parse("2028-01")
    ).revisions[0]
    assert revision.index.value == D(313)


def test_a_revision_in_the_middle_of_a_month_applies_from_the_next_month() -> None:
    table = parse_index(SYNTEC, "syntec.yaml")
    late = clause(first_revision=date(2028, 1, 15))
    assert price_factor(late, None, table, Month.parse("2028-01")).factor == 1
    assert price_factor(late, None, table, Month.parse("2028-02")).factor == D("1.02")


def test_anniversary_of_the_term_start_by_default_and_csv_index() -> None:
    table = parse_index("month,value\n2027-11,291\n", "syntec.csv")
    no_date = clause(first_revision=None, floor="1%")
    assert price_factor(no_date, date(2027, 1, 1), table, Month.parse("2027-12")).factor == 1
    # 0.15 + 0.85 x 291 / 300 = 0.9745, floored at -1 %
    assert price_factor(no_date, date(2027, 1, 1), table, Month.parse("2028-01")).factor == D("0.99")
    rigid = clause(first_revision=None, symmetric=False)
    assert price_factor(rigid, date(2027, 1, 1), table, Month.parse("2028-01")).factor == 1


def test_revised_unit_price_and_invoice_to_the_cent() -> None:
    table = parse_index(SYNTEC, "syntec.yaml")
    month = Month.parse("2028-01")
    volumes = parse_volumes(
        "period: 2028-01\nvolumes: {hotline: {calls: 9500, fte: 3}}\n", "v.yaml", CONTRACT, month
    )
    draft = build_invoice(CONTRACT, month, volumes, index=table)
    calls = draft.charges("calls")[0]
    assert (calls.unit_price, calls.amount) == (D("2.0400"), D("19380.00"))  # 9500 x 2.00 x 1.02
    assert draft.charges("fee")[0].amount == D("1020.00")
    assert "revised 2028-01-01" in draft.revision.describe()


def test_missing_index_values_are_an_input_error() -> None:
    month = Month.parse("2028-01")
    volumes = parse_volumes(
        "period: 2028-01\nvolumes: {hotline: {calls: 1, fte: 3}}\n", "v.yaml", CONTRACT, month
    )
    with pytest.raises(InputError, match="--index"):
        build_invoice(CONTRACT, month, volumes)
    with pytest.raises(InputError, match="no Syntec value published"):
        build_invoice(CONTRACT, month, volumes, index=parse_index("values: {2028-05: '1'}", "s.yaml"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("values: {2027-13: '1'}", "expected a month"),
        ("values: {2027-11: 'abc'}", "index value"),
        ("values: {2027-11: '-3'}", "positive"),
        ("index: Syntec\n", "values:"),
    ],
)
def test_bad_index_files_are_located(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        parse_index(text, "syntec.yaml")
    assert caught.value.problems[0].location.file == "syntec.yaml"


def test_duplicate_month_in_csv_index_names_both_lines() -> None:
    with pytest.raises(InputError, match="already given at line 2") as caught:
        parse_index("month,value\n2027-11,300\n2027-11,301\n", "s.csv")
    assert caught.value.problems[0].location.line == 3


# -- the draft: credits, penalties, VAT ----------------------------------------------------------------------

MARCH = Month.parse("2027-03")
VOLUMES = """period: 2027-03
volumes: {hotline: {calls: 10500, fte: "2.5"}}
items: {setup: 1}
"""
CREDITS = """period: 2027-03
credits:
  - {level: sl_hotline, amount: "500.00"}
  - {milestone: go_live, amount: "300.00"}
"""


def march_draft() -> InvoiceDraft:
    volumes = parse_volumes(VOLUMES, "v.yaml", CONTRACT, MARCH)
    return build_invoice(CONTRACT, MARCH, volumes, parse_credits(CREDITS, "c.yaml", CONTRACT, MARCH))


def test_draft_with_credits_penalty_and_vat_to_the_cent() -> None:
    draft = march_draft()
    assert [(line.ref, line.role, str(line.amount), str(line.vat)) for line in draft.lines] == [
        ("calls", "tier", "20000.00", "4000.00"),
        ("calls", "tier", "750.00", "150.00"),
        ("staff", "unit", "10000.00", "2000.00"),
        ("staff", "minimum_commitment", "2000.00", "400.00"),
        ("fee", "fixed", "1000.00", "200.00"),
        ("setup", "one_off", "5000.00", "1000.00"),
        ("sl_hotline", "service_credit", "-500.00", "-100.00"),  # a price reduction: VAT goes down too
        ("go_live", "penalty", "-300.00", "0.00"),  # an indemnity: outside the scope of VAT
    ]
    assert (draft.total_excl_vat, draft.total_vat, draft.total_incl_vat) == (
        D("37950.00"),
        D("7650.00"),
        D("45600.00"),
    )
    assert draft.fees_by_service() == {"hotline": D("33750.00")}  # the one-off fee is not a monthly fee
    assert draft.vat_breakdown() == {D(0): (D("-300.00"), D("0.00")), D(20): (D("38250.00"), D("7650.00"))}


def test_every_line_states_its_source() -> None:
    draft = march_draft()
    calls = draft.lines[0]
    assert calls.measurement.startswith("units 1 to 10000 of 10500 (v.yaml:2:")
    assert calls.clause.endswith("costs.items[0].tiers[0].price")
    assert "contrat.yaml:" in calls.clause
    assert calls.formula == "10000 × 2.00 = 20000.00"
    top_up = draft.lines[3]
    assert "minimum commitment 3" in top_up.measurement and "measured 2.5" in top_up.measurement
    credit = draft.lines[6]
    assert credit.measurement.startswith("c.yaml:3:") and "service_levels.levels[0].penalty" in credit.clause


def test_one_off_fee_is_billed_only_in_the_month_that_lists_it() -> None:
    volumes = parse_volumes(
        "period: 2027-04\nvolumes: {hotline: {calls: 0, fte: 3}}\n",
        "v.yaml",
        CONTRACT,
        Month.parse("2027-04"),
    )
    draft = build_invoice(CONTRACT, Month.parse("2027-04"), volumes)
    assert not draft.charges("setup")
    assert draft.total_excl_vat == D("13000.00")  # 3 FTE + the monthly fee; no call


def test_credits_evaluated_from_measurements_use_the_draft_fees() -> None:
    measurements = parse_measurements('period: 2027-03\nlevels: {sl_hotline: "75%"}\n', "m.yaml", CONTRACT)
    volumes = parse_volumes(VOLUMES, "v.yaml", CONTRACT, MARCH)
    draft = draft_invoice(CONTRACT, MARCH, volumes, measurements=measurements)
    credit = [line for line in draft.lines if line.kind == "service_credit"]
    assert [(c.ref, c.amount) for c in credit] == [("sl_hotline", D("-1687.50"))]  # 5 % of 33 750.00
    with pytest.raises(InputError, match="not both"):
        draft_invoice(CONTRACT, MARCH, volumes, measurements=measurements, credits=[])


def test_credits_from_the_json_of_voute_evaluate() -> None:
    text = (
        '{"contract": "B-001", "period": "2027-03", "totals": {}, "credits": [{"level_id": "sl_hotline", '
        '"kind": "service_credit", "amount": "12.34", "steps": [{"code": "tier", "formula": "5% x f", '
        '"applied": true}]}], "milestones": [{"milestone_id": "go_live", "amount": "100.00", "due_in": '
        '"2027-04"}], "earn_back": [{"level_id": "sl_hotline", "amount": "7.00", "status": "returned"}]}'
    )
    found = parse_credits(text, "e.json", CONTRACT, MARCH)
    assert [(d.kind, d.ref, d.amount) for d in found] == [
        ("service_credit", "sl_hotline", D("12.34")),
        ("earn_back", "sl_hotline", D("7.00")),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("period: 2027-04\ncredits: []\n", "not for the month invoiced"),
        ("period: 2027-03\ncredits: [{level: nope, amount: '1'}]\n", "unknown service level 'nope'"),
        ("period: 2027-03\ncredits: [{level: sl_hotline, amount: '-1'}]\n", "positive amount"),
        ("period: 2027-03\ncredits: [{level: sl_hotline, amount: 'beaucoup'}]\n", "amount"),
        ("contract: X\nperiod: 2027-03\n", "for contract 'X'"),
    ],
)
def test_bad_credits_files_are_located(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        parse_credits(text, "c.yaml", CONTRACT, MARCH)
    assert caught.value.problems[0].location.line is not None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("period: 2027-03\nvolumes: {hotlin: {calls: 1}}\n", "did you mean hotline"),
        ("period: 2027-03\nvolumes: {hotline: {calls: -1}}\n", "negative"),
        ("period: 2027-03\nvolumes: {hotline: {calls: lots}}\n", "quantity"),
        ("period: 2027-03\nitems: {nope: 1}\n", "unknown price item"),
        ("period: 2027-03\nvolume: {}\n", "unknown key 'volume'"),
        ("period: 2027-02\nvolumes: {}\n", "no volumes for 2027-03"),
    ],
)
def test_bad_volumes_files_are_located(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_volumes(text, "v.yaml", CONTRACT, MARCH)


def test_missing_volume_and_month_before_the_term_are_input_errors() -> None:
    volumes = parse_volumes("period: 2027-03\nvolumes: {hotline: {fte: 3}}\n", "v.yaml", CONTRACT, MARCH)
    with pytest.raises(InputError, match="no volume for the price item 'calls'"):
        build_invoice(CONTRACT, MARCH, volumes)
    early = Month.parse("2026-12")
    with pytest.raises(InputError, match="before the contract starts"):
        build_invoice(CONTRACT, early, parse_volumes("period: 2026-12\n", "v.yaml", CONTRACT, early))


def test_several_months_in_one_volumes_file() -> None:
    text = (
        "periods:\n  - {period: 2027-02, volumes: {hotline: {calls: 1, fte: 3}}}\n"
        "  - {period: 2027-03, volumes: {hotline: {calls: 2, fte: 3}}}\n"
    )
    volumes = parse_volumes(text, "v.yaml", CONTRACT, MARCH)
    assert volumes.by_service["hotline"]["calls"].value == 2


def test_writers_give_the_same_lines() -> None:
    draft = march_draft()
    assert '"incl_vat": "45600.00"' in to_json(draft)
    rows = to_csv(draft).splitlines()
    assert len(rows) == len(draft.lines) + 1 and rows[0].startswith("line,item,kind")
    html = to_html(draft, "fr")
    assert "Projet de facture" in html and "45\u202f600,00 €" in html and "<script" not in html


# -- properties ----------------------------------------------------------------------------------------------

volumes_strategy = st.fixed_dictionaries(
    {
        "calls": st.integers(0, 40000),
        "fte": st.decimals(0, 20, places=1),
        "credit": st.decimals(0, 3000, places=2),
    }
)


@settings(max_examples=60, deadline=None)
@given(volumes_strategy, st.sampled_from(["2027-06", "2028-03", "2029-02"]))
def test_lines_add_up_to_the_totals(values: dict[str, object], month_text: str) -> None:
    month = Month.parse(month_text)
    text = f'period: {month}\nvolumes: {{hotline: {{calls: {values["calls"]}, fte: "{values["fte"]}"}}}}\n'
    credits = f'period: {month}\ncredits: [{{level: sl_hotline, amount: "{values["credit"]}"}}]\n'
    draft = build_invoice(
        CONTRACT,
        month,
        parse_volumes(text, "v.yaml", CONTRACT, month),
        parse_credits(credits, "c.yaml", CONTRACT, month),
        parse_index(SYNTEC, "s.yaml"),
    )
    assert draft.total_excl_vat == sum(line.amount for line in draft.lines)
    assert draft.total_vat == sum(line.vat for line in draft.lines)
    assert all(line.amount == line.amount.quantize(D("0.01")) for line in draft.lines)
    assert sum(c.quantity for c in draft.charges("calls")) == values["calls"]
    breakdown = draft.vat_breakdown()
    assert sum(base for base, _ in breakdown.values()) == draft.total_excl_vat


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 30000), st.sampled_from(["whole", "marginal"]))
def test_marginal_tiers_are_monotonic_and_quantities_add_up(volume: int, mode: str) -> None:
    item = tiered(mode)
    if (
        mode == "marginal"
    ):  # marginal tiers never make one more unit cheaper (whole tiers can: that is the point)
        assert total(price_item(item, 0, D(volume + 1))) >= total(price_item(item, 0, D(volume)))
    assert sum((c.quantity for c in price_item(item, 0, D(volume))), D(0)) == volume
