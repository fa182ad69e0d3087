"""Service levels applied: worked examples (Accord Project service-level template, CCAG, earn-back, pool)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from sla_builders import contract, level, month_inputs
from voute.errors import InputError
from voute.sla import ExclusionEvent, Month, Status, evaluate

M = Month.parse


def accord(tier2: str = "3%", cap_month: str = "10%", cap_year: str = "10%"):
    """The Accord Project servicelevelagreement clause: tiers 99.8% -> 2%, 98% -> tier2, caps 10% / 10%."""
    tiers = [{"threshold": "99.8%", "credit": "2%"}, {"threshold": "98%", "credit": tier2}]
    return contract([level(target="99.8%", tiers=tiers, cap_per_period=cap_month, cap_per_year=cap_year)])


@pytest.mark.parametrize(
    ("service_level", "tier2", "expected"),
    [
        ("100", "3%", "0.00"),  # met: no credit
        ("99.8", "3%", "0.00"),  # exactly the target is met (SL < availability is strict)
        ("99.7", "3%", "0.20"),  # tier 1: 2% of 10
        ("97", "3%", "0.30"),  # worst tier reached wins, tiers do not add up
        ("97", "11%", "1.00"),  # monthly cap 10% of 10
    ],
)
def test_accord_service_level_template_cases(service_level: str, tier2: str, expected: str) -> None:
    result = evaluate(accord(tier2), [month_inputs("2027-03", {"sl": service_level})], M("2027-03"))
    assert result.total_credits == Decimal(expected)


def test_accord_annual_cap_case_from_credited_history() -> None:
    # last 11 months: charge 110 in total and 11.01 already credited; cap 10% x (110 + 10) - 11.01 = 0.99
    amounts = [Decimal("1.00")] * 10 + [Decimal("1.01")]
    history = [month_inputs(str(M("2026-04").shift(i)), {}, credited={"sl": a}) for i, a in enumerate(amounts)]
    result = evaluate(accord("11%"), [*history, month_inputs("2027-03", {"sl": "97"})], M("2027-03"))
    assert result.total_credits == Decimal("0.99")
    line = result.credits[0]
    year = next(s for s in line.steps if s.code == "cap_year")
    assert year.applied and "12.00" not in year.formula and "11.01" in year.formula


def test_accord_negative_service_level_is_refused_with_its_place() -> None:
    from voute.sla import parse_measurements

    text = "period: 2027-03\nfees: {svc: 10}\nlevels:\n  sl: \"-10%\"\n"
    with pytest.raises(InputError) as error:
        parse_measurements(text, "mars.yaml", accord())
    assert "mars.yaml:4" in str(error.value) and "at least 0%" in str(error.value)


def test_tiers_for_a_ceiling_kpi_use_the_highest_threshold_reached() -> None:
    tiers = [{"threshold": "5%", "credit": "2%"}, {"threshold": "8%", "credit": "4%"}]
    c = contract([level("ab", kpi="abandon_rate", target="5%", tiers=tiers)])
    run = lambda v: evaluate(c, [month_inputs("2027-03", {"ab": v}, fee="1000")], M("2027-03")).total_credits  # noqa: E731
    assert (run("5"), run("5.1"), run("8"), run("9.5")) == (Decimal("0.00"), Decimal("20.00"), Decimal("20.00"),
                                                             Decimal("40.00"))


def test_per_point_credit_is_proportional_to_the_exact_shortfall() -> None:
    c = contract([level("res", target="85%", per_point="0.5%", cap_per_period="5%")])
    result = evaluate(c, [month_inputs("2027-03", {"res": "81.2"}, fee="34800")], M("2027-03"))
    # 3.8 points x 0.5% x 34 800 = 661.20
    assert result.total_credits == Decimal("661.20")
    assert "3.8% × 0.5% × 34800.00" in result.credits[0].steps[0].formula


def test_fixed_amount_is_capped_by_a_percentage_of_the_fee() -> None:
    c = contract([level("q", target="30%", kind="penalty", fixed_amount="500", cap_per_period="5%")])
    result = evaluate(c, [month_inputs("2027-03", {"q": "27.5"}, fee="4560")], M("2027-03"))
    line = result.credits[0]
    assert line.amount == Decimal("228.00") and line.kind == "penalty"
    assert [n.code for n in line.notes] == ["formal_notice"]  # clause pénale: due after a mise en demeure


def test_rounding_happens_once_half_up_after_the_caps() -> None:
    c = contract([level(target="80%", tiers=[{"threshold": "80%", "credit": "3%"}])])
    result = evaluate(c, [month_inputs("2027-03", {"sl": "70"}, fee="0.50")], M("2027-03"))
    line = result.credits[0]
    assert line.computed == Decimal("0.015") and line.amount == Decimal("0.02")


def test_at_risk_pool_reduces_every_credit_pro_rata_to_the_pool_exactly() -> None:
    tiers = [{"threshold": "80%", "credit": "10%"}]
    c = contract([level("a", tiers=tiers), level("b", tiers=tiers), level("c", tiers=tiers, target="90%")],
                 at_risk="12%")
    result = evaluate(c, [month_inputs("2027-03", {"a": "70", "b": "70", "c": "70"}, fee="1000")], M("2027-03"))
    assert result.pool is not None and result.pool.applied
    assert result.pool.pool == Decimal("120.00") and result.pool.requested == Decimal("300.00")
    assert result.total_credits == Decimal("120.00")
    assert sorted(line.amount for line in result.credits) == [Decimal("40.00")] * 3


def test_annual_cap_is_rolling_over_twelve_months_of_recomputed_history() -> None:
    c = contract([level(tiers=[{"threshold": "80%", "credit": "5%"}], cap_per_year="12%")])
    months = [month_inputs(str(M("2027-01").shift(i)), {"sl": "70"}, fee="1000") for i in range(14)]
    credits = {str(m.month): evaluate(c, months, m.month).total_credits for m in months}
    # 12% x 12 000 = 1 440 a year: 50 a month for 12 months would be 600, never capped
    assert set(credits.values()) == {Decimal("50.00")}
    tight = contract([level(tiers=[{"threshold": "80%", "credit": "5%"}], cap_per_year="1%")])
    amounts = [evaluate(tight, months, m.month).total_credits for m in months]
    # 1% of the rolling fees: 10, then 10 more per month, minus what the previous 11 months already cost
    assert sum(amounts[:12]) <= Decimal("120.00")
    for end in range(12, 14):
        assert sum(amounts[end - 11:end + 1]) <= Decimal("120.00")


def test_overall_cap_counts_everything_already_charged() -> None:
    c = contract([level(tiers=[{"threshold": "80%", "credit": "5%"}], cap_overall="120 EUR")])
    months = [month_inputs(str(M("2027-01").shift(i)), {"sl": "70"}, fee="1000") for i in range(4)]
    amounts = [evaluate(c, months, m.month).total_credits for m in months]
    assert amounts == [Decimal("50.00"), Decimal("50.00"), Decimal("20.00"), Decimal("0.00")]


def earn_back_contract(condition: str = "target_met_each_period"):
    return contract([level(tiers=[{"threshold": "80%", "credit": "5%"}],
                           earn_back={"periods": 2, "condition": condition})])


def test_earn_back_returns_the_credit_after_two_months_on_target() -> None:
    months = [month_inputs("2027-01", {"sl": "75"}, fee="1000"), month_inputs("2027-02", {"sl": "82"}, fee="1000"),
              month_inputs("2027-03", {"sl": "80"}, fee="1000")]
    feb = evaluate(earn_back_contract(), months, M("2027-02"))
    assert [(e.origin, e.status) for e in feb.earn_backs] == [(M("2027-01"), "pending")]
    march = evaluate(earn_back_contract(), months, M("2027-03"))
    assert [(e.origin, e.status, e.amount) for e in march.earn_backs] == [(M("2027-01"), "returned", Decimal("50.00"))]
    assert march.total_earned_back == Decimal("50.00") and march.net_deduction == Decimal("-50.00")


def test_earn_back_is_forfeited_at_the_first_miss_and_skips_excluded_months() -> None:
    fm = ExclusionEvent("force_majeure", date(2027, 2, 3), date(2027, 2, 4))
    c = contract([level(tiers=[{"threshold": "80%", "credit": "5%"}], exclusions=["force_majeure"],
                        earn_back={"periods": 2, "condition": "target_met_each_period"})])
    months = [month_inputs("2027-01", {"sl": "75"}, fee="1000"),
              month_inputs("2027-02", {"sl": "60"}, fee="1000", events=(fm,)),
              month_inputs("2027-03", {"sl": "85"}, fee="1000"), month_inputs("2027-04", {"sl": "79"}, fee="1000")]
    march = evaluate(c, months, M("2027-03"))
    assert march.attainments[0].status is Status.met
    assert [(e.status, e.judged) for e in march.earn_backs] == [("pending", (M("2027-03"),))]
    april = evaluate(c, months, M("2027-04"))
    assert [(e.origin, e.status) for e in april.earn_backs if e.decided_in == M("2027-04")] == [
        (M("2027-01"), "forfeited")]


def test_earn_back_on_the_average_of_the_following_months() -> None:
    months = [month_inputs("2027-01", {"sl": "75"}, fee="1000"), month_inputs("2027-02", {"sl": "79"}, fee="1000"),
              month_inputs("2027-03", {"sl": "81"}, fee="1000")]
    march = evaluate(earn_back_contract("average_meets_target"), months, M("2027-03"))
    returned = [e for e in march.earn_backs if e.status == "returned"]
    assert [(e.origin, e.amount) for e in returned] == [(M("2027-01"), Decimal("50.00"))]


@pytest.mark.parametrize(
    ("rule", "values", "flagged"),
    [
        ({"consecutive": 3}, ["70", "70", "70"], True),
        ({"consecutive": 3}, ["70", "85", "70", "70"], False),
        ({"consecutive": 3}, ["70", None, "70", "70"], False),  # a month not measured breaks the run
        ({"count": 4, "within": 12}, ["70", "85", "70", "85", "70", "70"], True),
        ({"count": 4, "within": 12}, ["70", "85", "70", "85", "70"], False),
    ],
)
def test_chronic_breach_opens_a_termination_right(rule: dict[str, int], values: list[str | None],
                                                  flagged: bool) -> None:
    c = contract([level(tiers=[{"threshold": "80%", "credit": "1%"}], chronic_breach=rule)])
    months = [month_inputs(str(M("2027-01").shift(i)), {"sl": v}) for i, v in enumerate(values)]
    result = evaluate(c, months, months[-1].month)
    assert bool(result.chronic_breaches) is flagged
    if flagged:
        assert result.chronic_breaches[0].termination_right


def test_force_majeure_excludes_only_the_levels_that_list_it() -> None:
    tiers = [{"threshold": "80%", "credit": "5%"}]
    c = contract([level("a", tiers=tiers, exclusions=["force_majeure"]), level("b", tiers=tiers)])
    fm = ExclusionEvent("force_majeure", date(2027, 2, 27), date(2027, 3, 2), "panne")
    result = evaluate(c, [month_inputs("2027-03", {"a": "60", "b": "60"}, events=(fm,))], M("2027-03"))
    assert [a.status for a in result.attainments] == [Status.excluded, Status.missed]
    assert [line.level_id for line in result.credits] == ["b"]


@pytest.mark.parametrize(("calls", "excluded"), [(11500, False), (11501, True)])
def test_volume_above_forecast_plus_tolerance_excludes_the_level(calls: int, excluded: bool) -> None:
    c = contract([level(tiers=[{"threshold": "80%", "credit": "5%"}], exclusions=["volume_above_forecast"])],
                 forecast=[{"period": "month", "volume": 10000, "unit": "calls", "tolerance": "15%"}])
    result = evaluate(c, [month_inputs("2027-03", {"sl": "60"}, volumes={"svc": {"calls": calls}})], M("2027-03"))
    assert (result.attainments[0].status is Status.excluded) is excluded


def test_a_missing_fee_is_reported_at_the_month_block() -> None:
    from voute.sla import parse_measurements

    c = contract([level(tiers=[{"threshold": "80%", "credit": "5%"}])])
    months = parse_measurements("period: 2027-03\nlevels: {sl: \"70%\"}\n", "mars.yaml", c)
    with pytest.raises(InputError, match="no fee for service 'svc' in 2027-03"):
        evaluate(c, months, M("2027-03"))


def test_measurements_file_problems_are_all_located() -> None:
    from voute.sla import parse_measurements

    c = contract([level()])
    text = "period: 2027-03\nfees: {svx: 10}\nlevels:\n  sl: 78.4\n  sll: \"70%\"\nextra: 1\n"
    with pytest.raises(InputError) as error:
        parse_measurements(text, "mars.yaml", c)
    messages = [str(p) for p in error.value.problems]
    assert any("mars.yaml:2" in m and "unknown service 'svx'" in m for m in messages)
    assert any("mars.yaml:4" in m and "with their sign" in m for m in messages)
    assert any("did you mean sl" in m for m in messages)
    assert any("unknown key 'extra'" in m for m in messages)


def test_the_same_month_given_twice_is_refused() -> None:
    c = contract([level()])
    with pytest.raises(InputError, match="given twice"):
        evaluate(c, [month_inputs("2027-03", {}), month_inputs("2027-03", {})], M("2027-03"))


def test_months_given_in_any_order_give_the_same_evaluation() -> None:
    c = contract([level(tiers=[{"threshold": "80%", "credit": "5%"}], cap_per_year="8%",
                        earn_back={"periods": 1}, chronic_breach={"count": 2, "within": 3})])
    months = [month_inputs(str(M("2027-01").shift(i)), {"sl": v}, fee="1000") for i, v in enumerate(["70", "90", "60"])]
    forward = evaluate(c, months, M("2027-03")).to_dict()
    assert evaluate(c, list(reversed(months)), M("2027-03")).to_dict() == forward


# Milestones ---------------------------------------------------------------------------------------------------


def milestone(formula: str, due: str = "2027-02-01", **clause: str) -> dict[str, object]:
    return {"id": "go_live", "name": "Ouverture", "due": due, "deliverable": "PV", "delay_penalty":
            {"formula": formula, **clause}}


def milestone_result(ms: dict[str, object], delivered: date | None, month: str = "2027-03", **kw: object):
    c = contract([level()], milestones=[ms])
    extra = {} if delivered is None else {"deliveries": {"go_live": delivered}}
    result = evaluate(c, [month_inputs(month, {}, **extra)], M(month), **kw)  # type: ignore[arg-type]
    return result.milestones[0]


def test_ccag_formula_p_equals_v_times_r_over_1000() -> None:
    # CCAG-FCS: V = 50 000, 12 days late -> 600; alone in the contract it stays under the 1 000 exemption
    ms = milestone("ccag", basis_value="50000", exemption_threshold="0")
    found = milestone_result(ms, date(2027, 2, 13))
    assert found.days_late == 12 and found.amount == Decimal("600.00")
    assert "50000.00 × 12 / 1000" in found.steps[0].formula
    exempt = milestone_result(milestone("ccag", basis_value="50000"), date(2027, 2, 13))
    assert exempt.amount == Decimal("0.00") and [n.code for n in exempt.notes] == ["exempt"]


def test_ccag_is_capped_at_ten_percent_of_v_by_default() -> None:
    found = milestone_result(milestone("ccag", basis_value="50000"), date(2027, 6, 1), month="2027-06")
    assert found.days_late == 120 and found.amount == Decimal("5000.00")  # 6 000 capped at 10% of V
    assert any(s.code == "cap_milestone" and s.applied for s in found.steps)


def test_ccag_pi_divisor_and_open_delay_counted_to_the_month_end() -> None:
    found = milestone_result(milestone("ccag", basis_value="30000", rate="3000", exemption_threshold="0"), None)
    # not delivered: 1 Feb -> 31 Mar is 58 days; 30 000 x 58 / 3000 = 580, accruing
    assert (found.status, found.days_late, found.amount, found.due_in) == ("late_open", 58, Decimal("580.00"), None)


@pytest.mark.parametrize(("delivered", "units", "amount"), [(date(2027, 2, 1), 0, "0.00"),
                                                             (date(2027, 2, 8), 1, "250.00"),
                                                             (date(2027, 2, 9), 2, "500.00")])
def test_weekly_penalty_counts_every_week_started(delivered: date, units: int, amount: str) -> None:
    found = milestone_result(milestone("per_day_amount", rate="250", unit="week"), delivered, month="2027-02")
    assert (found.units, found.amount) == (units, Decimal(amount))


def test_percent_per_day_penalty_is_due_in_the_delivery_month() -> None:
    found = milestone_result(milestone("per_day_percent", rate="0.1", basis_value="12345.67", cap="5%"),
                             date(2027, 3, 4))
    # 0.1% x 12 345.67 x 31 days = 382.71577 -> 382.72
    assert (found.amount, found.due_in) == (Decimal("382.72"), M("2027-03"))
