"""Score the GDPR art. 28(3) flags of `voute review` (issue 7) against hand gold files.

When a document sets processor terms, the review raises one flag REV-GDPR-28-3-<letter> for each stipulation
(a)-(h) of art. 28(3) it cannot find. A gold file (eval/review_gdpr_<kind>_gold.json) names documents as
"<set name>/<file name>", the set names of eval/review_calibrate.py, and says for each whether the document makes
one party a processor for the other and, when it does, which stipulations the document contains (in any wording):

    {"note": "...", "documents": {"french-public-3/x.md": {"sha256": "...", "processor_terms": true,
     "stipulations": {"a": true, "b": false, ..., "h": true}}}}

Scoring. The gate, on documents WITHOUT processor terms only (a document whose stipulations are all present raises
no flag, so "no flag" says nothing there): any GDPR-28-3 flag is a false alarm. Each letter, on documents WITH
processor terms: a flag while the gold says present is a false flag (counsel reads "your DPA misses this"), no
flag while the gold says absent is a missed flag (a silent gap); the two other cases are right.

Texts are found through the evaluation scripts' set tables, as eval/review_terms.py does; a document whose text is
absent or differs from the one the gold was written for (sha256) is skipped with a message. No contract text is
kept in the repository.

    python eval/review_gdpr.py [--gold FILE ...] [-q]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

from review_terms import count_table, found_documents, text_folders  # noqa: E402  (one way to find a gold document's text)

LETTERS = tuple("abcdefgh")
FLAG_PREFIX = "REV-GDPR-28-3-"
OUTCOMES = ("right", "false flag", "missed flag")


def flagged_letters(flag_ids: Iterable[str]) -> set[str]:
    """The art. 28(3) letters flagged as missing, read from the ids of a report's flags."""
    return {flag_id[len(FLAG_PREFIX) :].lower() for flag_id in flag_ids if flag_id.startswith(FLAG_PREFIX)}


def judge_letter(present: bool, flagged: bool) -> str:
    """'right', 'false flag' (flagged though present) or 'missed flag' (absent, not flagged) for one letter."""
    if flagged and present:
        return "false flag"
    if not flagged and not present:
        return "missed flag"
    return "right"


@dataclass
class Case:
    """One decision that is not right: a letter of a processor document, or the gate ("gate") of another."""

    document: str
    letter: str
    outcome: str


@dataclass
class Tally:
    """Counts per letter and for the gate over every scored document, and the cases that are not right."""

    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {letter: dict.fromkeys(OUTCOMES, 0) for letter in LETTERS}
    )
    gate_right: int = 0
    gate_false_alarms: int = 0
    processor_documents: int = 0
    processor_unflagged: int = 0  # processor documents raising no GDPR-28-3 flag at all (for the reader)
    cases: list[Case] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def scored(self) -> int:
        """Documents counted, with or without processor terms."""
        return self.processor_documents + self.gate_right + self.gate_false_alarms

    def add(self, document: str, flag_ids: Iterable[str], gold: Mapping[str, Any]) -> None:
        """Count one document from the ids of its report's flags and its gold entry."""
        flagged = flagged_letters(flag_ids)
        if not gold["processor_terms"]:
            if flagged:
                self.gate_false_alarms += 1
                letters = "".join(sorted(flagged))
                self.cases.append(Case(document, "gate", f"false alarm: no processor terms, flagged {letters}"))
            else:
                self.gate_right += 1
            return
        self.processor_documents += 1
        self.processor_unflagged += not flagged
        for letter in LETTERS:
            outcome = judge_letter(bool(gold["stipulations"][letter]), letter in flagged)
            self.counts[letter][outcome] += 1
            if outcome != "right":
                self.cases.append(Case(document, letter, outcome))


def gold_problem(gold: Mapping[str, Any]) -> str | None:
    """Why a gold entry cannot be scored, or None: processor documents need all eight letters."""
    if not isinstance(gold.get("processor_terms"), bool):
        return "gold lacks processor_terms"
    if gold["processor_terms"]:
        missing = [letter for letter in LETTERS if not isinstance(gold.get("stipulations", {}).get(letter), bool)]
        if missing:
            return f"gold lacks stipulation(s) {', '.join(missing)}"
    return None


def score_gold(documents: Mapping[str, Any], folders: Mapping[str, Path], tally: Tally) -> None:
    """Review every gold document found with the right sha256 and count its GDPR flags into `tally`."""
    from voute.review import review_document

    for key, path, expected in found_documents(documents, folders, tally.skipped):
        problem = gold_problem(expected)
        if problem is not None:
            tally.skipped.append(f"{key}: {problem}")
            continue
        tally.add(key, review_document(path).flag_ids(), expected)


def table_lines(tally: Tally) -> list[str]:
    """The per-letter table, the gate line and the overall accuracy."""
    rows = [(f"({letter})", tally.counts[letter]) for letter in LETTERS]
    outcomes = (("false flag", "false flags"), ("missed flag", "missed flags"))
    lines, right, total = count_table("letter", 7, rows, outcomes)
    letters_accuracy = f"{right / total:.3f}" if total else "-"
    lines.append(f"letters: {right}/{total} right, accuracy {letters_accuracy} ({tally.processor_documents} "
                 f"documents with processor terms, {tally.processor_unflagged} of them raising no GDPR-28-3 flag)")
    gate_total = tally.gate_right + tally.gate_false_alarms
    lines.append(f"gate: {tally.gate_right}/{gate_total} documents without processor terms raise no GDPR-28-3 flag "
                 f"({tally.gate_false_alarms} false alarms)")
    right, total = right + tally.gate_right, total + gate_total
    overall = f"{right / total:.3f}" if total else "-"
    lines.append(f"overall: {right}/{total} decisions right (letters and gate), accuracy {overall} "
                 f"({tally.scored} documents)")
    return lines


def case_lines(cases: Iterable[Case]) -> list[str]:
    """One line per decision that is not right."""
    return [f"{case.document} | {case.letter} | {case.outcome}" for case in cases]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold", type=Path, action="append", default=None,
        help="gold file (repeatable; default: every eval/review_gdpr_*_gold.json)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print the table only")
    args = parser.parse_args()
    golds: list[Path] = args.gold or sorted((ROOT / "eval").glob("review_gdpr_*_gold.json"))
    # The processing agreements found for this evaluation alone (eval/review_gdpr_new_gold.json), outside the repo.
    folders = {**text_folders(), "dpa-new": ROOT.parent / "dpa_new"}
    tally = Tally()
    for gold in golds:
        score_gold(json.loads(gold.read_text(encoding="utf-8"))["documents"], folders, tally)
    if not args.quiet:
        for message in tally.skipped:
            print(f"skipped {message}", file=sys.stderr)
    if not tally.scored:
        print("skipped: data absent (no gold document's text found)")
        return 0
    print("\n".join(table_lines(tally)))
    if not args.quiet and tally.cases:
        print("\nnot right:")
        print("\n".join(case_lines(tally.cases)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
