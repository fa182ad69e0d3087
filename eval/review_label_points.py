"""Would a decision point per label serve new contracts better than the shared 0.6? (measured, not shipped)

Reads the first-sight scores (eval/review_first_sight_scores.json: each labelled set reviewed by the code as it
was before that set shaped the patterns) and the sets' gold files. For each set held out in turn, every label's
point is chosen on the other sets (best pooled F1 over a grid, ties to the point nearest 0.6); the held-out
set's macro-F1 over the 21 labels is printed at those points and at 0.6, with the means over all sets and over
the newest sets (the code closest to today's).

    python eval/review_label_points.py [--newest 14]

Prints "skipped: ..." and exits 0 without the scores file or the texts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

from review_calibrate import SETS  # noqa: E402
from review_first_sight import OUT, _documents  # noqa: E402

GRID = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75)
Rows = list[tuple[float, bool]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--newest", type=int, default=14, help="how many of the last sets to average apart")
    args = parser.parse_args()
    if not OUT.exists():
        print(f"skipped: {OUT.name} absent (run eval/review_first_sight.py)")
        return 0
    scores = json.loads(OUT.read_text(encoding="utf-8"))
    paths = {name: (gold, texts) for name, gold, texts in SETS}
    data: dict[str, dict[str, Rows]] = {}
    for name, entry in scores.items():
        gold_file, texts = paths[name]
        pairs = [pair for _, labelled in _documents(gold_file, texts) for pair in labelled]
        if len(pairs) != len(entry["decisions"]):
            print(f"skipped: the texts of {name} are absent or changed")
            return 0
        by_label: dict[str, Rows] = {}
        for (label, gold), (score, _) in zip(pairs, entry["decisions"], strict=True):
            by_label.setdefault(label, []).append((float(score), gold))
        data[name] = by_label
    fixed, chosen = [], []
    for held in data:
        points = _choose([rows for name, sets in data.items() if name != held for rows in [sets]])
        fixed.append(_macro(data[held], {}))
        chosen.append(_macro(data[held], points))
        print(f"  {held:22} 0.6: {fixed[-1]:.3f}   points chosen on the other sets: {chosen[-1]:.3f}")
    newest = slice(-args.newest, None)
    print(f"mean over {len(fixed)} sets: {sum(fixed) / len(fixed):.4f} at 0.6, "
          f"{sum(chosen) / len(chosen):.4f} per label")
    print(f"mean over the newest {len(fixed[newest])}: {sum(fixed[newest]) / len(fixed[newest]):.4f} at 0.6, "
          f"{sum(chosen[newest]) / len(chosen[newest]):.4f} per label")
    print("points chosen on every set:", {k: v for k, v in _choose(list(data.values())).items() if v != 0.6})
    return 0


def _f1(rows: Rows, point: float) -> float:
    tp = sum(1 for score, gold in rows if score >= point and gold)
    wrong = sum(1 for score, gold in rows if (score >= point) != gold)
    return 2 * tp / (2 * tp + wrong) if tp else (1.0 if not wrong else 0.0)


def _macro(by_label: dict[str, Rows], points: dict[str, float]) -> float:
    values = [_f1(rows, points.get(label, 0.6)) for label, rows in by_label.items()]
    return sum(values) / len(values)


def _choose(sets: list[dict[str, Rows]]) -> dict[str, float]:
    labels = sorted({label for by_label in sets for label in by_label})
    points = {}
    for label in labels:
        pooled = [row for by_label in sets for row in by_label.get(label, [])]
        points[label] = max(GRID, key=lambda p: (round(_f1(pooled, p), 6), -abs(p - 0.6)))
    return points


if __name__ == "__main__":
    raise SystemExit(main())
