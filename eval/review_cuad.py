"""Evaluate the CUAD categories of `voute review` on the CUAD training contracts (../shared/data/cuad).

The review's CUAD detectors are hand-written patterns; the only parameter fitted on data is the decision
threshold of each category. It is chosen on four folds and scored on the fifth (5 folds split by contract),
so no scored contract ever influences its own threshold. Prints doc-level P/R/F1 per category and macro-F1.

    python eval/review_cuad.py [--folds 5]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "cuad"
sys.path.insert(0, str(ROOT / "src"))

from voute.review.classify import make_passages, score_document  # noqa: E402
from voute.review.labels import CUAD_CATEGORIES  # noqa: E402
from voute.review.rules_cuad import CUAD_RULES  # noqa: E402
from voute.review.segment import segment_text  # noqa: E402
from voute.review.textnorm import normalize  # noqa: E402

GRID = [0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    if not (DATA / "labels.jsonl").exists():
        print(f"skipped: data absent ({DATA})")
        return 0
    rows = [json.loads(line) for line in (DATA / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line]
    scores, gold = _score_all(rows)
    folds = [index % args.folds for index in range(len(rows))]
    print(f"{len(rows)} contracts, {args.folds} folds by contract; threshold chosen on the training folds")
    print(f"{'category':36} {'P':>5} {'R':>5} {'F1':>5}  thresholds")
    f1s = []
    for category in CUAD_CATEGORIES:
        tp = fp = fn = 0
        chosen = []
        for fold in range(args.folds):
            train = [i for i, f in enumerate(folds) if f != fold]
            test = [i for i, f in enumerate(folds) if f == fold]
            threshold = max(GRID, key=lambda t: _f1(*_counts(scores[category], gold[category], train, t)))
            chosen.append(threshold)
            a, b, c = _counts(scores[category], gold[category], test, threshold)
            tp, fp, fn = tp + a, fp + b, fn + c
        precision, recall, f1 = _prf(tp, fp, fn)
        f1s.append(f1)
        print(f"{CUAD_CATEGORIES[category]:36} {precision:5.2f} {recall:5.2f} {f1:5.2f}  {chosen}")
    print(f"macro-F1 over {len(f1s)} categories: {sum(f1s) / len(f1s):.3f}")
    return 0


def _score_all(rows: list[dict]) -> tuple[dict[str, list[float]], dict[str, list[bool]]]:  # type: ignore[type-arg]
    scores: dict[str, list[float]] = {c: [] for c in CUAD_CATEGORIES}
    gold: dict[str, list[bool]] = {c: [] for c in CUAD_CATEGORIES}
    for row in rows:
        text = (DATA / "txt" / row["txt"]).read_text(encoding="utf-8")
        hits = score_document(normalize(text), make_passages(text, segment_text(text)), CUAD_RULES)
        by_name = {name.lower(): value for name, value in row["labels"].items()}
        for category, name in CUAD_CATEGORIES.items():
            scores[category].append(hits[category][0].score if hits[category] else 0.0)
            gold[category].append(bool(by_name[name.lower()]["spans"]))
    return scores, gold


def _counts(scores: list[float], gold: list[bool], indices: list[int], threshold: float) -> tuple[int, int, int]:
    tp = sum(1 for i in indices if scores[i] >= threshold and gold[i])
    fp = sum(1 for i in indices if scores[i] >= threshold and not gold[i])
    fn = sum(1 for i in indices if scores[i] < threshold and gold[i])
    return tp, fp, fn


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _f1(tp: int, fp: int, fn: int) -> float:
    return _prf(tp, fp, fn)[2]


if __name__ == "__main__":
    raise SystemExit(main())
