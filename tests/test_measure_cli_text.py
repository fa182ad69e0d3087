"""How `voute measure` names a bucket in its text table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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


def test_the_text_report_speaks_the_language_asked(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from voute.cli import build_app

    calls = tmp_path / "calls.csv"
    calls.write_text(
        "id,service,arrival,queue_entry,answer,end,abandon,outcome\n"
        "1,accueil,2027-03-01 09:00:00,2027-03-01 09:00:05,2027-03-01 09:00:15,2027-03-01 09:03:00,,answered\n"
        "2,accueil,2027-03-01 09:01:00,2027-03-01 09:01:05,,,2027-03-01 09:02:05,abandoned\n",
        encoding="utf-8",
    )
    args = ["measure", "--records", str(calls), "--format", "canonical-calls", "--period", "2027-03"]
    french = CliRunner().invoke(build_app("measure"), args, env={"COLUMNS": "200"})
    english = CliRunner().invoke(build_app("measure"), [*args, "--lang", "en"], env={"COLUMNS": "200"})
    assert french.exit_code == 0 and english.exit_code == 0, french.output + english.output
    assert "enregistrements : 2 lus, 2 retenus" in french.output
    assert "abandons dans le délai comptés comme servis" in french.output and "50,00 %" in french.output
    assert "records: 2 read, 2 used" in english.output and "abandons_within_threshold_as_met" in english.output
