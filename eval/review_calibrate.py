"""Fit and check the calibrated confidence of `voute review` (src/voute/review/calibration.json).

Two maps, each a logistic (Platt) scaling of a document's score into the chance that the contract covers the
label: ``labels`` from the 21-label decisions of every hand-labelled set we have (the development contracts,
the CUAD service contracts of eval/review_cuad_services*_gold.json, the public French and English contracts
when their texts are present), and ``cuad`` from the out-of-fold scores of the CUAD categories written by
``python eval/review_cuad.py --scores FILE`` (the model never saw the contract it scored).

Honesty: before the final fit, each labelled set is scored by a map fitted on the OTHER sets only (leave one
set out; CUAD: five folds by contract), and the Brier score and the expected calibration error (10 bins) of
those held-out predictions are printed beside those of the raw score read as a probability. The held-out
outsourcing set (cuad/gold_outsourcing.json) is never fitted on: with ``--check-outsourcing`` it is scored
once by the final map. Writes nothing with ``--dry-run``.

The 21-label map is fitted on FIRST-SIGHT scores (eval/review_first_sight_scores.json, written by
eval/review_first_sight.py): each set as the review scored it before its misses were used to write patterns.
Today's scores of those sets are better separated than a new contract's will be, so a map fitted on them
(``--tuned``) would be over-confident.

    python eval/review_cuad.py --scores /tmp/cuad_oof.json
    python eval/review_first_sight.py
    python eval/review_calibrate.py --cuad-scores /tmp/cuad_oof.json [--check-outsourcing] [--dry-run] [--tuned]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from itertools import pairwise
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "voute" / "review" / "calibration.json"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

import review_english_public  # noqa: E402  (each set's gold file and texts: one table per kind of set)
import review_french_public  # noqa: E402
import review_services  # noqa: E402

from voute.review import review_document  # noqa: E402

# (set name, gold file, folder of the texts): folders outside the repository may be absent. Built from the
# evaluation scripts' own tables, so that a new set is declared once.
SETS = [
    ("dev", DATA / "contracts" / "gold.json", DATA / "contracts"),
    *((f"cuad-services-{key}", gold, review_services.DATA) for key, gold in review_services.GOLDS.items()),
    *((f"french-public-{key}", gold, texts) for key, (gold, texts) in review_french_public.SETS.items()),
    *(
        ("english-public" if key == "1" else f"english-public-{key}", gold, texts)
        for key, (gold, texts) in review_english_public.SETS.items()
    ),
]
FIRST_SIGHT = ROOT / "eval" / "review_first_sight_scores.json"
OUTSOURCING = ("outsourcing (held out)", DATA / "cuad" / "gold_outsourcing.json", DATA / "cuad" / "txt")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cuad-scores", type=Path, help="out-of-fold CUAD scores from eval/review_cuad.py --scores")
    parser.add_argument("--check-outsourcing", action="store_true", help="score the held-out set once, at the end")
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    parser.add_argument(
        "--tuned", action="store_true",
        help="fit the labels map on today's scores of every set (sets the patterns were tuned on: over-confident)",
    )
    parser.add_argument(
        "--decision-point", action="store_true",
        help="also check whether another decision point than 0.6 would serve new contracts (leave one set out)",
    )
    args = parser.parse_args()
    if not (DATA / "contracts" / "gold.json").exists():
        print(f"skipped: data absent ({DATA})")
        return 0
    if FIRST_SIGHT.exists() and not args.tuned:
        # How the review scored each set before that set's misses shaped the patterns (eval/review_first_sight.py).
        first = json.loads(FIRST_SIGHT.read_text(encoding="utf-8"))
        decisions = {f"{name} @{entry['commit']}": [(float(s), bool(g)) for s, g in entry["decisions"]]
                     for name, entry in first.items()}
        print(f"first-sight scores from {FIRST_SIGHT.name}")
    else:
        decisions = {name: rows for name, gold, texts in SETS if (rows := _decisions(name, gold, texts))}
    if args.decision_point:
        _check_decision_point(decisions)
    families: dict[str, dict[str, object]] = {}
    print("labels (21 labels; leave one set out):")
    families["labels"] = _fit_and_check(decisions)
    if args.cuad_scores is not None:
        print("CUAD categories scored by the model (out-of-fold scores; five folds by contract):")
        families["cuad"] = _fit_and_check(_cuad_decisions(args.cuad_scores))
    else:
        print("CUAD categories: no --cuad-scores given, the shipped map is kept")
        families["cuad"] = json.loads(OUT.read_text(encoding="utf-8"))["families"]["cuad"]
    if args.check_outsourcing:
        rows = _decisions(*OUTSOURCING)
        points = [(float(x), float(y)) for x, y in families["labels"]["points"]]  # type: ignore[attr-defined]
        scores, gold = np.array([s for s, _ in rows]), np.array([g for _, g in rows])
        print(f"held-out outsourcing set, final labels map: {_figures(_interp(points, scores), gold)}; "
              f"raw score: {_figures(scores, gold)}")
    if not args.dry_run:
        data = {
            "format": 1,
            "method": "per family, a monotone map from the document score to the observed share of contracts that "
            "cover the label: Platt scaling (tabulated every 0.01) or isotonic regression (pool-adjacent-violators, "
            "each block pulled towards the overall share by one pseudo-decision); read by linear interpolation",
            "families": families,
        }
        OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"written {OUT}")
    return 0


def _check_decision_point(groups: dict[str, list[tuple[float, bool]]]) -> None:
    """Micro-F1 of each set at the point chosen on the other sets, against the fixed 0.6 (an honest check)."""
    points = [round(0.2 + 0.025 * step, 3) for step in range(17)]  # 0.2 .. 0.6

    def micro_f1(rows: list[tuple[float, bool]], point: float) -> float:
        tp = sum(1 for score, gold in rows if score >= point and gold)
        wrong = sum(1 for score, gold in rows if (score >= point) != gold)
        return 2 * tp / (2 * tp + wrong) if tp else 0.0

    pooled = [row for rows in groups.values() for row in rows]
    best = max(points, key=lambda point: micro_f1(pooled, point))
    print(f"decision point: pooled micro-F1 {micro_f1(pooled, 0.6):.3f} at 0.6, {micro_f1(pooled, best):.3f} at {best}")
    chosen, fixed = [], []
    for name, rows in groups.items():
        others = [row for other, rest in groups.items() if other != name for row in rest]
        point = max(points, key=lambda p: (micro_f1(others, p), p))  # ties: the higher point
        chosen.append(micro_f1(rows, point))
        fixed.append(micro_f1(rows, 0.6))
        print(f"  held out {name:28} point {point:.3f} chosen on the others: {chosen[-1]:.3f}; 0.6: {fixed[-1]:.3f}")
    print(f"  mean over the held-out sets: {np.mean(chosen):.3f} with the chosen points, {np.mean(fixed):.3f} at 0.6")


def _decisions(name: str, gold_file: Path, texts: Path) -> list[tuple[float, bool]]:
    """(document score, gold presence) of every labelled decision of a set whose texts are here."""
    if not gold_file.exists() or not texts.is_dir():
        print(f"  {name}: absent, skipped")
        return []
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    rows: list[tuple[float, bool]] = []
    documents = gold["documents"]
    for key, entry in documents.items():
        path = texts / key
        if not path.is_file():
            continue
        if "sha256" in entry and hashlib.sha256(path.read_bytes()).hexdigest() != entry["sha256"]:
            continue
        labels = entry.get("labels", entry)
        report = review_document(path)
        for label, truth in labels.items():
            if isinstance(truth, dict) and "present" in truth:
                rows.append((report.label(label).score, bool(truth["present"])))
    print(f"  {name}: {len(documents)} contracts, {len(rows)} decisions, "
          f"{sum(g for _, g in rows)} present")
    return rows


def _cuad_decisions(path: Path) -> dict[str, list[tuple[float, bool]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    by_fold: dict[str, list[tuple[float, bool]]] = {}
    for contract in data["contracts"]:
        rows = by_fold.setdefault(f"fold {contract['fold']}", [])
        rows.extend(zip(contract["scores"], contract["gold"], strict=True))
    return by_fold


def _fit_and_check(groups: dict[str, list[tuple[float, bool]]]) -> dict[str, object]:
    """Leave-one-group-out figures of both methods, then the map of the method with the lower held-out Brier
    score, fitted on every group.

    The map is shipped as points read by linear interpolation (a Platt map tabulated every 0.01).
    """
    held_scores, held_platt, held_calibrated, held_gold = [], [], [], []
    for name, rows in groups.items():
        train = [row for other, rows_ in groups.items() if other != name for row in rows_]
        scores, gold = np.array([s for s, _ in rows]), np.array([g for _, g in rows])
        held_scores.append(scores)
        held_platt.append(_platt(scores, *_fit(train)))
        held_calibrated.append(_interp(_isotonic(train), scores))
        held_gold.append(gold)
        print(f"  held out {name:<18} isotonic {_figures(held_calibrated[-1], gold)}; Platt "
              f"{_figures(held_platt[-1], gold)}; raw {_figures(scores, gold)}")
    scores, calibrated, gold = np.concatenate(held_scores), np.concatenate(held_calibrated), np.concatenate(held_gold)
    platt = np.concatenate(held_platt)
    print(f"  all held-out decisions    isotonic {_figures(calibrated, gold)}; Platt {_figures(platt, gold)}; "
          f"raw {_figures(scores, gold)}")
    isotonic_wins = np.mean((calibrated - gold) ** 2) <= np.mean((platt - gold) ** 2)
    method, chosen = ("isotonic", calibrated) if isotonic_wins else ("platt", platt)
    print(f"  shipped: {method}")
    _reliability(chosen, gold)
    every = [row for rows in groups.values() for row in rows]
    if method == "isotonic":
        points = _isotonic(every)
    else:
        grid = np.linspace(0.0, 1.0, 101)
        points = list(zip(grid.tolist(), _platt(grid, *_fit(every)).tolist(), strict=True))
    at = _interp(points, np.array([0.0, 0.3, 0.6, 0.8, 1.0]))
    print(f"  final map: {len(points)} points; score 0 -> {at[0]:.3f}, 0.3 -> {at[1]:.3f}, 0.6 -> {at[2]:.3f}, "
          f"0.8 -> {at[3]:.3f}, 1 -> {at[4]:.3f}")
    return {
        "method": method,
        "points": [[round(x, 6), round(y, 6)] for x, y in points],
        "fitted_on": {name: len(rows) for name, rows in groups.items()},
        "held_out_brier": round(float(np.mean((chosen - gold) ** 2)), 4),
        "held_out_ece": round(_ece(chosen, gold), 4),
        "raw_score_brier": round(float(np.mean((scores - gold) ** 2)), 4),
        "raw_score_ece": round(_ece(scores, gold), 4),
    }


def _isotonic(rows: list[tuple[float, bool]], prior: float = 1.0) -> list[tuple[float, float]]:
    """Monotone map by pool-adjacent-violators: (mean score, observed share) of each pooled block.

    Each block's share is pulled towards the overall share by ``prior`` pseudo-decisions, so a block of two
    contracts never says 0 or 1; the runtime interpolates linearly between the points.
    """
    overall = sum(g for _, g in rows) / len(rows)
    ties: dict[float, list[float]] = {}  # equal scores form one block from the start
    for score, gold in rows:
        tie = ties.setdefault(score, [0.0, 0.0, 0.0])
        tie[0], tie[1], tie[2] = tie[0] + score, tie[1] + gold, tie[2] + 1
    blocks: list[list[float]] = []  # [sum of scores, sum of gold, count]
    for score in sorted(ties):
        blocks.append(ties[score])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            last = blocks.pop()
            for i in range(3):
                blocks[-1][i] += last[i]
    # The pull towards the overall share can invert two neighbours of very different sizes: keep the map rising.
    shares = np.maximum.accumulate([(g + prior * overall) / (n + prior) for _, g, n in blocks])
    return [(x / n, float(share)) for (x, _, n), share in zip(blocks, shares, strict=True)]


def _interp(points: list[tuple[float, float]], scores: np.ndarray) -> np.ndarray:
    xs, ys = np.array([x for x, _ in points]), np.array([y for _, y in points])
    return np.interp(scores, xs, ys)


def _fit(rows: list[tuple[float, bool]], ridge: float = 1e-3) -> tuple[float, float]:
    """Maximum-likelihood logistic regression of presence on the score (Newton's method, a little ridge)."""
    x = np.array([s for s, _ in rows], dtype=float)
    y = np.array([g for _, g in rows], dtype=float)
    design = np.column_stack([np.ones_like(x), x])
    beta = np.zeros(2)
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(design @ beta)))
        gradient = design.T @ (p - y) + ridge * beta
        hessian = (design * (p * (1 - p))[:, None]).T @ design + ridge * np.eye(2)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-9:
            break
    return float(beta[0]), float(beta[1])


def _platt(scores: np.ndarray, intercept: float, slope: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(intercept + slope * scores)))


def _ece(predicted: np.ndarray, gold: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error: the mean gap between predicted and observed frequency, weighted by bin."""
    index = np.minimum((predicted * bins).astype(int), bins - 1)
    gap = 0.0
    for b in range(bins):
        members = index == b
        if members.any():
            gap += members.sum() * abs(predicted[members].mean() - gold[members].mean())
    return gap / len(predicted)


def _figures(predicted: np.ndarray, gold: np.ndarray) -> str:
    return f"Brier {np.mean((predicted - gold) ** 2):.3f}, ECE {_ece(predicted, gold):.3f} (n={len(gold)})"


def _reliability(predicted: np.ndarray, gold: np.ndarray) -> None:
    print("  reliability of the held-out predictions (predicted -> observed, decisions):")
    edges = [0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0001]
    for low, high in pairwise(edges):
        members = (predicted >= low) & (predicted < high)
        if members.any():
            print(f"    {low:.1f}-{min(high, 1.0):.1f}: {predicted[members].mean():.2f} -> "
                  f"{gold[members].mean():.2f} ({members.sum()})")


if __name__ == "__main__":
    sys.exit(main())
