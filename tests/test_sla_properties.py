"""Properties of credits (Hypothesis): within every cap, monotonic, exact to the cent, order-independent."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sla_builders import contract, level, month_inputs
from voute.sla import Month, evaluate

CENT = Decimal("0.01")
PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

levels_values = st.decimals(min_value=0, max_value=100, places=1)
fees = st.integers(min_value=1, max_value=50_000_000).map(lambda c: Decimal(c) / 100)
percents = st.integers(min_value=1, max_value=300).map(lambda p: Decimal(p) / 10)


@st.composite
def clauses(draw: st.DrawFn) -> dict[str, Any]:
    """A penalty clause: some tiers, maybe per point and a fixed amount, caps as percentages or amounts."""
    thresholds = sorted(draw(st.sets(st.integers(50, 99), min_size=1, max_size=3)), reverse=True)
    credits = sorted(draw(st.lists(percents, min_size=len(thresholds), max_size=len(thresholds))))
    clause: dict[str, Any] = {"tiers": [{"threshold": f"{t}%", "credit": f"{c}%"} for t, c in
                                        zip(thresholds, credits, strict=True)]}
    if draw(st.booleans()):
        clause["per_point"] = f"{draw(percents)}%"
    if draw(st.booleans()):
        clause["fixed_amount"] = str(draw(fees))
    for cap in ("cap_per_period", "cap_per_year", "cap_overall"):
        kind = draw(st.sampled_from(["none", "percent", "amount"]))
        if kind == "percent":
            clause[cap] = f"{draw(percents)}%"
        elif kind == "amount":
            clause[cap] = f"{draw(fees)} EUR"
    return clause


def cap_limit(text: str | None, basis: Decimal) -> Decimal | None:
    if text is None:
        return None
    if text.endswith("%"):
        return (Decimal(text[:-1]) * basis / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    return Decimal(text.split()[0]).quantize(CENT, rounding=ROUND_HALF_UP)


@PROPS
@given(clauses(), st.lists(st.tuples(levels_values, fees), min_size=1, max_size=14), st.sampled_from([None, "8%"]))
def test_credits_never_exceed_any_cap(clause: dict[str, Any], months: list[tuple[Decimal, Decimal]],
                                      at_risk: str | None) -> None:
    c = contract([level(**clause)], at_risk=at_risk)
    inputs = [month_inputs(str(Month(2027, 1).shift(i)), {"sl": v}, fee=str(f)) for i, (v, f) in enumerate(months)]
    charged: list[Decimal] = []
    for index, current in enumerate(inputs):
        result = evaluate(c, inputs, current.month)
        amount = result.total_credits
        charged.append(amount)
        fee = months[index][1]
        period_cap = cap_limit(clause.get("cap_per_period"), fee)
        assert period_cap is None or amount <= period_cap
        window = slice(max(0, index - 11), index + 1)
        year_cap = cap_limit(clause.get("cap_per_year"), sum((f for _, f in months[window]), Decimal(0)))
        # The 12-month cap is rolling: a month may charge only what the cap of the 12 months ending with it
        # leaves after the 11 months before. (An earlier charge that was within its own window's cap stays
        # charged when the window slides past higher fees; it is not taken back.)
        earlier = sum(charged[window.start : index], Decimal(0))
        assert year_cap is None or amount <= max(Decimal(0), year_cap - earlier)
        overall_cap = cap_limit(clause.get("cap_overall"), sum((f for _, f in months[: index + 1]), Decimal(0)))
        assert overall_cap is None or sum(charged) <= overall_cap
        if at_risk is not None:
            assert amount <= (fee * 8 / 100).quantize(CENT, rounding=ROUND_HALF_UP)


@PROPS
@given(clauses(), levels_values, levels_values, fees, levels_values)
def test_a_worse_value_never_costs_less(clause: dict[str, Any], first: Decimal, second: Decimal, fee: Decimal,
                                        other: Decimal) -> None:
    # two levels share a tight pool, so that the pro-rata sharing is exercised too
    c = contract([level("a", **clause), level("b", **clause)], at_risk="3%")
    better, worse = max(first, second), min(first, second)
    run = lambda v: evaluate(c, [month_inputs("2027-03", {"a": v, "b": other}, fee=str(fee))],  # noqa: E731
                             Month(2027, 3))
    good, bad = run(better), run(worse)
    amount = lambda r: sum((line.amount for line in r.credits if line.level_id == "a"), Decimal(0))  # noqa: E731
    assert amount(bad) >= amount(good)
    assert bad.total_credits >= good.total_credits


@PROPS
@given(st.lists(st.tuples(st.integers(50, 99), percents), min_size=1, max_size=4, unique_by=lambda t: t[0]),
       levels_values, fees)
def test_credits_are_exact_to_the_cent(tiers: list[tuple[int, Decimal]], value: Decimal, fee: Decimal) -> None:
    clause = {"tiers": [{"threshold": f"{t}%", "credit": f"{p}%"} for t, p in tiers]}
    c = contract([level(target="99%", **clause)])
    result = evaluate(c, [month_inputs("2027-03", {"sl": value}, fee=str(fee))], Month(2027, 3))
    reached = [(t, p) for t, p in tiers if value < t and value < 99]
    expected = Fraction(0)
    if reached:
        _, percent = min(reached)
        expected = Fraction(percent) * Fraction(fee) / 100
    cents = (expected * 100).numerator * 2 // (expected * 100).denominator  # twice the cents, floored
    expected_cents = (cents + 1) // 2  # half-up, computed without Decimal
    assert result.total_credits == Decimal(expected_cents) / 100


@PROPS
@given(clauses(), st.lists(levels_values, min_size=2, max_size=8), st.randoms(use_true_random=False))
def test_evaluation_does_not_depend_on_the_order_of_the_months(clause: dict[str, Any], values: list[Decimal],
                                                              rng: Any) -> None:
    clause["earn_back"] = {"periods": 2}
    c = contract([level(chronic_breach={"consecutive": 2}, **clause)], at_risk="10%")
    inputs = [month_inputs(str(Month(2027, 1).shift(i)), {"sl": v}, fee="1234.56") for i, v in enumerate(values)]
    shuffled = list(inputs)
    rng.shuffle(shuffled)
    last = inputs[-1].month
    assert evaluate(c, shuffled, last).to_dict() == evaluate(c, inputs, last).to_dict()
