"""The counting logic of eval/review_gdpr.py, on tiny made-up gold entries and flag ids (no contract, no ../shared)."""

from __future__ import annotations

import pytest

from review_fixtures import load_eval_script

# eval/ is not a package: the script is loaded by path (its top level imports the standard library only,
# and the other eval scripts it uses).
gdpr = load_eval_script("review_gdpr")


def _gold(absent: str = "") -> dict[str, object]:
    """A processor document whose stipulations are all present but the letters in `absent`."""
    stipulations = {letter: letter not in absent for letter in "abcdefgh"}
    return {"sha256": "0", "processor_terms": True, "stipulations": stipulations}


NO_PROCESSOR = {"sha256": "0", "processor_terms": False, "stipulations": {}}


def test_flagged_letters_reads_only_the_gdpr_28_3_flags() -> None:
    ids = ["REV-GDPR-28-3-A", "REV-GDPR-28-3-H", "REV-BREACH-NOTICE-OVER-72H", "REV-MISSING-EXIT"]
    assert gdpr.flagged_letters(ids) == {"a", "h"}
    assert gdpr.flagged_letters([]) == set()


@pytest.mark.parametrize(
    ("present", "flagged", "expected"),
    [
        (True, False, "right"),
        (False, True, "right"),
        (True, True, "false flag"),
        (False, False, "missed flag"),
    ],
)
def test_judge_letter(present: bool, flagged: bool, expected: str) -> None:
    assert gdpr.judge_letter(present, flagged) == expected


def test_processor_document_counts_each_letter() -> None:
    tally = gdpr.Tally()
    # (b) and (e) absent; the tool flags (b) (right), (c) (false flag) and misses (e) (missed flag).
    tally.add("set/doc.md", ["REV-GDPR-28-3-B", "REV-GDPR-28-3-C"], _gold(absent="be"))
    assert tally.counts["b"] == {"right": 1, "false flag": 0, "missed flag": 0}
    assert tally.counts["c"] == {"right": 0, "false flag": 1, "missed flag": 0}
    assert tally.counts["e"] == {"right": 0, "false flag": 0, "missed flag": 1}
    assert sum(counts["right"] for counts in tally.counts.values()) == 6
    assert [(case.letter, case.outcome) for case in tally.cases] == [("c", "false flag"), ("e", "missed flag")]
    assert (tally.processor_documents, tally.processor_unflagged, tally.scored) == (1, 0, 1)


def test_processor_document_without_any_flag_misses_every_absent_letter() -> None:
    tally = gdpr.Tally()
    tally.add("set/doc.md", [], _gold(absent="dh"))
    assert [case.letter for case in tally.cases] == ["d", "h"]
    assert tally.processor_unflagged == 1


def test_gate_counts_only_documents_without_processor_terms() -> None:
    tally = gdpr.Tally()
    tally.add("set/clean.md", ["REV-MISSING-EXIT"], NO_PROCESSOR)  # another flag is no false alarm
    tally.add("set/alarm.md", ["REV-GDPR-28-3-G", "REV-GDPR-28-3-A"], NO_PROCESSOR)
    assert (tally.gate_right, tally.gate_false_alarms) == (1, 1)
    assert all(sum(counts.values()) == 0 for counts in tally.counts.values())  # no letter scored
    assert [(case.document, case.letter) for case in tally.cases] == [("set/alarm.md", "gate")]
    assert "ag" in tally.cases[0].outcome


def test_table_figures() -> None:
    tally = gdpr.Tally()
    tally.add("set/one.md", ["REV-GDPR-28-3-C"], _gold(absent="e"))  # c false flag, e missed: 6/8 right
    tally.add("set/two.md", [], NO_PROCESSOR)  # gate right
    lines = gdpr.table_lines(tally)
    assert lines[3].split() == ["(c)", "1", "0", "1", "0", "0.000"]
    assert lines[5].split() == ["(e)", "1", "0", "0", "1", "0.000"]
    assert lines[9].startswith("letters: 6/8 right, accuracy 0.750")
    assert lines[10].startswith("gate: 1/1 ")
    assert lines[11].startswith("overall: 7/9 decisions right")


@pytest.mark.parametrize(
    ("gold", "problem"),
    [
        (_gold(), None),
        (NO_PROCESSOR, None),
        ({"sha256": "0", "stipulations": {}}, "gold lacks processor_terms"),
        ({"sha256": "0", "processor_terms": True, "stipulations": {"a": True}}, "gold lacks stipulation(s) b, c"),
    ],
)
def test_gold_problem(gold: dict[str, object], problem: str | None) -> None:
    found = gdpr.gold_problem(gold)
    assert found == problem if problem is None else found is not None and found.startswith(problem)
