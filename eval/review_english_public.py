"""Evaluate `voute review` on real English service contracts it was not written from (issue 7).

Eight contracts found in public repositories (two hosting SLAs, a small IT support agreement, a managed IT services
agreement, a managed website/IT SLA, a freelance website development agreement, plain-language SaaS base terms and a
SaaS company's data processing addendum) were saved as text outside the repository;
eval/review_english_public_gold.json holds, for each, its origin (repo, path, commit), the sha256 of the saved text
and a hand gold for the 21 labels of review-labels.md (present or not, and character offsets of the best evidence),
written before the tool was run on them. No contract text is kept in the repository.

Prints per-label document-level precision, recall and F1 (the conventions of eval/review_dev.py), the macro-F1, the
share of gold evidence spans overlapped by a predicted evidence passage of the same label, and every wrong decision:
a miss with the gold offsets, a false alarm with the offsets of the tool's best evidence.

Set 2 (`--set 2`, issue 7, second round) is a fresh set of five other real documents (a Swiss support-services
framework agreement and its data processing annex, a managed-Kubernetes SLA and the same provider's general terms, a
Swedish SaaS user agreement), gold in eval/review_english_public2_gold.json, texts by default in /work/en_heldout2.

Set 3 (`--set 3`, issue 7, third round) is a fresh set of six other real documents (a database host's enterprise SLA,
an IoT platform's support service-level agreement, a German SaaS company's terms of service and its data processing
agreement, a US federal performance work statement and its quality assurance surveillance plan), gold in
eval/review_english_public3_gold.json, texts by default in /work/en_heldout3.

Set 4 (`--set 4`, issue 7, fourth round) is a fresh set of six other real documents (a US software company's support
and maintenance services agreement, an English software company's service terms and its support service description, the
Government of British Columbia's fixed-price work terms, a US federal performance work statement for the Department of
State, a German PHP hosting company's general terms), gold in eval/review_english_public4_gold.json, texts by default in
/work/en_heldout4.

Set 5 (`--set 5`, issue 7, fifth round) is a fresh set of four other real documents (a US database software company's
support terms and its consulting services agreement, a GDPR data processing addendum form by a US technology lawyer, a
US federal request for quote with contract terms for software development services), gold in
eval/review_english_public5_gold.json, texts by default in /work/en_heldout5.

Set 6 (`--set 6`, issue 7, sixth round) is a fresh set of four other real documents from publishers not seen before
(a US object-storage company's service level agreement, a German CI company's data processing agreement, a US digital
agency's master services agreement, a Swedish ML-platform company's platform-as-a-service agreement with its SLA
exhibit), gold in eval/review_english_public6_gold.json, texts by default in /work/en_heldout6; measured once, before
any tuning.

Set 7 (`--set 7`, issue 7, seventh round) is a fresh set of three other real documents from a publisher not seen before
(a Swiss secret-sharing SaaS company's business service level agreement, its terms of service and its data processing
agreement under the GDPR and the Swiss data protection act), gold in eval/review_english_public7_gold.json, texts by
default in /work/en_heldout7.

Set 8 (`--set 8`, issue 7, eighth round) is a fresh set of three other real documents from two publishers not seen
before (a Belgian software publisher's enterprise subscription agreement and its general terms of sale, a US SaaS
company's master subscription agreement), gold in eval/review_english_public8_gold.json, texts by default in
/work/en_heldout8; measured once, before any tuning.

Set 9 (`--set 9`, issue 7, ninth round) is a fresh set of four other real documents from two publishers not seen before
(a UK digital agency's general terms for project work, its managed WordPress hosting terms of service and its helpdesk
SLA, an Israeli software publisher's maintenance and support exhibit), gold in eval/review_english_public9_gold.json,
texts by default in /work/en_heldout9; measured once on the final code, never tuned on.

Set 10 (`--set 10`, issue 7, tenth round) is a fresh set of four other real documents from two publishers not seen
before (a Dutch test-automation software company's support service level agreement; a US healthcare hosting platform
company's service level agreement, platform-as-a-service terms and general terms and conditions), gold in
eval/review_english_public10_gold.json, texts by default in /work/en_heldout10; measured once on the final code,
never tuned on.

Set 11 (`--set 11`, issue 7, eleventh round) is a fresh set of four other real documents from two publishers not seen
before (a Quebec managed self-hosting operator's master services agreement, its service level agreement schedule and
its data export and termination schedule; a US code-review SaaS company's short data processing agreement), gold in
eval/review_english_public11_gold.json, texts by default in /work/en_heldout11; measured first (0.800 at 8bed81c), then
tuned on (families in tests/test_review_unseen_families.py).

Set 12 (`--set 12`, issue 7, twelfth round) is a fresh set of four other real documents from three publishers not seen
before (a US managed WordPress hosting and support company's service level agreement and its terms of service; a US
self-hosted business software publisher's terms of service; a US collaboration SaaS company's uptime service level
agreement), gold in eval/review_english_public12_gold.json, texts by default in /work/en_heldout12; measured once on
the final code, never tuned on.

Set 13 (`--set 13`, issue 7, thirteenth round) is a fresh set of three other real documents from a publisher not seen
before (a UK market-data cloud company's cloud terms of service, its cloud service level agreement and its cloud support
policy), gold in eval/review_english_public13_gold.json, texts by default in /work/en_heldout13; measured once on the
final code, never tuned on.

Set 14 (`--set 14`, issue 7, fourteenth round) is a fresh set of four other real documents from four publishers not seen
before (a US web-crawling SaaS start-up's service-level agreement, a US software-licensing SaaS company's cloud service
level agreement, a Swiss security-awareness software company's support service level agreement, a UK digital agency's
master services agreement for its AI-governance platform), gold in eval/review_english_public14_gold.json, texts by
default in /work/en_heldout14; measured first, then tuned on (families in tests/test_review_unseen_families.py).

Set 15 (`--set 15`, issue 7, fifteenth round) is a fresh set of two other real documents from a publisher not seen
before (a US Kubernetes tooling company's hosted-plan service level agreement and its terms of service), gold in
eval/review_english_public15_gold.json, texts by default in /work/en_heldout15; measured first, then tuned on
(families in tests/test_review_unseen_families.py).

    python eval/review_english_public.py [--set 1|2|...|15] [--texts FOLDER] [--gold FILE] [-q]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "review_english_public_gold.json"
TEXTS = ROOT.parent / "en_heldout"
# Each set: (gold file, default folder of the saved texts); set 1 stays the default.
SETS = {
    "1": (GOLD, TEXTS),
    "2": (ROOT / "eval" / "review_english_public2_gold.json", ROOT.parent / "en_heldout2"),
    "3": (ROOT / "eval" / "review_english_public3_gold.json", ROOT.parent / "en_heldout3"),
    "4": (ROOT / "eval" / "review_english_public4_gold.json", ROOT.parent / "en_heldout4"),
    "5": (ROOT / "eval" / "review_english_public5_gold.json", ROOT.parent / "en_heldout5"),
    "6": (ROOT / "eval" / "review_english_public6_gold.json", ROOT.parent / "en_heldout6"),
    "7": (ROOT / "eval" / "review_english_public7_gold.json", ROOT.parent / "en_heldout7"),
    "8": (ROOT / "eval" / "review_english_public8_gold.json", ROOT.parent / "en_heldout8"),
    "9": (ROOT / "eval" / "review_english_public9_gold.json", ROOT.parent / "en_heldout9"),
    "10": (ROOT / "eval" / "review_english_public10_gold.json", ROOT.parent / "en_heldout10"),
    "11": (ROOT / "eval" / "review_english_public11_gold.json", ROOT.parent / "en_heldout11"),
    "12": (ROOT / "eval" / "review_english_public12_gold.json", ROOT.parent / "en_heldout12"),
    "13": (ROOT / "eval" / "review_english_public13_gold.json", ROOT.parent / "en_heldout13"),
    "14": (ROOT / "eval" / "review_english_public14_gold.json", ROOT.parent / "en_heldout14"),
    "15": (ROOT / "eval" / "review_english_public15_gold.json", ROOT.parent / "en_heldout15"),
}
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

from review_dev import print_table  # noqa: E402  (the same table as the development set's)

from voute.review import review_document  # noqa: E402


@dataclass
class Scores:
    """Counts of one run over a gold file: per label [tp, fp, fn], evidence coverage, wrong decisions."""

    counts: dict[str, list[int]]
    scored: int = 0
    covered: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def score_gold(gold: dict[str, Any], texts: Path) -> Scores:
    """Run the review on every document of `gold` found in `texts` with the right sha256 and count its decisions.

    A document whose text is absent or differs from the one the gold was written for is skipped (named in
    `Scores.skipped`), never scored against offsets that would not fit it.
    """
    labels: list[str] = gold["labels"]
    scores = Scores({label: [0, 0, 0] for label in labels})
    for name, expected in gold["documents"].items():
        path = texts / name
        if not path.is_file():
            scores.skipped.append(f"{name} absent")
            continue
        if hashlib.sha256(path.read_bytes()).hexdigest() != expected["sha256"]:
            scores.skipped.append(f"{name} differs from the text the gold was written for (sha256)")
            continue
        scores.scored += 1
        report = review_document(path)
        for label in labels:
            _score_label(scores, name, label, report.label(label), expected["labels"][label])
    return scores


def _score_label(scores: Scores, name: str, label: str, finding: Any, truth: dict[str, Any]) -> None:
    spans = [(e.start, e.end) for e in finding.evidence]
    if truth["present"]:
        scores.total += len(truth["spans"])
        scores.covered += sum(any(a < end and start < b for a, b in spans) for start, end in truth["spans"])
    if finding.present and truth["present"]:
        scores.counts[label][0] += 1
    elif finding.present:
        scores.counts[label][1] += 1
        scores.wrong.append(f"  FP {label:18} {name:32} score={finding.score:.2f} evidence={spans[:2]}")
    elif truth["present"]:
        scores.counts[label][2] += 1
        scores.wrong.append(f"  FN {label:18} {name:32} score={finding.score:.2f} gold={truth['spans']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="1", help="which public English set (default 1)")
    parser.add_argument("--texts", type=Path, default=None, help="folder holding the saved contract texts")
    parser.add_argument("--gold", type=Path, default=None, help="gold file (default: the chosen set's)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print the table only")
    args = parser.parse_args()
    gold_path, texts = SETS[args.set]
    gold_path = args.gold or gold_path
    texts = args.texts or texts
    return report_set(gold_path, texts, quiet=args.quiet)


def report_set(gold_path: Path, texts: Path, quiet: bool = False) -> int:
    """Score one labelled set and print its table, coverage and wrong decisions (also used for the French sets)."""
    if not texts.is_dir():
        print(f"skipped: texts absent ({texts})")
        return 0
    if not gold_path.is_file():
        print(f"skipped: gold absent ({gold_path})")
        return 0
    scores = score_gold(json.loads(gold_path.read_text(encoding="utf-8")), texts)
    for reason in scores.skipped:
        print(f"skipped: {reason}")
    if not scores.scored:
        print("skipped: no contract text could be scored")
        return 0
    print(f"{scores.scored} documents scored")
    print_table(scores.counts, width=18)
    tally = [sum(column) for column in zip(*scores.counts.values(), strict=True)]
    print(f"  (tp {tally[0]}, fp {tally[1]}, fn {tally[2]})")
    coverage = scores.covered / max(1, scores.total)
    print(f"evidence coverage: {scores.covered}/{scores.total} = {coverage:.3f} of gold evidence spans")
    if not quiet:
        print("\n".join(scores.wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
