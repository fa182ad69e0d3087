"""Money: one rounding rule (half-up to the cent) and exact sharing of a pool in cents."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from voute.money import format_amount, percent_of, round_cents, share_cents

cents = st.integers(min_value=0, max_value=10_000_000).map(lambda c: Decimal(c) / 100)
weights = st.dictionaries(st.sampled_from("abcdefg"), cents, min_size=1, max_size=7)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [("0.005", "0.01"), ("0.004999", "0.00"), ("2.675", "2.68"), ("-0.305", "-0.31"), ("10", "10.00")],
)
def test_round_cents_is_half_up(amount: str, expected: str) -> None:
    assert round_cents(Decimal(amount)) == Decimal(expected)


def test_percent_of_is_exact() -> None:
    assert percent_of(Decimal("3"), Decimal("77245.00")) == Decimal("2317.35")
    assert percent_of(Decimal("12.5"), Decimal("0.01")) == Decimal("0.00125")


@pytest.mark.parametrize(("lang", "expected"), [("fr", "2\u202f317,35 €"), ("en", "EUR 2,317.35")])
def test_format_amount(lang: str, expected: str) -> None:
    assert format_amount(Decimal("2317.35"), lang) == expected


def test_share_cents_gives_the_pool_exactly_and_pro_rata() -> None:
    shares = share_cents(Decimal("120.00"), {"a": Decimal("100.00"), "b": Decimal("100.00"), "c": Decimal("100.00")})
    assert shares == {"a": Decimal("40.00"), "b": Decimal("40.00"), "c": Decimal("40.00")}
    # one cent left over: it goes to the larger weight
    assert share_cents(Decimal("0.10"), {"a": Decimal("0.10"), "b": Decimal("0.05")}) == {
        "a": Decimal("0.07"), "b": Decimal("0.03")}


def test_share_cents_refuses_fractions_of_a_cent() -> None:
    with pytest.raises(ValueError, match="whole cents"):
        share_cents(Decimal("1"), {"a": Decimal("0.005")})


@given(cents, weights)
def test_shares_never_exceed_their_weight_and_add_up_to_the_pool(total: Decimal, parts: dict[str, Decimal]) -> None:
    shares = share_cents(total, parts)
    assert all(shares[k] <= parts[k] for k in parts)
    assert sum(shares.values()) == min(total, sum(parts.values()))
    assert all(s == s.quantize(Decimal("0.01")) for s in shares.values())


@given(cents, weights, st.sampled_from("abcdefg"), cents)
def test_a_larger_weight_never_gets_a_smaller_share(total: Decimal, parts: dict[str, Decimal], key: str,
                                                    extra: Decimal) -> None:
    before = share_cents(total, parts).get(key, Decimal(0))
    grown = {**parts, key: parts.get(key, Decimal(0)) + extra}
    assert share_cents(total, grown)[key] >= before


@given(cents, weights)
def test_shares_do_not_depend_on_the_order_of_the_weights(total: Decimal, parts: dict[str, Decimal]) -> None:
    reversed_parts = dict(reversed(list(parts.items())))
    assert share_cents(total, parts) == share_cents(total, reversed_parts)
