"""The comparison logic of eval/review_terms.py, on tiny made-up values (no contract text, no ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_fixtures import load_eval_script

# eval/ is not a package: the script is loaded by path (its top level imports the standard library only,
# and the other eval scripts it uses).
terms = load_eval_script("review_terms")


@pytest.mark.parametrize(
    ("value", "keywords", "expected"),
    [
        ("the fees paid in the 12 months preceding the claim", ["12 months", "fees"], True),
        ("the fees paid in the 6 months preceding the claim", ["12 months", "fees"], False),
        ("12 months of charges", ["12 months", "fees"], False),  # every keyword of the list is needed
        ("les sommes payées au cours des douze derniers mois", ["payees", "douze derniers mois"], True),  # accents
        ("Le Montant  TOTAL payé", ["montant total paye"], True),  # case and spaces
        ("100 %", ["100%"], True),  # a space before the percent sign
        ("15%", ["5%"], False),  # a keyword starts at a word start
        ("99.5%", ["5%"], False),
        ("5%", ["5%"], True),
        ("112 months of fees", ["12 months"], False),
        ("the fees", ["fee"], True),  # may end inside a word
    ],
)
def test_keyword_fields_need_every_keyword_of_one_list(value: str, keywords: list[str], expected: bool) -> None:
    assert terms.acceptable("liability_cap", value, [keywords]) is expected


def test_keyword_fields_accept_any_of_the_lists() -> None:
    gold = [["5%"], ["10%"]]
    assert terms.acceptable("penalty_rates", "10%", gold)
    assert not terms.acceptable("penalty_rates", "20%", gold)
    assert not terms.acceptable("penalty_rates", "anything", [[]])  # an empty keyword list accepts nothing


@pytest.mark.parametrize(
    ("value", "gold", "expected"),
    [
        ("36 months", ["36 months"], True),
        ("36  Months", ["36 months"], True),  # case and white space aside
        ("St\u00a0Etienne", ["st etienne"], True),  # a non-breaking space is white space
        ("3 months", ["36 months"], False),
        ("36 months", ["36 months", "3 years"], True),
        ("3 years", ["36 months", "3 years"], True),
        ("36 months of fees", ["36 months"], False),  # exact fields compare whole values, not contained words
    ],
)
def test_exact_fields_compare_normalised_values(value: str, gold: list[str], expected: bool) -> None:
    assert terms.acceptable("duration", value, gold) is expected


@pytest.mark.parametrize(
    ("shown", "gold", "expected"),
    [
        ([], [], "right"),
        (["30 days"], [], "spurious"),
        ([], ["1 month"], "missed"),
        (["1 month"], ["1 month"], "right"),
        (["8 days", "1 month"], ["1 month"], "wrong"),  # only the first shown value counts
        (["1 month", "8 days"], ["1 month"], "right"),
    ],
)
def test_judge_follows_the_first_value_rule(shown: list[str], gold: list[str], expected: str) -> None:
    assert terms.judge("notice_period", shown, gold) == expected


def test_judge_reads_keyword_gold_for_snippet_fields() -> None:
    assert terms.judge("liability_cap", ["fees paid in the 12 months"], [["12 months", "fees"]]) == "right"
    assert terms.judge("liability_cap", ["1000000 EUR"], [["12 months", "fees"]]) == "wrong"


def test_tally_counts_every_field_and_keeps_the_cases() -> None:
    tally = terms.Tally()
    gold = {name: [] for name in terms.FIELDS}
    gold["duration"] = ["1 year"]
    gold["liability_cap"] = [["12 months"]]
    tally.add("dev/x.md", {"duration": ["8 days"], "courts": ["Paris"]}, gold)
    counts = {name: {k: v for k, v in c.items() if v} for name, c in tally.counts.items()}
    assert counts["duration"] == {"wrong": 1}
    assert counts["liability_cap"] == {"missed": 1}
    assert counts["courts"] == {"spurious": 1}
    assert counts["governing_law"] == {"right": 1}
    assert [(case.name, case.outcome) for case in tally.cases] == [
        ("duration", "wrong"),
        ("liability_cap", "missed"),
        ("courts", "spurious"),
    ]
    table = terms.table_lines(tally)
    assert table[-1].startswith("overall: 6/9 document-fields right")


def test_locate_keeps_folders_inside_the_file_name(tmp_path: Path) -> None:
    folders = {"dev": tmp_path}
    assert terms.locate("dev/fr/x.md", folders) == tmp_path / "fr" / "x.md"
    assert terms.locate("unknown-set/x.md", folders) is None
    assert terms.locate("dev", folders) is None
