"""Evaluate the CUAD categories of `voute review` on the CUAD training contracts (../shared/data/cuad).

5 folds split by contract: for each fold, the whole training procedure of the shipped model
(`voute.review.train.train`: passage model, inner cross-validation for the model/pattern weight and the
document threshold of each category) runs on the four other folds only, and the fold is scored with the
library's own inference code (`PassageModel.predict`, numpy only). No scored contract ever influences the model,
the weights or the thresholds that score it. Also prints the patterns alone (threshold chosen on the training
folds) as a baseline. Doc-level P/R/F1 per category and macro-F1.

    python eval/review_cuad.py [--folds 5] [--patterns-only]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "cuad"
sys.path.insert(0, str(ROOT / "src"))

from voute.review.labels import CUAD_CATEGORIES  # noqa: E402

GRID = [0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]
# Outer folds whose contracts are never read when writing patterns (issue 7): their macro-F1, printed apart,
# is the honest figure for pattern changes; the errors read to write patterns come from folds 0-2 only.
HELD_FOLDS = (3, 4)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--patterns-only", action="store_true", help="skip the model (fast)")
    parser.add_argument(
        "--scores", type=Path, help="also write each contract's out-of-fold reported score per category (JSON)"
    )
    args = parser.parse_args()
    if not (DATA / "labels.jsonl").exists():
        print(f"skipped: data absent ({DATA})")
        return 0
    from voute.review.train import load_cuad

    started = time.perf_counter()
    contracts = load_cuad(DATA)
    folds = [index % args.folds for index in range(len(contracts))]
    gold = np.vstack([contract.gold for contract in contracts])
    print(f"{len(contracts)} contracts, {args.folds} folds by contract; everything fitted on the training folds")
    rule_scores = np.vstack([c.rules.max(axis=0) if len(c.features) else np.zeros(gold.shape[1]) for c in contracts])
    patterns = _patterns_only(rule_scores, gold, folds, args.folds)
    held = np.array([fold in HELD_FOLDS for fold in folds])
    _print_table("patterns alone (threshold per category from the training folds)", patterns, gold, held)
    if not args.patterns_only:
        mixed, reported = _model_and_patterns(contracts, gold, folds, args.folds)
        _print_table("model + patterns (voute.review.train procedure, nested)", mixed, gold, held)
        if args.scores:
            _write_scores(args.scores, reported, gold, folds)
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


def _patterns_only(scores: np.ndarray, gold: np.ndarray, folds: list[int], count: int) -> np.ndarray:
    predicted = np.zeros_like(gold)
    for fold in range(count):
        train = [i for i, f in enumerate(folds) if f != fold]
        test = [i for i, f in enumerate(folds) if f == fold]
        for column in range(gold.shape[1]):
            threshold = max(GRID, key=lambda t: _f1(scores[train, column] >= t, gold[train, column]))
            predicted[test, column] = scores[test, column] >= threshold
    return predicted


_STATE: dict[str, object] = {}


def _model_and_patterns(
    contracts: list, gold: np.ndarray, folds: list[int], count: int  # type: ignore[type-arg]
) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold decisions, and the score the report would show (rescaled: 0.6 at the category threshold)."""
    import multiprocessing

    _STATE.update(contracts=contracts, folds=folds)
    predicted = np.zeros_like(gold)
    reported = np.zeros(gold.shape, dtype=float)
    # One process per core, forked after loading: the folds are independent.
    with multiprocessing.get_context("fork").Pool(min(count, os.cpu_count() or 1)) as pool:
        for fold, rows, decisions, scores, chosen in pool.imap_unordered(_run_fold, range(count)):
            print(f"  fold {fold}: weight/threshold {chosen}", flush=True)
            predicted[rows] = decisions
            reported[rows] = scores
    return predicted, reported


def _write_scores(path: Path, reported: np.ndarray, gold: np.ndarray, folds: list[int]) -> None:
    """Out-of-fold reported scores with the gold, for eval/review_calibrate.py (no contract text)."""
    rows = [
        {
            "fold": folds[row],
            "scores": [round(float(x), 6) for x in reported[row]],
            "gold": [bool(x) for x in gold[row]],
        }
        for row in range(len(folds))
    ]
    path.write_text(json.dumps({"categories": list(CUAD_CATEGORIES), "contracts": rows}), encoding="utf-8")
    print(f"out-of-fold scores written to {path}")


def _run_fold(fold: int) -> tuple[int, list[int], np.ndarray, np.ndarray, str]:
    from voute.review.classify import DEFAULT_THRESHOLD
    from voute.review.model import rescale
    from voute.review.train import train

    contracts: list = _STATE["contracts"]  # type: ignore[assignment, type-arg]
    folds: list[int] = _STATE["folds"]  # type: ignore[assignment]
    model = train([c for c, f in zip(contracts, folds, strict=True) if f != fold])
    chosen = " ".join(f"{model.weights[k]:.2f}/{model.thresholds[k]:.2f}" for k in model.categories)
    rows = [row for row, f in enumerate(folds) if f == fold]
    decisions = np.zeros((len(rows), len(model.categories)), dtype=bool)
    scores = np.zeros((len(rows), len(model.categories)), dtype=float)
    for position, row in enumerate(rows):
        contract = contracts[row]
        if not contract.features:
            continue
        probabilities = model.predict(contract.features)
        for column, category in enumerate(model.categories):
            weight = model.weights[category]
            mixed = weight * probabilities[:, column] + (1.0 - weight) * contract.rules[:, column]
            decisions[position, column] = mixed.max() >= model.thresholds[category]
            scores[position, column] = rescale(float(mixed.max()), model.thresholds[category], DEFAULT_THRESHOLD)
    return fold, rows, decisions, scores, chosen


def _print_table(title: str, predicted: np.ndarray, gold: np.ndarray, held: np.ndarray) -> None:
    print(title)
    print(f"  {'category':36} {'P':>5} {'R':>5} {'F1':>5}")
    f1s = []
    for column, key in enumerate(CUAD_CATEGORIES):
        precision, recall, f1 = _prf(predicted[:, column], gold[:, column])
        f1s.append(f1)
        print(f"  {CUAD_CATEGORIES[key]:36} {precision:5.2f} {recall:5.2f} {f1:5.2f}")
    print(f"  macro-F1 over {len(f1s)} categories: {sum(f1s) / len(f1s):.3f}")
    held_f1s = [_prf(predicted[held, column], gold[held, column])[2] for column in range(gold.shape[1])]
    print(
        f"  macro-F1 on the {int(held.sum())} contracts of folds {'-'.join(map(str, HELD_FOLDS))} "
        f"(never read for patterns): {sum(held_f1s) / len(held_f1s):.3f}"
    )


def _prf(predicted: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    tp = int(np.sum(predicted & gold))
    fp = int(np.sum(predicted & ~gold))
    fn = int(np.sum(~predicted & gold))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _f1(predicted: np.ndarray, gold: np.ndarray) -> float:
    tp = int(np.sum(predicted & gold))
    fp = int(np.sum(predicted & ~gold))
    fn = int(np.sum(~predicted & gold))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


if __name__ == "__main__":
    raise SystemExit(main())
