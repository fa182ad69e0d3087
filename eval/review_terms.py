"""Score the key terms `voute review` extracts (issue 7) against hand gold files.

A gold file (eval/review_terms_<kind>_gold.json) names documents as "<set name>/<file name>", the set names of
eval/review_calibrate.py ("dev", "french-public-3", "english-public-7", "cuad-services-4"...), and gives for each
the sha256 of the saved text and, for each of the nine key-term fields, the list of acceptable values (empty: the
contract states no such term, the report should show nothing):

    {"note": "...", "documents": {"french-public-3/x.md": {"sha256": "...", "terms": {"duration": ["36 months"],
     "liability_cap": [["12 months", "fees"]], ...}}}}

For liability_cap and penalty_rates (text snippets) each acceptable value is a list of lower-case keywords that a
shown value must all contain; for the other fields a shown value must equal an acceptable one, case and spacing
aside. A document-field is right when the gold is empty and nothing is shown, or when the FIRST shown value is
acceptable (a user reads the first value first). The other cases: wrong (shown, first value not acceptable), missed
(gold not empty, nothing shown), spurious (gold empty, something shown).

Texts are found through the evaluation scripts' own set tables; a document whose text is absent or differs from the
one the gold was written for (sha256) is skipped with a message. No contract text is kept in the repository.

    python eval/review_terms.py [--gold FILE ...] [-q]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

FIELDS = (
    "duration",
    "notice_period",
    "renewal_mode",
    "liability_cap",
    "penalty_rates",
    "payment_terms",
    "governing_law",
    "courts",
    "breach_notification",
)
# Fields whose values are text snippets: the gold gives keyword lists, not exact values.
KEYWORD_FIELDS = frozenset({"liability_cap", "penalty_rates"})
OUTCOMES = ("right", "wrong", "missed", "spurious")


def normalise(value: str) -> str:
    """Lower case, runs of white space (including non-breaking spaces) made one space, ends trimmed."""
    return " ".join(value.lower().split())


def fold(value: str) -> str:
    """`normalise`, then accents dropped and no space before "%": how snippets and keywords are compared
    ("payées" and "payees", "100 %" and "100%" are the same words to a reader)."""
    decomposed = unicodedata.normalize("NFKD", normalise(value))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"(?<=\d) %", "%", plain)


def contains(snippet: str, keyword: str) -> bool:
    """Whether the folded `keyword` occurs in the folded `snippet` starting at a word start: "5%" is not in
    "15%" nor in "99.5%", "12 months" is not in "112 months"; it may end inside a word ("fee" is in "fees")."""
    pattern = r"(?<![\w.,])" + re.escape(fold(keyword)) if fold(keyword)[:1].isalnum() else re.escape(fold(keyword))
    return re.search(pattern, fold(snippet)) is not None


def acceptable(name: str, value: str, gold: Sequence[Any]) -> bool:
    """Whether one shown value of field `name` matches one of the gold's acceptable values.

    Snippet fields (KEYWORD_FIELDS): the value contains every keyword of one inner list. Other fields: the value
    equals an acceptable one, case and white space aside.
    """
    if name in KEYWORD_FIELDS:
        return any(keywords and all(contains(value, keyword) for keyword in keywords) for keywords in gold)
    return any(normalise(value) == normalise(expected) for expected in gold)


def judge(name: str, shown: Sequence[str], gold: Sequence[Any]) -> str:
    """'right', 'wrong', 'missed' or 'spurious' for one document-field: only the first shown value counts."""
    if not gold:
        return "spurious" if shown else "right"
    if not shown:
        return "missed"
    return "right" if acceptable(name, shown[0], gold) else "wrong"


@dataclass
class Case:
    """One document-field that is not right."""

    document: str
    name: str
    outcome: str
    shown: list[str]
    gold: list[Any]


@dataclass
class Tally:
    """Counts per field and outcome over every scored document, and the cases that are not right."""

    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {name: dict.fromkeys(OUTCOMES, 0) for name in FIELDS}
    )
    cases: list[Case] = field(default_factory=list)
    scored: int = 0
    skipped: list[str] = field(default_factory=list)

    def add(self, document: str, shown: Mapping[str, list[str]], gold: Mapping[str, list[Any]]) -> None:
        """Count one document: every field of FIELDS must be in its gold."""
        self.scored += 1
        for name in FIELDS:
            values = list(shown.get(name, []))
            outcome = judge(name, values, gold[name])
            self.counts[name][outcome] += 1
            if outcome != "right":
                self.cases.append(Case(document, name, outcome, values, list(gold[name])))


def text_folders() -> dict[str, Path]:
    """Set name -> folder of its saved texts, from eval/review_calibrate.py's table (itself built from
    the tables of review_french_public, review_english_public and review_services)."""
    import review_calibrate  # the evaluation scripts' own tables: a new set is declared once

    return {name: texts for name, _gold, texts in review_calibrate.SETS}


def locate(key: str, folders: Mapping[str, Path]) -> Path | None:
    """The saved text of "<set name>/<file name>" (the file name may hold a folder, as "fr/x.md" in dev)."""
    set_name, _, file_name = key.partition("/")
    folder = folders.get(set_name)
    return folder / file_name if folder is not None and file_name else None


def found_documents(
    documents: Mapping[str, Any], folders: Mapping[str, Path], skipped: list[str]
) -> Iterator[tuple[str, Path, Any]]:
    """(key, text path, gold) of every gold document whose text is here with the sha256 the gold was written for;
    the others are named in `skipped` with the reason."""
    for key, expected in documents.items():
        path = locate(key, folders)
        if path is None:
            skipped.append(f"{key}: unknown set")
        elif not path.is_file():
            skipped.append(f"{key}: text absent ({path})")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != expected.get("sha256"):
            skipped.append(f"{key}: differs from the text the gold was written for (sha256)")
        else:
            yield key, path, expected


def score_gold(documents: Mapping[str, Any], folders: Mapping[str, Path], tally: Tally) -> None:
    """Review every gold document found with the right sha256 and count its fields into `tally`."""
    from voute.review import review_document

    for key, path, expected in found_documents(documents, folders, tally.skipped):
        missing = [name for name in FIELDS if name not in expected["terms"]]
        if missing:
            tally.skipped.append(f"{key}: gold lacks {', '.join(missing)}")
            continue
        tally.add(key, review_document(path).key_terms, expected["terms"])


def count_table(
    title: str, width: int, rows: Iterable[tuple[str, Mapping[str, int]]], outcomes: Sequence[tuple[str, str]]
) -> tuple[list[str], int, int]:
    """A table of outcome counts per row (documents, right, each outcome, accuracy), and the right and total.

    `outcomes` are (count key, column heading) pairs; each column is as wide as its heading plus one.
    """
    lines = [f"{title:<{width}} {'docs':>5} {'right':>6} "
             + " ".join(f"{heading:>{len(heading) + 1}}" for _, heading in outcomes) + f" {'accuracy':>9}"]
    right = total = 0
    for name, counts in rows:
        documents = sum(counts.values())
        right, total = right + counts["right"], total + documents
        accuracy = f"{counts['right'] / documents:.3f}" if documents else "-"
        lines.append(f"{name:<{width}} {documents:>5} {counts['right']:>6} "
                     + " ".join(f"{counts[key]:>{len(heading) + 1}}" for key, heading in outcomes)
                     + f" {accuracy:>9}")
    return lines, right, total


def table_lines(tally: Tally) -> list[str]:
    """The per-field table and the overall accuracy."""
    rows = [(name, tally.counts[name]) for name in FIELDS]
    outcomes = (("wrong", "wrong"), ("missed", "missed"), ("spurious", "spurious"))
    lines, right, total = count_table("field", 20, rows, outcomes)
    overall = f"{right / total:.3f}" if total else "-"
    lines.append(f"overall: {right}/{total} document-fields right, accuracy {overall} ({tally.scored} documents)")
    return lines


def case_lines(cases: Iterable[Case]) -> list[str]:
    """One line per document-field that is not right."""
    return [
        f"{case.outcome:<8} {case.document} | {case.name} | shown {json.dumps(case.shown, ensure_ascii=False)} | "
        f"gold {json.dumps(case.gold, ensure_ascii=False)}"
        for case in cases
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold", type=Path, action="append", default=None,
        help="gold file (repeatable; default: every eval/review_terms_*_gold.json)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print the table only")
    args = parser.parse_args()
    golds: list[Path] = args.gold or sorted((ROOT / "eval").glob("review_terms_*_gold.json"))
    folders = text_folders()
    tally = Tally()
    for gold in golds:
        score_gold(json.loads(gold.read_text(encoding="utf-8"))["documents"], folders, tally)
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
