"""Evaluate `voute review` on the real development contracts (../shared/data/contracts/gold.json).

Prints, for the 21 labels of taxonomy v1: document-level precision, recall and F1 per label, the macro-F1,
and the share of gold evidence passages covered by a predicted evidence span of the same label.
With `--set outsourcing`, scores the ten CUAD outsourcing contracts of ../shared/data/cuad/gold_outsourcing.json
instead (never used to write or tune the patterns).

    python eval/review_dev.py [--set dev|outsourcing] [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))

from voute.review import review_document  # noqa: E402
from voute.review.labels import LABELS  # noqa: E402
from voute.review.textnorm import normalize  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["dev", "outsourcing"], default="dev")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong decision")
    args = parser.parse_args()
    gold_path, folder = (
        (DATA / "contracts" / "gold.json", DATA / "contracts")
        if args.set == "dev"
        else (DATA / "cuad" / "gold_outsourcing.json", DATA / "cuad" / "txt")
    )
    if not gold_path.exists():
        print(f"skipped: data absent ({gold_path})")
        return 0
    documents = json.loads(gold_path.read_text(encoding="utf-8"))["documents"]
    counts = {label: [0, 0, 0] for label in LABELS}  # tp, fp, fn
    covered = total = 0
    for name, gold in documents.items():
        report = review_document(folder / name)
        located = _collapse(report.text)
        for label in LABELS:
            expected = gold["labels"][label]
            finding = report.label(label)
            index = 0 if finding.present and expected["present"] else 1 if finding.present else 2
            if finding.present or expected["present"]:
                counts[label][index] += 1
            if args.verbose and finding.present != expected["present"]:
                print(f"  {'FP' if index == 1 else 'FN'} {name[:40]:40} {label:20} score={finding.score:.2f}")
            if expected["present"] and expected.get("evidence"):
                total += 1
                covered += _covers(located, expected["evidence"], [(e.start, e.end) for e in finding.evidence])
    print_table(counts)
    print(f"evidence coverage: {covered}/{total} = {covered / max(1, total):.3f} of gold evidence passages")
    return 0


def _collapse(text: str) -> tuple[str, list[int]]:
    """Normalised text with whitespace runs collapsed, and the original offset of each kept character."""
    normalized = normalize(text)
    kept: list[str] = []
    where: list[int] = []
    for match in re.finditer(r"\S+", normalized):
        if kept:
            kept.append(" ")
            where.append(match.start())
        kept.append(match.group())
        where.extend(range(match.start(), match.end()))
    return "".join(kept), where


def _covers(located: tuple[str, list[int]], evidence: str, spans: list[tuple[int, int]]) -> int:
    collapsed, where = located
    needle = " ".join(re.sub(r"[*_]", "", normalize(evidence)).split())
    position = collapsed.find(needle[:80])
    if position < 0:
        position = collapsed.replace("*", "").find(needle[:40])
        if position < 0:
            return 0
    start = where[position]
    end = where[min(len(where) - 1, position + min(len(needle), 80) - 1)]
    return int(any(a <= end and start < b for a, b in spans))


def print_table(counts: dict[str, list[int]], width: int = 22) -> float:
    """Precision, recall and F1 per label from [tp, fp, fn] counts; prints the table, returns the macro-F1."""
    print(f"{'label':{width}} {'P':>5} {'R':>5} {'F1':>5}   tp  fp  fn")
    scores = []
    for label, (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(f1)
        print(f"{label:{width}} {precision:5.2f} {recall:5.2f} {f1:5.2f}  {tp:3d} {fp:3d} {fn:3d}")
    macro = sum(scores) / len(scores)
    print(f"macro-F1 over {len(scores)} labels: {macro:.3f}")
    return macro


if __name__ == "__main__":
    raise SystemExit(main())
