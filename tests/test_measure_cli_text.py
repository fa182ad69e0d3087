"""How `voute measure` names a bucket in its text table."""

from __future__ import annotations

from datetime import date

import pytest

from voute.cli.measure import _bucket_label


@pytest.mark.parametrize(
    ("first", "end", "label"),
    [
        (date(2027, 3, 1), date(2027, 4, 1), "2027-03"),
        (date(2027, 12, 1), date(2028, 1, 1), "2027-12"),
        (date(2027, 3, 15), date(2027, 3, 16), "2027-03-15"),
        (date(2027, 3, 8), date(2027, 3, 15), "2027-W10"),
        (date(2021, 1, 1), date(2021, 1, 4), "2021-01-01..2021-01-03"),  # a week clipped by the period
        (date(2027, 1, 1), date(2027, 4, 1), "2027-01-01..2027-03-31"),  # not one month
    ],
)
def test_bucket_label(first: date, end: date, label: str) -> None:
    assert _bucket_label(first, end) == label
